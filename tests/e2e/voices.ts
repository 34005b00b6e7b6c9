/**
 * The end-to-end checks of the voices of an article, the library of what was said, keyboard use and accessibility,
 * written once for every browser and registered by `defineVoicesSuite` from chromium.e2e.ts and firefox.e2e.ts, in a
 * browser of their own (the library they fill shows in no other suite).
 *
 * The UI contract checked here, besides that of helpers.ts:
 * - the popup's `[data-glossa-voices]`: one `[data-glossa-voice=N]` per speaker (`data-kind` named or anonymous,
 *   `[data-glossa-share]`, `.speaker-button` stepping to their next quotation, `[data-glossa-step]` saying which),
 *   `[data-glossa-export-csv]`; `[data-glossa-seen-elsewhere]` with `[data-glossa-seen=I]` per quotation of the page
 *   found elsewhere, each match `[data-glossa-match]` with `data-identical` and `data-other-speaker`, the changed
 *   wording in `del`/`ins`;
 * - the notes page's Quotes tab (`notes.html#quotes`): `[data-glossa-library-switch]`, `[data-glossa-library-size]`,
 *   `[data-glossa-forget]`, the search fields `[data-glossa-quote-search]`, `[data-glossa-speaker-search]`,
 *   `[data-glossa-outlet]`, and the results `[data-glossa-library-quote]`;
 * - a keyboard command reaches the page as the background sends it (`quoteCommand`): a browser's shortcut is handled
 *   by the browser itself, where no driver's key press reaches, so the test sends what the background sends.
 * - axe-core (node_modules/axe-core) finds no violation in the popup, the notes page, the note frame and the overlay
 *   (its closed shadow root shown to axe, in the test only, as the host's `shadowRoot`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_ARTICLE } from './cases';
import {
  probe, openPopup, openTracked, POPUP_TIMEOUT, shotPath, sleep, useBrowserSession, waitFor, waitForHighlights, waitForOverlay,
  type LaunchDriver, type Session, type Tab,
} from './helpers';
import { addNoteOnQuote, notesProbe } from './notes';
import { PAGES_DIR } from './server';

/** How long a note frame may take to load in a browser loaded by other work. */
const NOTE_FRAME_TIMEOUT = 15_000;
const AXE_SOURCE = readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** An async function that runs axe-core in a document (or, with `overlay`, on the overlay's shadow root only) and
 *  gives its violations. Its body carries axe's source, since extension pages' CSP lets no script in; the overlay's
 *  closed root is shown to axe, in the test only, as its host's `shadowRoot`. */
function axeInPage(): (arg: { overlay: boolean }, overlay?: ShadowRoot | null) => Promise<AxeViolation[]> {
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as FunctionConstructor;
  return new AsyncFunction(
    'arg',
    'overlay',
    `${AXE_SOURCE};
    let context = document;
    if (arg.overlay) {
      const host = document.querySelector('glossa-overlay');
      Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => overlay });
      context = { include: [['glossa-overlay']] };
    }
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary) }));`,
  ) as never;
}

async function expectNoAxeViolations(run: Promise<AxeViolation[]>, where: string): Promise<void> {
  expect(await run, `axe-core violations in ${where}`).toEqual([]);
}

/** The English test article under another address, with its outlet named and `edit` applied to its text. */
function articleVariant(outlet: string, edit: (html: string) => string): string {
  const html = readFileSync(resolve(PAGES_DIR, 'en-article.html'), 'utf8');
  return edit(html).replace('<head>', `<head><meta property="og:site_name" content="${outlet}">`);
}

const FIRST_QUOTE = EN_ARTICLE.quotes[0].text;
const REWORDED = (html: string) => html.replace('We will not close the bridge before the new one opens', 'We will never close the bridge before the new one opens');
const OTHER_SPEAKER = (html: string) => html.replace('the new one opens," said Ferreira', 'the new one opens," said Tom Okafor');

/* eslint-disable @typescript-eslint/no-explicit-any */
interface VoicesRead {
  voices: { name: string; kind: string | null; share: string; text: string }[];
  step: string | null;
  seen: { quote: string; matches: { identical: string | null; otherSpeaker: string | null; del: string[]; ins: string[]; text: string }[] }[];
  seenNone: boolean;
}

function readVoices(): VoicesRead {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return {
    voices: Array.from(document.querySelectorAll('[data-glossa-voice]')).map((li) => ({
      name: norm(li.querySelector('.name')?.textContent),
      kind: li.getAttribute('data-kind'),
      share: norm(li.querySelector('[data-glossa-share]')?.textContent),
      text: norm(li.textContent),
    })),
    step: document.querySelector('[data-glossa-step]') && norm(document.querySelector('[data-glossa-step]')!.textContent),
    seen: Array.from(document.querySelectorAll('[data-glossa-seen]')).map((li) => ({
      quote: norm(li.querySelector('blockquote')?.textContent),
      matches: Array.from(li.querySelectorAll('[data-glossa-match]')).map((m) => ({
        identical: m.getAttribute('data-identical'),
        otherSpeaker: m.getAttribute('data-other-speaker'),
        del: Array.from(m.querySelectorAll('del')).map((d) => norm(d.textContent)),
        ins: Array.from(m.querySelectorAll('ins')).map((d) => norm(d.textContent)),
        text: norm(m.textContent),
      })),
    })),
    seenNone: !!document.querySelector('[data-glossa-seen-none]'),
  };
}

/** Clicks the first element matching `selector` in an extension page (popup, notes page). */
function clickIn(selector: string): boolean {
  const element = document.querySelector(selector) as HTMLElement | null;
  element?.click();
  return !!element;
}

/** Catches the next file an extension page downloads (utils/download.ts: a Blob behind an object URL). */
function catchDownload(): void {
  const w = window as any;
  w.__glossaDownloads = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob) => {
    w.__glossaDownloads.push(blob.text());
    return create(blob);
  };
}
const downloaded = () => Promise.all((window as any).__glossaDownloads as Promise<string>[]);

/** What the Quotes tab shows: its size line, the switch, and the results' texts and outlets. */
function readLibrary() {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const switchInput = document.querySelector('[data-glossa-library-switch]') as HTMLInputElement | null;
  return {
    on: switchInput?.checked ?? null,
    size: norm(document.querySelector('[data-glossa-library-size]')?.textContent),
    count: norm(document.querySelector('[data-glossa-quotes-count]')?.textContent),
    quotes: Array.from(document.querySelectorAll('[data-glossa-library-quote]')).map((li) => ({
      text: norm(li.querySelector('blockquote')?.textContent),
      source: norm(li.textContent),
    })),
  };
}

/** Types into a search field of the Quotes tab as a person does (the field's input event). */
function setField(arg: { selector: string; value: string }): void {
  const field = document.querySelector(arg.selector) as HTMLInputElement | HTMLSelectElement;
  field.value = arg.value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** The Quotes tab's filters as a person sees them: the top of each field's control (one row: one top), and whether
 *  the outlet select is wide enough for the name it shows (its text, measured in its font, within its box less its
 *  padding and its arrow). */
function readFilters() {
  const form = document.querySelector('form[role="search"]') as HTMLFormElement;
  const select = form.querySelector('[data-glossa-outlet]') as HTMLSelectElement;
  const style = getComputedStyle(select);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = style.font;
  const ARROW_PX = 24;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW_PX;
  return {
    tops: Array.from(form.querySelectorAll('input, select')).map((control) => Math.round(control.getBoundingClientRect().top)),
    outletFits: context.measureText(select.selectedOptions[0].text).width <= room,
  };
}

/** Which element of the overlay has the focus: its class and text, or null. */
function overlayFocus(_: null, overlay: ShadowRoot | null) {
  const active = overlay?.activeElement as HTMLElement | null | undefined;
  return active ? { tag: active.tagName.toLowerCase(), cls: active.className, text: (active.textContent ?? '').replace(/\s+/g, ' ').trim(), card: !!active.closest('[data-glossa-card]') } : null;
}

/** Sends a keyboard command to a tab as the background sends it when the browser hears its shortcut. */
function sendCommand(arg: { tabId: number; command: string }) {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.tabs.sendMessage(arg.tabId, { glossa: 'quoteCommand', data: arg.command });
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Presses `key` until the overlay's focus is on what `focused` wants, each press waited on until the focus has moved
 * (on a loaded machine a key is handled a little after the driver returns: a press read too early is pressed again
 * and the focus overshoots).
 */
async function pressUntil(tab: Tab, key: string, focused: (f: ReturnType<typeof overlayFocus>) => boolean, what: string) {
  const readFocus = () => tab.evaluateInOverlay(overlayFocus, null);
  let focus = await readFocus();
  for (let i = 0; i < 12 && !focused(focus); i++) {
    const before = JSON.stringify(focus);
    await tab.press(key);
    focus = await waitFor(readFocus, (now) => JSON.stringify(now) !== before, `${key} to move the focus on from ${before}`);
  }
  if (!focused(focus)) throw new Error(`${key} never brought the focus to ${what} (last: ${JSON.stringify(focus)})`);
}

/** Brings a tab to the front and waits until it is shown and, in Firefox, until its document has the focus: Firefox
 *  sends key presses to the focused document only (Chromium's driver sends them to the page it names, whose document
 *  has no focus in a headless browser). */
async function focusTab(tab: Tab, browserName: string) {
  await tab.bringToFront();
  const ready = () => tab.evaluate((needsFocus) => document.visibilityState === 'visible' && (!needsFocus || document.hasFocus()), browserName === 'firefox');
  await waitFor(ready, (focused) => focused, "the article's tab in front, its document focused in Firefox");
}

/** Opens the English test article and its popup, waits for its two voices, and runs `use` with them; closes both. */
async function withArticlePopup(session: Session, use: (opened: { tab: Tab; popup: Tab; tabId: number; voices: VoicesRead }) => Promise<void>) {
  const { tab, tabId } = await openTracked(session, EN_ARTICLE.path);
  const popup = await openPopup(session, tabId);
  try {
    await waitForOverlay(tab);
    const voices = await waitFor(() => popup.evaluate(readVoices, null), (r) => r.voices.length === 2, 'two voices in the popup', POPUP_TIMEOUT);
    await use({ tab, popup, tabId, voices });
  } finally {
    await popup.close().catch(() => undefined);
    await tab.close().catch(() => undefined);
  }
}

export function defineVoicesSuite(browserName: string, launch: LaunchDriver): void {
  describe(`Voices, the library and the keyboard in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch);

    it('shows the voices of an article, steps through a speaker’s quotations and exports them as CSV', async () => {
      await withArticlePopup(getSession(), async ({ popup, voices: read }) => {
        const session = getSession();
        expect(read.voices.map((v) => [v.name, v.kind])).toEqual([['Ana Ferreira', 'named'], ['Tom Okafor', 'named']]);
        const shares = read.voices.map((v) => parseInt(v.share, 10));
        expect(shares[0] + shares[1]).toBeGreaterThanOrEqual(99);
        expect(shares[0]).toBeGreaterThan(shares[1]);
        expect(await popup.evaluate(clickIn, '[data-glossa-voice="1"] .speaker-button')).toBe(true);
        await waitFor(() => popup.evaluate(readVoices, null), (r) => r.step === 'Quotation 1 of 2', 'the step "Quotation 1 of 2"');
        // The same by keyboard: Tab to the first speaker, Enter steps to their first quotation.
        const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-glossa-speaker') ?? null, null);
        for (let i = 0; i < 30 && (await focused()) !== '0'; i++) await popup.press('Tab');
        expect(await focused(), 'the first speaker reached with Tab').toBe('0');
        await popup.press('Enter');
        await waitFor(() => popup.evaluate(() => document.querySelector('[data-glossa-voice="0"] [data-glossa-step]')?.textContent ?? null, null), (t) => t === 'Quotation 1 of 3', 'Ferreira\'s "Quotation 1 of 3"');
        await popup.evaluate(catchDownload, null);
        expect(await popup.evaluate(clickIn, '[data-glossa-export-csv]')).toBe(true);
        const [csv] = await waitFor(() => popup.evaluate(downloaded, null), (files) => files.length === 1, 'the CSV download');
        const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
        expect(lines[0]).toBe('"speaker","named or anonymous","quotation","position","confidence","article","outlet","date","URL"');
        expect(lines).toHaveLength(1 + EN_ARTICLE.quotes.length);
        expect(lines[1]).toContain(`"Ana Ferreira","named","${FIRST_QUOTE}"`);
        expect(lines[1]).toContain(session.server.url(EN_ARTICLE.path));
        await popup.screenshot(shotPath(browserName, 'voices-popup'), { fullPage: true });
        await expectNoAxeViolations(popup.evaluate(axeInPage(), { overlay: false }), 'the popup');
      });
    });

    it('does every action on quotations by keyboard, with no axe violation in the overlay and the note frame', async () => {
      const session = getSession();
      const { tab, tabId } = await openTracked(session, EN_ARTICLE.path);
      try {
        await waitForOverlay(tab);
        await waitForHighlights(tab, EN_ARTICLE.quotes.length);
        await focusTab(tab, browserName);
        const command = async (name: string) => ((await session.control.evaluate(sendCommand, { tabId, command: name })) as { result?: unknown }).result;
        const cardQuote = () => tab.evaluateInOverlay((_: null, o) => (o?.querySelector('[data-glossa-card] .quote-text')?.textContent ?? '').trim(), null);
        const excerpt = (i: number) => EN_ARTICLE.quotes[i].text.slice(0, 40);
        for (const [name, quote] of [['next-quote', 0], ['next-quote', 1], ['next-quote', 2], ['previous-quote', 1], ['speaker-next-quote', 4], ['open-card', 4]] as const) {
          expect(await command(name), name).toBe(true);
          await waitFor(cardQuote, (text) => text.startsWith(excerpt(quote)), `${name}: the card of quotation ${quote + 1}`);
          const focus = await tab.evaluateInOverlay(overlayFocus, null);
          expect(focus?.card, `${name}: the focus is in the card`).toBe(true);
        }
        await expectNoAxeViolations(tab.evaluateInOverlay(axeInPage(), { overlay: true }), 'the overlay with a card open');
        await tab.screenshot(shotPath(browserName, 'keyboard-card'));
        await focusTab(tab, browserName);
        await pressUntil(tab, 'Tab', (f) => !!f?.cls.includes('add-note'), 'Add note');
        await tab.press('Enter');
        await waitFor(
          () => tab.evaluateInOverlay(notesProbe, { op: 'noteFrame' }) as Promise<{ visible: boolean } | null>,
          (f) => !!f?.visible,
          'the note frame after Enter on "Add note"',
          NOTE_FRAME_TIMEOUT,
        )
          .catch(async (error: Error) => {
            // What the keys reached: the overlay's focus, and whether the tab's document still had the focus.
            const where = { focus: await tab.evaluateInOverlay(overlayFocus, null), documentFocused: await tab.evaluate(() => document.hasFocus(), null) };
            throw new Error(`${error.message}; after Enter: ${JSON.stringify(where)}`);
          })
          .finally(() => tab.screenshot(shotPath(browserName, 'keyboard-note-frame')));
        const frameUrl = `${session.driver.extensionOrigin}/note-frame.html`;
        await waitFor(() => tab.evaluateInFrame(frameUrl, () => document.activeElement?.hasAttribute('data-glossa-note-text') ?? false, null), (f) => f, 'the note editor focused', NOTE_FRAME_TIMEOUT);
        await expectNoAxeViolations(tab.evaluateInFrame(frameUrl, axeInPage(), { overlay: false }), 'the note frame');
        await tab.type('Said twice, by keyboard');
        await tab.press('Control+Enter');
        const popup = await openPopup(session, tabId);
        const noteTexts = () => popup.evaluate(() => Array.from(document.querySelectorAll('[data-glossa-note] .note-text')).map((n) => n.textContent), null);
        await waitFor(noteTexts, (texts) => texts.includes('Said twice, by keyboard'), 'the note saved from the keyboard', POPUP_TIMEOUT).finally(() => popup.close());
        await focusTab(tab, browserName);
        expect(await command('copy-citation')).toBe(true);
        await waitFor(
          () => tab.evaluateInOverlay((_: null, o) => o?.querySelector('.notice')?.textContent ?? '', null),
          (text) => text === 'Citation copied',
          'the overlay announcing the citation copied',
        );
        // Open the library from the card, by keyboard: the notes page's Quotes tab opens in a new tab.
        const before = (await session.control.evaluate(probe, { op: 'tabIds' })) as number[];
        expect(await command('open-card')).toBe(true);
        await pressUntil(tab, 'Tab', (f) => !!f?.cls.includes('library'), 'the card\'s library button');
        await tab.press('Enter');
        await waitFor(() => session.control.evaluate(probe, { op: 'tabIds' }) as Promise<number[]>, (ids) => ids.length === before.length + 1, 'the Quotes tab opened');
      } finally {
        await tab.close().catch(() => undefined);
      }
    });

    it('keeps a library once turned on: three articles sharing a quotation, seen elsewhere, searched on the Quotes tab', async () => {
      const session = getSession();
      const quotes = await session.driver.openExtensionPage('notes.html#quotes');
      const opened: Tab[] = [];
      try {
        await waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.on === false, 'the library off at first', POPUP_TIMEOUT);
        await expectNoAxeViolations(quotes.evaluate(axeInPage(), { overlay: false }), 'the notes page’s Quotes tab');
        expect(await quotes.evaluate(clickIn, '[data-glossa-library-switch]')).toBe(true);
        await waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.on === true, 'the library on');

        session.server.setPage('/coast/reworded.html', articleVariant('Coast Gazette', REWORDED));
        session.server.setPage('/wire/other-speaker.html', articleVariant('Wire Service', OTHER_SPEAKER));
        for (const path of ['/wire/other-speaker.html', '/coast/reworded.html', EN_ARTICLE.path]) {
          const { tab } = await openTracked(session, path);
          opened.push(tab);
          await waitForOverlay(tab);
          await sleep(1000);
        }
        await quotes.reload();
        const filled = await waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.quotes.length === 3 * EN_ARTICLE.quotes.length, 'the library holding three articles');
        expect(filled.size).toContain('15');

        const { tabId } = await openTracked(session, EN_ARTICLE.path);
        const popup = await openPopup(session, tabId);
        try {
          const seen = await waitFor(() => popup.evaluate(readVoices, null), (r) => r.seen.length > 0, '"seen elsewhere" in the popup', POPUP_TIMEOUT);
          // The other two articles carry every quotation of this one: the first worded differently in one and given
          // to another speaker in the other, the rest word for word.
          // Shown apart from the article, a quotation goes without the comma of the sentence around it ('"…," said').
          expect(seen.seen.map((s) => s.quote)).toEqual(EN_ARTICLE.quotes.map((q) => q.text.replace(/,$/u, '')));
          for (const { matches } of seen.seen.slice(1)) expect(matches.map((m) => [m.identical, m.otherSpeaker])).toEqual([['true', 'false'], ['true', 'false']]);
          const matches = seen.seen[0].matches;
          const reworded = matches.find((m) => m.text.includes('Coast Gazette'));
          const other = matches.find((m) => m.text.includes('Wire Service'));
          expect(reworded).toMatchObject({ identical: 'false', otherSpeaker: 'false', del: ['not'], ins: ['never'] });
          expect(other).toMatchObject({ identical: 'true', otherSpeaker: 'true' });
          expect(other!.text).toContain('Tom Okafor');
          await popup.screenshot(shotPath(browserName, 'seen-elsewhere'), { fullPage: true });
          await expectNoAxeViolations(popup.evaluate(axeInPage(), { overlay: false }), 'the popup with "seen elsewhere"');
        } finally {
          await popup.close().catch(() => undefined);
        }

        const search = async (fields: Record<string, string>, count: number, what: string) => {
          for (const [selector, value] of Object.entries(fields)) await quotes.evaluate(setField, { selector, value });
          return waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.quotes.length === count, what);
        };
        const closeBridge = await search({ '[data-glossa-quote-search]': 'close bridge' }, 3, 'three quotations with "close bridge"');
        expect(closeBridge.quotes.map((q) => q.text)).toContain('We will never close the bridge before the new one opens');
        const okafor = await search({ '[data-glossa-speaker-search]': 'okafor' }, 1, 'one of them by Okafor');
        expect(okafor.quotes[0].source).toContain('Wire Service');
        await search({ '[data-glossa-speaker-search]': '', '[data-glossa-quote-search]': '', '[data-glossa-outlet]': 'Coast Gazette' }, 5, 'the Coast Gazette’s five');
        const filters = await quotes.evaluate(readFilters, null);
        expect(new Set(filters.tops).size, 'the five filters in one row, their controls of one height').toBe(1);
        expect(filters.outletFits, 'the outlet chosen shown whole').toBe(true);
        await quotes.screenshot(shotPath(browserName, 'quotes-tab'), { fullPage: true });
        await expectNoAxeViolations(quotes.evaluate(axeInPage(), { overlay: false }), 'the Quotes tab with results');

        // Exported with the notes (a note of its own, so that the notes page has something to export), forgotten,
        // imported back.
        await addNoteOnQuote(session, opened[2], EN_ARTICLE.quotes[1].text, 'Kept beside the library', 'library-note');
        const tab = (name: string) => quotes.evaluate(clickIn, `[data-glossa-tab="${name}"]`);
        await tab('notes');
        await quotes.evaluate(catchDownload, null);
        await waitFor(() => quotes.evaluate(clickIn, '[data-glossa-export="annotations"]:not([disabled])'), (clicked) => clicked, 'the export button');
        const [file] = await waitFor(() => quotes.evaluate(downloaded, null), (files) => files.length === 1, 'the export of notes');
        expect(JSON.parse(file)['glossa:library']).toHaveLength(3 * EN_ARTICLE.quotes.length);
        await tab('quotes');
        await waitFor(() => quotes.evaluate(clickIn, '[data-glossa-forget]:not([disabled])'), (clicked) => clicked, 'Forget all');
        expect(await quotes.evaluate(clickIn, '[data-glossa-forget-yes]')).toBe(true);
        await waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.size.startsWith('0 of'), 'the library forgotten');
        await tab('notes');
        await waitFor(() => quotes.evaluate(notesProbe, { op: 'chooseImportFile', name: 'notes.jsonld', text: file }), (chosen) => chosen === true, 'the import field');
        const report = await waitFor(() => quotes.evaluate(notesProbe, { op: 'importReport' }) as Promise<{ lines: string[] } | null>, (r) => !!r, 'the import report');
        expect(report!.lines).toContain(`Quotations added to the library: ${3 * EN_ARTICLE.quotes.length}`);
        await tab('quotes');
        await waitFor(() => quotes.evaluate(readLibrary, null), (l) => l.size.startsWith('15 of'), 'the library imported back');
      } finally {
        for (const tab of opened) await tab.close().catch(() => undefined);
        await quotes.close().catch(() => undefined);
      }
    });
  });

  describe(`A right-to-left interface in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch, () => ({ uiLanguage: 'ar' }));

    it('shows the popup in Arabic, mirrored', async () => {
      await withArticlePopup(getSession(), async ({ popup }) => {
        const layout = await popup.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
          return {
            dir: document.documentElement.dir,
            lang: document.documentElement.lang,
            voicesHeading: document.querySelector('#voices-heading')?.textContent ?? '',
            // Mirrored: the step back stands at the row's right, before the name in reading order.
            stepRight: box('[data-glossa-voice="0"] .step-back').right,
            nameRight: box('[data-glossa-voice="0"] .speaker-button').right,
            headingRight: box('#voices-heading').right,
            width: document.documentElement.clientWidth,
          };
        }, null);
        await popup.screenshot(shotPath(browserName, 'popup-rtl'), { fullPage: true });
        expect(layout.dir).toBe('rtl');
        expect(layout.lang).toMatch(/^ar/);
        expect(layout.voicesHeading).toMatch(/\p{Script=Arabic}/u);
        expect(layout.stepRight).toBeGreaterThan(layout.nameRight);
        expect(layout.width - layout.headingRight).toBeLessThan(30);
        await expectNoAxeViolations(popup.evaluate(axeInPage(), { overlay: false }), 'the Arabic popup');
      });
    });
  });
}
