/**
 * The engine's one entry: reads a live Document (never changing it) and returns what Glossa shows of the page:
 * is it an article; its title, byline, language and direction; its text, outline, quotations with their speakers,
 * and a summary. Runs the same in a page, in happy-dom and in Node (linkedom).
 */
import { walkBlocks, type WalkBudget, type WalkResult } from './article/blocks';
import { ArticleText } from './article/article-text';
import { findArticleRegion, teaserShare, weightedLength, type ArticleRegion } from './article/extract';
import { fold } from './text/fold';
import type { LanguageTable } from './languages';
import { chooseTitle, readMetadata } from './article/metadata';
import { detectLanguage } from './languages/detect';
import { directionOf, languageTable } from './languages';
import { headingOutline, inferredOutline } from './outline';
import { findQuotes } from './quotes';
import { summarize } from './summary';
import { english } from './languages/en';
import type { Analysis } from './types';

export type { Analysis, OutlineEntry, Quote, Speaker } from './types';

export const DEFAULT_BUDGET: WalkBudget = { maxElements: 300_000, maxChars: 3_000_000 };

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

/**
 * A listing (home page, section front, search results): many linked headlines against little running text, or a
 * text made of the blurbs under linked headlines, or a title that says so ("Search results for …").
 */
function looksLikeListing(doc: Document, walk: WalkResult, region: ArticleRegion, title: string, table: LanguageTable, declaredArticle: boolean): boolean {
  if (declaredArticle) return false;
  const chars = region.paragraphs.reduce((n, p) => n + weightedLength(p.text), 0);
  const linkedHeadlines = doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4').length;
  if (linkedHeadlines >= 8 && chars < linkedHeadlines * 120) return true;
  if (region.paragraphs.length >= 4 && teaserShare(walk.blocks, region.paragraphs) >= 0.5) return true;
  const folded = fold(title);
  return (table.listingCues ?? []).some((cue) => folded.includes(fold(cue)));
}

export interface AnalyzeOptions {
  /** Work limits (see DEFAULT_BUDGET). */
  budget?: WalkBudget;
  /** Analyse the page as an article even when it does not look like one (the user asked to). */
  force?: boolean;
}

export function analyzePage(doc: Document, { budget = DEFAULT_BUDGET, force = false }: AnalyzeOptions = {}): PageAnalysis {
  const metadata = readMetadata(doc);
  const root = doc.body ?? doc.documentElement;
  const walk: WalkResult = root ? walkBlocks(root, budget) : { blocks: [], truncated: false };
  const region = findArticleRegion(walk.blocks);
  const article = new ArticleText(region.paragraphs);
  const { title, heading } = chooseTitle(doc, metadata, region.root);

  const sample = article.text || walk.blocks.map((b) => b.text).join(' ');
  const lang = detectLanguage(`${title} ${sample}`, metadata.markupLang);
  const table = languageTable(lang) ?? english;

  const chars = weightedLength(article.text);
  const isArticle =
    force ||
    !looksLikeListing(doc, walk, region, title, table, metadata.declaredArticle) &&
    !(metadata.declaredListing && !metadata.declaredArticle && chars < 3 * MIN_ARTICLE_CHARS) &&
    (chars >= MIN_ARTICLE_CHARS || (metadata.declaredArticle && chars >= MIN_DECLARED_ARTICLE_CHARS));

  const base = { isArticle, title, lang, dir: directionOf(lang), byline: metadata.byline, partial: walk.truncated };
  if (!isArticle) {
    return { analysis: { ...base, text: '', outline: [], quotes: [], speakers: [], summary: [] }, article: null, sectionElements: [] };
  }
  const headings = headingOutline(region.headings, article, title, heading);
  const outline = headings.entries.length ? headings : inferredOutline(article, table);
  const { quotes, speakers } = findQuotes(article, table);
  const summary = summarize(article, table, speakers);
  return { analysis: { ...base, text: article.text, outline: outline.entries, quotes, speakers, summary }, article, sectionElements: outline.elements };
}

/** The analysis as plain data (see `analyzePage` for the DOM mapping too). */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzePage(doc, options).analysis;
}
