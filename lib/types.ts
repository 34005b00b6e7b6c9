/**
 * The engine's output: plain, JSON-serialisable data. Offsets (`start`, `end`) are UTF-16 offsets into `text`,
 * the article text; `ArticleText.rangeOf` turns them into DOM ranges on the live page.
 */
import type { Direction } from './languages';

export interface OutlineEntry {
  level: number;
  text: string;
  /** True when the article had no headings and this section was inferred from its text. */
  inferred: boolean;
  /** Offset in `text` where the section's first paragraph starts. */
  start: number;
}

export interface Quote {
  /** The quotation without its marks. */
  text: string;
  /** The speaker's canonical name, or null when no speaker is in reach. */
  speaker: string | null;
  /** Index into `speakers`, or null. */
  speakerIndex: number | null;
  /** How likely it is that `speaker` said it, 0–1 (0 without a speaker). */
  confidence: number;
  /** A speaker is named, but with too little confidence to state it (see ATTRIBUTION in
   *  lib/quotes/attribution-model.ts): shown as "probably X". */
  doubtful: boolean;
  start: number;
  end: number;
  /** True when this quote continues the previous one into a new paragraph (opening mark repeated, no close). */
  continues: boolean;
}

export interface Speaker {
  name: string;
  /** Every other way the article refers to this person: surname, descriptor ("the mayor", "الرئيس الروسي"). */
  aliases: string[];
  quotes: number;
}

export interface Analysis {
  /** The page is an article or other running prose a reader may annotate (a blog post, a press release, a review, a
   *  recipe), not a home page, section front, search results, listing or form. */
  isArticle: boolean;
  title: string;
  lang: string;
  dir: Direction;
  byline: string | null;
  /** Article body: paragraphs separated by blank lines. The page's main text even when it is not an article (empty
   *  when it has none); the fields after it are filled only for an article. */
  text: string;
  outline: OutlineEntry[];
  quotes: Quote[];
  speakers: Speaker[];
  /** Lines of the article (whole sentences, or the leading clauses of a run-on one), in article order: about one
   *  in eight sentences, 2–6. */
  summary: string[];
  /** True when a work budget (nodes, characters) stopped the analysis early: the result covers part of the page. */
  partial: boolean;
}
