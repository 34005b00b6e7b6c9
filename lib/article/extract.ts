/**
 * Finds the article in a page: scores containers by the paragraphs they hold (in the manner of Readability, but
 * read-only: nothing is removed or moved), keeps the best one with its sibling paragraphs and the rest of its
 * <article>, and sorts its blocks into paragraphs (the text), headings (the outline) and everything else.
 */
import type { Block } from './blocks';
import { classAttribute, furnitureKind, namesLead } from './boilerplate';
import { CONTENT_CONTAINER_NAME, FURNITURE_CONTAINER_NAME } from './class-names';
import { fold } from '../text/fold';
import { ENDS_LIKE_SENTENCE } from '../text/sentence-ends';

export interface ArticleRegion {
  /** Paragraphs of the article text, in document order. */
  paragraphs: Block[];
  /** Headings and heading-like bold lines inside the article, in document order (the title excluded later). */
  headings: Block[];
  /** The element holding the article (null when none was found). */
  root: Element | null;
}

const PARAGRAPH_KINDS = new Set(['paragraph', 'list-item', 'preformatted', 'row']);
const COMMAS = /[,،，、;؛]/g;

/**
 * The extraction's rules, in one place (as Readability keeps its DEFAULT_* thresholds): how containers are scored,
 * and which blocks of the chosen ones are the article's paragraphs, headings and lead. Lengths are weighted lengths
 * (see lib/text/weighted-length) unless said otherwise; link shares are characters in links over all characters.
 */
/** Points a container gets for a class or id that names article text, and loses for one that names furniture;
 *  points for an itemprop that names the article's body. */
const NAME_SCORE = 25;
/** A name that says "content" adds at most this many times the points the container's own paragraphs earned: a box
 *  named `content` around one short paragraph does not outweigh the unnamed column that holds the story. */
const MAX_NAME_SCORE_PER_TEXT_POINT = 4;
/** Ancestors a paragraph's characters count toward (for their link density), and those its points go to, halving
 *  at each level. */
const COUNTED_LEVELS = 5;
const SCORED_LEVELS = 3;
/** A paragraph's points: one, one per comma, and one per this many characters up to `MAX_LENGTH_POINTS`. */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** Shortest block that scores its containers: a paragraph of a few words; a table row only when it holds a sentence
 *  (a table of hundreds of short rows, names and numbers, would outweigh the prose around it). */
const MIN_SCORED_PARAGRAPH = 25;
const MIN_SCORED_ROW = 80;
/** A sibling of the top container is part of the article when it scores this share of the top's score, and at
 *  least `MIN_SIBLING_SCORE`. */
const SIBLING_SCORE_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** How far above the top container a chunk of the same body may branch off (sections, grids, wrappers), and the
 *  link share from which a container is no chunk of it. */
const MAX_CHUNK_DISTANCE = 8;
const MAX_CHUNK_LINK_SHARE = 0.5;
/** A bold one-line paragraph stands for a heading when bold holds this share of its text, up to this many
 *  characters. */
const BOLD_HEADING_SHARE = 0.9;
const MAX_BOLD_HEADING_CHARS = 120;
/** A heading of the article is mostly not a link. */
const MAX_HEADING_LINK_SHARE = 0.5;
/** A paragraph of the <article> around the body but outside it: this long at least, and mostly not links. */
const MIN_OUTSIDE_PARAGRAPH = 60;
const MAX_OUTSIDE_LINK_SHARE = 0.25;
/** A block in the body with more of its text in links is a list of links (unless a sentence runs through its link,
 *  with `MIN_UNLINKED_CHARS` outside it at least). */
const MAX_LINK_SHARE = 0.5;
const MIN_UNLINKED_CHARS = 20;
/** A shorter line that is not a sentence is a label or a button. */
const MIN_LINE_LENGTH = 25;
/** Up to this length a line with a date is a date line, not a sentence that mentions one. */
const MAX_DATE_LINE_LENGTH = 100;
/** The lead: up to this many blocks between the headline and the body are looked at; a paragraph of the lead is
 *  at least this long (a kicker or a date line is shorter), and mostly not links. */
const MAX_LEAD_DISTANCE = 30;
const MIN_LEAD_LENGTH = 60;
const MAX_LEAD_LINK_SHARE = 0.25;
/** Levels above a paragraph where a box around it and a picture makes it the picture's caption, and how much more
 *  text than the block the box may hold. */
const CAPTION_BOX_LEVELS = 3;
const CAPTION_BOX_SLACK = 1.2;
/** Levels above the top container where an element that marks a whole article is looked for. */
const ARTICLE_ANCESTOR_LEVELS = 4;

export function linkDensity(block: Block): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}

/** A bold one-line paragraph that stands for a heading (sites that style their subheadings by hand). */
export function isBoldHeading(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.boldChars >= block.text.length * BOLD_HEADING_SHARE &&
    block.text.length <= MAX_BOLD_HEADING_CHARS &&
    !/[.!?؟。:;,،]$/u.test(block.text) &&
    block.linkChars === 0
  );
}

interface Candidate {
  element: Element;
  /** Points by its tag and a furniture name (see initialScore). */
  score: number;
  /** Points its paragraphs gave it. */
  textScore: number;
  /** Points for a name that says it holds article text (see contentNameScore). */
  nameScore: number;
  chars: number;
  linkChars: number;
}

const linkShare = (c: Candidate) => (c.chars ? c.linkChars / c.chars : 0);

/** How much a container looks like the story itself: a content name counts only as far as its text bears it out. */
function storyScore(c: Candidate): number {
  return (c.score + c.textScore + Math.min(c.nameScore, c.textScore * MAX_NAME_SCORE_PER_TEXT_POINT)) * (1 - linkShare(c));
}

/** How much a container beside the story looks like a part of it: sites split a body into named blocks, and a block's
 *  content name counts in full. */
function partScore(c: Candidate): number {
  return (c.score + c.textScore + c.nameScore) * (1 - linkShare(c));
}

/** A container's score before its paragraphs': Readability's points by tag, less points for a furniture name. */
function initialScore(element: Element): number {
  let score = 0;
  switch (element.localName) {
    case 'article': score += 10; break;
    case 'main': case 'div': case 'section': score += 5; break;
    case 'pre': case 'td': case 'blockquote': score += 3; break;
    case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': case 'address': score -= 3; break;
    case 'th': case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': score -= 5; break;
  }
  if (FURNITURE_CONTAINER_NAME.test(namesOf(element))) score -= NAME_SCORE;
  return score;
}

/** Points for a class, id or itemprop that names article text. */
function contentNameScore(element: Element): number {
  let score = 0;
  if (CONTENT_CONTAINER_NAME.test(namesOf(element))) score += NAME_SCORE;
  const itemprop = element.getAttribute('itemprop');
  if (itemprop && /articleBody|text/i.test(itemprop)) score += NAME_SCORE;
  return score;
}

function namesOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** The nearest ancestor (or self) that marks a whole article: <article>, itemprop=articleBody, an Article itemtype. */
function articleAncestor(element: Element): Element | null {
  let node: Element | null = element;
  for (let depth = 0; node && depth < ARTICLE_ANCESTOR_LEVELS; depth++, node = node.parentElement) {
    if (node.localName === 'article') return node;
    if (/Article|BlogPosting|Report/.test(node.getAttribute('itemtype') ?? '')) return node;
  }
  return null;
}

/**
 * The element's tag and class with its parent's: the shape a site gives every container of one kind. Null for an
 * element without a class (a bare <div> is shaped like every other).
 */
function shapeOf(element: Element): string | null {
  const own = classAttribute(element);
  if (!own?.trim()) return null;
  const parent = element.parentElement;
  return `${element.localName}.${own}<${parent?.localName ?? ''}.${parent ? classAttribute(parent) ?? '' : ''}`;
}

/**
 * The other chunks of the article body: containers shaped like the top one near it. Sites cut the body around
 * pictures, ads and pull-quotes into copies of one container, or put each paragraph in a card of its own.
 */
function bodyChunks(top: Element, candidates: Iterable<Candidate>): Element[] {
  const shape = shapeOf(top);
  if (!shape) return [];
  const near = new Set<Element>();
  for (let a = top.parentElement, i = 0; a && i < MAX_CHUNK_DISTANCE; a = a.parentElement, i++) near.add(a);
  const chunks: Element[] = [];
  for (const c of candidates) {
    if (c.element === top || c.linkChars >= c.chars * MAX_CHUNK_LINK_SHARE || shapeOf(c.element) !== shape) continue;
    if (c.element.contains(top) || top.contains(c.element)) continue;
    let a = c.element.parentElement;
    for (let i = 0; a && i < MAX_CHUNK_DISTANCE && !near.has(a); i++) a = a.parentElement;
    if (a && near.has(a)) chunks.push(c.element);
  }
  return chunks;
}

/** The outermost element that holds nothing but `element` (a body in a "read more" wrapper in a column…). */
function outermostWrapper(element: Element): Element {
  let wrapper = element;
  for (let parent = wrapper.parentElement; parent && parent.localName !== 'body' && parent.children.length === 1; parent = parent.parentElement) {
    wrapper = parent;
  }
  return wrapper;
}

/** Is the element one of `ancestors` or inside one? (A walk up the tree: the body may come in many chunks.) */
function isWithin(element: Element, ancestors: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (ancestors.has(node)) return true;
  return false;
}

/** A year or a clock time, in any script's digits (a time may follow the year with no space between them, where the
 *  page sets them in elements of their own: "Nov 19 2019" "7:05 AM"). */
const YEAR_OR_TIME = /((^|\P{Nd})\p{Nd}{4}|\p{Nd}:\p{Nd}{2})(\P{Nd}|$)/u;

/** A one-letter abbreviation closing a line ("1:35 a.m."): its stop ends no sentence. */
const CLOSING_ABBREVIATION = /(^|[^\p{L}])\p{L}\.$/u;

/**
 * The paragraphs without the date lines before and after the running text ("Published 20 November 2019 - 07:50",
 * "Posted on 30 March 2015 by Admin", "Updated at 1:23 p.m."): a dateline around the article is page furniture,
 * whatever it is wrapped in.
 */
function withoutDateLines(paragraphs: Block[]): Block[] {
  let start = 0;
  let end = paragraphs.length;
  while (start < end && isDateLine(paragraphs[start])) start++;
  while (end > start && isDateLine(paragraphs[end - 1])) end--;
  return start || end < paragraphs.length ? paragraphs.slice(start, end) : paragraphs;
}

function isDateLine(block: Block): boolean {
  const text = block.text;
  // A quotation's closing line carries its date ("— Jane Doe (@jdoe) 19 November 2019"), and belongs to it.
  return (
    !block.inBlockquote &&
    block.weightedLength < MAX_DATE_LINE_LENGTH && YEAR_OR_TIME.test(text) && (!ENDS_LIKE_SENTENCE.test(text) || CLOSING_ABBREVIATION.test(text))
  );
}

/** A sentence that runs through one link ("Assange faces <a>a charge of conspiracy…</a>."): text, not a list of links. */
function isLinkedSentence(block: Block): boolean {
  return block.links === 1 && ENDS_LIKE_SENTENCE.test(block.text) && block.weightedLength - block.linkChars >= MIN_UNLINKED_CHARS;
}

export function findArticleRegion(blocks: readonly Block[]): ArticleRegion {
  const candidates = new Map<Element, Candidate>();
  const candidate = (element: Element): Candidate => {
    let found = candidates.get(element);
    if (!found) candidates.set(element, (found = { element, score: initialScore(element), textScore: 0, nameScore: contentNameScore(element), chars: 0, linkChars: 0 }));
    return found;
  };

  for (const block of blocks) {
    if (block.furniture || !PARAGRAPH_KINDS.has(block.kind)) continue;
    const length = block.weightedLength;
    // Text stats feed link density up to `COUNTED_LEVELS`; scores go to `SCORED_LEVELS`, halving at each.
    let ancestor: Element | null = block.kind === 'paragraph' && block.element.localName !== 'p' ? block.element : block.element.parentElement;
    const scored = length >= (block.kind === 'row' ? MIN_SCORED_ROW : MIN_SCORED_PARAGRAPH);
    const points = 1 + (block.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    for (let level = 0; ancestor && level < COUNTED_LEVELS; level++, ancestor = ancestor.parentElement) {
      const c = candidate(ancestor);
      c.chars += block.text.length;
      c.linkChars += block.linkChars;
      if (scored && level < SCORED_LEVELS) c.textScore += points / (level === 0 ? 1 : level * 2);
    }
  }

  let top: Candidate | null = null;
  let topScore = -Infinity;
  for (const c of candidates.values()) {
    const score = storyScore(c);
    if (c.chars > 0 && score > topScore) [top, topScore] = [c, score];
  }
  if (!top) return { paragraphs: [], headings: [], root: null };

  // The top container (with the wrappers it is alone in), and its siblings that hold article paragraphs too.
  const body = outermostWrapper(top.element);
  const parts = new Set<Element>([body]);
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
  for (const sibling of Array.from(body.parentElement?.children ?? [])) {
    if (sibling === body) continue;
    const c = candidates.get(sibling);
    if (c && partScore(c) >= threshold) parts.add(sibling);
  }
  for (const chunk of bodyChunks(top.element, candidates.values())) parts.add(chunk);
  // An <article> around it holds the lead and other paragraphs outside the body container, and so do the
  // paragraphs set beside it: take their substantial paragraphs too.
  const article = articleAncestor(top.element);
  const beside = body.parentElement;

  const paragraphs: Block[] = [];
  const headings: Block[] = [];
  for (const block of blocks) {
    if (block.furniture) continue;
    const inParts = isWithin(block.element, parts);
    const inArticle =
      !inParts && ((article !== null && article.contains(block.element)) || (block.element.localName === 'p' && block.element.parentElement === beside));
    if (!inParts && !inArticle) continue;
    if (block.kind === 'heading' || isBoldHeading(block)) {
      if (block.linkChars < block.text.length * MAX_HEADING_LINK_SHARE) headings.push(block);
      continue;
    }
    if (!PARAGRAPH_KINDS.has(block.kind)) continue;
    const density = linkDensity(block);
    if (inArticle) {
      if (block.kind === 'paragraph' && block.weightedLength >= MIN_OUTSIDE_PARAGRAPH && density < MAX_OUTSIDE_LINK_SHARE) paragraphs.push(block);
      continue;
    }
    if (density > MAX_LINK_SHARE && !isLinkedSentence(block)) continue;
    // A short line that is not a sentence is a label or a button; a short table row is data.
    if (block.weightedLength < MIN_LINE_LENGTH && !ENDS_LIKE_SENTENCE.test(block.text) && block.kind !== 'row') continue;
    paragraphs.push(block);
  }
  return { paragraphs: withoutDateLines(paragraphs), headings, root: article ?? top.element };
}

/**
 * The headings that head text of the article: the block after each (page furniture and captions passed over) is a
 * paragraph of the article or another such heading. "Read more", "Related posts" or "Sources" over a list of links
 * after the article, or a heading over a box of something else, head nothing of it.
 */
export function headingsOfArticle(blocks: readonly Block[], headings: readonly Block[], paragraphs: readonly Block[]): Block[] {
  const inArticle = new Set<Block>(paragraphs);
  const kept: Block[] = [];
  // From the last heading to the first, so that a heading over a heading knows whether that one stays.
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i];
    let next = heading.order + 1;
    while (next < blocks.length && (blocks[next].furniture || blocks[next].kind === 'caption')) next++;
    if (next < blocks.length && inArticle.has(blocks[next])) {
      kept.push(heading);
      inArticle.add(heading);
    }
  }
  return kept.reverse();
}

/**
 * The region with its lead: the paragraphs of running text between the page's headline and the body container,
 * which sites set apart from the body (a standfirst, a "chapo", a perex in a box of its own, before the picture).
 */
export function withLead(blocks: readonly Block[], region: ArticleRegion, title: string, headline: Element | null): ArticleRegion {
  const first = region.paragraphs[0];
  if (!first || !title) return region;
  // The headline: the title's element, or a heading that says the title (sites repeat it in a breadcrumb).
  const titleKey = fold(title);
  let start = first.order - 1;
  for (; start >= 0 && first.order - start <= MAX_LEAD_DISTANCE; start--) {
    const block = blocks[start];
    if (block.element === headline || headline?.contains(block.element)) break;
    if (block.kind === 'heading' && !block.furniture && fold(block.text) === titleKey) break;
  }
  if (start < 0 || first.order - start > MAX_LEAD_DISTANCE) return region;
  // The texts already in the article, read only when a block may join the lead (a Set of them hashes all the text).
  let seen: Set<string> | null = null;
  const lead: Block[] = [];
  const headlineBlock = blocks[start];
  for (const block of blocks.slice(start + 1, first.order)) {
    if (block.furniture && !isLeadDespiteNames(block.element, headlineBlock.element)) continue;
    // Another heading opens sections of something else (the features of a product, a table of contents).
    if (block.kind === 'heading' && fold(block.text) !== titleKey) break;
    if (!PARAGRAPH_KINDS.has(block.kind) || block.weightedLength < MIN_LEAD_LENGTH || linkDensity(block) >= MAX_LEAD_LINK_SHARE) continue;
    seen ??= new Set(region.paragraphs.map((p) => p.text));
    if (seen.has(block.text) || isDateLine(block) || isBesideImage(block)) continue;
    seen.add(block.text);
    lead.push(block);
  }
  return lead.length ? { paragraphs: [...lead, ...region.paragraphs], headings: region.headings, root: region.root } : region;
}

/**
 * Text between the headline and the body that furniture holds only by a name of the lead ("teaser-text", "article-
 * teaser": the German word for it) or by the <header> that holds the headline too.
 */
function isLeadDespiteNames(element: Element, headline: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const kind = furnitureKind(e);
    if (kind === 'certain' && !(e.localName === 'header' && e.contains(headline))) return false;
    if (kind === 'named' || (kind === 'likely' && !namesLead(e))) return false;
  }
  return true;
}

const IMAGE = 'img, picture, video, svg';
const SPACES = /\s+/g;
const visibleLength = (text: string) => text.replace(SPACES, '').length;

/** Text set with a picture in a box of its own, close above it: a caption however it is marked up. */
function isBesideImage(block: Block): boolean {
  const own = visibleLength(block.text);
  let box: Element | null = block.element;
  for (let level = 0; box && level < CAPTION_BOX_LEVELS; level++, box = box.parentElement) {
    if (visibleLength(box.textContent ?? '') > own * CAPTION_BOX_SLACK) return false;
    if (box.querySelector(IMAGE)) return true;
  }
  return false;
}
