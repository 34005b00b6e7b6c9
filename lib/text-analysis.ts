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
import type { Quote, Speaker } from './types';
import { articleVoices, type Voice } from './voices';

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
