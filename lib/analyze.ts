/**
 * The engine's one entry: reads a live Document (never changing it) and returns what Glossa shows of the page:
 * is it an article; its title, byline, language and direction; its text, outline, quotations with their speakers,
 * and a summary. Runs the same in a page, in happy-dom and in Node (linkedom). Every language table is at hand
 * here; see ./page for the two steps it is made of.
 */
import { languageOf, type PageLanguage } from './languages';
import { completeAnalysis, decideArticle, readPage, type PageAnalysis, type PageReading } from './page';
import { analyzeText } from './text-analysis';
import type { WalkBudget } from './article/blocks';
import type { Analysis } from './types';

export type { Analysis, OutlineEntry, Quote, Speaker } from './types';
export { DEFAULT_BUDGET, type PageAnalysis } from './page';

export interface AnalyzeOptions {
  /** Work limits (see DEFAULT_BUDGET). */
  budget?: WalkBudget;
  /** Analyse the page as an article even when it does not look like one (the user asked to). */
  force?: boolean;
  /** The page's address, which names the story it is about among several (default: the document's URL). */
  address?: string;
}

export function analyzePage(doc: Document, { budget, force = false, address }: AnalyzeOptions = {}): PageAnalysis {
  const reading = readPage(doc, budget, address);
  return analyzeReading(doc, reading, languageOf(reading.languageSample, reading.metadata.markupLang), force);
}

/** The analysis of a page read by `readPage`, in its language, all in place (see `decideArticle`). */
function analyzeReading(doc: Document, reading: PageReading, language: PageLanguage, force: boolean): PageAnalysis {
  const decision = decideArticle(doc, reading, language, force);
  const found = decision.isArticle ? analyzeText(decision.article, language.table, !decision.headings.entries.length) : null;
  return completeAnalysis(decision, found);
}

/** The analysis as plain data (see `analyzePage` for the DOM mapping too). */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzePage(doc, options).analysis;
}
