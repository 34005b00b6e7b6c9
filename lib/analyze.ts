/**
 * The engine's public API. It reads a live Document (never changing it) and returns what Glossa shows of the page:
 * is it an article; its title, byline, language and direction; its text, outline, quotations with their speakers,
 * and a summary. It runs the same in a page, in happy-dom and in Node (linkedom).
 *
 * All at once, with every language table at hand:
 * - `analyzePage(doc, options)` → `PageAnalysis`: the analysis as plain data (`.analysis`, an `Analysis`) with its
 *   map to the live DOM (`.article`, `.sectionElements`). Called by the command line, the evaluation, the golden
 *   outputs, the benchmark and the tests.
 *
 * In steps, for the extension, which runs the text stages in its background, off the page's main thread. The
 * in-page steps are imported from ./page, the text stages from ./text-analysis, not from here, so that the content
 * script does not carry the text stages' code and models:
 * - `readPageSteps(doc)` → `Steps<PageReading>` (./page): the blocks, the article region and the metadata, in
 *   steps the content script runs in idle periods; `readPage(doc)` runs them at once (model-fitting scripts).
 * - `decideArticle(doc, reading, language)` → `ArticleDecision` (./page): is it an article, its outline from its
 *   headings. The content script, given the language by the background.
 * - `textAnalysisRequest(decision, lang)` → `TextAnalysisRequest` (./page): the article's text as plain data, the
 *   message the content script sends to the background.
 * - `analyzeText(article, table, inferOutline)` → `TextAnalysis` (./text-analysis): quotations and speakers,
 *   voices, summary, inferred outline. The background.
 * - `assembleAnalysis(decision, found)` → `PageAnalysis` (./page): the whole, back in the content script.
 *
 * The notes (./notes), the voices of an article (./voices) and the library of what was said (./library) are no part
 * of the analysis: the extension calls their modules directly (see the README's layout).
 */
import { languageOf } from './languages';
import { assembleAnalysis, decideArticle, readPage, type PageAnalysis } from './page';
import { analyzeText } from './text-analysis';
import type { WalkBudget } from './article/blocks';

export type { Analysis, OutlineEntry, Quote, Speaker } from './types';
export type { PageAnalysis } from './page';

export interface AnalyzeOptions {
  /** Work limits (default: DEFAULT_BUDGET in ./page). */
  budget?: WalkBudget;
  /** Analyse the page as an article even when it does not look like one (the user asked to). */
  force?: boolean;
  /** The page's address, which names the story it is about among several (default: the document's URL). */
  address?: string;
}

export function analyzePage(doc: Document, { budget, force = false, address }: AnalyzeOptions = {}): PageAnalysis {
  const reading = readPage(doc, budget, address);
  const language = languageOf(reading.languageSample, reading.metadata.markupLang);
  const decision = decideArticle(doc, reading, language, force);
  const found = decision.isArticle ? analyzeText(decision.article, language.table, !decision.headings.entries.length) : null;
  return assembleAnalysis(decision, found);
}
