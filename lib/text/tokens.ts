/** Words and sentences of a text, in the text's language, by Intl.Segmenter. Offsets are into the given text. */
import { fold } from './fold';

export interface Token {
  text: string;
  /** `fold(text)`: the form used for look-ups. */
  key: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation or space. */
  isWord: boolean;
  /** For a character cut out of a Chinese word (see splitHanWords): the whole word's key. */
  wordKey?: string;
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

/**
 * Segments of `text`, with indices into `text`. V8's segmenter slows down sharply on long strings (80 000
 * characters take seconds), so long texts are segmented piece by piece, cut where no segment can cross: at white
 * space for words; at a line break, else after a sentence's end, for sentences.
 */
function* segments(text: string, lang: string, granularity: 'word' | 'sentence'): Generator<Intl.SegmentData> {
  const seg = segmenter(lang, granularity);
  for (let from = 0; from < text.length; ) {
    const to = cutPoint(text, from, granularity);
    for (const piece of seg.segment(text.slice(from, to))) yield { ...piece, index: piece.index + from, input: text };
    from = to;
  }
}

const CHUNK_CHARS = 8000;

function cutPoint(text: string, from: number, granularity: 'word' | 'sentence'): number {
  if (text.length - from <= CHUNK_CHARS) return text.length;
  const window = text.slice(from, from + CHUNK_CHARS);
  const cut =
    granularity === 'word'
      ? Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'))
      : Math.max(window.lastIndexOf('\n'), ...['. ', '! ', '? ', '。', '؟ '].map((p) => window.lastIndexOf(p)));
  // A run with no break point at all is cut where the window ends (never at 0: no progress).
  return cut > 0 ? from + cut + 1 : from + CHUNK_CHARS;
}

/** Words and punctuation of `text` (white space left out), each with its folded look-up key. */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const piece of segments(text, lang, 'word')) {
    if (/^\s+$/u.test(piece.segment)) continue;
    const end = piece.index + piece.segment.length;
    // The segmenter calls a run of punctuation one segment per character: keep them as given.
    out.push({ text: piece.segment, key: fold(piece.segment), start: piece.index, end, isWord: piece.isWordLike === true });
  }
  return out;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The same tokens with every Chinese word cut into its characters: the segmenter's words do not always respect a
 * name's bounds (陈立新 → 陈|立|新, or a verb glued to a name), so readers of names match characters instead.
 */
export function splitHanWords(tokens: readonly Token[]): Token[] {
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

/** Folded words of `text`, for term statistics. */
export function wordKeys(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const piece of segments(text, lang, 'word')) if (piece.isWordLike) out.push(fold(piece.segment));
  return out;
}

/** Sentence spans of `text`, trimmed of surrounding white space. */
export function sentenceSpans(text: string, lang: string): Span[] {
  const out: Span[] = [];
  for (const piece of segments(text, lang, 'sentence')) {
    let start = piece.index;
    let end = start + piece.segment.length;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
