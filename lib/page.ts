/**
 * The part of the analysis that reads the page (see the API at the top of ./analyze): `readPageSteps` reads the live
 * Document (never changing it) into blocks, the article region and metadata; `decideArticle`, given the language,
 * decides whether the page is an article and takes its outline from its headings; `textAnalysisRequest` is what the
 * text stages need of it; `assembleAnalysis` puts their result and the decision together. This module does not
 * import the text stages, so that the content script, which imports it, does not carry their code and models.
 */
import { walkBlockSteps, type Block, type WalkBudget, type WalkResult } from './article/blocks';
import { ArticleText } from './article/article-text';
import { withoutClosingLines, withoutPageLines } from './article/closing-lines';
import { findArticleRegion, headingsOfArticle, withLead, type ArticleRegion } from './article/extract';
import { looksLikeListing } from './article/listing';
import { chooseTitle, readMetadata, type PageMetadata } from './article/metadata';
import { blocksOfStory, candidateStories, chooseStory } from './article/story';
import { LANGUAGE_SAMPLE_CHARS, type PageLanguage } from './languages/types';
import { headingOutline, type Outline } from './outline';
import type { TextAnalysis, TextAnalysisRequest } from './text-analysis';
import { runSteps, type Steps } from './steps';
import type { Analysis } from './types';

/** Work limits: far beyond any news page (a long article has 50 000 characters, the longest encyclopedia pages
 *  400 000; a heavy page 20 000 elements), low enough that a hostile or broken page cannot hold the reader's main
 *  thread for long. Past them the result is marked partial. */
const DEFAULT_BUDGET: WalkBudget = { maxElements: 100_000, maxChars: 500_000 };

/** Thresholds for calling a page an article: enough running text (a short news item has about 400 characters);
 *  a sentence when the page says it is an article (a paywalled story shows its first one, a photo post a caption),
 *  more when its JSON-LD calls it a listing. */
const MIN_ARTICLE_CHARS = 400;
const MIN_DECLARED_ARTICLE_CHARS = 100;
const MIN_DECLARED_LISTING_ARTICLE_CHARS = 3 * MIN_ARTICLE_CHARS;

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

/** `readPage` as steps (see lib/steps.ts): a pause after the metadata (the byline is looked for over the whole
 *  document), the walk's pauses every forty elements, and one between each stage after it. */
export function* readPageSteps(doc: Document, budget: WalkBudget = DEFAULT_BUDGET, address = doc.URL ?? ''): Steps<PageReading> {
  const metadata = readMetadata(doc);
  yield;
  const root = doc.body ?? doc.documentElement;
  const walk: WalkResult = root ? yield* walkBlockSteps(root, budget) : { blocks: [], truncated: false };
  yield;
  const body = findArticleRegion(storyBlocks(walk.blocks, metadata, address));
  yield;
  const { title, heading } = chooseTitle(doc, metadata, body.root);
  const region = withLead(walk.blocks, body, title, heading);
  const article = new ArticleText(region.paragraphs);
  const text = article.text || walk.blocks.map((b) => b.text).join(' ');
  return { metadata, walk, region, article, title, heading, languageSample: `${title} ${text.slice(0, LANGUAGE_SAMPLE_CHARS)}` };
}

export function readPage(doc: Document, budget: WalkBudget = DEFAULT_BUDGET, address = doc.URL ?? ''): PageReading {
  return runSteps(readPageSteps(doc, budget, address));
}

/** The blocks of the story the page is about, when it holds several (see lib/article/story.ts). */
function storyBlocks(blocks: readonly Block[], metadata: PageMetadata, address: string): readonly Block[] {
  const stories = candidateStories(blocks);
  if (stories.length < 2) return blocks;
  const titles = [metadata.metaTitle, metadata.documentTitle].filter((t): t is string => !!t);
  return blocksOfStory(blocks, stories, chooseStory(stories, address, titles));
}

/**
 * The page says its text is an article: in its metadata (og:type, JSON-LD), or by holding all of the article's text
 * in the one `<article>` element it has, or in the one post its blog software marks (WordPress's `id="post-123"`,
 * the hAtom microformat's `hentry`). A listing has one of them per teaser.
 */
function declaresArticle(doc: Document, reading: PageReading): boolean {
  if (reading.metadata.declaredArticle) return true;
  const paragraphs = reading.region.paragraphs;
  const holdsText = (marked: Element[]) => marked.length === 1 && paragraphs.length > 0 && paragraphs.every((p) => marked[0].contains(p.element));
  const posts = Array.from(doc.querySelectorAll('[id^="post-"], .hentry')).filter((e) => /^post-\d+$/.test(e.id) || e.classList.contains('hentry'));
  return holdsText(Array.from(doc.getElementsByTagName('article'))) || holdsText(posts.filter((e) => !posts.some((o) => o !== e && o.contains(e))));
}

/** What is decided on the page itself, before the text stages: is it an article, and its outline from its headings. */
export interface ArticleDecision {
  isArticle: boolean;
  /** The analysis's fields that do not come from the text stages. */
  base: Pick<Analysis, 'isArticle' | 'title' | 'lang' | 'dir' | 'byline' | 'partial'>;
  /** The outline from the article's headings; empty when it has none (the text stages then infer one). */
  headings: Outline;
  /** The article's text as read, without the lines that close it in the page's language (credits, invitations). */
  article: ArticleText;
}

/** `force`: analyse the page as an article even when it does not look like one (the user asked to). */
export function decideArticle(doc: Document, reading: PageReading, language: PageLanguage, force = false): ArticleDecision {
  const { metadata, walk, title } = reading;
  const { table } = language;
  const pageLines = { creditLabels: table.creditLabels ?? [], interfaceLines: table.interfaceLines ?? [] };
  const blocks = withoutClosingLines(withoutPageLines(reading.region.paragraphs, pageLines), table.closingCues ?? []);
  const article = blocks === reading.region.paragraphs ? reading.article : new ArticleText(blocks);
  const chars = article.weightedLength();
  const isArticle =
    force ||
    !looksLikeListing({ blocks: walk.blocks, paragraphs: reading.region.paragraphs, title, declaredArticle: metadata.declaredArticle, headline: reading.heading }, table.listingCues ?? []) &&
    !(metadata.declaredListing && !metadata.declaredArticle && chars < MIN_DECLARED_LISTING_ARTICLE_CHARS) &&
    (chars >= MIN_ARTICLE_CHARS || (chars >= MIN_DECLARED_ARTICLE_CHARS && declaresArticle(doc, reading)));
  const base = { isArticle, title, lang: language.lang, dir: language.dir, byline: metadata.byline, partial: walk.truncated };
  const headings = isArticle
    ? headingOutline(headingsOfArticle(walk.blocks, reading.region.headings, blocks), article, title, reading.heading)
    : { entries: [], elements: [] };
  return { isArticle, base, headings, article };
}

/** What the text stages need of an article, as plain data: what the content script sends to the background. */
export function textAnalysisRequest(decision: ArticleDecision, lang: string): TextAnalysisRequest {
  const { text, paragraphs, codeSpans } = decision.article;
  const inferOutline = !decision.headings.entries.length;
  return { lang, text, paragraphs: paragraphs.map(({ start, end }) => ({ start, end })), codeSpans: [...codeSpans], inferOutline };
}

/** The analysis of a page: `base` with the text and what the text stages found. Its fields listed one by one: in
 *  code that runs once a page, which V8 leaves unoptimised, a spread of `base` with fields added cost microseconds. */
function analysisOf(base: ArticleDecision['base'], text: string, found: Pick<Analysis, 'outline' | 'quotes' | 'speakers' | 'summary'>): Analysis {
  const { isArticle, title, lang, dir, byline, partial } = base;
  const { outline, quotes, speakers, summary } = found;
  return { isArticle, title, lang, dir, byline, partial, text, outline, quotes, speakers, summary };
}

/** The whole analysis, from the decision and, for an article, what the text stages found (see lib/text-analysis);
 *  `found` is null for a page that is not an article: its text is still the page's main text, without the rest. */
export function assembleAnalysis(decision: ArticleDecision, found: TextAnalysis | null): PageAnalysis {
  const { base, headings, article } = decision;
  if (!found) {
    return { analysis: analysisOf(base, article.text, { outline: [], quotes: [], speakers: [], summary: [] }), article: null, sectionElements: [] };
  }
  const inferred = found.inferredOutline;
  const outline = headings.entries.length || !inferred
    ? headings
    : { entries: inferred.entries, elements: inferred.firstParagraphs.map((i) => article.paragraphs[i].block.element) };
  const { quotes, speakers, summary } = found;
  return { analysis: analysisOf(base, article.text, { outline: outline.entries, quotes, speakers, summary }), article, sectionElements: outline.elements };
}
