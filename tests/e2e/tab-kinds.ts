/**
 * The popup on every kind of tab, written once for every browser like helpers.ts and registered by
 * `defineTabKindsSuite` from chromium.e2e.ts and firefox.e2e.ts, in a browser session of its own in which the
 * browser lets no extension run on one site (`localhost`, the test server's second name).
 *
 * On each kind of tab the popup shows what Glossa can do there (the article; "not an article"; or that it cannot
 * read the page), and the extension logs no error meanwhile: no console error (an unchecked runtime.lastError
 * among them) and no uncaught exception, in its pages or its background, as each driver hears them
 * (`BrowserDriver.watchExtensionErrors`; a first check shows that the watch hears what the extension logs).
 */
import { describe, expect, it } from 'vitest';
import { EN_ARTICLE } from './cases';
import {
  expandPanel,
  inTrackedTab,
  installAgain,
  openBeforeInstall,
  openPopup,
  readPopup,
  shotPath,
  sleep,
  useBrowserSession,
  waitFor,
  waitForOverlay,
  type LaunchDriver,
  type PopupState,
  type Session,
  type Tab,
} from './helpers';
import { EN_HTML } from './notes';

/** What the popup shows of a tab. */
type Shown = 'article' | 'not an article' | 'cannot read';

function shown(state: PopupState): Shown | null {
  if (state.h1 === EN_ARTICLE.title) return 'article';
  if (state.notArticle) return 'not an article';
  if (state.unavailable) return 'cannot read';
  return null;
}

/** After the popup has shown its answer, how long an error still has to arrive. */
const LATE_ERROR_MS = 1000;
/** The popup is opened as the page loads: it answers once the page's analysis is done (slow in a fresh browser). */
const ANSWER_TIMEOUT = 20_000;

/** A one-page PDF saying `text`, with its cross-reference table (byte offsets) right, so that no viewer complains. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 40 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The test server under its second name, on which the session's browser lets no extension run. */
const blockedOrigin = (origin: string) => origin.replace('//127.0.0.1:', '//localhost:');

/** The browser's own page opened in a tab: one the browser opens to a driver and to no extension. */
const BROWSER_PAGE: Record<string, string> = { chromium: 'chrome://version/', firefox: 'about:robots' };

/** Opens the popup on a tab; checks what it shows, and that the extension logged no error meanwhile. */
async function expectPopup(session: Session, opened: { tab: Tab; tabId: number }, expected: Shown, shot: string): Promise<void> {
  const browser = session.driver.name;
  const watch = session.driver.watchExtensionErrors();
  const popup = await openPopup(session, opened.tabId);
  try {
    const state = await waitFor(() => readPopup(popup), (s) => shown(s) !== null, `the popup's answer (${shot})`, ANSWER_TIMEOUT).finally(async () => {
      await popup.screenshot(shotPath(browser, `tab-kind-${shot}-popup`)).catch(() => undefined);
      await opened.tab.bringToFront();
      await opened.tab.screenshot(shotPath(browser, `tab-kind-${shot}`)).catch(() => undefined);
    });
    await sleep(LATE_ERROR_MS);
    expect(shown(state), `what the popup shows (${shot})`).toBe(expected);
    expect(watch.errors(), `errors the extension logged with the popup open (${shot})`).toEqual([]);
  } finally {
    watch.stop();
    await popup.close().catch(() => undefined);
  }
}

/** Opens `url` in a tab and checks the popup on it (see expectPopup). */
function expectPopupOn(session: Session, url: string, expected: Shown, shot: string): Promise<void> {
  return inTrackedTab(session, url, (opened) => expectPopup(session, opened, expected, shot));
}

function tabKindsSuite(getSession: () => Session): void {
  const browser = () => getSession().driver.name;
  const pages = {
    article: '/kinds/article.html',
    pdf: '/kinds/document.pdf',
    sandboxed: '/kinds/sandboxed.html',
  };
  const serve = (session: Session) => {
    session.server.setPage(pages.article, EN_HTML);
    session.server.setResource(pages.pdf, pdf('Glossa test document'), { 'content-type': 'application/pdf' });
    // A site's own attempt to keep every script out: a sandbox without scripts, and nothing allowed to load.
    session.server.setResource(pages.sandboxed, EN_HTML, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "sandbox; default-src 'none'",
    });
  };

  it('hears an error logged in an extension page and in the background (the watch below works)', async () => {
    const session = getSession();
    const watch = session.driver.watchExtensionErrors();
    const page = await session.driver.openExtensionPage('popup.html');
    try {
      await page.evaluate(() => console.error('glossa-e2e: an error logged in the popup'), null);
      await session.driver.logErrorInBackground('glossa-e2e: an error logged in the background');
      const heard = await waitFor(async () => watch.errors(), (errors) => errors.length >= 2, 'the watch to hear both errors');
      expect(heard.join('\n')).toContain('an error logged in the popup');
      expect(heard.join('\n')).toContain('an error logged in the background');
    } finally {
      watch.stop();
      await page.close().catch(() => undefined);
    }
  });

  it('shows the article on an article page, without error', async () => {
    const session = getSession();
    serve(session);
    // The popup opened at once, as the page loads, before its content script may have started: the popup waits for it.
    await inTrackedTab(session, pages.article, (opened) => expectPopup(session, opened, 'article', 'article'));
  });

  it('says it cannot read about:blank, without error', async () => {
    await expectPopupOn(getSession(), 'about:blank', 'cannot read', 'about-blank');
  });

  it("says it cannot read the browser's own page, without error", async () => {
    await expectPopupOn(getSession(), BROWSER_PAGE[browser()], 'cannot read', 'browser-page');
  });

  it('answers on a PDF, without error', async () => {
    // Chromium shows a PDF in a page of its own, where the content script runs (and finds no article); Firefox in
    // its PDF viewer, where no extension runs.
    const expected: Shown = browser() === 'chromium' ? 'not an article' : 'cannot read';
    await expectPopupOn(getSession(), pages.pdf, expected, 'pdf');
  });

  it('shows the article on a page whose site forbids every script (CSP sandbox), without error', async () => {
    // A page's Content Security Policy does not keep an extension's content script out, in either browser.
    await expectPopupOn(getSession(), pages.sandboxed, 'article', 'csp-sandbox');
  });

  it('says it cannot read a page of a site where the browser lets no extension run, without error', async () => {
    const session = getSession();
    await expectPopupOn(session, blockedOrigin(session.server.origin) + pages.article, 'cannot read', 'blocked-site');
  });

  // Last: it uninstalls the extension and installs it again.
  it('answers on a tab opened before the extension was installed, without error', async () => {
    const session = getSession();
    // Chromium gives the tabs open before an install no content script; Firefox injects it into them.
    const expected: Shown = browser() === 'chromium' ? 'cannot read' : 'article';
    const opened = await openBeforeInstall(session, pages.article);
    try {
      await expectPopup(session, opened, expected, 'opened-before-install');
    } finally {
      await opened.tab.close().catch(() => undefined);
    }
  });

  // Last too: it installs the extension again while an article is open, as an update does.
  it('leaves no dead overlay on an article open while the extension is installed again, without error', async () => {
    const session = getSession();
    serve(session);
    await inTrackedTab(session, pages.article, async (opened) => {
      await waitForOverlay(opened.tab);
      // The page's own mark on the host it sees, to tell it from a host made later.
      await opened.tab.evaluate(() => void ((document.querySelector('glossa-overlay') as unknown as { seenBefore: boolean }).seenBefore = true), null);
      await installAgain(session);
      const hosts = () => opened.tab.evaluate(() => Array.from(document.querySelectorAll('glossa-overlay'), (h) => (h as unknown as { seenBefore?: boolean }).seenBefore ? 'old' : 'new'), null);
      if (browser() === 'chromium') {
        // Chromium gives the open tab no new content script, and the old one, cut off from the extension, takes
        // its overlay away: no control is left that does nothing.
        await waitFor(hosts, (found) => found.length === 0, 'the overlay gone with the extension', 10_000);
      } else {
        // Firefox runs the new copy of the content script in the open tab, whose overlay takes the old one's place.
        await waitFor(hosts, (found) => found.join() === 'new', "the new overlay in the old one's place", 15_000);
        await expandPanel(opened.tab);
      }
      await expectPopup(session, opened, browser() === 'chromium' ? 'cannot read' : 'article', 'installed-again');
    });
  });
}

/** Registers the popup checks on every kind of tab, in a browser session of their own. */
export function defineTabKindsSuite(browserName: string, launch: LaunchDriver): void {
  describe(`the popup on every kind of tab in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch, (server) => ({ extensionsBlockedOn: blockedOrigin(server.origin) }));
    tabKindsSuite(getSession);
  });
}
