/**
 * The underlines of noted passages, drawn inside the overlay's closed shadow root rather than registered with the
 * page's CSS.highlights (which any page script can read): a box under each line of text of each passage, from the
 * client rects of its text. The boxes are the rectangles of one SVG image fixed to the window, which clips what it
 * holds and lets every pointer event through, so nothing in the page's document, its highlights, its layout or its
 * hit-testing says which passages carry notes. (One image, not an element per box: hit-testing the page, which the
 * covered boxes need, would otherwise visit every box's layer.)
 *
 * Kept in place at most once a frame, whatever happens meanwhile, and cheaply with a thousand notes:
 * - the passages of one block of the page (a paragraph) are underlined together, their boxes placed relative to the
 *   block in a group of their own: when blocks move (a layout change above them, a scroll inside the page) only the
 *   groups move, one read and one transform per block;
 * - a block's lines are measured again only when it is resized (a ResizeObserver per block) or when fonts load, the
 *   blocks nearest the window first, for at most FRAME_BUDGET_MS a frame, the rest in the frames after;
 * - the boxes are in page coordinates: a scroll of the window moves them all with one transform;
 * - a box whose text something of the page covers (a sticky header, a banner) is hidden while it is covered: the
 *   boxes in view are hit-tested whenever they move and whenever the page's document changes.
 */

const STYLE = {
  /** The underline's top, from the bottom of its text box, and its thickness: where `text-underline-offset: 3px`
   *  would put a 3px underline in most fonts. */
  offsetPx: -1,
  thicknessPx: 3,
  /** How long a passage stays marked after the page was opened at one of its notes. */
  flashMs: 1600,
};
/** The measuring of lines in one frame stops once it has run this long (at least one block is measured). */
const FRAME_BUDGET_MS = 8;
const SVG = 'http://www.w3.org/2000/svg';

/** A line of a passage's text: its box relative to its block's box, and the text node it underlines. */
interface Line {
  left: number;
  top: number;
  width: number;
  height: number;
  text: Node;
}

/** The noted passages inside one block of the page, and their underlines. */
interface Block {
  element: Element;
  ranges: Range[];
  lines: Line[];
  /** The group of the image that holds the block's boxes, moved to the block's place. */
  group: SVGGElement;
  boxes: SVGRectElement[];
  /** The block's place in the page when last read. */
  x: number;
  y: number;
}

/** The nearest ancestor of a range laid out as a block (a ResizeObserver reports no size for an inline box). */
function blockOf(range: Range): Element {
  const node = range.commonAncestorContainer;
  let element = node instanceof Element ? node : node.parentElement!;
  const view = element.ownerDocument.defaultView!;
  while (element.parentElement && view.getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
  return element;
}

/** The client rects of a range's text, text node by text node (an element wholly inside the range would otherwise
 *  add its own box, a paragraph's whole block among them). */
function textRects(range: Range): { rect: DOMRect; text: Node }[] {
  const found: { rect: DOMRect; text: Node }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const part = doc.createRange();
  // From the range's start, so that a range in a long block does not walk the text before it.
  const start = range.startContainer;
  walker.currentNode = start.nodeType === Node.TEXT_NODE ? start : (start.childNodes[range.startOffset] ?? start);
  let node: Node | null = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (range.comparePoint(node, 0) > 0) break;
    if (!range.intersectsNode(node)) continue;
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    for (const rect of Array.from(part.getClientRects())) if (rect.width > 0 && rect.height > 0) found.push({ rect, text: node });
  }
  return found;
}

/** A block's lines, relative to the block's box. */
function measureLines(block: Block): Line[] {
  const origin = block.element.getBoundingClientRect();
  return block.ranges.flatMap((range) => {
    try {
      return textRects(range).map(({ rect, text }) => ({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height, text }));
    } catch {
      // A passage whose nodes the page has removed: nothing to underline until the notes are anchored again.
      return [];
    }
  });
}

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/** Sets a rectangle of the image (in the coordinates of its group). */
function setRect(rect: SVGRectElement, x: number, y: number, width: number, height: number): void {
  rect.setAttribute('x', String(x));
  rect.setAttribute('y', String(y));
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
}

export class NoteUnderlines {
  /** The image, fixed to the window; clips the boxes to it. */
  private readonly layer: SVGSVGElement;
  /** Holds the groups in page coordinates; moved against the window's scroll. */
  private readonly plane: SVGGElement;
  private blocks: Block[] = [];
  private readonly byElement = new Map<Element, Block>();
  /** Blocks whose lines must be measured (new, resized). */
  private readonly stale = new Set<Block>();
  /** The blocks may have moved: read where they are. */
  private moved = false;
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
    this.layer = doc.createElementNS(SVG, 'svg');
    this.layer.setAttribute('class', 'note-layer');
    this.layer.setAttribute('aria-hidden', 'true');
    this.plane = doc.createElementNS(SVG, 'g');
    this.layer.append(this.plane);
    container.appendChild(this.layer);
    this.resized = new ResizeObserver((entries) => this.onResize(entries));
    this.changed = new MutationObserver(() => this.update('moved'));
    this.listen();
  }

  /** Underlines these passages (in place of those underlined before). */
  show(ranges: readonly Range[]): void {
    this.clear();
    for (const range of ranges) {
      const element = blockOf(range);
      const known = this.byElement.get(element);
      if (known) {
        known.ranges.push(range);
        continue;
      }
      const group = this.doc.createElementNS(SVG, 'g');
      this.plane.append(group);
      const block: Block = { element, ranges: [range], lines: [], group, boxes: [], x: 0, y: 0 };
      this.blocks.push(block);
      this.byElement.set(element, block);
      this.resized.observe(element);
    }
    if (!this.blocks.length) return;
    this.resized.observe(this.doc.documentElement);
    if (this.doc.body) this.resized.observe(this.doc.body);
    this.changed.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    this.blocks.forEach((block) => this.stale.add(block));
    this.update('moved');
  }

  /** Marks a passage for a moment (the page was opened at one of its notes). */
  flash(range: Range): void {
    const view = this.doc.defaultView!;
    const marks = textRects(range).map(({ rect }) => {
      const mark = this.doc.createElementNS(SVG, 'rect');
      mark.setAttribute('class', 'flash');
      setRect(mark, rect.left + view.scrollX, rect.top + view.scrollY, rect.width, rect.height);
      this.plane.append(mark);
      return mark;
    });
    this.update('scrolled');
    setTimeout(() => marks.forEach((mark) => mark.remove()), STYLE.flashMs);
  }

  /** Takes the underlines away and stops listening. */
  remove(): void {
    this.clear();
    this.listening.abort();
    this.layer.remove();
  }

  private clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resized.disconnect();
    this.changed.disconnect();
    this.blocks.forEach((block) => block.group.remove());
    this.blocks = [];
    this.byElement.clear();
    this.stale.clear();
  }

  private listen(): void {
    const options = { passive: true, capture: true, signal: this.listening.signal };
    const view = this.doc.defaultView!;
    // Scroll events do not bubble: captured at the document, they come from the window (target: the document) and
    // from every scrolling element inside the page, which moves the blocks inside it.
    this.doc.addEventListener('scroll', (event) => event.isTrusted && this.update(event.target === this.doc ? 'scrolled' : 'moved'), options);
    view.addEventListener('resize', (event) => event.isTrusted && this.update('moved'), options);
    this.doc.fonts?.addEventListener(
      'loadingdone',
      () => {
        this.blocks.forEach((block) => this.stale.add(block));
        this.update('moved');
      },
      { signal: this.listening.signal },
    );
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const block = this.byElement.get(entry.target);
      if (block) this.stale.add(block);
    }
    this.update('moved');
  }

  /** Asks for a frame's work: after a scroll of the window, or after anything that may have moved the blocks. */
  private update(what: 'scrolled' | 'moved'): void {
    if (!this.blocks.length && !this.plane.querySelector('.flash')) return;
    if (what === 'moved') this.moved = true;
    this.frame ||= requestAnimationFrame(() => this.work());
  }

  /** One frame's work: where the blocks are, the lines of the stale blocks nearest the window, then the boxes. */
  private work(): void {
    this.frame = 0;
    const deadline = performance.now() + FRAME_BUDGET_MS;
    if (this.moved) {
      this.moved = false;
      this.readPlaces();
    }
    this.measureStale(deadline);
    this.place();
    if (this.stale.size) this.update('scrolled');
  }

  /** Reads where every block is, then moves the groups there (every read before any write: one layout). */
  private readPlaces(): void {
    const view = this.doc.defaultView!;
    const places = this.blocks.map((block) => {
      const box = block.element.getBoundingClientRect();
      return { x: box.left + view.scrollX, y: box.top + view.scrollY, shown: block.element.isConnected };
    });
    this.blocks.forEach((block, i) => {
      const { x, y, shown } = places[i];
      block.group.style.display = shown ? '' : 'none';
      if (x === block.x && y === block.y && block.group.style.transform) return;
      block.x = x;
      block.y = y;
      block.group.style.transform = `translate(${px(x)}, ${px(y)})`;
    });
  }

  /** Measures the stale blocks, nearest the window first, until the deadline; then draws their boxes. */
  private measureStale(deadline: number): void {
    if (!this.stale.size) return;
    const view = this.doc.defaultView!;
    const middle = view.scrollY + view.innerHeight / 2;
    const queue = [...this.stale].sort((a, b) => Math.abs(a.y - middle) - Math.abs(b.y - middle));
    const measured: [Block, Line[]][] = [];
    for (const block of queue) {
      measured.push([block, measureLines(block)]);
      this.stale.delete(block);
      if (performance.now() >= deadline) break;
    }
    for (const [block, lines] of measured) this.drawLines(block, lines);
  }

  private drawLines(block: Block, lines: Line[]): void {
    block.lines = lines;
    while (block.boxes.length > lines.length) block.boxes.pop()!.remove();
    while (block.boxes.length < lines.length) {
      const box = this.doc.createElementNS(SVG, 'rect');
      box.setAttribute('class', 'underline');
      block.group.append(box);
      block.boxes.push(box);
    }
    lines.forEach((line, i) => setRect(block.boxes[i], line.left, line.top + line.height + STYLE.offsetPx, line.width, STYLE.thicknessPx));
  }

  /** Moves the plane against the window's scroll, and hides the boxes in view whose text the page covers (every
   *  hit-test before any change: one layout). */
  private place(): void {
    const view = this.doc.defaultView!;
    const { scrollX, scrollY, innerWidth, innerHeight } = view;
    const covered: [SVGRectElement, boolean][] = [];
    for (const block of this.blocks) {
      block.lines.forEach((line, i) => {
        const x = block.x + line.left - scrollX + line.width / 2;
        const y = block.y + line.top - scrollY + line.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return;
        const top = this.doc.elementFromPoint(x, y);
        covered.push([block.boxes[i], top !== this.overlayHost && !top?.contains(line.text)]);
      });
    }
    for (const [box, hidden] of covered) if (box.hasAttribute('data-covered') !== hidden) box.toggleAttribute('data-covered', hidden);
    // The layer is fixed to the window unless a transformed ancestor of the overlay holds it: from its own place.
    const origin = this.layer.getBoundingClientRect();
    this.plane.style.transform = `translate(${px(-scrollX - origin.left)}, ${px(-scrollY - origin.top)})`;
  }
}
