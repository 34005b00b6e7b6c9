/**
 * The article's text: its paragraphs joined by blank lines. `ArticleBody` is the text and its paragraphs' bounds
 * alone, all the text stages (quotations, inferred outline, summary) need, as plain data that can be sent to the
 * background and analysed there; `ArticleText` adds a map from every offset back to the live DOM, so that a quote
 * found at offsets 120–180 can be highlighted as a DOM Range without touching the page.
 */
import type { Block } from './blocks';
import { SegmentedText, type Span } from '../text/tokens';
import { rangeBetween, type TextPoint } from '../text-point';

export interface Paragraph extends Span {
  block: Block;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export class ArticleBody {
  /**
   * @param text the paragraphs joined by PARAGRAPH_SEPARATOR
   * @param paragraphs where each paragraph starts and ends in `text`, in order
   * @param codeSpans where the page sets the text as code (<pre>, <code>): no quotation is read there; in order
   */
  constructor(
    readonly text: string,
    readonly paragraphs: readonly Span[],
    readonly codeSpans: readonly Span[] = [],
  ) {}

  /** The text of paragraph `index`. */
  paragraphText(index: number): string {
    return this.text.slice(this.paragraphs[index].start, this.paragraphs[index].end);
  }

  private segmentedText: SegmentedText | null = null;

  /** The text segmented into words in language `lang`, once for the quotations, the outline and the summary. */
  segmented(lang: string): SegmentedText {
    if (this.segmentedText?.lang !== lang) this.segmentedText = new SegmentedText(this.text, lang);
    return this.segmentedText;
  }
}

export class ArticleText extends ArticleBody {
  declare readonly paragraphs: readonly Paragraph[];

  constructor(blocks: readonly Block[]) {
    const paragraphs: Paragraph[] = [];
    let offset = 0;
    for (const block of blocks) {
      if (paragraphs.length) offset += PARAGRAPH_SEPARATOR.length;
      paragraphs.push({ block, start: offset, end: offset + block.text.length });
      offset += block.text.length;
    }
    const codeSpans = paragraphs.flatMap(({ block, start }) => block.codeRanges.map((r) => ({ start: start + r.start, end: start + r.end })));
    super(blocks.map((b) => b.text).join(PARAGRAPH_SEPARATOR), paragraphs, codeSpans);
  }

  /** `weightedLength(text)`, from its paragraphs' (a separator is two characters of no script). */
  weightedLength(): number {
    let length = Math.max(0, this.paragraphs.length - 1) * PARAGRAPH_SEPARATOR.length;
    for (const { block } of this.paragraphs) length += block.weightedLength;
    return length;
  }

  /** Index of the paragraph holding `offset` (the one after it when `offset` falls in a separator), or -1. */
  paragraphIndexAt(offset: number): number {
    let low = 0;
    let high = this.paragraphs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const p = this.paragraphs[mid];
      if (offset < p.start) high = mid - 1;
      else if (offset > p.end) low = mid + 1;
      else return mid;
    }
    return low < this.paragraphs.length ? low : -1;
  }

  /** The DOM position (text node and offset in it) of an article-text offset, or null when it has none. */
  positionOf(offset: number, side: 'start' | 'end'): TextPoint | null {
    const index = this.paragraphIndexAt(offset);
    if (index < 0) return null;
    const { block, start } = this.paragraphs[index];
    const local = Math.max(0, Math.min(offset - start, block.text.length));
    const runs = block.runs;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const runEnd = run.blockOffset + run.length;
      // An end boundary belongs to the run it closes; a start boundary to the run it opens.
      if (side === 'end' ? local <= runEnd : local < runEnd) {
        // A run may stand for more text than its node holds (the space a <br> becomes): stay inside the node.
        const offset = Math.min(run.nodeOffset + Math.max(0, local - run.blockOffset), run.node.length);
        return { node: run.node, offset };
      }
    }
    const last = runs[runs.length - 1];
    return last ? { node: last.node, offset: last.nodeOffset + last.length } : null;
  }

  /** A live DOM Range covering article-text offsets [start, end), or null when they map to nothing. */
  rangeOf(start: number, end: number): Range | null {
    const from = this.positionOf(start, 'start');
    const to = this.positionOf(end, 'end');
    return from && to ? rangeBetween(from, to) : null;
  }

  /**
   * The article-text offsets a DOM range (a user's selection) covers, clipped to the article's paragraphs: the
   * inverse of `rangeOf`. Null when the range covers none of the article's text.
   */
  offsetsOf(range: Range): { start: number; end: number } | null {
    const root = range.startContainer.getRootNode();
    // Paragraphs [from, to) may hold covered text: from the first that does not end before the range up to the
    // first that starts after it. Only the ones at either end of that span need a closer look.
    const from = firstIndexWhere(this.paragraphs, ({ block }) => {
      const last = block.runs[block.runs.length - 1];
      return placeOf(range, root, last.node, last.nodeOffset + last.length) >= 0;
    });
    const to = firstIndexWhere(this.paragraphs, ({ block }) => {
      const first = block.runs[0];
      return placeOf(range, root, first.node, first.nodeOffset) > 0;
    });
    let start: number | undefined;
    for (let i = from; i < to && start === undefined; i++) start = coveredPart(this.paragraphs[i], range, root)?.start;
    let end: number | undefined;
    for (let i = to - 1; i >= from && end === undefined; i--) end = coveredPart(this.paragraphs[i], range, root)?.end;
    return start !== undefined && end !== undefined ? { start, end } : null;
  }
}

/** The first index at which `test` holds, for a test that holds from some index on; `items.length` if none. */
function firstIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Where a DOM point lies against the range: -1 before it, 0 inside it, 1 after it. A node the page has since taken
 * out of the range's document counts as before it (`comparePoint` would throw).
 */
function placeOf(range: Range, root: Node, node: Text, offset: number): number {
  if (node.getRootNode() !== root) return -1;
  // The space that stands for a <br> is mapped one past the end of its text node.
  return range.comparePoint(node, Math.min(offset, node.length));
}

/** The article-text offsets of the part of a paragraph the range covers, or null when it covers none of it. */
function coveredPart(paragraph: Paragraph, range: Range, root: Node): { start: number; end: number } | null {
  let start: number | null = null;
  let end = 0;
  for (const run of paragraph.block.runs) {
    // The covered part of the run, in offsets into its text node. A range boundary in another node lies wholly
    // before or after this text node, so one end of the run tells where the whole run is.
    let from = run.nodeOffset;
    let to = run.nodeOffset + run.length;
    if (range.startContainer === run.node) from = Math.max(from, range.startOffset);
    else if (placeOf(range, root, run.node, from) < 0) continue;
    if (range.endContainer === run.node) to = Math.min(to, range.endOffset);
    else if (placeOf(range, root, run.node, to) > 0) continue;
    if (from >= to) continue;
    const shift = paragraph.start + run.blockOffset - run.nodeOffset;
    start ??= from + shift;
    end = to + shift;
  }
  return start === null ? null : { start, end };
}
