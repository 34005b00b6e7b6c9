/**
 * The content script's controller: runs the analysis of the page (in idle periods, asking the background for the
 * language table and the text stages), shows its overlay with the page's notes anchored on it, and holds what the
 * popup and the overlay ask about. Its flags live in ./reader-state.ts; every await re-checks that its analysis is
 * still the latest, so that one overtaken by a newer one drops its result.
 */
import type { ContentScriptContext } from '#imports';
import { assembleAnalysis, decideArticle, readPageSteps, textAnalysisRequest, type PageAnalysis, type PageReading } from '@/lib/page';
import type { PageMetadata } from '@/lib/article/metadata';
import { quotationRows, type Voice } from '@/lib/voices';
import { toView, type PageNotes, type PageView } from '@/utils/protocol';
import { sendMessage } from '@/utils/messaging';
import { anchorNotes, citationFacts, fetchPageNotes, NO_NOTES, pageHint, type PageNotesState } from './notes';
import { runWhenIdle, whenIdle } from './idle-steps';
import { overlayActions } from './note-actions';
import { OverlaySlot } from './overlay-slot';
import { initialReaderState, isCurrentRun, nextReaderState, type ReaderEvent, type ReaderState } from './reader-state';

export class ContentController {
  state: ReaderState;
  page: PageAnalysis | null = null;
  /** What the page says about itself (for citations). */
  metadata: PageMetadata | null = null;
  /** The article's voices (who is quoted, how much), from the background's text stages. */
  voices: Voice[] = [];
  notes: PageNotesState = NO_NOTES;
  readonly overlays: OverlaySlot;
  /** The analysis under way (or the last one): what the popup waits for rather than starting another. */
  private running: Promise<void> = Promise.resolve();

  constructor(
    readonly ctx: ContentScriptContext,
    readonly site: string,
    paused: boolean,
  ) {
    this.state = initialReaderState(paused);
    this.overlays = new OverlaySlot(ctx, overlayActions(this));
  }

  get overlay() {
    return this.overlays.current;
  }

  apply(event: ReaderEvent): void {
    this.state = nextReaderState(this.state, event);
  }

  /** Resolves once the analysis has settled: the one under way and any started while it ran. Whoever waited for an
   *  overtaken one (the popup opened as the page loads) waits on. */
  async settled(): Promise<void> {
    for (let awaited = this.running; ; awaited = this.running) {
      await awaited;
      if (awaited === this.running) return;
    }
  }

  start(): Promise<void> {
    this.running = this.analyse();
    return this.settled();
  }

  /** Takes the overlay off the page at the reader's request (the keyboard command). */
  hide(): void {
    this.overlays.stop();
    this.apply({ type: 'hide' });
  }

  private async analyse(): Promise<void> {
    this.apply({ type: 'start', href: location.href });
    const run = this.state.run;
    if (this.state.paused) return this.clear(run, NO_NOTES);
    let pageNotes: PageNotes | null = null;
    try {
      pageNotes = await fetchPageNotes(document);
    } catch (error) {
      console.debug('Glossa: notes could not be loaded', error);
    }
    if (!isCurrentRun(this.state, run)) return;
    try {
      await this.read(run, pageNotes);
    } catch (error) {
      console.debug('Glossa: analysis failed', error);
      if (!isCurrentRun(this.state, run)) return;
      // The page's address, for the popup, with no note anchored.
      this.clear(run, null);
      if (pageNotes) this.notes = await anchorNotes(this.ctx, null, pageNotes);
    }
  }

  /** Reads the page, analyses its article and shows it, each step once the page is idle. */
  private async read(run: number, pageNotes: PageNotes | null): Promise<void> {
    const current = () => isCurrentRun(this.state, run);
    const reading = await runWhenIdle(this.ctx, readPageSteps(document));
    if (!current()) return;
    // The background holds every language's table; the page gets only the one it needs.
    const language = await sendMessage('pageLanguage', { sample: reading.languageSample, markup: reading.metadata.markupLang });
    if (!current()) return;
    // A page with notes is analysed even when it does not look like an article: its notes must show.
    const decision = await whenIdle(this.ctx, () => decideArticle(document, reading, language, this.state.forced || !!pageNotes?.notes.length));
    if (!current()) return;
    const found = decision.isArticle ? await sendMessage('analyzeText', textAnalysisRequest(decision, language.lang)) : null;
    if (!current()) return;
    const analysed = assembleAnalysis(decision, found);
    const voices = found?.voices ?? [];
    const anchored = pageNotes ? await anchorNotes(this.ctx, analysed, pageNotes) : null;
    if (!current()) return;
    if (analysed.analysis.isArticle && analysed.article) {
      if (!(await this.show(run, analysed, voices, anchored))) return;
    } else {
      this.clear(run, anchored ?? NO_NOTES);
    }
    this.keep(analysed, reading, voices);
  }

  /** Makes the overlay of a new analysis and puts it, with the notes anchored on it, in place of the one shown, in
   *  one task: the reader never sees the page without them, and the panel keeps the reader's choice. Shown in an
   *  idle period of its own: rendering the panel and highlighting the quotations is a task's worth of work. */
  private async show(run: number, shown: PageAnalysis, voices: Voice[], anchored: PageNotesState | null): Promise<boolean> {
    const made = await this.overlays.make(shown, voices, () => isCurrentRun(this.state, run));
    if (!made) return false;
    return whenIdle(this.ctx, () => {
      if (!isCurrentRun(this.state, run)) return false;
      this.overlays.replaceWith(made);
      this.apply({ type: 'show', run });
      if (anchored) this.showNotes(anchored);
      return true;
    });
  }

  private keep(analysed: PageAnalysis, reading: PageReading, voices: Voice[]): void {
    this.page = analysed;
    this.metadata = reading.metadata;
    this.voices = voices;
    if (this.overlay) this.recordQuotes(analysed);
  }

  /** No overlay and no analysis kept; `notes`, when given, replaces the notes' state. */
  private clear(run: number, notes: PageNotesState | null): void {
    this.overlays.stop();
    this.apply({ type: 'clear', run });
    this.page = null;
    this.metadata = null;
    this.voices = [];
    if (notes) this.notes = notes;
  }

  /** Gives the article's quotations to the library of what was said (which keeps them only while it is on). */
  private recordQuotes(shown: PageAnalysis): void {
    const quotes = quotationRows(shown.analysis, this.voices).map(({ text, speaker, anonymous, position }) => ({ text, speaker, anonymous, position }));
    if (!quotes.length) return;
    const record = { hint: pageHint(document), title: shown.analysis.title, facts: citationFacts(shown, this.metadata), quotes };
    sendMessage('recordQuotes', record).catch((error) => console.debug('Glossa: the quotations could not be recorded', error));
  }

  showNotes(state: PageNotesState): void {
    this.notes = state;
    this.overlay?.setNotes(state.anchored);
    if (state.reveal) this.overlay?.revealNote(state.reveal);
  }

  async refreshNotes(): Promise<void> {
    try {
      this.showNotes(await anchorNotes(this.ctx, this.page, await fetchPageNotes(document)));
    } catch (error) {
      console.debug('Glossa: notes could not be loaded', error);
    }
  }

  /** What the popup shows of the page. */
  view(): PageView {
    const { paused, forced } = this.state;
    const { page, notes } = this;
    return {
      host: this.site,
      paused,
      forced,
      analysis: page ? toView(page.analysis) : null,
      address: notes.address,
      orphans: notes.orphans,
      voices: this.voices,
      facts: page?.analysis.isArticle ? citationFacts(page, this.metadata) : null,
    };
  }
}
