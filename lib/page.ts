/**
 * The engine in two steps, for callers that find the page's language table elsewhere (the content script asks the
 * background for it, so that the page carries only the table it needs): `readPage` reads the live Document
 * (never changing it) into blocks, the article region and metadata; `analyzeReading` then, given the language,
 * decides whether the page is an article and finds its outline, quotations with their speakers, and summary.
 * `analyzePage` in ./analyze does both with every table at hand.
 */
import { walkBlockSteps, type WalkBudget, type WalkResult } from './article/blocks';
import { ArticleText } from './article/article-text';
import { findArticleRegion, teaserShare, weightedLength, type ArticleRegion } from './article/extract';
import { chooseTitle, readMetadata, type PageMetadata } from './article/metadata';
import { LANGUAGE_SAMPLE_CHARS, type PageLanguage } from './languages/types';
import { headingOutline, inferredOutline } from './outline';
import { findQuotes } from './quotes';
import { summarize } from './summary';
import { fold } from './text/fold';
import { runSteps, type Steps } from './steps';
import type { Analysis } from './types';

/** Work limits: far beyond any news page (a long article has 50 000 characters, the longest encyclopedia pages 400 000; a heavy page 20 000 elements), low
 *  enough that a hostile or broken page cannot hold the reader's main thread for long. Past them the result is
 *  marked partial. */
export const DEFAULT_BUDGET: WalkBudget = { maxElements: 100_000, maxChars: 500_000 };

/** Thresholds for calling a page an article: enough running text (a short news item has about 400 characters). */
const MIN_ARTICLE_CHARS = 400;
const MIN_DECLARED_ARTICLE_CHARS = 200;

export interface PageAnalysis {
  analysis: Analysis;
  /** The article text mapped to the live DOM (for highlighting and scrolling), or null for a non-article. */
  article: ArticleText | null;
  /** For each outline entry, the element its section starts at (the heading, or the first paragraph). */
  sectionElements: Element[];
}

/** What `readPage` found, before the language is known. */
export interface PageReading {
  metadata: PageMetadata;
  walk: WalkResult;
  region: ArticleRegion;
  article: ArticleText;
  title: string;
  /** The heading element that holds the title, if any (it is not an outline entry). */
  heading: Element | null;
  /** The title and the start of the text, for telling the language. */
  languageSample: string;
}

/** `readPage` as steps (see lib/steps.ts): the walk pauses every few thousand elements. */
export function* readPageSteps(doc: Document, budget: WalkBudget = DEFAULT_BUDGET): Steps<PageReading> {
  const metadata = readMetadata(doc);
  const root = doc.body ?? doc.documentElement;
  const walk: WalkResult = root ? yield* walkBlockSteps(root, budget) : { blocks: [], truncated: false };
  yield;
  const region = findArticleRegion(walk.blocks);
  const article = new ArticleText(region.paragraphs);
  const { title, heading } = chooseTitle(doc, metadata, region.root);
  const text = article.text || walk.blocks.map((b) => b.text).join(' ');
  return { metadata, walk, region, article, title, heading, languageSample: `${title} ${text.slice(0, LANGUAGE_SAMPLE_CHARS)}` };
}

export function readPage(doc: Document, budget: WalkBudget = DEFAULT_BUDGET): PageReading {
  return runSteps(readPageSteps(doc, budget));
}

/**
 * A listing (home page, section front, search results): many linked headlines against little running text, or a
 * text made of the blurbs under linked headlines, or a title that says so ("Search results for …").
 */
function looksLikeListing(doc: Document, reading: PageReading, language: PageLanguage): boolean {
  const { walk, region, title, metadata } = reading;
  if (metadata.declaredArticle) return false;
  const chars = region.paragraphs.reduce((n, p) => n + weightedLength(p.text), 0);
  const linkedHeadlines = doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4').length;
  if (linkedHeadlines >= 8 && chars < linkedHeadlines * 120) return true;
  if (region.paragraphs.length >= 4 && teaserShare(walk.blocks, region.paragraphs) >= 0.5) return true;
  const folded = fold(title);
  return (language.table.listingCues ?? []).some((cue) => folded.includes(fold(cue)));
}

/**
 * The analysis of a page read by `readPage`, in its language, as steps: the generator pauses (yields) between
 * stages (see lib/steps.ts). `force`: analyse it as an article even when it does not look like one (the user asked to).
 */
export function* analysisSteps(doc: Document, reading: PageReading, language: PageLanguage, force = false): Steps<PageAnalysis> {
  const { metadata, walk, article, title } = reading;
  const { table } = language;
  const chars = weightedLength(article.text);
  const isArticle =
    force ||
    !looksLikeListing(doc, reading, language) &&
    !(metadata.declaredListing && !metadata.declaredArticle && chars < 3 * MIN_ARTICLE_CHARS) &&
    (chars >= MIN_ARTICLE_CHARS || (metadata.declaredArticle && chars >= MIN_DECLARED_ARTICLE_CHARS));

  const base = { isArticle, title, lang: language.lang, dir: language.dir, byline: metadata.byline, partial: walk.truncated };
  if (!isArticle) {
    return { analysis: { ...base, text: '', outline: [], quotes: [], speakers: [], summary: [] }, article: null, sectionElements: [] };
  }
  yield;
  const headings = headingOutline(reading.region.headings, article, title, reading.heading);
  const outline = headings.entries.length ? headings : inferredOutline(article, table);
  yield;
  const { quotes, speakers } = findQuotes(article, table);
  yield;
  const summary = summarize(article, table, speakers);
  return { analysis: { ...base, text: article.text, outline: outline.entries, quotes, speakers, summary }, article, sectionElements: outline.elements };
}

/** The analysis of a page read by `readPage`, in its language, at once (see `analysisSteps`). */
export function analyzeReading(doc: Document, reading: PageReading, language: PageLanguage, force = false): PageAnalysis {
  return runSteps(analysisSteps(doc, reading, language, force));
}
