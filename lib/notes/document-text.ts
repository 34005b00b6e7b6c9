/**
 * The text of a page as the W3C Web Annotation model and Hypothesis count it: the text content of the body, every
 * text node's text in document order (those of scripts and styles too, as `textContent` has them), with a map from
 * every offset back to its text node. Selectors count characters of this text, so that a note means the same
 * passage to every tool, whatever Glossa's extraction keeps of the page.
 *
 * Quotations are looked for in a second view of it, `searchable`: without white space, which markup lays out as it
 * pleases (a line break and an indentation in one copy of a page, one space in another, none between two blocks),
 * and without the text of elements nobody reads (scripts, styles), where a copy of the article's lead often sits.
 */
import { runSteps, type Steps } from '../steps';
import { rangeBetween, type TextPoint } from '../text-point';

/** Elements whose text is never shown: it counts in offsets but never holds a quotation. */
const UNREAD_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Text nodes read between two pauses of `DocumentText.build`. */
const NODES_PER_STEP = 1000;
const WHITE_SPACE = /\s/;

/** The text without white space or unread text, and for each of its characters the offset it has in the text. */
export interface SearchableText {
  text: string;
  /** `rawOffsets[i]` is the offset in `DocumentText.text` of `text[i]`. */
  rawOffsets: Int32Array;
}

export class DocumentText {
  private constructor(
    /** The root (the page's body) whose text this is. */
    readonly root: Node,
    /** The root's text content. */
    readonly text: string,
    /** Its text nodes in document order, and where each one starts in `text`. */
    private readonly nodes: readonly Text[],
    private readonly starts: readonly number[],
    /** Each text node's index in `nodes`. */
    private readonly indexes: ReadonlyMap<Text, number>,
    /** The text without white space or unread text. */
    readonly searchable: SearchableText,
  ) {}

  /** Reads the text of `root` and its searchable view, pausing every few thousand text nodes (see lib/steps.ts). */
  static *build(root: Node): Steps<DocumentText> {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    const indexes = new Map<Text, number>();
    const searchable = new SearchableBuilder();
    let offset = 0;
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      indexes.set(node, nodes.length);
      nodes.push(node);
      starts.push(offset);
      parts.push(node.data);
      if (!UNREAD_PARENTS.has(node.parentNode?.nodeName ?? '')) searchable.add(node.data, offset);
      offset += node.data.length;
      if (nodes.length % NODES_PER_STEP === 0) yield;
    }
    return new DocumentText(root, parts.join(''), nodes, starts, indexes, searchable.done());
  }

  /** The text of `root`, read at once. */
  static of(root: Node): DocumentText {
    return runSteps(DocumentText.build(root));
  }

  /**
   * The DOM point at an offset of the text. A start point at the boundary of two text nodes is put at the start of
   * the second, an end point at the end of the first, so that a range never begins or ends on text it does not hold.
   */
  pointAt(offset: number, side: 'start' | 'end'): TextPoint | null {
    if (offset < 0 || offset > this.text.length || !this.nodes.length) return null;
    // The last node that starts before the offset (at or before it, for a start point).
    let low = 0;
    let high = this.nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const starts = this.starts[mid];
      if (side === 'start' ? starts <= offset : starts < offset) low = mid;
      else high = mid - 1;
    }
    // A start point past the end of its node (an empty node, or the text's end) moves on to the next that has text.
    while (side === 'start' && low < this.nodes.length - 1 && offset >= this.starts[low] + this.nodes[low].data.length) low++;
    const node = this.nodes[low];
    return { node, offset: Math.max(0, Math.min(offset - this.starts[low], node.data.length)) };
  }

  /** A live DOM range over [start, end) of the text, or null when the offsets are outside it. */
  rangeOf(start: number, end: number): Range | null {
    if (start > end) return null;
    const from = this.pointAt(start, 'start');
    const to = this.pointAt(end, 'end');
    if (!from || !to) return null;
    const range = rangeBetween(from, to);
    // The end point found for an empty passage can lie before its start point.
    if (range.collapsed && start < end) return null;
    return range;
  }

  /**
   * The offset in the text of a DOM boundary point (a range's start or end): in a text node, its place in that
   * node's text; elsewhere, the place of the first text that follows the point. Null when the point is outside the
   * root.
   */
  offsetAt(container: Node, offset: number): number | null {
    if (container !== this.root && !this.root.contains(container)) return null;
    if (container.nodeType === 3 /* Node.TEXT_NODE */) {
      const index = this.indexOf(container as Text);
      if (index >= 0) return this.starts[index] + Math.min(offset, (container as Text).data.length);
    }
    const next = this.firstTextFrom(container.nodeType === 3 ? nextAfter(container, this.root) : (container.childNodes[offset] ?? nextAfter(container, this.root)));
    return next ? this.starts[this.indexOf(next)] : this.text.length;
  }

  /** The first of the text's nodes at or after `node` in document order (`node` itself, or in it, or after it). */
  private firstTextFrom(node: Node | null): Text | null {
    const walker = (this.root.ownerDocument ?? (this.root as Document)).createTreeWalker(this.root, 0x4 /* NodeFilter.SHOW_TEXT */);
    for (let at: Node | null = node; at; ) {
      if (at.nodeType === 3 && this.indexOf(at as Text) >= 0) return at as Text;
      walker.currentNode = at;
      at = walker.nextNode();
    }
    return null;
  }

  /** The offsets [start, end) of the text a DOM range covers, or null when it is not inside the root. */
  offsetsOf(range: Range): { start: number; end: number } | null {
    const start = this.offsetAt(range.startContainer, range.startOffset);
    const end = this.offsetAt(range.endContainer, range.endOffset);
    return start === null || end === null ? null : { start, end: Math.max(start, end) };
  }

  private indexOf(node: Text): number {
    return this.indexes.get(node) ?? -1;
  }
}

/** The node after `node` and all it holds, in document order, within `root`; null at the end of `root`. */
function nextAfter(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Whether a UTF-16 code unit is white space as `\s` means it. */
function isWhiteSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(String.fromCharCode(code));
}

/** The searchable view made a text node at a time: the runs of characters that are not white space, and where each
 *  character is in the whole text. */
class SearchableBuilder {
  private readonly runs: string[] = [];
  private rawOffsets = new Int32Array(1024);
  private length = 0;

  add(data: string, start: number): void {
    if (this.length + data.length > this.rawOffsets.length) {
      const grown = new Int32Array(Math.max(2 * this.rawOffsets.length, this.length + data.length));
      grown.set(this.rawOffsets.subarray(0, this.length));
      this.rawOffsets = grown;
    }
    let runStart = -1;
    for (let j = 0; j <= data.length; j++) {
      const isText = j < data.length && !isWhiteSpace(data.charCodeAt(j));
      if (isText) {
        if (runStart < 0) runStart = j;
        this.rawOffsets[this.length++] = start + j;
      } else if (runStart >= 0) {
        this.runs.push(data.slice(runStart, j));
        runStart = -1;
      }
    }
  }

  done(): SearchableText {
    return { text: this.runs.join(''), rawOffsets: this.rawOffsets.subarray(0, this.length) };
  }
}

/** The index of the first character of `searchable` at or after an offset of the raw text. */
export function searchableOffset(searchable: SearchableText, rawOffset: number): number {
  let low = 0;
  let high = searchable.rawOffsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (searchable.rawOffsets[mid] < rawOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Text as `searchable` has it: without white space. */
export function withoutWhiteSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Whether two texts are the same but for white space. */
export function sameText(a: string, b: string): boolean {
  return a === b || withoutWhiteSpace(a) === withoutWhiteSpace(b);
}
