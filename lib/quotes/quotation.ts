/**
 * Quotation or not: a span between quotation marks may be speech, or a scare quote, a name or a title (of a prize,
 * an organisation, a product, a work: „Sacharow-Preis für geistige Freiheit“, "The Lord of the Rings"). A rule sets
 * the floor (three words, or a clause of saying right after); a logistic model over language-independent features
 * of the span and its surroundings, fitted on annotated articles by scripts/train-quotes.ts and shipped as data
 * (quotation-model.json), tells speech from names above it.
 */
import type { LanguageTable } from '../languages';
import { fold } from '../text/fold';
import { stopWordSet } from '../text/terms';
import { ENDS_WITH_STOP, STOP_TOKEN } from '../text/sentence-ends';
import { tokenAt, type Token } from '../text/tokens';
import { isWhiteSpaceBetween } from '../text/white-space';
import type { Lexicon } from './lexicon';
import { CAPITAL } from './mentions';
import type { QuoteSpan } from './scan';
import model from './quotation-model.json';

/** Fewer words than this is a scare quote or a quoted name ("so-called "reforms""), not a quotation. */
export const MIN_QUOTE_WORDS = 3;
/** Words around a quotation within which a verb of saying counts as its cue. */
const CUE_REACH = 10;
/** More words than this is no title, however it is capitalised. */
const MAX_TITLE_WORDS = 8;
/** Words before a quotation within which a naming cue may qualify it with words between ("the international motor
 *  show "…"", "بنظام تشغيل «…»"); right before it, a cue makes the span no quotation at all (see index.ts). */
const NAMING_REACH = 3;

/** Quoted words that are a title (of a book, film, operation) rather than speech: Every Main Word Capitalised. */
export function looksLikeTitle(text: string, table: LanguageTable, words: readonly string[]): boolean {
  // American style puts the sentence's comma or point inside the marks: "The Late Evening Show,", on
  // "State of the Union." (A sentence opening with a function word keeps its point: "We will Not Back Down.")
  const stop = stopWordSet(table);
  const opensWithName = !stop.has(fold(text.split(/\s+/, 1)[0]));
  const bare = text.replace(opensWithName ? /[,.]$/u : /,$/u, '');
  if (!table.casedNames || words.length > MAX_TITLE_WORDS || /[.!?,;:]$/u.test(bare)) return false;
  // One capitalised word among function words opens a sentence ("Don't you do it"); a title has two or more.
  const content = bare.split(/\s+/).filter((w) => !stop.has(fold(w)));
  return content.length > 1 && content.every((w) => CAPITAL.test(w));
}

export const QUOTATION_FEATURES = [
  'bias', 'words', 'title', 'saidRightAfter', 'ownEnd', 'commaEnd', 'punctuationAfter', 'wordAfter', 'colonBefore',
  'opensSentence', 'articleBefore', 'capitalisedBefore', 'capitalisedShare', 'stopShare', 'digit', 'firstLower',
  'cueBefore', 'cueAfter', 'quotedAgain', 'paragraphs', 'joined', 'namingCueNear', 'namingCueFirst',
  'capitalisedAdjective',
] as const;

const WEIGHTS = QUOTATION_FEATURES.map((name) => {
  const i = model.features.indexOf(name);
  return i < 0 ? 0 : model.weights[i];
});

/** The likelihood the model gives a span of being a quotation; it is one at `QUOTATION.minLikelihood` or above. */
export const QUOTATION = { minLikelihood: model.minLikelihood };

export function quotationLikelihood(features: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += WEIGHTS[i] * features[i];
  return 1 / (1 + Math.exp(-sum));
}

const COMMA_END = /[,،，、]$/u;
const PUNCTUATION_AFTER = /^[\s\u00a0]*([,.;:!?)،؛؟。，：；！？—–-]|$)/u;
const WORD_AFTER = /^[\s\u00a0]*[\p{L}\p{N}]/u;
const COLON_BEFORE = /[:：][\s\u00a0]*$/u;
/** Characters before an opening mark within which a colon introduces it. */
const COLON_REACH = 3;
const DIGIT = /\p{N}/u;
const LOWER_FIRST = /^[^\p{L}]*\p{Ll}/u;

/** What is read around a span to judge it: the article's text and words, and the cues of its language. */
export interface QuotationContext {
  text: string;
  tokens: readonly Token[];
  lexicon: Lexicon;
  /** A verb of saying or a source phrase starts at token `i`. */
  cueAt(i: number): boolean;
  /** A short clause with a verb of saying follows from token `i` ('"…," Ryan said'). */
  attributionFollows(i: number): boolean;
  /** How many spans of the article quote these same words. */
  timesQuoted(words: string): number;
}

/** Only marks, spaces and a short word (a conjunction) between two quotations: '"A" and "B"', '"A" و"B"'. */
export const CONNECTOR_GAP = /^[\s,،、，;؛:—–\-]*(\p{L}{1,3})?[\s,،、，;؛:—–\-]*$/u;

/**
 * The features of a span (of one quotation's parts), in the order of QUOTATION_FEATURES. `previous`: the quoted span
 * before it, if any, whatever became of it (not the quotation kept before it: the features then depend on no model's
 * choice, and the model is a pure function of its training data).
 */
export function quotationFeatures(parts: readonly QuoteSpan[], whole: string, words: readonly string[], c: QuotationContext, previous?: QuoteSpan): number[] {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const { text, tokens, lexicon } = c;
  const opening = tokenAt(tokens, first.outerStart);
  const closing = tokenAt(tokens, last.outerEnd);
  const before = tokens[opening - 1];
  const shown = whole.split(/\s+/).filter(Boolean);
  const paragraphStart = text.lastIndexOf('\n', first.outerStart - 1) + 1;
  const lead = text.slice(paragraphStart, first.outerStart);
  const after = text.slice(last.outerEnd, last.outerEnd + 4);
  const colonBefore = COLON_BEFORE.test(lead);
  const opensSentence = !lead.trim() || STOP_TOKEN.test(before?.text ?? '.');
  const saidRightAfter = (ENDS_WITH_STOP.test(whole) || COMMA_END.test(whole) || /^[\s\u00a0]*[,،、，—–]/u.test(after)) && c.attributionFollows(closing);
  return [
    1,
    Math.log1p(words.length) / 3,
    looksLikeTitle(whole, lexicon.table, words) ? 1 : 0,
    saidRightAfter ? 1 : 0,
    ENDS_WITH_STOP.test(whole) ? 1 : 0,
    COMMA_END.test(whole) ? 1 : 0,
    PUNCTUATION_AFTER.test(after) ? 1 : 0,
    WORD_AFTER.test(after) ? 1 : 0,
    colonBefore ? 1 : 0,
    opensSentence ? 1 : 0,
    before?.isWord && lexicon.isStopWord(before.key) ? 1 : 0,
    before?.isWord && !lexicon.isStopWord(before.key) && CAPITAL.test(before.text) ? 1 : 0,
    shown.length > 1 ? shown.slice(1).filter((w) => CAPITAL.test(w)).length / (shown.length - 1) : 0,
    words.length ? words.filter((w) => lexicon.isStopWord(w)).length / words.length : 0,
    DIGIT.test(whole) ? 1 : 0,
    LOWER_FIRST.test(whole) ? 1 : 0,
    cueWithin(opening - 1, -1, c) ? 1 : 0,
    cueWithin(closing, 1, c) ? 1 : 0,
    c.timesQuoted(whole) > 1 ? 1 : 0,
    parts.length > 1 ? 1 : 0,
    previous && previous.outerEnd <= first.outerStart && CONNECTOR_GAP.test(text.slice(previous.outerEnd, first.outerStart)) ? 1 : 0,
    namingCueNear(first, c) ? 1 : 0,
    opensWithNamingCue(first, c) ? 1 : 0,
    parts.some((part, k) => capitalisedAdjectiveWithin(part, c, k === 0 && !opensSentence && !colonBefore)) ? 1 : 0,
  ];
}

/**
 * Where every noun is capitalised but no adjective is (German), a capitalised word with an adjective's ending right
 * before another capitalised word: a name's ("Rat für Demokratische Reform", "der Oberste Rat"), where a spoken noun
 * phrase writes its adjectives in lower case ("Kluft zwischen Arm und Reich"). The span's first word counts only
 * where no sentence opens there (`fromFirstWord`): a sentence's first word is capitalised whatever it is.
 */
function capitalisedAdjectiveWithin(span: QuoteSpan, c: QuotationContext, fromFirstWord: boolean): boolean {
  const { tokens, text, lexicon } = c;
  if (!lexicon.capitalisesNouns) return false;
  const last = tokenAt(tokens, span.end);
  for (let i = tokenAt(tokens, span.start) + (fromFirstWord ? 0 : 1); i + 1 < last; i++) {
    const [word, next] = [tokens[i], tokens[i + 1]];
    if (!word.isWord || !next.isWord || !CAPITAL.test(word.text) || !CAPITAL.test(next.text)) continue;
    if (lexicon.mayBeAdjective(word.key) && isWhiteSpaceBetween(text, word.end, next.start)) return true;
  }
  return false;
}

/** A naming cue ends within NAMING_REACH words before the span's opening mark, in its clause, and no complementizer
 *  stands between them: "في مؤتمر صحفي إن «…»" ('at a press conference that "…"') reports speech, it names nothing. */
export function namingCueNear(span: QuoteSpan, c: QuotationContext): boolean {
  for (let i = tokenAt(c.tokens, span.outerStart) - 1, words = 0; i >= 0 && words < NAMING_REACH; i--) {
    const t = c.tokens[i];
    if (!t.isWord) {
      if (/[.!?;:,،؛؟。，]/u.test(t.text)) return false;
      continue;
    }
    words++;
    if (c.lexicon.namingCueEndsAt(c.tokens, i + 1, c.text)) return true;
    if (c.lexicon.isComplementizer(t.key)) return false;
  }
  return false;
}

/** A verb of saying within CUE_REACH words from token `from` in direction `step`, in the same sentence. */
function cueWithin(from: number, step: 1 | -1, c: QuotationContext): boolean {
  let words = 0;
  for (let i = from; i >= 0 && i < c.tokens.length && words < CUE_REACH; i += step) {
    const t = c.tokens[i];
    if (!t.isWord) {
      if (STOP_TOKEN.test(t.text) || c.text.slice(t.start, t.end).includes('\n')) return false;
      continue;
    }
    if (step < 0 && i + 1 < c.tokens.length && c.text.slice(t.end, c.tokens[i + 1].start).includes('\n')) return false;
    words++;
    if (c.cueAt(i)) return true;
  }
  return false;
}

/** The span's first word is a naming cue: «برنامج دعم المشروعات», „Aktion saubere Stadt“. Not one found only past a
 *  joined clitic: "מספר החולים" ('the number of patients') opens with "ספר" ('book') after "מ" ('from'). */
export function opensWithNamingCue(span: QuoteSpan, c: QuotationContext): boolean {
  const cue = c.lexicon.match(c.tokens, tokenAt(c.tokens, span.start), c.lexicon.namingCues, c.text);
  return !!cue && !cue.withClitic;
}

/** Without capitals, where the model cannot read a name: a short span with no sentence's end, named by a cue beside
 *  it or opening it, is a name («برنامج دعم المشروعات الصغيرة», 'the "small business support programme"'); not one a
 *  verb of saying and a colon introduce, whatever its first word ('گفت: «طرح مترو تا پایان سال تمام می‌شود»'). */
export function namedByCue(span: QuoteSpan, whole: string, words: readonly string[], c: QuotationContext): boolean {
  if (words.length > MAX_TITLE_WORDS || ENDS_WITH_STOP.test(whole) || introducedAsSpeech(span, c)) return false;
  return namingCueNear(span, c) || opensWithNamingCue(span, c);
}

/** A colon right before the span's opening mark, after a verb of saying in its sentence: 'said: "…"'. */
function introducedAsSpeech(span: QuoteSpan, c: QuotationContext): boolean {
  const colonBefore = COLON_BEFORE.test(c.text.slice(Math.max(0, span.outerStart - COLON_REACH), span.outerStart));
  return colonBefore && cueWithin(tokenAt(c.tokens, span.outerStart) - 2, -1, c);
}
