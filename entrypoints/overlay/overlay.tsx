/**
 * The overlay on an article page: the outline panel, the quotation card and the note frame, rendered by Preact
 * into a closed shadow root that the page's styles and scripts cannot reach, the highlights of quotations, and the
 * underlines of noted passages (drawn in that shadow root: ./note-underlines.ts). Holds what the user is doing
 * (collapsed, section being read, card shown, speaker stepping, frame open) and turns the user's own input into it:
 * events a page script dispatches (isTrusted false) are stopped at the shadow root before any control sees them,
 * and ignored by the listeners on the page. The note frame is an extension page: a note's text never enters this
 * document.
 */
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { OverlayHost } from '../content/overlay-host';
import type { PageAnalysis } from '@/lib/analyze';
import type { QuoteCommand, QuoteStep } from '@/utils/protocol';
import type { Voice } from '@/lib/voices';
import { formatsFor } from '@/components/format';
import { fill, type OverlayStrings } from '@/components/strings';
import { flash, showHighlights } from './highlights';
import { rangeAtPoint, rangesAtPoint } from './hit-test';
import type { AnchoredNote } from './anchor-notes';
import { NoteUnderlines } from './note-underlines';
import { OverlayView, type CardActions, type CardState, type FrameState, type OverlayViewProps } from './overlay-view';
import { endSide, placePanel, textColumn, type Placement } from './placement';
import { cardPosition, firstInView, noteFramePosition, sectionBeingRead } from './window-positions';

/** What the reader chose of the panel: kept when a new analysis of the page replaces the overlay. */
export interface ReaderChoice {
  collapsed: boolean;
  userToggled: boolean;
}

/** What the overlay asks of the content script, which talks to the background. */
export interface OverlayActions {
  addNoteOnQuote(quote: number, x: number, y: number): void;
  showNotes(ids: string[], x: number, y: number): void;
  /** Copies a citation of a quotation; resolves to whether it was copied. */
  citeQuote(quote: number): Promise<boolean>;
  /** Opens the library of quotations (the notes page's Quotes tab) at a quotation's words. */
  openLibrary(quote: number): void;
}

const NOTICE_MS = 4000;
/** The reader's input on the page that takes them back to the text: it folds a panel they opened over it. */
const BACK_TO_TEXT_EVENTS = ['pointerdown', 'wheel', 'keydown'];
/** The events a control of the overlay could act on: those a page script dispatches are stopped at the shadow root. */
const CONTROL_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'focusin', 'focusout',
];

/** Stops an event that a script dispatched, so that no control acts on it (and a link does not follow it). */
function stopUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

export class Overlay {
  private readonly ranges: Range[];
  private collapsed = true;
  private userToggled = false;
  /** Where the panel goes beside the text column; measured again whenever the layout may have moved it. */
  private placement: Placement = { side: 'right', panelFits: false, handleWidth: null };
  /** The whole toggle's width, measured once it is shown. */
  private toggleWidth = 0;
  private current = 0;
  private card: CardState | null = null;
  private readonly steps = new Map<number, number>();
  /** The quotation last stepped to from the keyboard or the legend, or -1: where the next step starts. */
  private currentQuote = -1;
  /** What the overlay last said to screen readers (a step to a quotation). */
  private announcement = '';
  /** The page's element that had the focus before a card took it, to give it back. */
  private focusBefore: Element | null = null;
  private removeHighlights: () => void = () => {};
  private animationFrame = 0;
  private notes: AnchoredNote[] = [];
  private noteRanges: Range[] = [];
  private noteFrame: FrameState | null = null;
  private notice: string | null = null;
  private noticeTimer = 0;
  private underlines: NoteUnderlines | null = null;
  /** Each speaker's share of the quoted words, by speaker index, for the panel's legend. */
  private readonly shares: ReadonlyMap<number | null, number>;
  /** Ends every listener of this overlay when it is hidden (the next article gets an overlay of its own). */
  private readonly listening = new AbortController();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly ui: OverlayHost,
    private readonly page: PageAnalysis,
    voices: readonly Voice[],
    private readonly strings: OverlayStrings,
    private readonly actions: OverlayActions,
  ) {
    const article = page.article!;
    this.ranges = page.analysis.quotes.map((q) => article.rangeOf(q.start, q.end) ?? document.createRange());
    this.shares = new Map(voices.map((voice) => [voice.speaker, voice.share]));
  }

  /** Shows the overlay; `choice` is what the reader chose of the panel of the overlay this one replaces. */
  show(choice: ReaderChoice | null = null): void {
    if (choice?.userToggled) {
      this.collapsed = choice.collapsed;
      this.userToggled = true;
    }
    this.ui.mount();
    this.removeHighlights = showHighlights(
      document,
      this.page.analysis.quotes.map((q, i) => ({ range: this.ranges[i], speakerIndex: q.speakerIndex })),
      this.page.analysis.speakers.length,
    );
    this.underlines = new NoteUnderlines(this.ui.shadow, this.ui.shadowHost, document);
    this.underlines.show(this.noteRanges);
    this.listen();
    // The panel is placed and its section chosen from where things stand on the page, once the page is laid out
    // with the overlay in it: an intersection observer's first report comes after layout, so reading positions
    // then forces no layout of the whole page inside Glossa's task.
    const laidOut = new IntersectionObserver(() => {
      laidOut.disconnect();
      // Every position is read before the panel is rendered, so that reading them lays out nothing again.
      this.place();
      this.current = sectionBeingRead(this.page.sectionElements);
      this.render();
      this.watchColumn();
    });
    laidOut.observe(this.ui.shadowHost);
  }

  /** Places the panel again when the paragraphs' containers change size (a column that widens once the page's styles
   *  or pictures arrive), as when the window does. Watched from the first placement on: a resize observer's
   *  callbacks run in the frame that lays the page out, and the first frame after the highlights are added restyles
   *  the whole page. */
  private watchColumn(): void {
    if (this.listening.signal.aborted) return;
    const resized = new ResizeObserver(() => this.schedule(() => this.relayout()));
    for (const container of new Set(this.paragraphElements().map((element) => element.parentElement ?? element))) resized.observe(container);
    this.listening.signal.addEventListener('abort', () => resized.disconnect());
  }

  private paragraphElements(): Element[] {
    return this.page.article?.paragraphs.map((p) => p.block.element) ?? [];
  }

  /** Listens to the user's input, never to events a page script dispatches, until the overlay is hidden or the
   *  content script ends. */
  private listen(): void {
    const signal = this.listening.signal;
    signal.addEventListener('abort', this.ctx.onInvalidated(() => this.listening.abort()));
    signal.addEventListener('abort', () => this.underlines?.remove());
    for (const type of CONTROL_EVENTS) this.ui.shadow.addEventListener(type, stopUntrusted, { capture: true, signal });
    const trusted = <E extends Event>(handler: (event: E) => void) => (event: Event) => event.isTrusted && handler(event as E);
    window.addEventListener('scroll', trusted(() => this.schedule(() => this.updateCurrent())), { passive: true, signal });
    window.addEventListener('resize', trusted(() => this.schedule(() => this.relayout())), { passive: true, signal });
    document.addEventListener('pointermove', trusted((event: PointerEvent) => this.schedule(() => this.hover(event))), { passive: true, signal });
    document.addEventListener('click', trusted((event: MouseEvent) => this.click(event)), { signal });
    document.addEventListener('keydown', trusted((event: KeyboardEvent) => event.key === 'Escape' && this.escape()), { signal });
    for (const type of BACK_TO_TEXT_EVENTS) {
      window.addEventListener(type, trusted((event) => event.target !== this.ui.shadowHost && this.foldOverText()), { passive: true, signal });
    }
  }

  readerChoice(): ReaderChoice {
    return { collapsed: this.collapsed, userToggled: this.userToggled };
  }

  hide(): void {
    this.listening.abort();
    cancelAnimationFrame(this.animationFrame);
    this.underlines = null;
    this.removeHighlights();
    this.removeHighlights = () => {};
    this.card = null;
    this.noteFrame = null;
    clearTimeout(this.noticeTimer);
    this.notice = null;
    // Unmount the views first: Preact keeps its tree on the container, which the next overlay reuses.
    render(null, this.ui.uiContainer);
    this.ui.remove();
  }

  /** Underlines the passages of the page's anchored notes, and makes them open their notes when clicked. */
  setNotes(notes: readonly AnchoredNote[]): void {
    this.notes = notes.filter((note) => note.range);
    this.noteRanges = this.notes.map((note) => note.range!);
    this.underlines?.show(this.noteRanges);
  }

  /** Scrolls to a note's passage and marks it for a moment; false when the note is not anchored here. */
  revealNote(id: string): boolean {
    const range = this.notes.find((note) => note.id === id)?.range;
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    this.underlines?.flash(range);
    return true;
  }

  /** Shows the note frame (an extension page) at a point of the window. */
  openNoteFrame(url: string, x: number, y: number): void {
    this.card = null;
    this.noteFrame = { url, ...noteFramePosition(x, y) };
    this.render();
  }

  /** Shows a short message at the bottom of the window for a few seconds. */
  notify(message: string): void {
    this.notice = message;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => {
      this.notice = null;
      this.render();
    }, NOTICE_MS);
    this.render();
  }

  closeNoteFrame(): void {
    this.noteFrame = null;
    this.render();
  }

  scrollToSection(index: number): void {
    this.page.sectionElements[index]?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    this.current = index;
    this.render();
  }

  /** Scrolls to the next (or previous) quotation of a speaker and marks it for a moment. */
  stepSpeaker(speaker: number, direction: 1 | -1): QuoteStep | null {
    const own = this.page.analysis.quotes.map((q, i) => (q.speakerIndex === speaker ? i : -1)).filter((i) => i >= 0);
    if (!own.length) return null;
    const previous = this.steps.get(speaker);
    const position = previous === undefined ? (direction === 1 ? 0 : own.length - 1) : (previous + direction + own.length) % own.length;
    this.steps.set(speaker, position);
    this.currentQuote = own[position];
    this.revealQuote(own[position]);
    return { speaker, position: position + 1, total: own.length };
  }

  /** What a keyboard command asks of the current quotation (see `QuoteCommand`). */
  command(command: QuoteCommand): boolean {
    const quotes = this.page.analysis.quotes;
    if (!quotes.length) return false;
    if (command === 'next-quote' || command === 'previous-quote') {
      const direction = command === 'next-quote' ? 1 : -1;
      const from = this.currentQuote >= 0 ? this.currentQuote + direction : firstInView(this.ranges, direction);
      this.openFromKeyboard((from + quotes.length) % quotes.length);
      return true;
    }
    const current = this.currentQuote >= 0 ? this.currentQuote : firstInView(this.ranges, 1);
    if (command === 'open-card') this.openFromKeyboard(current);
    if (command === 'copy-citation') this.cite(current);
    if (command === 'speaker-next-quote') {
      const speaker = quotes[current].speakerIndex;
      const next = quotes.findIndex((q, i) => i > current && q.speakerIndex === speaker);
      this.openFromKeyboard(next >= 0 ? next : quotes.findIndex((q) => q.speakerIndex === speaker));
    }
    return true;
  }

  /** A command on a given quotation (the card's own buttons). */
  private stepFrom(quote: number, command: QuoteCommand): void {
    this.currentQuote = quote;
    this.command(command);
  }

  /** Goes to a quotation and opens its card with the focus in it, announcing where the reader is. */
  private openFromKeyboard(index: number): void {
    const quote = this.page.analysis.quotes[index];
    this.currentQuote = index;
    this.ranges[index].startContainer.parentElement?.scrollIntoView({ behavior: 'instant', block: 'center' });
    flash(this.ranges[index]);
    const box = this.ranges[index].getBoundingClientRect();
    const formats = formatsFor(this.strings.locale);
    this.announcement = fill(
      this.strings.quoteAnnouncement,
      formats.number(index + 1),
      formats.number(this.page.analysis.quotes.length),
      quote.speaker ?? this.strings.noSpeaker,
    );
    if (!this.card?.focused) this.focusBefore = document.activeElement;
    this.setCard({ quote: index, ...cardPosition(box.left, box.bottom), pinned: true, focused: true });
    // Preact renders at once: the card is there to take the focus (a screen reader then reads its name).
    this.ui.uiContainer.querySelector<HTMLElement>('[data-glossa-card]')?.focus();
  }

  private revealQuote(index: number): void {
    const range = this.ranges[index];
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    flash(range);
  }

  private schedule(task: () => void): void {
    cancelAnimationFrame(this.animationFrame);
    this.animationFrame = requestAnimationFrame(task);
  }

  private relayout(): void {
    this.place();
    this.render();
  }

  /** Places the panel beside the text column as it is laid out now (./placement.ts): open where it has room, unless
   *  the reader folded it; folded where it has none, unless the reader opened it there. */
  private place(): void {
    const paragraphs = this.paragraphElements();
    const toggle = this.ui.shadow.querySelector('[data-glossa-panel]:not([data-handle]) .toggle');
    if (toggle) this.toggleWidth = Math.max(this.toggleWidth, Math.ceil(toggle.getBoundingClientRect().width));
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    this.placement = placePanel(textColumn(paragraphs), viewportWidth, endSide(paragraphs[0]?.parentElement ?? document.body), this.toggleWidth);
    if (!this.userToggled) this.collapsed = !this.placement.panelFits;
  }

  /** The reader went back to the text: a panel they opened where it has no room folds. */
  private foldOverText(): void {
    if (this.collapsed || this.placement.panelFits) return;
    this.collapsed = true;
    this.render();
  }

  private updateCurrent(): void {
    const current = sectionBeingRead(this.page.sectionElements);
    if (current !== this.current) {
      this.current = current;
      this.render();
    }
  }

  private hover(event: PointerEvent): void {
    if (this.card?.pinned || this.noteFrame || event.target === this.ui.shadowHost) return;
    const index = rangeAtPoint(document, this.ranges, event.clientX, event.clientY);
    if (index < 0) {
      if (this.card) this.setCard(null);
    } else if (this.card?.quote !== index) {
      this.setCard({ quote: index, ...cardPosition(event.clientX, event.clientY), pinned: false });
    }
  }

  private escape(): void {
    const focused = this.card?.focused;
    if (this.card) this.setCard(null);
    if (this.noteFrame) this.closeNoteFrame();
    if (focused && this.focusBefore instanceof HTMLElement) this.focusBefore.focus({ preventScroll: true });
    this.focusBefore = null;
  }

  private click(event: MouseEvent): void {
    if (event.target === this.ui.shadowHost) return;
    if (this.noteFrame) this.closeNoteFrame();
    const noted = rangesAtPoint(document, this.noteRanges, event.clientX, event.clientY);
    if (noted.length) {
      this.setCard(null);
      this.actions.showNotes(noted.map((i) => this.notes[i].id), event.clientX, event.clientY + 18);
      return;
    }
    const index = rangeAtPoint(document, this.ranges, event.clientX, event.clientY);
    if (index >= 0) this.currentQuote = index;
    this.setCard(index < 0 ? null : { quote: index, ...cardPosition(event.clientX, event.clientY), pinned: true });
  }

  private async cite(quote: number): Promise<void> {
    const copied = await this.actions.citeQuote(quote);
    this.notify(copied ? this.strings.citationCopied : this.strings.citationFailed);
  }

  private setCard(card: CardState | null): void {
    this.card = card;
    this.render();
  }

  private toggleByReader(): void {
    this.userToggled = true;
    this.collapsed = !this.collapsed;
    this.render();
  }

  /** What the reader does on a quotation's card; its buttons act on the reader's own input only. */
  private readonly cardActions: CardActions = {
    onQuote: (index) => {
      this.setCard(null);
      this.currentQuote = index;
      this.revealQuote(index);
    },
    onSpeakerNext: (card, event) => event.isTrusted && this.stepFrom(card.quote, 'speaker-next-quote'),
    onAddNote: (card, event) => event.isTrusted && this.actions.addNoteOnQuote(card.quote, card.x, card.y),
    onCite: (card, event) => event.isTrusted && this.cite(card.quote),
    onLibrary: (card, event) => event.isTrusted && this.actions.openLibrary(card.quote),
  };

  private render(): void {
    const { current, collapsed, placement, card, cardActions, noteFrame, notice, announcement, shares, strings } = this;
    const view: OverlayViewProps = {
      analysis: this.page.analysis,
      ...{ current, collapsed, placement, card, cardActions, noteFrame, notice, announcement, shares, strings },
      onToggle: () => this.toggleByReader(),
      onSection: (index) => {
        this.foldOverText();
        this.scrollToSection(index);
      },
      onSpeaker: (index) => this.stepSpeaker(index, 1),
    };
    render(<OverlayView {...view} />, this.ui.uiContainer);
  }

  /** The quotation a keyboard command or a note acts on: the one stepped to last, or -1. */
  get currentQuotation(): number {
    return this.currentQuote;
  }
}
