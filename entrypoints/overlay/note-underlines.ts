/**
 * The underlines of noted passages, drawn inside the overlay's closed shadow root rather than registered with the
 * page's CSS.highlights (which any page script can read): a box under each line of text of each passage, from the
 * client rects of its text. The boxes stand in a layer fixed to the window that clips what it holds and lets every
 * pointer event through, so nothing in the page's document, its highlights, its layout or its hit-testing says which
 * passages carry notes.
 *
 * Kept in place at most once a frame, whatever happens meanwhile: the boxes are placed in page coordinates, so a
 * scroll of the window moves them all with one transform; any other change (the window resized, a scroll inside
 * the page, the passages' blocks or the document resized, fonts loaded) measures the passages again. A box whose
 * text something of the page covers (a sticky header, a banner) is hidden while it is covered: the boxes in view
 * are hit-tested whenever they move and whenever the page's document changes.
 */

const STYLE = {
  /** The underline's top, from the bottom of its text box, and its thickness: where `text-underline-offset: 3px`
   *  would put a 3px underline in most fonts. */
  offsetPx: -1,
  thicknessPx: 3,
  /** How long a passage stays marked after the page was opened at one of its notes. */
  flashMs: 1600,
};

/** One box: a line of a passage's text, in page coordinates, and the text node it underlines. */
interface Line {
  left: number;
  top: number;
  width: number;
  height: number;
  text: Node;
}

/** What the next frame has to do: move the boxes with the window's scroll, or measure the passages again. */
type Work = 'place' | 'measure';

/** The lines of text of a range: the client rects of each of its text nodes (an element wholly inside the range
 *  would otherwise add its own box, a paragraph's whole block among them). */
function textLines(range: Range, scrollX: number, scrollY: number): Line[] {
  const lines: Line[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const part = doc.createRange();
  // From the range's start, so that a range in a long article does not walk the text before it.
  const start = range.startContainer;
  walker.currentNode = start.nodeType === Node.TEXT_NODE ? start : (start.childNodes[range.startOffset] ?? start);
  let node: Node | null = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (range.comparePoint(node, 0) > 0) break;
    if (!range.intersectsNode(node)) continue;
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    for (const rect of Array.from(part.getClientRects())) {
      if (rect.width > 0 && rect.height > 0) {
        lines.push({ left: rect.left + scrollX, top: rect.top + scrollY, width: rect.width, height: rect.height, text: node });
      }
    }
  }
  return lines;
}

export class NoteUnderlines {
  /** Fixed to the window; clips the boxes to it. */
  private readonly layer: HTMLElement;
  /** Holds the boxes in page coordinates; moved against the window's scroll. */
  private readonly plane: HTMLElement;
  private ranges: readonly Range[] = [];
  private lines: Line[] = [];
  private boxes: HTMLElement[] = [];
  private work: Work | null = null;
  private frame = 0;
  private readonly resized: ResizeObserver;
  private readonly changed: MutationObserver;
  private readonly listening = new AbortController();

  /** Draws in `container`, a node of the overlay's shadow root, whose host (`overlayHost`) stands above the
   *  boxes: the overlay's own panel and card never hide an underline. */
  constructor(
    container: Node,
    private readonly overlayHost: Element,
    private readonly doc: Document,
  ) {
    this.layer = doc.createElement('div');
    this.layer.className = 'note-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.plane = doc.createElement('div');
    this.plane.className = 'note-plane';
    this.layer.append(this.plane);
    container.appendChild(this.layer);
    this.resized = new ResizeObserver(() => this.schedule('measure'));
    this.changed = new MutationObserver(() => this.schedule('place'));
    this.listen();
  }

  /** Underlines these passages (in place of those underlined before). */
  show(ranges: readonly Range[]): void {
    this.ranges = ranges;
    this.resized.disconnect();
    this.resized.observe(this.doc.documentElement);
    if (this.doc.body) this.resized.observe(this.doc.body);
    this.changed.disconnect();
    if (ranges.length) this.changed.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, attributes: true });
    for (const range of ranges) {
      const block = range.commonAncestorContainer;
      this.resized.observe(block instanceof Element ? block : (block.parentElement ?? this.doc.documentElement));
    }
    this.schedule('measure');
  }

  /** Marks a passage for a moment (the page was opened at one of its notes). */
  flash(range: Range): void {
    const view = this.doc.defaultView!;
    const marks = textLines(range, view.scrollX, view.scrollY).map((line) => {
      const mark = this.box('flash');
      this.setBox(mark, line.left, line.top, line.width, line.height);
      return mark;
    });
    this.schedule('place');
    setTimeout(() => marks.forEach((mark) => mark.remove()), STYLE.flashMs);
  }

  /** Takes the underlines away and stops listening. */
  remove(): void {
    cancelAnimationFrame(this.frame);
    this.listening.abort();
    this.resized.disconnect();
    this.changed.disconnect();
    this.layer.remove();
  }

  private listen(): void {
    const options = { passive: true, capture: true, signal: this.listening.signal };
    const view = this.doc.defaultView!;
    // Scroll events do not bubble: captured at the document, they come from the window (target: the document) and
    // from every scrolling element inside the page.
    this.doc.addEventListener('scroll', (event) => event.isTrusted && this.schedule(event.target === this.doc ? 'place' : 'measure'), options);
    view.addEventListener('resize', (event) => event.isTrusted && this.schedule('measure'), options);
    this.doc.fonts?.addEventListener('loadingdone', () => this.schedule('measure'), { signal: this.listening.signal });
  }

  private schedule(work: Work): void {
    // Nothing to keep in place (no note on the page, no passage marked): nothing to do.
    if (!this.ranges.length && !this.plane.firstChild) return;
    if (this.work !== 'measure') this.work = work;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const work = this.work;
      this.work = null;
      if (work === 'measure') this.measure();
      this.place();
    });
  }

  /** Reads where each passage's lines are now and makes one box for each. */
  private measure(): void {
    const view = this.doc.defaultView!;
    this.lines = this.ranges.flatMap((range) => {
      try {
        return textLines(range, view.scrollX, view.scrollY);
      } catch {
        // A passage whose nodes the page has removed: nothing to underline until the notes are anchored again.
        return [];
      }
    });
    while (this.boxes.length > this.lines.length) this.boxes.pop()!.remove();
    while (this.boxes.length < this.lines.length) this.boxes.push(this.box('underline'));
    this.lines.forEach((line, i) => this.setBox(this.boxes[i], line.left, line.top + line.height + STYLE.offsetPx, line.width, STYLE.thicknessPx));
  }

  /** Moves the plane against the window's scroll, and hides the boxes in view whose text the page covers. */
  private place(): void {
    const view = this.doc.defaultView!;
    const { scrollX, scrollY, innerWidth, innerHeight } = view;
    this.lines.forEach((line, i) => {
      const x = line.left - scrollX + line.width / 2;
      const y = line.top - scrollY + line.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return;
      const top = this.doc.elementFromPoint(x, y);
      this.boxes[i].hidden = top !== this.overlayHost && !top?.contains(line.text);
    });
    // The layer is fixed to the window unless a transformed ancestor of the overlay holds it: from its own place.
    const origin = this.layer.getBoundingClientRect();
    this.plane.style.transform = `translate(${-scrollX - origin.left}px, ${-scrollY - origin.top}px)`;
  }

  private box(className: string): HTMLElement {
    const box = this.doc.createElement('div');
    box.className = className;
    this.plane.append(box);
    return box;
  }

  private setBox(box: HTMLElement, left: number, top: number, width: number, height: number): void {
    box.style.cssText = `left:${left}px;top:${top}px;width:${width}px;height:${height}px`;
  }
}
