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

/** Words and punctuation of `text` (white space left out), each with its folded look-up key. */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const piece of segmenter(lang, 'word').segment(text)) {
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
  for (const piece of segmenter(lang, 'word').segment(text)) if (piece.isWordLike) out.push(fold(piece.segment));
  return out;
}

/** Sentence spans of `text`, trimmed of surrounding white space. */
export function sentenceSpans(text: string, lang: string): Span[] {
  const out: Span[] = [];
  for (const piece of segmenter(lang, 'sentence').segment(text)) {
    let start = piece.index;
    let end = start + piece.segment.length;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
