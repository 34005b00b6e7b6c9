/**
 * The article's text: its paragraphs joined by blank lines, with a map from every offset back to the live DOM,
 * so that a quote found at offsets 120–180 can be highlighted as a DOM Range without touching the page.
 */
import type { Block } from './blocks';

export interface Paragraph {
  block: Block;
  /** Offset of the paragraph's first character in the article text. */
  start: number;
  end: number;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export class ArticleText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];

  constructor(blocks: readonly Block[]) {
    const paragraphs: Paragraph[] = [];
    let offset = 0;
    for (const block of blocks) {
      if (paragraphs.length) offset += PARAGRAPH_SEPARATOR.length;
      paragraphs.push({ block, start: offset, end: offset + block.text.length });
      offset += block.text.length;
    }
    this.paragraphs = paragraphs;
    this.text = blocks.map((b) => b.text).join(PARAGRAPH_SEPARATOR);
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
  positionOf(offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
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
        return { node: run.node, offset: run.nodeOffset + Math.max(0, local - run.blockOffset) };
      }
    }
    const last = runs[runs.length - 1];
    return last ? { node: last.node, offset: last.nodeOffset + last.length } : null;
  }

  /** A live DOM Range covering article-text offsets [start, end), or null when they map to nothing. */
  rangeOf(start: number, end: number): Range | null {
    const from = this.positionOf(start, 'start');
    const to = this.positionOf(end, 'end');
    if (!from || !to) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }
}
