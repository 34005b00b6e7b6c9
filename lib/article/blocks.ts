/**
 * Reads the live DOM into text blocks: each block is the inline text of one block-level element (a paragraph,
 * a heading, a list item…), white space collapsed, with the text nodes it came from so that any offset in it can
 * be turned back into a DOM position. Reads only: never clones, splits or rewrites a node.
 */
import { isWhiteSpace } from '../text/white-space';
import { weightedLength } from '../text/weighted-length';
import { runSteps, type Steps } from '../steps';
import type { Span } from '../text/tokens';
import { classAttribute, furnitureKindWithClass, isHiddenWithClass, type FurnitureKind } from './boilerplate';

/** 'row': a table row, its cells' text on one line (a cell holding paragraphs gives paragraphs). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'preformatted' | 'row';

/** A piece of a block's text that stands, character for character, in one text node. */
export interface TextRun {
  node: Text;
  nodeOffset: number;
  blockOffset: number;
  length: number;
}

export interface Block {
  /** The nearest block-level element holding the text. */
  element: Element;
  kind: BlockKind;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  text: string;
  /** `weightedLength(text)`, worked out once the block is complete: how much running text it holds. */
  weightedLength: number;
  runs: TextRun[];
  /** Characters inside links. */
  linkChars: number;
  /** Links with text in the block. */
  links: number;
  /** Characters inside bold or strong elements. */
  boldChars: number;
  /** Where the block's text is set as code (<pre>, <code>, <kbd>, <samp>): offsets in `text`, in order. */
  codeRanges: Span[];
  /** Inside navigation, related lists, comments, footers and other page furniture. */
  furniture: boolean;
  /** The ancestors that may be furniture, decided once the whole page is read: those that only their class or id
   *  names furniture (see `furnitureKind`) and articles set inside another article; innermost first. */
  likelyFurniture: Element[];
  /** Inside a blockquote (a quotation set apart, or a pull-quote). */
  inBlockquote: boolean;
  /** Position among the page's blocks: document order, without asking the DOM. */
  order: number;
}

export interface WalkBudget {
  maxElements: number;
  maxChars: number;
}

export interface WalkResult {
  blocks: Block[];
  /** The budget stopped the walk before the end of the document. */
  truncated: boolean;
}

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link', 'img', 'picture', 'source', 'map',
]);
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'summary', 'center', 'menu', 'body',
  'html', 'caption', 'frameset', 'frame',
]);

function kindOf(element: Element): { kind: BlockKind; level: number } {
  const tag = element.localName;
  if (/^h[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return { kind: 'list-item', level: 0 };
  if (tag === 'figcaption' || tag === 'caption') return { kind: 'caption', level: 0 };
  if (tag === 'pre') return { kind: 'preformatted', level: 0 };
  if (tag === 'tr') return { kind: 'row', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

interface Frame {
  element: Element;
  /** The next child to visit (sibling pointers: some DOMs rebuild `childNodes` on every access). */
  next: ChildNode | null;
  /** Inside an element that is certainly furniture. */
  furniture: boolean;
  likelyFurniture: Element[];
  /** The innermost <article> the frame is in, if any. */
  article: Element | null;
  /** The link the frame is in, if any. */
  link: Element | null;
  inBold: boolean;
  inCode: boolean;
  inBlockquote: boolean;
  /** Inside a figure's or a table's caption: every block in it is a caption, whatever element holds its text. */
  inCaption: boolean;
  isBlock: boolean;
}

/** White space as the walker sees it: JavaScript's `\s` and the zero-width space. Tested by code instead of a
 *  regular expression: the walker looks at every character of the page's text, and a match object for every space
 *  was much of its garbage. */
export function isWalkerSpace(code: number): boolean {
  return isWhiteSpace(code) || code === 0x200b;
}

/** Elements whose text is code or a computer's output, never prose: no quotation is read inside them. */
const CODE_ELEMENTS = new Set(['pre', 'code', 'kbd', 'samp', 'tt']);

/** Adds [start, end) to a block's code ranges, joining it to the last one when only a space parts them. */
function addCodeRange(ranges: Span[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && start - last.end <= 1) last.end = end;
  else ranges.push({ start, end });
}

/** Elements walked between two pauses of `walkBlockSteps`: small, because a page's first walk is slow while the
 *  browser still compiles the walker and makes its first wrappers for each kind of element. */
const ELEMENTS_PER_STEP = 40;

/** Collects the text blocks under `root`, in document order. */
export function walkBlocks(root: Element, budget: WalkBudget): WalkResult {
  return runSteps(walkBlockSteps(root, budget));
}

/** Fills blocks with the page's text, one text node at a time: the block being filled, the white space pending
 *  before its next text, and the characters read so far (for the walk's budget). */
class BlockBuilder {
  readonly blocks: Block[] = [];
  /** Characters other than white space added so far. */
  chars = 0;
  /** The block being filled. */
  private current: Block | null = null;
  /** The white space seen since the block's last character, emitted lazily as one space. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lineBreaks = 0;
  /** The link the block's last text was in: text in another one starts a new link. */
  private lastLink: Element | null = null;
  /** The current block's last run while it maps characters one to one: text that goes on in the same node lengthens
   *  it instead of adding a run (one run for a whole text node, not one per word and space). */
  private openRun: TextRun | null = null;

  constructor(private readonly maxChars: number) {}

  /** Ends the current block, keeping it if it holds text. */
  flush(): void {
    const current = this.current;
    if (current && current.text.length) {
      current.order = this.blocks.length;
      current.weightedLength = weightedLength(current.text);
      this.blocks.push(current);
    }
    this.current = null;
    this.openRun = null;
    this.lastLink = null;
    this.pendingSpace = null;
    this.lineBreaks = 0;
  }

  /** A <br>: one line break is a space; two in a row end the paragraph (sites that write paragraphs with <br><br>). */
  lineBreak(): void {
    if (++this.lineBreaks >= 2) this.flush();
    else this.separateWords();
  }

  /** A space before the next text of the current block, standing for no character of the page (a <br>, a new
   *  cell): mapped to the boundary after the previous text. */
  separateWords(): void {
    if (!this.current || this.pendingSpace) return;
    const previous = this.current.runs[this.current.runs.length - 1];
    this.pendingSpace = { node: previous.node, offset: previous.nodeOffset + previous.length };
  }

  /**
   * Adds a text node: its words and the single spaces between them in stretches, as they stand; other white space
   * as one space, pending until text follows.
   */
  appendText(node: Text, frame: Frame, owner: Element): void {
    const data = node.data;
    // The stretch not yet added: [from, end), with `words` characters other than spaces; the next word starts at `next`.
    let from = 0;
    let end = 0;
    let words = 0;
    let next = 0;
    const length = data.length;
    for (let space = 0; space < length; ) {
      if (!isWalkerSpace(data.charCodeAt(space))) {
        space++;
        continue;
      }
      // A run of white space [space, after).
      let after = space + 1;
      while (after < length && isWalkerSpace(data.charCodeAt(after))) after++;
      // A text node can hold megabytes: the character budget stops the walk inside it, not after it (counting the
      // words before this one, as if they had been added one by one).
      if (this.chars + words > this.maxChars) {
        this.emit(node, data, frame, owner, from, end, words);
        return;
      }
      words += space - next;
      end = space;
      next = after;
      space = after;
      // A single space between two words stays in the stretch.
      if (next - end === 1 && data.charCodeAt(end) === 0x20 && end > 0 && next < length) continue;
      this.emit(node, data, frame, owner, from, end, words);
      if (!this.pendingSpace) this.pendingSpace = { node, offset: end };
      from = end = next;
      words = 0;
    }
    this.emit(node, data, frame, owner, from, data.length, words + data.length - next);
  }

  /** Adds `data[from, to)` of `node` as it stands to the current block; `words`: its characters other than spaces. */
  private emit(node: Text, data: string, frame: Frame, owner: Element, from: number, to: number, words: number): void {
    if (to <= from) return;
    const block = this.current ?? (this.current = newBlock(owner, frame));
    const pendingSpace = this.pendingSpace;
    if (pendingSpace && block.text.length) {
      this.addRun(block, pendingSpace.node, pendingSpace.offset, 1, pendingSpace.node.data[pendingSpace.offset] === ' ');
      block.text += ' ';
      // A space within one text node of a link or bold run belongs to it ("Jean Martin").
      if (pendingSpace.node === node && frame.link) block.linkChars++;
      if (pendingSpace.node === node && frame.inBold) block.boldChars++;
    }
    this.pendingSpace = null;
    this.lineBreaks = 0;
    const piece = data.slice(from, to);
    this.addRun(block, node, from, piece.length, true);
    block.text += piece;
    if (frame.link) {
      if (frame.link !== this.lastLink) block.links++;
      block.linkChars += piece.length;
    }
    this.lastLink = frame.link;
    if (frame.inBold) block.boldChars += piece.length;
    if (frame.inCode) addCodeRange(block.codeRanges, block.text.length - piece.length, block.text.length);
    this.chars += words;
  }

  private addRun(block: Block, node: Text, nodeOffset: number, length: number, verbatim: boolean): void {
    const openRun = this.openRun;
    if (verbatim && openRun && openRun.node === node && openRun.nodeOffset + openRun.length === nodeOffset) {
      openRun.length += length;
      return;
    }
    const run = { node, nodeOffset, blockOffset: block.text.length, length };
    block.runs.push(run);
    this.openRun = verbatim ? run : null;
  }
}

/** An empty block for the text of `owner` (inside a caption, a caption whatever element holds the text). */
function newBlock(owner: Element, frame: Frame): Block {
  const { kind, level } = frame.inCaption ? { kind: 'caption' as const, level: 0 } : kindOf(owner);
  return {
    element: owner, kind, level, text: '', weightedLength: 0, runs: [], linkChars: 0, links: 0, boldChars: 0, codeRanges: [],
    furniture: frame.furniture, likelyFurniture: frame.likelyFurniture, inBlockquote: frame.inBlockquote, order: -1,
  };
}

/** The frame of an element entered by the walk: what it inherits from its parent's and what it is itself. Records
 *  the elements that may be furniture in `possibleFurniture`, decided once the page is read. */
function openFrame(element: Element, parent: Frame | null, className: string | null, possibleFurniture: PossibleFurniture): Frame {
  const tag = element.localName;
  let kind: PossibleKind | 'certain' | null = furnitureKindWithClass(element, className);
  if (kind === 'certain' && wrapsMainContent(element)) kind = 'wrapping';
  const outerArticle = tag === 'article' ? parent?.article ?? null : null;
  if (kind && kind !== 'certain') possibleFurniture.kinds.set(element, kind);
  else if (outerArticle) {
    possibleFurniture.kinds.set(element, 'listed');
    possibleFurniture.listedIn.set(element, outerArticle);
  }
  const inherited = parent?.likelyFurniture ?? [];
  return {
    element,
    next: element.firstChild,
    furniture: (parent?.furniture ?? false) || kind === 'certain',
    likelyFurniture: possibleFurniture.kinds.has(element) ? [element, ...inherited] : inherited,
    article: tag === 'article' ? element : parent?.article ?? null,
    link: parent?.link ?? (tag === 'a' && element.hasAttribute('href') ? element : null),
    inBold: (parent?.inBold ?? false) || tag === 'b' || tag === 'strong',
    inCode: (parent?.inCode ?? false) || CODE_ELEMENTS.has(tag),
    inBlockquote: (parent?.inBlockquote ?? false) || tag === 'blockquote',
    inCaption: (parent?.inCaption ?? false) || tag === 'figcaption' || tag === 'caption',
    isBlock: BLOCK_LEVEL.has(tag),
  };
}

/** The nearest block-level element of the open frames: the element a text node's block belongs to. */
function blockOwner(stack: readonly Frame[]): Element {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].isBlock) return stack[i].element;
  return stack[0].element;
}

/** `walkBlocks` as steps (see lib/steps.ts): it pauses every forty elements. A page that changes during a
 *  pause is read as it is when the walk gets there; a node removed meanwhile ends its branch. */
export function* walkBlockSteps(root: Element, budget: WalkBudget): Steps<WalkResult> {
  const builder = new BlockBuilder(budget.maxChars);
  const possibleFurniture: PossibleFurniture = { kinds: new Map(), listedIn: new Map() };
  const stack: Frame[] = [openFrame(root, null, classAttribute(root), possibleFurniture)];
  let elements = 0;
  let truncated = false;
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const child = frame.next;
    if (child) frame.next = child.nextSibling;
    if (!child) {
      stack.pop();
      if (frame.isBlock) builder.flush();
      continue;
    }
    if (child.nodeType === 3) {
      builder.appendText(child as Text, frame, blockOwner(stack));
      if (builder.chars > budget.maxChars) { truncated = true; break; }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (++elements > budget.maxElements) { truncated = true; break; }
    if (elements % ELEMENTS_PER_STEP === 0) yield;
    const tag = element.localName;
    if (tag === 'br') {
      builder.lineBreak();
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    const className = classAttribute(element);
    if (isHiddenWithClass(element, className)) continue;
    // The cells of a row are one line of text, a space between each.
    if (tag === 'td' || tag === 'th') builder.separateWords();
    const next = openFrame(element, frame, className, possibleFurniture);
    if (next.isBlock) builder.flush();
    stack.push(next);
  }
  builder.flush();
  settleLikelyFurniture(builder.blocks, possibleFurniture);
  return { blocks: builder.blocks, truncated };
}

/** Elements that hold the page's main content by what they are. */
const MAIN_CONTENT = 'main, article, [role="main"], [itemprop="articleBody"]';

/** A landmark that holds the main content (a <header> left open around the whole page, an article set in an
 *  <aside>) is furniture only if it holds little of the page's running text (ARTICLE_SHARE.wrapping). */
function wrapsMainContent(element: Element): boolean {
  return element.querySelector(MAIN_CONTENT) !== null;
}

/** Paragraph length that counts as running text when weighing a container. */
const LONG_PARAGRAPH = 80;
/**
 * The elements that may be furniture, by kind: named like furniture ('named', 'likely'), a landmark that holds the
 * main content ('wrapping'), or 'listed', an <article> inside another <article> (`listedIn`): one of a list of
 * related posts or of comments when its outer article holds two or more (the HTML standard's nested articles), but
 * an article that holds one is wrapped, not listed.
 */
type PossibleKind = Exclude<FurnitureKind, 'certain'> | 'listed' | 'wrapping';
interface PossibleFurniture {
  kinds: Map<Element, PossibleKind>;
  listedIn: Map<Element, Element>;
}

/** Share of the page's running text above which a container is the article, whatever its class or place says. */
const ARTICLE_SHARE = { likely: 0.3, named: 0.6, listed: 0.3, wrapping: 0.5 };
/** Share of the page's running text above which the elements of one class with a likely name are the article (a
 *  majority: captions of a photo story share one class too). */
const ARTICLE_SHARE_OF_CLASS = 0.5;

/**
 * Decides the possible furniture: an element named like furniture, or one of the articles listed inside another,
 * that holds a large share of the page's running text is the article after all; the others make their blocks
 * furniture. So is an element with a likely name whose class the elements holding most of the page's running text
 * share: a site that styles each paragraph of its articles with a class whose words happen to name furniture
 * ("tagStyle_…") gives it to every paragraph, each a small share on its own.
 */
function settleLikelyFurniture(blocks: Block[], { kinds, listedIn }: PossibleFurniture): void {
  const listed = new Map<Element, number>();
  for (const outer of listedIn.values()) listed.set(outer, (listed.get(outer) ?? 0) + 1);
  const textUnder = new Map<Element, number>();
  let total = 0;
  for (const block of blocks) {
    if (block.furniture || block.text.length < LONG_PARAGRAPH) continue;
    total += block.text.length;
    for (const element of block.likelyFurniture) textUnder.set(element, (textUnder.get(element) ?? 0) + block.text.length);
  }
  const textUnderClass = new Map<string, number>();
  for (const [element, chars] of textUnder) {
    const className = kinds.get(element) === 'likely' ? classAttribute(element) : null;
    if (className) textUnderClass.set(className, (textUnderClass.get(className) ?? 0) + chars);
  }
  const isArticleClass = (e: Element) => {
    const className = classAttribute(e);
    return className !== null && (textUnderClass.get(className) ?? 0) > total * ARTICLE_SHARE_OF_CLASS;
  };
  for (const block of blocks) {
    if (block.furniture) continue;
    block.furniture = block.likelyFurniture.some((e) => {
      const kind = kinds.get(e)!;
      if (kind === 'listed' && listed.get(listedIn.get(e)!)! < 2) return false;
      if (kind === 'likely' && isArticleClass(e)) return false;
      return (textUnder.get(e) ?? 0) <= total * ARTICLE_SHARE[kind];
    });
  }
}
