/**
 * Words and sentences of a text, in the text's language: words by the rules of ./word-breaks where they cover the
 * text, else by Intl.Segmenter, which gives the same; sentences by Intl.Segmenter. Offsets are into the given text.
 */
import { fold } from './fold';
import { SegmentList } from './segment-list';
import { isWhiteSpace, isWhiteSpaceBetween } from './white-space';
import { lastSentenceBreak } from './sentence-ends';
import { segmentWords } from './word-breaks';

export interface Token {
  text: string;
  /** `fold(text)`: the form used for look-ups. */
  key: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation or space. */
  isWord: boolean;
  /** For a character cut out of a Chinese word (see splitHanWords): the whole word's key. Every token has the
   *  field, so that all share one shape in V8. */
  wordKey: string | undefined;
}

export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const id = `${lang}/${granularity}`;
  let found = segmenters.get(id);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity });
    segmenters.set(id, found);
  }
  return found;
}

/** Pieces of text are segmented in (see `segmentText`): words in pieces of about WORD_PIECE_CHARS, where V8's
 *  segmenter is fastest; no piece longer than MAX_PIECE_CHARS. */
const WORD_PIECE_CHARS = 500;
const MAX_PIECE_CHARS = 8000;

/** The list every segmenting fills (see `segmentText`), shared so that its arrays are made once, not per text. It
 *  makes this module, and so the engine, not re-entrant: each caller reads the list before it segments again. That
 *  is safe because the engine is synchronous, runs on one thread, and calls nothing that could segment meanwhile
 *  (a step of `readPageSteps` never segments). */
const segments = new SegmentList();

/**
 * Segments `text` into `segments`, in order from offset 0. V8's segmenter takes longer for each segment the longer
 * the string (a long article would take seconds at once), so texts are segmented piece by piece, cut where no
 * segment can cross (see `wordCut` and `sentenceCut`). Returns whether a piece had to be cut where there was no such
 * place (a hard cut, which may split a segment).
 */
function segmentText(text: string, lang: string, granularity: 'word' | 'sentence'): boolean {
  segments.clear();
  let hardCut = false;
  for (let from = 0; from < text.length; ) {
    let to = granularity === 'word' ? wordCut(text, from) : sentenceCut(text, from);
    if (to < 0) {
      hardCut = true;
      to = from + MAX_PIECE_CHARS;
    }
    if (granularity === 'sentence' || !segmentWords(text, from, to, segments)) {
      const piece = text.slice(from, to);
      // Segment by segment with `containing`, which V8 runs faster than the segments' iterator.
      const pieceSegments = segmenter(lang, granularity).segment(piece);
      for (let at = 0; at < piece.length; ) {
        const s = pieceSegments.containing(at)!;
        at = s.index + s.segment.length;
        segments.add(from + at, s.isWordLike === true);
      }
    }
    from = to;
  }
  return hardCut;
}

/** Characters the segmenter joins to a space before them (UAX #29: white space, marks, format characters). */
const JOINS_SPACE = /[\s\p{M}\p{Cf}\p{Emoji_Modifier}\uff9e\uff9f]/u;

/** The segmenter breaks words at `at` whatever comes before or after: after a line break, or after a lone space. */
function isNeutralWordBreak(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === '\n' || (before === ' ' && !JOINS_SPACE.test(text[at]));
}

/**
 * Where the piece of `text` from `from` ends for words: the text's end, else the last neutral break within
 * WORD_PIECE_CHARS, else the first one within MAX_PIECE_CHARS; -1 for none.
 */
function wordCut(text: string, from: number): number {
  if (text.length - from <= WORD_PIECE_CHARS) return text.length;
  for (let at = from + WORD_PIECE_CHARS; at > from; at--) if (isNeutralWordBreak(text, at)) return at;
  const last = Math.min(text.length, from + MAX_PIECE_CHARS);
  for (let at = from + WORD_PIECE_CHARS + 1; at < last; at++) if (isNeutralWordBreak(text, at)) return at;
  return last === text.length ? last : -1;
}

/** Where the piece of `text` from `from` ends for sentences: after a line break, else after a sentence's end. */
function sentenceCut(text: string, from: number): number {
  if (text.length - from <= MAX_PIECE_CHARS) return text.length;
  const window = text.slice(from, from + MAX_PIECE_CHARS);
  const cut = Math.max(window.lastIndexOf('\n'), lastSentenceBreak(window)?.at ?? -1);
  // Never at 0: no progress.
  return cut > 0 ? from + cut + 1 : -1;
}

function tokenizeText(text: string, lang: string): { tokens: Token[]; hardCut: boolean } {
  const hardCut = segmentText(text, lang, 'word');
  const tokens: Token[] = [];
  const { ends, words, count } = segments;
  for (let k = 0, start = 0; k < count; start = ends[k++]) {
    const end = ends[k];
    const isWord = words[k] === 1;
    if (!isWord && isWhiteSpaceBetween(text, start, end)) continue;
    // The segmenter calls a run of punctuation one segment per character: keep them as given.
    const segment = text.slice(start, end);
    tokens.push({ text: segment, key: fold(segment), start, end, isWord, wordKey: undefined });
  }
  return { tokens, hardCut };
}

/** Words and punctuation of `text` (white space left out), each with its folded look-up key. */
export function tokenize(text: string, lang: string): Token[] {
  return tokenizeText(text, lang).tokens;
}

/**
 * Characters beside which the segmenter's word boundaries depend on nothing beyond them. Its rules (Unicode UAX #29)
 * look past a neighbouring character only through letters, digits, marks, format characters and word-internal
 * punctuation (. : , ; ' " ‘ ’ ״ _ and the narrow no-break space, and the full-width ，：；．): white space other
 * than those, and quotation marks and CJK punctuation of the word break class Other, stop them (the segmenter
 * cuts Chinese by dictionary within runs of Chinese characters, which such punctuation ends).
 */
const ISOLATING = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u205f\u3000“”«»„‹›「」『』。、！？（）《》【】\uff01\uff08\uff09\uff1f]/u;

/**
 * Characters the segmenter's rules never look through to decide a boundary beyond them: its rules look two
 * characters away only through letters, digits, marks and format characters (and pairs of regional indicators,
 * which are beyond the Basic Multilingual Plane). Punctuation, symbols and spaces are opaque.
 */
const OPAQUE = /[^\p{L}\p{N}\p{M}\p{Cf}\ud800-\udfff]/u;

/** Segmenting on either side of `at` alone cuts the same segments as segmenting across it: a text's end, or an
 *  isolating character just before or after it, or an opaque one on the side of `outside` (the character at `at`
 *  for a part ending there, the one before `at` for a part starting there). */
function isolatesSegments(text: string, at: number, outside: number): boolean {
  return at <= 0 || at >= text.length || ISOLATING.test(text[at - 1]) || ISOLATING.test(text[at]) || OPAQUE.test(text[outside]);
}

/**
 * A text segmented into tokens once, so that the words of its parts (paragraphs, sentences, quotations) can be
 * taken from its tokens instead of segmenting each part again: segmenting is the costliest step of the analysis.
 */
export class SegmentedText {
  readonly tokens: readonly Token[];
  /** No piece of the text was cut where a segment could cross (see `segmentText`). */
  private readonly cutCleanly: boolean;

  constructor(
    readonly text: string,
    readonly lang: string,
  ) {
    const { tokens, hardCut } = tokenizeText(text, lang);
    this.tokens = tokens;
    this.cutCleanly = !hardCut;
  }

  /**
   * The tokens of `text.slice(start, end)`, as `tokenize` gives them but with offsets into `text`: the whole text's
   * tokens there when the part starts and ends at token boundaries beside isolating characters (then segmenting
   * the part alone cuts it the same), else the part's own.
   */
  tokensBetween(start: number, end: number): Token[] {
    const range = this.tokenRange(start, end);
    if (range) return this.tokens.slice(range.first, range.last);
    return tokenize(this.text.slice(start, end), this.lang).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  }

  /** The whole text's tokens [first, last) that `text.slice(start, end)` segmented alone is cut into, or null when
   *  it may be cut otherwise (it does not start and end at token boundaries that isolate segments). */
  tokenRange(start: number, end: number): { first: number; last: number } | null {
    const first = tokenAt(this.tokens, start);
    const last = tokenAt(this.tokens, end);
    const sameAsAlone =
      this.cutCleanly &&
      first < this.tokens.length && this.tokens[first].start === start &&
      last > first && this.tokens[last - 1].end === end &&
      isolatesSegments(this.text, start, start - 1) && isolatesSegments(this.text, end, end);
    return sameAsAlone ? { first, last } : null;
  }

  /** The folded words of `text.slice(start, end)`, as `wordKeys` gives them. */
  wordKeysBetween(start: number, end: number): string[] {
    const out: string[] = [];
    for (const t of this.tokensBetween(start, end)) if (t.isWord) out.push(t.key);
    return out;
  }
}

/** Token index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * The same tokens with every Chinese word cut into its characters: the segmenter's words do not always respect a
 * name's bounds (陈立新 → 陈|立|新, or a verb glued to a name), so readers of names match characters instead.
 */
export function splitHanWords(tokens: readonly Token[], text: string): readonly Token[] {
  // Most texts have no Chinese character: their tokens are the same.
  if (!HAN_CHAR.test(text)) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    if (!HAN_WORD.test(t.text)) {
      out.push(t);
      continue;
    }
    let offset = t.start;
    for (const char of t.text) {
      out.push({ text: char, key: fold(char), start: offset, end: offset + char.length, isWord: true, wordKey: t.key });
      offset += char.length;
    }
  }
  return out;
}

/** Token `i` starts a word of the segmenter's: it is no character after the first of a Chinese word
 *  `splitHanWords` cut up. */
export function startsWord(tokens: readonly Token[], i: number): boolean {
  const [t, before] = [tokens[i], tokens[i - 1]];
  return !t.wordKey || !before || before.wordKey !== t.wordKey || before.end !== t.start;
}

const ONE_HAN_CHAR = /^\p{Script=Han}$/u;

/** Token `i` starts a word as a reach in words counts them: a word of the segmenter's, but not a Chinese character
 *  the segmenter left alone right after another, as it cuts a word it does not know (often a name: 郑|立|新). */
export function startsCountedWord(tokens: readonly Token[], i: number): boolean {
  const [t, before] = [tokens[i], tokens[i - 1]];
  const lone = (token: Token) => !token.wordKey && ONE_HAN_CHAR.test(token.text);
  return startsWord(tokens, i) && !(before && before.end === t.start && lone(t) && lone(before));
}

/** Two words run together across a full stop with no space after it ("sagte Merkel.Als …"), which the segmenter
 *  keeps as one word: two letters or more before the stop, a capitalised word after it. */
const RUN_ON_SENTENCE = /^(\p{L}{2,})\.(\p{Lu}\p{Ll}\p{L}*)$/u;

/** The same tokens with every word run on across a sentence's end cut in three: word, stop, word. */
export function splitRunOnSentences(tokens: readonly Token[]): readonly Token[] {
  // Most texts have no such word: their tokens are the same, not copied.
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const parts = t.isWord && t.text.includes('.') ? RUN_ON_SENTENCE.exec(t.text) : null;
    if (!parts) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const [, left, right] = parts;
    const stop = t.start + left.length;
    out.push(
      { text: left, key: fold(left), start: t.start, end: stop, isWord: true, wordKey: undefined },
      { text: '.', key: '.', start: stop, end: stop + 1, isWord: false, wordKey: undefined },
      { text: right, key: fold(right), start: stop + 1, end: t.end, isWord: true, wordKey: undefined },
    );
  }
  return out ?? tokens;
}

/** Folded words of `text`, for term statistics. */
export function wordKeys(text: string, lang: string): string[] {
  segmentText(text, lang, 'word');
  const out: string[] = [];
  const { ends, words, count } = segments;
  for (let k = 0, start = 0; k < count; start = ends[k++]) if (words[k]) out.push(fold(text.slice(start, ends[k])));
  return out;
}

/** Sentence spans of `text`, trimmed of surrounding white space. */
export function sentenceSpans(text: string, lang: string): Span[] {
  segmentText(text, lang, 'sentence');
  const out: Span[] = [];
  const { ends, count } = segments;
  for (let k = 0, from = 0; k < count; from = ends[k++]) {
    let start = from;
    let end = ends[k];
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
