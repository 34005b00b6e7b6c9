/**
 * Telling a listing (home page, section front, search results) from an article: card after card of linked headline
 * and blurb, or a title that says so ("Search results for …").
 */
import { fold } from '../text/fold';
import type { Block } from './blocks';

/** The listing's rules, in one place. */
/** Linked headlines from which a page with little running text is a listing… */
const MIN_LINKED_HEADLINES = 8;
/** …"little" being less than this many characters of article text per linked headline. */
const CHARS_PER_LINKED_HEADLINE = 120;
/** Paragraphs from which the share of teasers is looked at (a short article may follow one linked headline). */
const MIN_PARAGRAPHS_FOR_TEASERS = 4;
/** Share of the article's paragraphs that are teasers from which the page is a listing. */
const LISTING_TEASER_SHARE = 0.5;
/** A heading is a linked headline when links hold this share of its text (a teaser's headline)… */
const HEADLINE_LINK_SHARE = 0.5;
/** …and a teaser's headline, right above its blurb, when they hold this share. */
const TEASER_HEADLINE_LINK_SHARE = 0.8;
/** Blocks after the page's headline within which its text starts, when the headline heads the text. */
const MAX_HEADLINE_TO_TEXT_BLOCKS = 8;

/** What the listing test reads of a page. */
export interface ListingEvidence {
  /** The page's blocks, in document order. */
  blocks: readonly Block[];
  /** The article's paragraphs as found. */
  paragraphs: readonly Block[];
  title: string;
  /** The page's metadata says it is an article (og:type, JSON-LD): then it is never a listing. */
  declaredArticle: boolean;
  /** The heading that holds the page's title, if any. */
  headline: Element | null;
}

/**
 * A listing: many linked headlines against little running text, or a text made of the blurbs under linked
 * headlines, or a title with one of the language's listing cues.
 */
export function looksLikeListing({ blocks, paragraphs, title, declaredArticle, headline }: ListingEvidence, listingCues: readonly string[]): boolean {
  if (declaredArticle) return false;
  const chars = paragraphs.reduce((n, p) => n + p.weightedLength, 0);
  const linkedHeadlines = linkedHeadlineCount(blocks);
  const manyHeadlines = linkedHeadlines >= MIN_LINKED_HEADLINES && chars < linkedHeadlines * CHARS_PER_LINKED_HEADLINE;
  if (manyHeadlines && !headlineHeadsText(blocks, paragraphs, headline)) return true;
  if (paragraphs.length >= MIN_PARAGRAPHS_FOR_TEASERS && teaserShare(blocks, paragraphs) >= LISTING_TEASER_SHARE) return true;
  const folded = fold(title);
  return listingCues.some((cue) => folded.includes(fold(cue)));
}

/** Headlines that are links (a teaser's headline) outside page furniture: a list of related stories or a sidebar of
 *  the most read beside an article does not make its page a listing. */
function linkedHeadlineCount(blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) if (block.kind === 'heading' && !block.furniture && block.linkChars >= block.text.length * HEADLINE_LINK_SHARE) count++;
  return count;
}

/**
 * The share of the article's paragraphs that are teasers: a paragraph right after a headline that is a link, as on
 * home pages, section fronts and search results.
 */
function teaserShare(blocks: readonly Block[], paragraphs: readonly Block[]): number {
  if (!paragraphs.length) return 0;
  const previous = new Map<Block, Block>();
  for (let i = 1; i < blocks.length; i++) previous.set(blocks[i], blocks[i - 1]);
  let teasers = 0;
  for (const p of paragraphs) {
    const before = previous.get(p);
    if (before?.kind === 'heading' && before.linkChars >= before.text.length * TEASER_HEADLINE_LINK_SHARE) teasers++;
  }
  return teasers / paragraphs.length;
}

/**
 * The page's headline stands right above its text: the article's first paragraph comes within a few blocks after it,
 * before any linked headline. The linked headlines of such a page are around its story, not the page itself (a
 * section front's heading is followed by its first teaser's linked headline).
 */
function headlineHeadsText(blocks: readonly Block[], paragraphs: readonly Block[], headline: Element | null): boolean {
  if (!headline || !paragraphs.length) return false;
  const start = blocks.findIndex((b) => b.element === headline || headline.contains(b.element));
  if (start < 0) return false;
  const first = paragraphs[0];
  for (let i = start + 1; i < blocks.length && i <= start + MAX_HEADLINE_TO_TEXT_BLOCKS; i++) {
    const block = blocks[i];
    if (block === first) return true;
    if (block.kind === 'heading' && block.linkChars >= block.text.length * HEADLINE_LINK_SHARE) return false;
  }
  return false;
}
