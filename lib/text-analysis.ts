/**
 * The stages that work on the article's text alone, with no DOM: quotations with their speakers, the voices of the
 * article (./voices), the summary, and the outline inferred from the text when the article has no headings of its own. They are most of the analysis's
 * work, so the extension runs them in its background, off the page's main thread (see lib/page for the rest).
 */
import type { ArticleBody } from './article/article-text';
import type { LanguageTable } from './languages';
import { inferredOutline, type InferredOutline } from './outline';
import { findQuotes } from './quotes';
import { summarize } from './summary';
import type { Span } from './text/tokens';
import type { Quote, Speaker } from './types';
import { articleVoices, type Voice } from './voices';

/** What the text stages are given: the article's text and its structure as plain data (the content script sends
 *  it to the background in a message). */
export interface TextAnalysisRequest {
  /** The language's tag, as `pageLanguage` told it. */
  lang: string;
  /** The article's paragraphs joined by blank lines, and where each starts and ends in it (see ArticleBody). */
  text: string;
  paragraphs: Span[];
  /** Where the page sets the text as code (see ArticleBody). */
  codeSpans: Span[];
  /** The article has no headings: infer its outline from the text. */
  inferOutline: boolean;
}

export interface TextAnalysis {
  /** Null when it was not asked for (the article has headings). */
  inferredOutline: InferredOutline | null;
  quotes: Quote[];
  speakers: Speaker[];
  voices: Voice[];
  summary: string[];
}

export function analyzeText(article: ArticleBody, table: LanguageTable, inferOutline: boolean): TextAnalysis {
  const { quotes, speakers } = findQuotes(article, table);
  return {
    inferredOutline: inferOutline ? inferredOutline(article, table) : null,
    quotes,
    speakers,
    voices: articleVoices({ text: article.text, quotes, speakers }, table),
    summary: summarize(article, table, speakers, quotes),
  };
}
