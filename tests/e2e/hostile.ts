/**
 * The browser side of issue 7's hardening, written once for every browser like helpers.ts and notes.ts, and
 * registered by `defineHostileSuite` from chromium.e2e.ts and firefox.e2e.ts. Every attack is a test that must fail
 * for the attacker:
 *
 * - A hostile page (pages/hostile.html) whose own script records in `window.__attack` whatever it can observe of
 *   Glossa. After a note is written on it, the page must not find the note's text in its document, through a
 *   MutationObserver, CSS.highlights, the selection, or a key logger, nor reach the overlay's shadow root (closed,
 *   even to a page that replaced attachShadow); nothing it can read (document, highlights, style sheets, layout,
 *   hit-testing) may differ from the same page without a note, while the reader sees the passage underlined; its
 *   payloads (in its title, headings, quotations and speakers) and those of a note's own text must show as text in
 *   the overlay, the note frame, the popup and the notes page, and never run (`window.__pwned`, dialogs); messages
 *   shaped like Glossa's own and forged events must get nothing back and change no note; synthetic clicks, keys,
 *   focus and pointer events, the page's and those of an attacker holding the overlay's shadow root, must change
 *   nothing (panel, card, note frame, scroll), while a person's own input works.
 * - Pages passing for other sites' pages (a canonical link to another host or to https, history.pushState) must not
 *   get those sites' notes: `127.0.0.1` and `localhost` are two sites of the same test server.
 * - The extension pages' Content Security Policy (wxt.config.ts) is in the built manifest, stops inline script and
 *   every request, and still lets http pages frame the note frame.
 * - No network of its own: a whole session (article, overlay, popup, a note, the notes page, both exports, an
 *   import) sends nothing but the test's own page loads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN_ARTICLE, SEED_PRESENT, seedCases } from './cases';
import {
  clickShadow, expandPanel, EXTENSION_DIRS, inTrackedTab, type LaunchDriver, openPopup, openTracked, POPUP_TIMEOUT,
  probe, type QuoteGroup, readHighlights, readOverlay, readPopup, type Session, shotPath, sleep, type Tab,
  useBrowserSession, waitFor, waitForHighlights, waitForOverlay,
} from './helpers';
import {
  addNoteOnQuote,
  clickIn,
  EN_HTML,
  importThroughNotesPage,
  notesProbe,
  popupNotes,
  readNotes,
  readUnderlined,
  underlinedPoint,
  waitForUnderlined,
  type ListedNote,
  type UnderlineRead,
} from './notes';
import { PAGES_DIR, SEED_DIR } from './server';

// ---------------------------------------------------------------------------------------------------------------
// The hostile page and the note written on it

const HOSTILE_HTML = readFileSync(resolve(PAGES_DIR, 'hostile.html'), 'utf8');

/** What Glossa finds in the hostile page (as `npm run analyze -- tests/e2e/pages/hostile.html` shows). */
const HOSTILE = {
  /** Ana Ferreira's first quotation, with an image and its onerror handler in it: the note goes on it. */
  quoteWithImage: "We will not close the bridge <img src=x onerror=window.__pwned='quote-img';alert('quote-img')> before the new one opens,",
  /** Her second quotation, whose card lists the first. */
  plainQuote: 'Safety comes first, but so does the livelihood of every family on the east bank,',
  /** Payloads each view must show as text. */
  title: "<img src=x onerror=window.__pwned='title';alert('title')>",
  heading: "<svg onload=window.__pwned='heading-svg';alert('heading-svg')>",
  headingScript: "<script>window.__pwned='heading-script';alert('heading-script')</script>",
  quoteScript: "<script>window.__pwned='quote-script';alert('quote-script')</script>",
  /** A speaker's name as Glossa reads it from `said Javascript:Alert(5) Brown`: no payload in a page's text can
   *  make a speaker's name (a name is made of capitalised words), so the speaker payloads come from a file below. */
  speaker: 'Javascript',
  /** A sentence that is not a quotation, selected by the test as a person would. */
  sentence: 'His team measured the thickness of the main girders at more than two hundred points and compared them with readings taken in 2015.',
};

/** A word the page must never learn: the note's text starts with it. */
const SECRET = 'Quokka-7731';
/** The note written on the hostile page with the keyboard: the secret, and a payload of every kind. */
const NOTE_TEXT = [
  `${SECRET} thinks`,
  "<img src=x onerror=window.__pwned='note';alert('note')>",
  "<script>window.__pwned='note-script'</script>",
  "<svg onload=window.__pwned='note-svg'>",
  "javascript:window.__pwned='note-link'",
].join(' ');

/** A note imported from a file, with payloads where a file can put them: its text, speaker, page title and tag. */
const IMPORTED = {
  id: 'urn:example:hostile-import',
  path: '/hostile/imported.html',
  text: `<iframe srcdoc="<script>parent.__pwned='import-text'</script>"></iframe> from a file`,
  speaker: "<img src=x onerror=window.__pwned='import-speaker';alert('import-speaker')>",
  pageTitle: "<script>window.__pwned='import-title'</script><svg onload=alert('import-title')>",
  tag: `<a href="javascript:alert('import-tag')">tag</a>`,
  exact: 'The weekly checks will cost about four hundred thousand pounds a year',
};

/** A note as a W3C annotation file gives it. */
export interface FileNote {
  id: string;
  source: string;
  text: string;
  exact?: string;
  speaker?: string;
  pageTitle?: string;
  tags?: string[];
}

/** A W3C Web Annotation collection of `notes`, with Glossa's own two terms. */
export function annotationFile(notes: FileNote[]): string {
  return JSON.stringify({
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      { glossa: 'https://glossa-reader.org/ns#', pageTitle: 'glossa:pageTitle', speaker: 'glossa:speaker' },
    ],
    type: 'AnnotationCollection',
    total: notes.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map((note) => ({
        id: note.id,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2026-01-05T09:30:00Z',
        body: [
          { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
          ...(note.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
        ],
        target: { source: note.source, ...(note.exact ? { selector: { type: 'TextQuoteSelector', exact: note.exact } } : {}) },
        ...(note.pageTitle ? { pageTitle: note.pageTitle } : {}),
        ...(note.speaker ? { speaker: note.speaker } : {}),
      })),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// What the tests read: self-contained functions run in a page (serialised, like helpers.ts's `probe`)

/** The hostile page's record (see its script). */
interface AttackLog {
  documentMutations: string[];
  shadowMutations: string[];
  shadowRoots: string[];
  keys: string[];
  selections: string[];
  highlights: string[];
  messages: string[];
  replies: string[];
  refusals: string[];
}

const readAttack = (tab: Tab) =>
  tab.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __attack: AttackLog }).__attack)) as AttackLog, null);

/** Everything a page's script can read of its document at once. */
interface PageRead {
  /** The document's markup (a shadow root is not in it). */
  html: string;
  /** The overlay's shadow root's markup, were the page able to read it (null: it cannot). */
  shadowHtml: string | null;
  text: string;
  title: string;
  pwned: unknown;
}

function readPage(): PageRead {
  const w = window as unknown as { __pwned?: unknown };
  return {
    html: document.documentElement.outerHTML,
    shadowHtml: document.querySelector('glossa-overlay')?.shadowRoot?.innerHTML ?? null,
    text: document.body.innerText,
    title: document.title,
    pwned: w.__pwned ?? null,
  };
}

/** What a view of Glossa holds that could run script, and its text. */
interface MarkupAudit {
  /** Elements with an event handler attribute, a javascript: address or srcdoc, inline scripts, images, SVG,
   *  plugins, and frames other than Glossa's note frame and image of underlines: none of Glossa's views has any. */
  risky: string[];
  /** Its text, white space collapsed. */
  text: string;
  /** `window.__pwned` of the document, which any payload that ran would have set. */
  pwned: unknown;
}

/** Audits the document (an extension page, the note frame) or the overlay's shadow root (`overlay`, as
 *  `Tab.evaluateInOverlay` gives it), whose own image of underlines (`svg.note-layer`) is no risk. */
function auditMarkup(where: 'document' | 'overlay', overlay: ShadowRoot | null = null): MarkupAudit | null {
  const root = where === 'overlay' ? overlay : document;
  if (!root) return null;
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
  const risky = Array.from(root.querySelectorAll('*')).filter((el) => {
    const attributes = Array.from(el.attributes);
    if (attributes.some((a) => a.name.startsWith('on') || a.name === 'srcdoc')) return true;
    if (attributes.some((a) => urlAttributes.includes(a.name) && /^\s*javascript:/i.test(a.value))) return true;
    if (el.localName === 'script') return !el.hasAttribute('src');
    if (el.localName === 'iframe') return !el.hasAttribute('data-glossa-note-frame');
    if (el.localName === 'svg') return !(where === 'overlay' && el.classList.contains('note-layer') && el.parentNode === root);
    return ['img', 'svg', 'image', 'object', 'embed'].includes(el.localName);
  });
  const text = where === 'overlay' ? root.textContent : document.documentElement.textContent;
  return {
    risky: risky.map((el) => el.outerHTML.slice(0, 200)),
    text: (text ?? '').replace(/\s+/g, ' '),
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
  };
}

function expectSafe(audit: MarkupAudit | null, where: string, payloads: string[]): void {
  expect(audit, `${where} is there`).not.toBeNull();
  expect(audit!.risky, `elements of ${where} that could run script`).toEqual([]);
  expect(audit!.pwned, `window.__pwned in ${where}`).toBeNull();
  for (const payload of payloads) expect(audit!.text, `${where} shows the payload as text`).toContain(payload);
}

const containing = (texts: readonly string[], word: string) => texts.filter((text) => text.includes(word));

/** Checks that `ok` holds on every read for `ms`: for what must not happen (a check over a span of time, where
 *  waitFor is a wait for something to happen). */
async function holdsFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await read();
    if (!ok(value)) throw new Error(`${what}: broken by ${JSON.stringify(value)?.slice(0, 500)}`);
    await sleep(100);
  }
}

/** Clicks a page's first underlined passage with the mouse and waits for the note frame to list its notes. */
async function showNotesInFrame(session: Session, tab: Tab): Promise<ListedNote[]> {
  await tab.bringToFront();
  const point = await underlinedPoint(tab, 0);
  await tab.click(point.x, point.y);
  const frameUrl = `${session.driver.extensionOrigin}/note-frame.html`;
  return waitFor(
    () => tab.evaluateInFrame(frameUrl, notesProbe, { op: 'notes' }) as Promise<ListedNote[]>,
    (notes) => notes.length > 0,
    'the note frame listing the notes of the passage clicked',
  );
}

const readNoteFrame = (tab: Tab) => tab.evaluateInOverlay(notesProbe, { op: 'noteFrame' }) as Promise<{ src: string; visible: boolean } | null>;

async function closeNoteFrame(tab: Tab): Promise<void> {
  await tab.press('Escape');
  await waitFor(() => readNoteFrame(tab), (frame) => frame === null, 'the note frame to close on Escape');
}

/** Counts the overlays added to the page from now on (the content script adds one when it starts over). */
async function watchOverlaysAdded(tab: Tab): Promise<() => Promise<number>> {
  await tab.evaluate(() => {
    const w = window as unknown as { __overlaysAdded: number };
    w.__overlaysAdded = 0;
    new MutationObserver((mutations) => {
      for (const m of mutations) m.addedNodes.forEach((node) => (w.__overlaysAdded += Number(node.nodeName === 'GLOSSA-OVERLAY')));
    }).observe(document.body, { childList: true });
  }, null);
  return () => tab.evaluate(() => (window as unknown as { __overlaysAdded: number }).__overlaysAdded, null);
}

/** What synthetic input must leave as it is. */
interface OverlayAt {
  collapsed: boolean | null;
  card: string | null;
  frame: boolean;
  scrollY: number;
  hash: string;
}

async function overlayAt(tab: Tab): Promise<OverlayAt> {
  const [state, frame, page] = await Promise.all([
    readOverlay(tab),
    readNoteFrame(tab),
    tab.evaluate(() => ({ scrollY: Math.round(window.scrollY), hash: location.hash }), null),
  ]);
  return { collapsed: state.panel?.collapsed ?? null, card: state.card?.text ?? null, frame: frame !== null, ...page };
}

const unchanged = (before: OverlayAt) => (now: OverlayAt) => JSON.stringify(now) === JSON.stringify(before);

/**
 * Synthetic input at every control of the overlay, from a script that holds its shadow root (a stronger attacker
 * than the page, which cannot reach it): focus, pointer and mouse events, clicks (dispatched, and element.click()),
 * Enter and Space; then Escape on the document and the window. Returns each control's class (or tag).
 */
function fireAtControls(_: null, overlay: ShadowRoot | null): string[] {
  const controls = Array.from(overlay?.querySelectorAll<HTMLElement>('button, a, [role="button"], [tabindex]') ?? []);
  for (const control of controls) {
    const r = control.getBoundingClientRect();
    const at = { bubbles: true, composed: true, cancelable: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    control.focus();
    control.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      control.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, at) : new MouseEvent(type, at));
    }
    control.dispatchEvent(new MouseEvent('click', at));
    control.click();
    for (const key of ['Enter', ' ']) {
      for (const type of ['keydown', 'keypress', 'keyup']) control.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
    }
    control.blur();
  }
  for (const target of [document, window]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  return controls.map((control) => control.className || control.localName);
}

/** With the note frame open: what the main world gets of the frame's document, then a synthetic Escape. */
function reachNoteFrame(_: null, overlay: ShadowRoot | null): { document: string; window: string } {
  const frame = overlay?.querySelector('iframe');
  const attempt = (read: () => unknown) => {
    try {
      return read() ? 'readable' : 'null';
    } catch (error) {
      return (error as Error).name;
    }
  };
  const reached = { document: attempt(() => frame!.contentDocument), window: attempt(() => frame!.contentWindow!.document) };
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  return reached;
}

/** Every stored note as the notes page lists it (what it says and where, not whether it was found lately). */
async function storedNotes(session: Session): Promise<Omit<ListedNote, 'state' | 'orphan'>[]> {
  const notesPage = await session.driver.openExtensionPage('notes.html');
  try {
    // Loaded: it counts the notes it shows, or says there are none.
    await waitFor(
      () => notesPage.evaluate(() => !!document.querySelector('[data-glossa-count], [data-glossa-empty]'), null),
      (loaded) => loaded,
      'the notes page to load the notes',
    );
    const notes = await readNotes(notesPage);
    return notes.map(({ id, quote, text }) => ({ id, quote, text })).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await notesPage.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The hostile page

function hostilePageSuite(getSession: () => Session): void {
  describe('a hostile page (pages/hostile.html)', () => {
    const path = '/hostile/reader.html';
    let tab: Tab;
    let tabId: number;
    let setupError: Error | null = null;
    /** What the key logger heard while the note was typed in the note frame. */
    let keysWhileTyping: string[] = [];
    /** The note frame while it showed the note. */
    let frameNotes: ListedNote[] = [];
    let frameAudit: MarkupAudit | null = null;
    /** The page's own read of its document while the note frame showed the note. */
    let read: PageRead;
    let attack: AttackLog;
    const setup = () => {
      if (setupError) throw setupError;
    };
    const browser = () => getSession().driver.name;

    beforeAll(async () => {
      const session = getSession();
      session.server.setPage(path, HOSTILE_HTML);
      ({ tab, tabId } = await openTracked(session, path));
      try {
        await waitForOverlay(tab);
        await tab.evaluate(() => {
          (window as unknown as { __attack: AttackLog }).__attack.keys.length = 0;
        }, null);
        await addNoteOnQuote(session, tab, HOSTILE.quoteWithImage, NOTE_TEXT, 'hostile-note');
        keysWhileTyping = (await readAttack(tab)).keys;
        await waitForUnderlined(tab, [HOSTILE.quoteWithImage], 'once the note is saved');

        // The note on screen in the note frame, inside the page: the page's best chance to read it.
        frameNotes = await showNotesInFrame(session, tab);
        frameAudit = await tab.evaluateInFrame(`${session.driver.extensionOrigin}/note-frame.html`, auditMarkup, 'document');
        await tab.screenshot(shotPath(browser(), 'hostile-note-frame'));
        read = await tab.evaluate(readPage, null);

        // The page's recorders work: they see a selection made and a key typed in the page itself.
        expect(await tab.evaluate(notesProbe, { op: 'select', text: HOSTILE.sentence })).toBe(HOSTILE.sentence);
        await tab.type('q');
        attack = await waitFor(
          () => readAttack(tab),
          (log) => log.selections.includes(HOSTILE.sentence) && log.keys.includes('keydown q'),
          'the page to record the selection and the key made in it',
        );
        await closeNoteFrame(tab);
      } catch (error) {
        setupError = error as Error;
      }
    });

    it("cannot read the note in its document, nor reach the overlay's shadow root, even while the note frame shows it", () => {
      setup();
      expect(frameNotes.map((note) => note.text), 'the note, shown in the note frame inside the page').toEqual([NOTE_TEXT]);
      expect(read.shadowHtml, "the overlay's shadow root, as the page reads it").toBeNull();
      expect(attack.shadowRoots, "shadow roots made through the page's own attachShadow (which opens them)").toEqual([]);
      expect(read.html, 'the page markup').not.toContain(SECRET);
      expect(read.text, 'the page text').not.toContain(SECRET);
      expect(read.title, 'the page title').not.toContain(SECRET);
    });

    it('never sees the note, nor any change of the overlay, through a MutationObserver', () => {
      setup();
      expect(containing(attack.documentMutations, '<glossa-overlay').length, 'the document observer saw the overlay come').toBeGreaterThan(0);
      expect(containing(attack.documentMutations, SECRET), 'document mutations holding the note').toEqual([]);
      expect(attack.shadowMutations, 'what the page observed inside the shadow root').toEqual([]);
    });

    it('never reads the note, nor which passage carries it, from CSS.highlights or the selection', () => {
      setup();
      expect(attack.highlights.some((h) => h.endsWith(`: ${HOSTILE.quoteWithImage}`)), 'the noted quotation highlighted as a quotation, seen by the page').toBe(true);
      expect(attack.highlights.filter((h) => !/^glossa-(speaker-\d+|unattributed|focus): /.test(h)), 'highlights other than the quotations, seen by the page').toEqual([]);
      expect(attack.selections, 'a selection made in the page, seen by the page').toContain(HOSTILE.sentence);
      expect(containing(attack.highlights, SECRET), 'highlighted text holding the note').toEqual([]);
      expect(containing(attack.selections, SECRET), 'selections holding the note').toEqual([]);
    });

    it('hears none of the keys typed in the note frame', () => {
      setup();
      // Control+Enter saves and closes the frame: the release of those two keys may come after it is gone, in the
      // page. Nothing else may reach the page: no key pressed, no character.
      const saveKeysReleased = /^keyup (Control|Meta|Enter)$/;
      expect(
        keysWhileTyping.filter((event) => !saveKeysReleased.test(event)),
        'key and input events on window and document while the note was typed in the frame',
      ).toEqual([]);
      expect(attack.keys, 'a key typed in the page itself, heard by the page').toContain('keydown q');
    });

    it('shows its payloads in the overlay and the note frame as text, and none of them runs', async () => {
      setup();
      expectSafe(frameAudit, 'the note frame', [NOTE_TEXT, HOSTILE.quoteWithImage]);
      await expandPanel(tab);
      // The card of Ferreira's second quotation lists her first one, payload and all.
      const { groups } = await readHighlights(tab);
      const index = groups.findIndex((g) => g.text === HOSTILE.plainQuote);
      expect(index, `"${HOSTILE.plainQuote}" highlighted`).toBeGreaterThanOrEqual(0);
      // The tab in front, as the reader's is, and the scroll settled before the pointer moves, as the card test of
      // every page has it (in Firefox's whole suite the hover here went unseen now and then without them).
      await tab.bringToFront();
      const group = (await tab.evaluate(probe, { op: 'scrollToQuote', index })) as QuoteGroup;
      await sleep(100);
      await tab.hover(group.first!.left + group.first!.width / 2, group.first!.top + group.first!.height / 2);
      await waitFor(() => readOverlay(tab), (s) => !!s.card, 'the card of the quotation hovered');
      const audit = await tab.evaluateInOverlay(auditMarkup, 'overlay');
      await tab.screenshot(shotPath(browser(), 'hostile-overlay'));
      expectSafe(audit, 'the overlay', [HOSTILE.heading, HOSTILE.headingScript, HOSTILE.speaker, HOSTILE.quoteWithImage.slice(0, 60)]);
      expect((await tab.evaluate(readPage, null)).pwned, 'window.__pwned in the page').toBeNull();
      expect(tab.dialogs(), 'dialogs opened by the page or the note frame').toEqual([]);
    });

    it('shows the payloads in the popup as text, and none of them runs', async () => {
      setup();
      const popup = await openPopup(getSession(), tabId);
      try {
        await waitFor(
          async () => ({ page: await readPopup(popup), notes: await readNotes(popup) }),
          (s) => s.page.h1 !== null && s.page.speakers !== null && s.notes.length === 1,
          'the popup showing the page and its note',
          POPUP_TIMEOUT,
        );
        await popup.screenshot(shotPath(browser(), 'hostile-popup'), { fullPage: true });
        expectSafe(await popup.evaluate(auditMarkup, 'document'), 'the popup', [
          HOSTILE.title, HOSTILE.heading, HOSTILE.headingScript, HOSTILE.speaker, HOSTILE.quoteWithImage, NOTE_TEXT,
        ]);
        expect(popup.dialogs(), 'dialogs opened by the popup').toEqual([]);
      } finally {
        await popup.close().catch(() => undefined);
      }
    });

    it('shows the payloads of notes, typed or imported (text, speaker, page title, tag), on the notes page as text, and none runs', async () => {
      setup();
      const session = getSession();
      const file = annotationFile([{
        id: IMPORTED.id, source: session.server.url(IMPORTED.path), text: IMPORTED.text, exact: IMPORTED.exact,
        speaker: IMPORTED.speaker, pageTitle: IMPORTED.pageTitle, tags: [IMPORTED.tag],
      }]);
      const { notesPage, report } = await importThroughNotesPage(session, file);
      try {
        expect(report.lines).toEqual(['Notes imported: 1']);
        await waitFor(() => readNotes(notesPage), (notes) => notes.length === 2, 'the notes page listing both notes');
        await notesPage.screenshot(shotPath(browser(), 'hostile-notes-page'), { fullPage: true });
        expectSafe(await notesPage.evaluate(auditMarkup, 'document'), 'the notes page', [
          HOSTILE.title, HOSTILE.quoteWithImage, NOTE_TEXT, IMPORTED.text, IMPORTED.speaker, IMPORTED.pageTitle, IMPORTED.tag,
        ]);
        expect(notesPage.dialogs(), 'dialogs opened by the notes page').toEqual([]);
      } finally {
        await notesPage.close().catch(() => undefined);
      }
    });

    it("gets nothing back, and changes no note, with messages shaped like Glossa's own", async () => {
      setup();
      const session = getSession();
      const before = await storedNotes(session);
      const noteId = before.find((note) => note.text === NOTE_TEXT)?.id;
      expect(noteId, 'the id of the note on the page').toBeDefined();
      // With the note frame open, so that the page posts to it too; the page is given the note's id, and the frame
      // (which the closed shadow root keeps from it) as the test reaches it.
      await showNotesInFrame(session, tab);
      try {
        const handed = await tab.evaluateInOverlay((_: null, overlay) => {
          const frames = Array.from(overlay?.querySelectorAll('iframe') ?? [], (frame) => frame.contentWindow);
          (window as unknown as { __overlayFrames: unknown[] }).__overlayFrames = frames;
          return frames.length;
        }, null);
        expect(handed, 'note frames handed to the page').toBe(1);
        const targets = await tab.evaluate(
          ([id, extensionId]) => (window as unknown as { __attackMessages(id: string, extension: string): Promise<number> }).__attackMessages(id, extensionId),
          [noteId!, session.driver.extensionId],
        );
        expect(targets, 'windows posted to: the page and the note frame').toBe(2);
        expect(await storedNotes(session), 'the notes after the messages').toEqual(before);
        const log = await readAttack(tab);
        expect(log.messages, 'messages the page received but did not post').toEqual([]);
        expect(log.replies, 'answers to the page').toEqual([]);
        expect(log.refusals, 'how the extension runtime was refused to the page').toContain('the page has no runtime.sendMessage');
      } finally {
        await closeNoteFrame(tab);
      }
    });

    it("acts on no synthetic click, key, focus or pointer event, the page's or those of a script holding its shadow root", async () => {
      setup();
      const session = getSession();
      const before = await storedNotes(session);
      await tab.bringToFront();
      await expandPanel(tab);
      await tab.hover(2, 2);
      const noted = await underlinedPoint(tab, 0);
      const quiet = await waitFor(() => overlayAt(tab), (s) => s.card === null && !s.frame, 'no card and no note frame');

      // The page's forgeries, where the test says the noted passage is (a quotation too), and on the overlay's host.
      const dispatched = await tab.evaluate((at) => (window as unknown as { __attackEvents(at: unknown): Promise<string[]> }).__attackEvents(at), noted);
      expect(dispatched, 'what the page dispatched').toEqual(expect.arrayContaining(['click glossa-overlay', 'pointermove glossa-overlay', 'key Escape']));
      await holdsFor(() => overlayAt(tab), unchanged(quiet), "the overlay after the page's forged events (no card, frame, fold or scroll)", 1500);

      // A person pins a quotation's card; then every control gets synthetic input.
      const { groups } = await readHighlights(tab);
      const group = (await tab.evaluate(probe, { op: 'scrollToQuote', index: groups.findIndex((g) => g.text === HOSTILE.plainQuote) })) as QuoteGroup;
      await tab.click(group.first!.left + group.first!.width / 2, group.first!.top + group.first!.height / 2);
      await waitFor(() => overlayAt(tab), (s) => s.card !== null, 'the card of the quotation clicked');
      // The click on the text folds the panel the person opened over it (the page leaves it no room): they open it
      // again, the card staying pinned.
      await expandPanel(tab);
      const pinned = await waitFor(() => overlayAt(tab), (s) => s.card !== null && s.collapsed === false, 'the card pinned and the panel open');
      const controls = await tab.evaluateInOverlay(fireAtControls, null);
      expect(controls, 'controls given synthetic input').toEqual(expect.arrayContaining(['toggle', 'speaker-button', 'primary add-note']));
      expect(controls.filter((c) => c === 'a').length, 'outline links given synthetic input').toBeGreaterThan(0);
      await holdsFor(() => overlayAt(tab), unchanged(pinned), 'the overlay after synthetic input at every control', 1500);
      await tab.screenshot(shotPath(browser(), 'hostile-synthetic-input'));

      // A person's own keys and clicks still work.
      // A real Escape closes the card, and folds the panel the person opened over the text (a key on the page).
      await tab.press('Escape');
      await waitFor(() => overlayAt(tab), (s) => s.card === null && s.collapsed === true, 'the card to close and the panel to fold on a real Escape');
      await clickShadow(tab, '[data-glossa-panel] .toggle', 0);
      await waitFor(() => overlayAt(tab), (s) => s.collapsed === false, 'the panel to unfold on a real click');
      await clickShadow(tab, '[data-glossa-panel] .toggle', 0);
      await waitFor(() => overlayAt(tab), (s) => s.collapsed === true, 'the panel to fold on a second real click');

      // The note frame, opened by a real click on the noted passage: out of the main world's reach, kept open by a
      // synthetic Escape, closed by a real one.
      await showNotesInFrame(session, tab);
      expect(await tab.evaluateInOverlay(reachNoteFrame, null), "the note frame's document from the page's world").toEqual({ document: 'null', window: 'SecurityError' });
      await holdsFor(() => readNoteFrame(tab), (frame) => frame !== null, 'the note frame after a synthetic Escape', 1000);
      await closeNoteFrame(tab);

      expect(await storedNotes(session), 'the notes after the synthetic input').toEqual(before);
      const after = await tab.evaluate(readPage, null);
      expect(after.html, 'the page').not.toContain(SECRET);
      expect(tab.dialogs(), 'dialogs').toEqual([]);
    });

    it('finds no trace of the noted passage (document, highlights, style sheets, layout, hit-testing, focus), which the reader sees underlined, even once it is clicked', async () => {
      setup();
      const session = getSession();
      const unnoted = '/hostile/unnoted.html';
      session.server.setPage(unnoted, HOSTILE_HTML);
      // The page with the note and the same page without one, each opened afresh and scrolled alike.
      await inTrackedTab(session, path, async ({ tab: noted }) => {
        await waitForOverlay(noted);
        await waitForUnderlined(noted, [HOSTILE.quoteWithImage], 'on the noted page opened again');
        await inTrackedTab(session, unnoted, async ({ tab: plain }) => {
          await waitForOverlay(plain);
          await waitForHighlights(plain, (await readHighlights(noted)).groups.length);
          const scrollTo = (await noted.evaluateInOverlay(notesProbe, { op: 'underlines', texts: [] }) as UnderlineRead).drawn[0].top - 300;
          for (const t of [noted, plain]) await t.evaluate((y) => window.scrollTo({ top: window.scrollY + y, behavior: 'instant' }), scrollTo);
          await sleep(300);
          // The overlay draws the underline again where the scroll put the passage: read the lines once it has.
          await waitForUnderlined(noted, [HOSTILE.quoteWithImage], 'once the page is scrolled');
          const { lines } = (await noted.evaluateInOverlay(notesProbe, { op: 'underlines', texts: [HOSTILE.quoteWithImage] })) as UnderlineRead;
          const points = lines[0]!.flatMap((l) => [{ x: l.left + l.width / 2, y: l.top + l.height / 2 }, { x: l.left + l.width / 2, y: l.bottom + 1 }]);
          const pageView = ([at, focus]: [unknown, boolean]) => (window as unknown as { __pageView(at: unknown, focus: boolean): unknown }).__pageView(at, focus);
          const [withNote, withoutNote] = [await noted.evaluate(pageView, [points, false]), await plain.evaluate(pageView, [points, false])];
          expect(withNote, 'what the page can read with a note on the quotation, against the same page without one').toEqual(withoutNote);
          expect((await readUnderlined(noted, [HOSTILE.quoteWithImage])).texts, 'the passage the reader sees underlined').toEqual([HOSTILE.quoteWithImage]);
          await noted.screenshot(shotPath(browser(), 'hostile-noted-passage'));
          // A click on the passage opens its notes in the noted page (the card of the quotation in the other): the
          // page sees the click, as on any text, and nothing else that differs, the focus included.
          const clicked = async (t: Tab) => {
            await t.bringToFront();
            await sleep(300);
            await t.evaluate(() => void ((window as unknown as { __focusEvents: string[] }).__focusEvents.length = 0), null);
            await t.click(points[0].x, points[0].y);
            if (t === noted) await waitFor(() => readNoteFrame(noted), (frame) => !!frame?.visible, 'the note frame of the passage clicked');
            await sleep(500);
            return t.evaluate(pageView, [points, true]);
          };
          const clickedWithNote = await clicked(noted);
          const clickedWithout = await clicked(plain);
          expect(clickedWithNote, 'what the page can read once the passage was clicked, with a note and without').toEqual(clickedWithout);
        });
      });
    });

    it("gets nothing back, and changes no note, with events named like the content script's own", async () => {
      setup();
      const session = getSession();
      const before = await storedNotes(session);
      const overlaysAdded = await watchOverlaysAdded(tab);
      const names = await tab.evaluate(
        (extensionId) => (window as unknown as { __attackContentScriptEvents(extension: string): string[] }).__attackContentScriptEvents(extensionId),
        session.driver.extensionId,
      );
      expect(names, 'the events dispatched').toContain(`${session.driver.extensionId}:content:wxt:content-script-started`);
      // Glossa stays on, and does not start over (which would fold the panel and close what it shows).
      await holdsFor(
        async () => ({ overlay: await readOverlay(tab), underlined: await readUnderlined(tab, [HOSTILE.quoteWithImage]) }),
        ({ overlay, underlined }) => overlay.hosts === 1 && overlay.panel !== null && underlined.texts.length === 1,
        'the overlay and the underline after the forged events',
        1500,
      );
      expect(await overlaysAdded(), 'overlays added after the forged events').toBe(0);
      expect(await storedNotes(session), 'the notes after the events').toEqual(before);
      const log = await readAttack(tab);
      expect(log.messages, 'messages the page received but did not post').toEqual([]);
      expect(log.replies, 'answers to the page').toEqual([]);
      const after = await tab.evaluate(readPage, null);
      expect(after.html + (after.shadowHtml ?? ''), 'the page and the shadow root').not.toContain(SECRET);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Pages passing for other sites' pages

/** Sentences of the English test article, in the article's order: one per note of the checks below. */
const SITE_SENTENCES = {
  pageA: 'His team measured the thickness of the main girders at more than two hundred points and compared them with readings taken in 2015.',
  otherSite: 'Most of the steel had lost less than a millimetre over that period, the report says.',
  httpsSite: 'The weekly checks will cost about four hundred thousand pounds a year, a sum the council says it will take from the road maintenance budget rather than from new borrowing.',
  own: 'On the east bank, the news was greeted with relief.',
};

function withCanonical(html: string, href: string): string {
  const head = '<meta charset="utf-8">';
  if (!html.includes(head)) throw new Error('the English test page has no <meta charset> to put a canonical link after');
  return html.replace(head, `${head}\n<link rel="canonical" href="${href}">`);
}

function otherSitesSuite(getSession: () => Session): void {
  describe('pages passing for other sites', () => {
    const A = '/sites/a.html';
    /** Site B's pages, each passing for site A in its own way. */
    const B_KINDS = ['canonical-other-host', 'canonical-https', 'canonical-same-site', 'push-state'] as const;
    const pageB = (kind: (typeof B_KINDS)[number]) => `/sites/b-${kind}.html`;
    /** http://127.0.0.1:PORT, the same server as http://localhost:PORT, and the same host's https address. */
    const sites = () => {
      const here = getSession().server.origin;
      return { here, other: here.replace('//127.0.0.1:', '//localhost:'), https: here.replace(/^http:/, 'https:') };
    };
    let setupError: Error | null = null;

    beforeAll(async () => {
      const session = getSession();
      const { server } = session;
      const { here, other, https } = sites();
      server.setPage(A, EN_HTML);
      server.setPage(pageB('canonical-other-host'), withCanonical(EN_HTML, `${other}${A}`));
      server.setPage(pageB('canonical-https'), withCanonical(EN_HTML, `${https}${A}`));
      server.setPage(pageB('canonical-same-site'), withCanonical(EN_HTML, A));
      server.setPage(pageB('push-state'), withCanonical(EN_HTML, `${other}${A}`));
      const note = (id: string, source: string, exact: string): FileNote => ({ id, source, exact, text: `A note on ${source}` });
      const file = annotationFile([
        note('urn:example:page-a', `${here}${A}`, SITE_SENTENCES.pageA),
        note('urn:example:other-site', `${other}${A}`, SITE_SENTENCES.otherSite),
        note('urn:example:https-site', `${https}${A}`, SITE_SENTENCES.httpsSite),
        // Each page B has a note of its own: it shows once B has its notes, whatever else it was (wrongly) given.
        ...B_KINDS.map((kind, i) => note(`urn:example:b-${i}`, `${here}${pageB(kind)}`, SITE_SENTENCES.own)),
      ]);
      try {
        const { notesPage, report } = await importThroughNotesPage(session, file);
        await notesPage.close();
        expect(report.lines).toEqual(['Notes imported: 7']);
      } catch (error) {
        setupError = error as Error;
      }
    });

    /** Opens `url` and checks that exactly `expected` is underlined, and that the popup lists exactly those notes. */
    async function expectNotes(url: string, expected: string[], shotName: string): Promise<void> {
      if (setupError) throw setupError;
      const session = getSession();
      await inTrackedTab(session, url, async ({ tab, tabId }) => {
        await waitForUnderlined(tab, expected, `on ${url}`);
        const listed = await popupNotes(session, tabId, (notes) => notes.length > 0, `the notes of ${url}`, shotName);
        expect(listed.map((n) => n.quote), `the notes the popup lists for ${url}`).toEqual(expected);
      });
    }

    it('gives each site its own notes: the same path and text on 127.0.0.1 and on localhost', async () => {
      const { here, other } = sites();
      await expectNotes(`${here}${A}`, [SITE_SENTENCES.pageA], 'sites-a-popup');
      await expectNotes(`${other}${A}`, [SITE_SENTENCES.otherSite], 'sites-other-site-popup');
    });

    it("does not get another site's notes with a canonical link to it", async () => {
      await expectNotes(sites().here + pageB('canonical-other-host'), [SITE_SENTENCES.own], 'sites-canonical-other-host-popup');
    });

    it('does not get the notes of its host\'s https pages with a canonical link to one', async () => {
      await expectNotes(sites().here + pageB('canonical-https'), [SITE_SENTENCES.own], 'sites-canonical-https-popup');
    });

    it('gets the notes of the page its canonical link names on its own site (the feature the checks above limit)', async () => {
      await expectNotes(sites().here + pageB('canonical-same-site'), [SITE_SENTENCES.pageA], 'sites-canonical-same-site-popup');
    });

    it("does not get another site's notes by pushing that site's path on its own host, with a canonical link to the site", async () => {
      if (setupError) throw setupError;
      const session = getSession();
      const { here, other } = sites();
      await inTrackedTab(session, here + pageB('push-state'), async ({ tab }) => {
        await waitForUnderlined(tab, [SITE_SENTENCES.own], 'before the page pushes an address');
        const refused = await tab.evaluate((address) => {
          try {
            history.pushState({}, '', address);
            return `allowed: ${location.href}`;
          } catch (error) {
            return (error as Error).name;
          }
        }, `${other}${A}`);
        expect(refused, `history.pushState to ${other}${A} (another site)`).toBe('SecurityError');

        // To A's path on its own host: the content script starts again (its overlay comes back) and asks for the
        // notes of the page's address, whose canonical link still names the other site.
        const overlaysAdded = await watchOverlaysAdded(tab);
        await tab.evaluate((path) => history.pushState({}, '', path), A);
        const after = await waitFor(
          async () => ({
            restarted: (await overlaysAdded()) > 0,
            underlined: (await readUnderlined(tab, [SITE_SENTENCES.own, SITE_SENTENCES.pageA])).texts,
          }),
          (s) => s.restarted && s.underlined.length > 0,
          `the content script to start again at ${A} and underline its notes`,
          15_000,
        );
        // Chromium 156 and Firefox 153 both keep telling the background the address the page was loaded at (its
        // own notes); the address pushed, on the same host, would be as right (page A's). Never the other site's.
        expect([[SITE_SENTENCES.own], [SITE_SENTENCES.pageA]], `underlined after pushing ${A}`).toContainEqual(after.underlined);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The extension pages' Content Security Policy

/** The policy wxt.config.ts gives the built extension pages, directive by directive. */
const EXPECTED_POLICY = {
  'default-src': "'self'",
  'script-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'connect-src': "'none'",
  'frame-ancestors': "'self' http: https:",
};

function builtPolicy(browserName: string): Record<string, string> {
  const dir = EXTENSION_DIRS[browserName as keyof typeof EXTENSION_DIRS];
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  // MV3 names the extension pages' policy; MV2 has one policy string.
  const policy: string = manifest.manifest_version === 3 ? manifest.content_security_policy?.extension_pages : manifest.content_security_policy;
  return Object.fromEntries(
    (policy ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

/** Injects an inline script and an inline event handler into the page; says which ran. */
function tryInlineScript(): Promise<{ script: boolean; handler: boolean }> {
  const w = window as unknown as { __inlineScriptRan?: boolean; __inlineHandlerRan?: boolean };
  const script = document.createElement('script');
  script.textContent = 'window.__inlineScriptRan = true';
  document.body.append(script);
  const holder = document.createElement('div');
  holder.innerHTML = '<img src="no-such-image.png" onerror="window.__inlineHandlerRan = true">';
  return new Promise((resolveRun) => {
    // The image is not in the extension: its error event comes after the inline handler would have run.
    holder.firstElementChild!.addEventListener('error', () => resolveRun({ script: !!w.__inlineScriptRan, handler: !!w.__inlineHandlerRan }));
    document.body.append(holder);
  });
}

/** From an extension page: a fetch, an image and a WebSocket to the test server (`base`); how each ended. */
function tryNetwork(base: string): Promise<Record<string, string>> {
  const fetched = fetch(`${base}/canary/fetch`).then((r) => `status ${r.status}`, (e: Error) => `refused: ${e.message}`);
  const image = new Promise<string>((done) => {
    const img = new Image();
    img.onload = () => done('loaded');
    img.onerror = () => done('failed');
    img.src = `${base}/canary/image`;
  });
  const socket = new Promise<string>((done) => {
    try {
      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/canary/socket`);
      ws.onopen = () => done('open');
      ws.onerror = () => done('failed');
    } catch (error) {
      done(`refused: ${(error as Error).name}`);
    }
  });
  return Promise.all([fetched, image, socket]).then(([f, i, s]) => ({ fetch: f, image: i, socket: s }));
}

function policySuite(getSession: () => Session): void {
  describe("the extension pages' Content Security Policy", () => {
    it('is in the built manifest', () => {
      expect(builtPolicy(getSession().driver.name)).toEqual(EXPECTED_POLICY);
    });

    it('runs no inline script in an extension page, and lets neither its pages nor its background reach the network', async () => {
      const session = getSession();
      const notesPage = await session.driver.openExtensionPage('notes.html');
      try {
        expect(await notesPage.evaluate(tryInlineScript, null), 'inline script and handler injected into notes.html').toEqual({ script: false, handler: false });
        const fromPage = await notesPage.evaluate(tryNetwork, session.server.origin);
        expect(fromPage.fetch, 'fetch from notes.html').toMatch(/^refused/);
        expect(fromPage.image, 'image from the test server in notes.html').not.toBe('loaded');
        expect(fromPage.socket, 'WebSocket from notes.html').not.toBe('open');
        expect(await session.driver.fetchFromBackground(session.server.url('/canary/background')), 'fetch from the background').toMatch(/^refused/);
        // Whether a request was refused before it left, or failed after: the server saw none of them.
        expect(session.server.requests().filter((r) => r.path.startsWith('/canary/')), 'canary requests that reached the server').toEqual([]);
      } finally {
        await notesPage.close().catch(() => undefined);
      }
    });

    it('still lets an http page frame the note frame, which works under the policy', async () => {
      const session = getSession();
      const path = '/policy/framed.html';
      session.server.setPage(path, EN_HTML);
      const quote = EN_ARTICLE.quotes[1].text;
      await inTrackedTab(session, path, async ({ tab }) => {
        await waitForOverlay(tab);
        await addNoteOnQuote(session, tab, quote, 'Written in the note frame under the strict policy', 'policy-frame');
        await waitForUnderlined(tab, [quote], 'once the note is saved in the frame');
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// No network of its own

/** `html` without anything a page loads by itself (scripts, stylesheets, images, icons), so that every request
 *  of the session is either a page load of the test's or Glossa's. */
function withoutSubresources(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<(link|img|iframe|source|video|audio|object|embed)\b[^>]*>/gi, '')
    .replace(/<head>/i, '<head>\n<link rel="icon" href="data:,">');
}

/** The article of the session: the seed page (with a quotation to note), else the English test page. */
function networkArticle(): { html: string; quote: string; source: string } {
  const seed = seedCases().find((c) => c.id === 'seed-with-headings');
  if (SEED_PRESENT && seed) {
    return { html: readFileSync(resolve(SEED_DIR, 'with-headings/page.html'), 'utf8'), quote: seed.quotes[0].text, source: seed.path };
  }
  return { html: EN_HTML, quote: EN_ARTICLE.quotes[1].text, source: `${EN_ARTICLE.path} (${SEED_DIR} is absent)` };
}

/** Makes the notes page keep its exports instead of downloading them: `window.__exports` gets each file. */
function catchDownloads(): void {
  const w = window as unknown as { __exports: Promise<{ name: string; text: string }>[] };
  w.__exports = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    w.__exports.push(blob ? blob.text().then((text) => ({ name: this.download, text })) : Promise.resolve({ name: this.download, text: '' }));
  };
}

const readExports = (tab: Tab) =>
  tab.evaluate(() => Promise.all((window as unknown as { __exports: Promise<{ name: string; text: string }>[] }).__exports), null);

function networkSuite(getSession: () => Session): void {
  describe('no network of its own', () => {
    it('sends no request in a whole session (article, overlay, popup, a note, notes page, both exports, an import) but the test page loads', async () => {
      const session = getSession();
      const { driver, server } = session;
      const browser = driver.name;
      const article = networkArticle();
      const articlePath = '/network/article.html';
      /** Opened by the notes page's own tab at the end: shows that the watch hears extension pages' tabs. */
      const controlPath = '/network/opened-from-an-extension-page.html';
      server.setPage(articlePath, withoutSubresources(article.html));
      server.setPage(controlPath, '<!doctype html><html><head><link rel="icon" href="data:,"><title>Control</title></head><body><p>Control</p></body></html>');
      const noteText = 'Read again before the vote';
      const receivedBefore = server.requests().length;
      const watch = driver.watchNetwork();
      const tabs: Tab[] = [];
      try {
        const { tab, tabId } = await openTracked(session, articlePath);
        tabs.push(tab);
        await waitForOverlay(tab);
        const popup = await openPopup(session, tabId);
        tabs.push(popup);
        await waitFor(() => readPopup(popup), (s) => s.h1 !== null && s.summary !== null, 'the popup of the article', POPUP_TIMEOUT);
        await addNoteOnQuote(session, tab, article.quote, noteText, 'network-note');

        const notesPage = await driver.openExtensionPage('notes.html');
        tabs.push(notesPage);
        await waitFor(() => readNotes(notesPage), (notes) => notes.some((n) => n.text === noteText), 'the note on the notes page');
        await notesPage.evaluate(catchDownloads, null);
        await clickIn(notesPage, '[data-glossa-export="annotations"]');
        await clickIn(notesPage, '[data-glossa-export="markdown"]');
        const files = await waitFor(() => readExports(notesPage), (f) => f.length === 2, 'both exports');
        expect(files.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual(['glossa-notes-DATE.jsonld', 'glossa-notes-DATE.md']);
        for (const file of files) expect(file.text, `${file.name} holds the note`).toContain(noteText);

        const imported = annotationFile([{ id: 'urn:example:network', source: server.url('/network/elsewhere.html'), text: 'Imported' }]);
        const { notesPage: importPage, report } = await importThroughNotesPage(session, imported);
        tabs.push(importPage);
        expect(report.lines).toEqual(['Notes imported: 1']);

        await notesPage.evaluate((url) => {
          location.href = url;
        }, server.url(controlPath));
        await waitFor(async () => server.requests().some((r) => r.path === controlPath), (seen) => seen, 'the control page load');
        await waitFor(async () => watch.requests().some((r) => r.url === server.url(controlPath)), (seen) => seen, 'the watch to hear the control page load');

        const pageLoads = new Set([server.url(articlePath), server.url(controlPath)]);
        const requests = watch.requests();
        const network = requests.filter((r) => !/^(chrome-extension|moz-extension|data|blob|about):/.test(r.url));
        expect(network.map((r) => r.url), 'the watch heard the article load').toContain(server.url(articlePath));
        expect(network.filter((r) => !pageLoads.has(r.url)), `requests but the page loads (article: ${article.source})`).toEqual([]);
        const received = server.requests().slice(receivedBefore);
        expect(received.filter((r) => r.method !== 'GET' || ![articlePath, controlPath].includes(r.path)), 'requests the test server received but the page loads').toEqual([]);
        await tab.screenshot(shotPath(browser, 'network-article'));
      } finally {
        watch.stop();
        for (const tab of tabs) await tab.close().catch(() => undefined);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The suite

/** Registers the hostile-page, other-site and policy checks in a browser session of their own, and the network
 *  check in another (so that nothing before it is heard). */
export function defineHostileSuite(browserName: string, launch: LaunchDriver): void {
  describe(`Glossa against hostile pages in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch);
    hostilePageSuite(getSession);
    otherSitesSuite(getSession);
    policySuite(getSession);
  });
  describe(`Glossa's own network in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch);
    networkSuite(getSession);
  });
}
