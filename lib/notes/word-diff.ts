/**
 * The difference between a passage as it was noted and as it is now, word by word: the words both have, the words
 * taken out and the words put in, in reading order. Words are the language's (Intl.Segmenter: Chinese and Japanese
 * have no spaces between theirs); white space is not compared.
 */

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /** The words, with the white space and punctuation between them, as the text they come from has them. */
  text: string;
}

/** Past this many words on either side, the passages are shown as wholly replaced (the comparison grows with the
 *  product of their lengths). */
const MAX_WORDS = 2000;

/** The passage's words, each with the white space after it (which is part of no word and compared with none). */
function tokens(text: string, lang?: string): string[] {
  const segments = Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text), (s) => s.segment);
  const words: string[] = [];
  for (const segment of segments) {
    if (/^\s+$/.test(segment) && words.length) words[words.length - 1] += segment;
    else words.push(segment);
  }
  return words;
}

const key = (token: string) => token.trimEnd();

/** The word-by-word difference between `before` and `after`. */
export function wordDiff(before: string, after: string, lang?: string): DiffPart[] {
  const a = tokens(before, lang);
  const b = tokens(after, lang);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return merged([...a.map(removed), ...b.map(added)]);
  // common[i][j]: the length of the longest common run of words of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = key(a[i]) === key(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]) === key(b[j])) {
      parts.push({ kind: 'same', text: b[j] });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || common[i][j + 1] >= common[i + 1][j])) {
      parts.push(added(b[j++]));
    } else {
      parts.push(removed(a[i++]));
    }
  }
  return merged(parts);
}

const removed = (text: string): DiffPart => ({ kind: 'removed', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });

/** Neighbouring parts of one kind as one part, and in each change (the parts between two runs of the same words)
 *  the words taken out before the words put in. */
function merged(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let change: { removed: string; added: string } = { removed: '', added: '' };
  const endChange = () => {
    if (change.removed) result.push(removed(change.removed));
    if (change.added) result.push(added(change.added));
    change = { removed: '', added: '' };
  };
  for (const part of parts) {
    if (part.kind !== 'same') {
      change[part.kind] += part.text;
      continue;
    }
    endChange();
    const last = result[result.length - 1];
    if (last?.kind === 'same') last.text += part.text;
    else result.push({ ...part });
  }
  endChange();
  return result;
}
