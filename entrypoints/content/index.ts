/**
 * The content script: analyses the page when the browser is idle, shows the overlay on articles (its code is loaded
 * then: ./overlay-code.ts), anchors the page's notes, answers the popup, and analyses again when article text arrives
 * or changes after load or the address changes (./page-watch.ts), putting the new overlay, highlights and underlines
 * in place of the old ones at once. Reads the page, never writes its text; never throws into it.
 */
import { browser, ContentScriptContext, defineContentScript } from '#imports';
import { assembleAnalysis, decideArticle, readPageSteps, textAnalysisRequest, type PageAnalysis } from '@/lib/page';
import { isIndex, isQuoteCommand, isSpeakerStepRequest, siteOf, toView, type PageNotes, type PageView } from '@/utils/protocol';
import { onMessage, sendMessage } from '@/utils/messaging';
import { isPaused, watchPaused } from '@/utils/settings';
import { overlayStrings } from '@/utils/strings';
import type { OverlayStrings } from '@/components/strings';
import type { PageMetadata } from '@/lib/article/metadata';
import { quotationRows, type Voice } from '@/lib/voices';
import {
  anchorNotes, citationFacts, citationRequest, draftOnArticle, draftOnRange, fetchPageNotes, NO_NOTES, pageHint, selectedRange, type PageNotesState,
} from './notes';
import type { Overlay, OverlayActions } from '../overlay/overlay';
import { runWhenIdle, whenIdle } from './idle-steps';
import { createOverlayHost } from './overlay-host';
import { loadOverlayCode, sharedUntilFailure } from './overlay-code';
import { PageWatch } from './page-watch';

/**
 * WXT stops a content script when a newer copy of it announces itself with an event on the document (after an
 * update of the extension). A page can dispatch that event too, to switch Glossa off: while this copy's extension
 * is alive (an update ends it first), the event is the page's, and it is stopped before WXT sees it. (WXT keeps
 * the event's name private; it is the extension's id and the script's name, as the hostile-page tests dispatch it.)
 */
function ignoreForgedRestarts(): void {
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string };
  window.addEventListener(
    SCRIPT_STARTED_MESSAGE_TYPE,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The overlay's styles go into its shadow root only, inline: no stylesheet the page could load or detect.
  cssInjectionMode: 'manual',
  // WXT would also announce the content script to the page with window.postMessage, the extension's id included;
  // the page is told nothing.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedRestarts();
    // Everything waits for an idle period: the task that evaluates this script (compiling it, mostly) is long
    // enough on its own, and the first use of each extension API costs a few milliseconds more.
    await whenIdle(ctx, () => {});
    const site = siteOf(location.href);
    let paused = await isPaused(site);
    const noteFrameUrl = browser.runtime.getURL('/note-frame.html');
    let forced = false;
    let page: PageAnalysis | null = null;
    /** What the page says about itself (for citations). */
    let metadata: PageMetadata | null = null;
    /** The article's voices (who is quoted, how much), from the background's text stages. */
    let voices: Voice[] = [];
    let overlay: Overlay | null = null;
    /** The reader hid the overlay (the keyboard command): changes to the page do not bring it back. */
    let hidden = false;
    let notes: PageNotesState = NO_NOTES;
    /** Counts the analyses started: one that is overtaken by a newer one while it waits drops its result. */
    let generation = 0;
    // The overlay's code, strings and shadow root are loaded and made for the first article shown, in an idle
    // period: a page that is not an article gets none of them.
    let loadedStrings: OverlayStrings | null = null;
    const strings = () => (loadedStrings ??= overlayStrings());
    // The overlay's code and its shadow root; made again for the next article when the code could not be loaded
    // (the extension was updated).
    const overlayParts = sharedUntilFailure(async () => {
      const code = await loadOverlayCode();
      await whenIdle(ctx, () => {});
      // Closed: a page script cannot reach the overlay's elements, among them the underlines of noted passages.
      const ui = createOverlayHost(ctx, 'glossa-overlay', code.css);
      return { code, ui };
    });

    const openNoteFrame = async (request: Parameters<typeof sendMessage<'openNoteFrame'>>[1], x: number, y: number) => {
      if (!overlay) return;
      try {
        if (await sendMessage('openNoteFrame', request)) overlay.openNoteFrame(noteFrameUrl, x, y);
      } catch (error) {
        console.debug('Glossa: the note frame could not be opened', error);
      }
    };
    const actions: OverlayActions = {
      addNoteOnQuote(index, x, y) {
        const quote = page?.analysis.quotes[index];
        const range = quote && page?.article?.rangeOf(quote.start, quote.end);
        const draft = range && draftOnRange(page!, metadata, range);
        if (draft) openNoteFrame({ hint: pageHint(document), draft }, x, y);
      },
      showNotes(ids, x, y) {
        openNoteFrame({ hint: pageHint(document), noteIds: ids }, x, y);
      },
      async citeQuote(index) {
        const quote = page?.analysis.quotes[index];
        const range = quote && page?.article?.rangeOf(quote.start, quote.end);
        const request = range && citationRequest(page!, metadata, range);
        return !!request && sendMessage('copyCitation', request).catch(() => false);
      },
      openLibrary(index) {
        const quote = page?.analysis.quotes[index];
        if (quote) sendMessage('openLibrary', { query: quote.text }).catch(() => undefined);
      },
    };

    /** Gives the article's quotations to the library of what was said (which keeps them only while it is on). */
    const recordQuotes = (shown: PageAnalysis) => {
      const quotes = quotationRows(shown.analysis, voices).map(({ text, speaker, anonymous, position }) => ({ text, speaker, anonymous, position }));
      if (!quotes.length) return;
      const record = { hint: pageHint(document), title: shown.analysis.title, facts: citationFacts(shown, metadata), quotes };
      sendMessage('recordQuotes', record).catch((error) => console.debug('Glossa: the quotations could not be recorded', error));
    };
    const showNotes = (state: PageNotesState) => {
      notes = state;
      overlay?.setNotes(state.anchored);
      if (state.reveal) overlay?.revealNote(state.reveal);
    };
    const refreshNotes = async () => {
      try {
        showNotes(await anchorNotes(ctx, page, await fetchPageNotes(document)));
      } catch (error) {
        console.debug('Glossa: notes could not be loaded', error);
      }
    };

    const stop = () => {
      overlay?.hide();
      overlay = null;
    };
    /** The analysis under way (or the last one): what the popup waits for rather than starting another. */
    let running: Promise<void> = Promise.resolve();
    /** Resolves once the analysis has settled: the one under way and any started while it ran. An analysis overtaken
     *  by a newer one drops its result; whoever waited for it (the popup opened as the page loads) waits on. */
    const settled = async () => {
      for (let awaited = running; ; awaited = running) {
        await awaited;
        if (awaited === running) return;
      }
    };
    const start = () => {
      running = analyse();
      return settled();
    };
    /** The page's address when it was last analysed. */
    let analysedHref = '';
    /** Makes the overlay of a new analysis and puts it, with the notes anchored on it, in place of the one shown, in
     *  one task: the reader never sees the page without them, and the panel keeps the reader's choice. */
    const replaceOverlay = async (run: number, shown: PageAnalysis, shownVoices: Voice[], anchored: PageNotesState | null): Promise<boolean> => {
      const { code, ui } = await overlayParts();
      if (run !== generation) return false;
      const made = await whenIdle(ctx, () => new code.Overlay(ctx, ui, shown, shownVoices, strings(), actions));
      if (run !== generation) return false;
      // Shown in an idle period of its own: rendering the panel and highlighting the quotations is a task's
      // worth of work on a long article.
      return whenIdle(ctx, () => {
        if (run !== generation) return false;
        const choice = overlay?.readerChoice() ?? null;
        stop();
        made.show(choice);
        overlay = made;
        if (anchored) showNotes(anchored);
        return true;
      });
    };
    const analyse = async () => {
      const run = ++generation;
      analysedHref = location.href;
      if (paused) {
        stop();
        page = null;
        metadata = null;
        voices = [];
        notes = NO_NOTES;
        return;
      }
      let pageNotes: PageNotes | null = null;
      try {
        pageNotes = await fetchPageNotes(document);
      } catch (error) {
        console.debug('Glossa: notes could not be loaded', error);
      }
      if (run !== generation) return;
      try {
        const reading = await runWhenIdle(ctx, readPageSteps(document));
        if (run !== generation) return;
        // The background holds every language's table; the page gets only the one it needs.
        const language = await sendMessage('pageLanguage', { sample: reading.languageSample, markup: reading.metadata.markupLang });
        if (run !== generation) return;
        // A page with notes is analysed even when it does not look like an article: its notes must show.
        const decision = await whenIdle(ctx, () => decideArticle(document, reading, language, forced || !!pageNotes?.notes.length));
        if (run !== generation) return;
        const found = decision.isArticle ? await sendMessage('analyzeText', textAnalysisRequest(decision, language.lang)) : null;
        if (run !== generation) return;
        const analysed = assembleAnalysis(decision, found);
        const analysedVoices = found?.voices ?? [];
        const anchored = pageNotes ? await anchorNotes(ctx, analysed, pageNotes) : null;
        if (run !== generation) return;
        if (analysed.analysis.isArticle && analysed.article) {
          if (!(await replaceOverlay(run, analysed, analysedVoices, anchored))) return;
        } else {
          stop();
          notes = anchored ?? NO_NOTES;
        }
        page = analysed;
        metadata = reading.metadata;
        voices = analysedVoices;
        if (overlay) recordQuotes(analysed);
      } catch (error) {
        console.debug('Glossa: analysis failed', error);
        if (run !== generation) return;
        page = null;
        metadata = null;
        voices = [];
        stop();
        // The page's address, for the popup, with no note anchored.
        if (pageNotes) notes = await anchorNotes(ctx, null, pageNotes);
      }
    };
    const view = (): PageView => ({
      host: site,
      paused,
      forced,
      analysis: page ? toView(page.analysis) : null,
      address: notes.address,
      orphans: notes.orphans,
      voices,
      facts: page?.analysis.isArticle ? citationFacts(page, metadata) : null,
    });

    whenIdle(ctx, start);
    ctx.onInvalidated(watchPaused(site, (now) => {
      paused = now;
      whenIdle(ctx, start);
    }));
    const watch = new PageWatch(ctx, () => page?.article ?? null, () => {
      if (!hidden) whenIdle(ctx, start);
    });
    // Single-page news sites: a new article without a new page load, or an appended story the reader scrolled into.
    // The event can be forged by the page (it is named after the extension's id, which is no secret): only a new
    // address counts, read once it has changed.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      whenIdle(ctx, () => {
        if (location.href === analysedHref) return;
        forced = false;
        hidden = false;
        watch.navigated();
      });
    });

    onMessage('getPage', async () => {
      await settled();
      if (!page && !paused) await start();
      return view();
    });
    onMessage('analyzeAnyway', async () => {
      forced = true;
      await start();
      return view();
    });
    onMessage('articleText', () => page?.analysis.text || null);
    onMessage('scrollToSection', ({ data }) => {
      if (!overlay || !page || !isIndex(data, page.sectionElements.length)) return false;
      overlay.scrollToSection(data);
      return true;
    });
    onMessage('stepSpeaker', ({ data }) => {
      if (!overlay || !page || !isSpeakerStepRequest(data, page.analysis.speakers.length)) return null;
      return overlay.stepSpeaker(data.speaker, data.direction);
    });
    onMessage('quoteCommand', ({ data }) => !!overlay && isQuoteCommand(data) && overlay.command(data));
    onMessage('toggleOverlay', async () => {
      if (overlay) {
        stop();
        hidden = true;
        return false;
      }
      hidden = false;
      await start();
      return overlay !== null;
    });

    onMessage('noteSelection', async () => {
      if (paused) return false;
      // Asked for a note here: analyse the page even if it does not look like an article.
      if (!overlay) {
        forced = true;
        await start();
      }
      // Nothing selected: the quotation stepped to from the keyboard, if any.
      const quote = page?.analysis.quotes[overlay?.currentQuotation ?? -1];
      const range = selectedRange(document) ?? (quote && page?.article?.rangeOf(quote.start, quote.end)) ?? null;
      const draft = page && range && draftOnRange(page, metadata, range);
      if (!overlay || !range || !draft) {
        overlay?.notify(strings().selectInArticle);
        return false;
      }
      const box = range.getBoundingClientRect();
      await openNoteFrame({ hint: pageHint(document), draft }, box.left, box.bottom + 8);
      return true;
    });
    onMessage('draftNote', () => {
      if (!page || !notes.address) return null;
      const range = selectedRange(document);
      const draft = (range && draftOnRange(page, metadata, range)) ?? draftOnArticle(page, metadata);
      return { ...draft, source: notes.address };
    });
    onMessage('selectionCitation', () => {
      const range = selectedRange(document);
      return page && range ? citationRequest(page, metadata, range) : null;
    });
    onMessage('notesChanged', () => refreshNotes());
    onMessage('closeNoteFrame', () => overlay?.closeNoteFrame());
  },
});
