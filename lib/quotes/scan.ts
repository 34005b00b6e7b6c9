/**
 * Finds quotation spans by their marks, paragraph by paragraph. Knows every pair of every language table (pages
 * mix conventions), tells an opening mark from a closing one by what stands beside it, nests, and carries a
 * quotation over paragraphs where the opening mark is repeated and the closing one left out.
 */
import type { LanguageTable } from '../languages';

export interface QuoteSpan {
  /** Content offsets in the scanned text, marks excluded, white space trimmed. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** The quotation goes on into the next paragraph (no closing mark here, an opening mark there). */
  runsOn: boolean;
  /** This part goes on from the previous paragraph's quotation. */
  continues: boolean;
  /** The speaker's name labelling a turn of a quoted transcript ('"PENCE: Well, look…'), outside the content. */
  label?: string;
  /** An interview's answer, with no marks (see LanguageTable.interviewLabels): the interviewee's words. */
  answer?: boolean;
}

/** Conventions used on real pages whatever their language. ”…” is Swedish and Finnish, and the slip of many an
 *  English page whose opening mark was typed as a closing one; pages mix straight and curly double marks too
 *  ("…”, “…", “…“). */
const COMMON_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['„', '”'], ['„', '"'], ['”', '”'], ['"', '”'], ['“', '"'], ['“', '“'], ['‘', '’'], ['‚', '‘'],
  ['»', '«'], ['‹', '›'], ['›', '‹'], ['「', '」'], ['『', '』'],
];

interface MarkPairs {
  /** Closing marks allowed for each opening mark. */
  pairs: Map<string, Set<string>>;
  /** Finds any opening or closing mark, so that a scan jumps from mark to mark. */
  anyMark: RegExp;
  /** The language's clitics of one letter, written joined to the next word (LanguageTable.cliticPrefixes). */
  joinedLetters: ReadonlySet<string>;
  /** See LanguageTable.unrepeatedOpeningMark. */
  unrepeatedOpening: boolean;
  /** See LanguageTable.continuingMark. */
  continuing: string | undefined;
}

/** The marks of the article's language and the common ones, worked out once per table. */
const pairsByTable = new WeakMap<LanguageTable, MarkPairs>();
function markPairs(table: LanguageTable): MarkPairs {
  let known = pairsByTable.get(table);
  if (!known) {
    const pairs = new Map<string, Set<string>>();
    for (const [open, close] of [...table.quotePairs, ...COMMON_PAIRS]) {
      if (!pairs.has(open)) pairs.set(open, new Set());
      pairs.get(open)!.add(close);
    }
    const closers = [...pairs.values()].flatMap((s) => [...s]);
    const joinedLetters = new Set((table.cliticPrefixes ?? []).filter((c) => c.length === 1));
    known = { pairs, anyMark: markPattern([...pairs.keys(), ...closers]), joinedLetters, unrepeatedOpening: !!table.unrepeatedOpeningMark, continuing: table.continuingMark };
    pairsByTable.set(table, known);
  }
  return known;
}

/** A pattern finding any of the marks (single characters). */
function markPattern(marks: readonly string[]): RegExp {
  return new RegExp(`[${[...new Set(marks)].map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
}

const SPACE = /[\s\u00a0\u202f\u2009]/u;
const LETTER = /[\p{L}\p{N}]/u;
const HEBREW_LETTER = /\p{Script=Hebrew}/u;
const SINGLE = new Set(["'", '‘', '’', '‚']);
const TWO_DIGITS = /^\d\d$/u;
// Guillemets and CJK brackets are never apostrophes and may have a space inside (French « texte »).
const UNAMBIGUOUS = new Set(['«', '»', '‹', '›', '「', '」', '『', '』', '„', '״']);

/** An acronym's letters after its mark are one or two: צה"ל, ח"כ, בג"ץ. */
const MAX_ACRONYM_END_LETTERS = 2;

/**
 * The double mark at `i`, between Hebrew letters, is an acronym's (צה"ל, ד"ר), not a quotation mark opening a word
 * that a clitic of one letter is joined to (ל"הארץ", 'to "Haaretz"'): that clitic opens its word, and more letters
 * follow the mark than end an acronym.
 */
function acronymMark(text: string, i: number, joinedLetters: ReadonlySet<string>): boolean {
  if (!HEBREW_LETTER.test(text[i - 1] ?? '') || !HEBREW_LETTER.test(text[i + 1] ?? '')) return false;
  if (!joinedLetters.has(text[i - 1]) || LETTER.test(text[i - 2] ?? '')) return true;
  let letters = 0;
  while (LETTER.test(text[i + 1 + letters] ?? '')) letters++;
  return letters <= MAX_ACRONYM_END_LETTERS;
}

/** Where the paragraph's first mark closes the quotation opened with `carried` and left open in the paragraph
 *  before, standing against the words before it ('…приема по полгода», — подчеркнул министр'), in a language that
 *  opens such a quotation once (LanguageTable.unrepeatedOpeningMark); else -1. */
function carriedClosingAt(text: string, carried: string | null, marks: MarkPairs): number {
  if (!marks.unrepeatedOpening || !carried) return -1;
  marks.anyMark.lastIndex = 0;
  const i = marks.anyMark.exec(text)?.index ?? -1;
  return i > 0 && marks.pairs.get(carried)!.has(text[i]) && !SPACE.test(text[i - 1]) && !LETTER.test(text[i + 1] ?? ' ') ? i : -1;
}

/** A single closing mark after `from` that is not inside a word. */
function laterCloser(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    if ((text[j] === '’' || text[j] === "'") && !(LETTER.test(text[j - 1] ?? '') && LETTER.test(text[j + 1] ?? ''))) return true;
  }
  return false;
}

/** The mark at `i` is no quotation mark: an apostrophe inside a word (don't, l'homme, Jones’s), or for a century
 *  ("the '80s"), a possessive ("‘Jones’ lawyers don’t agree,’"), the marks of a Hebrew acronym (צה"ל, ארה״ב). */
function noQuotationMark(text: string, i: number, joinedLetters: ReadonlySet<string>): boolean {
  const mark = text[i];
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + 1 < text.length ? text[i + 1] : ' ';
  if ((mark === '"' || mark === '״') && acronymMark(text, i, joinedLetters)) return true;
  if (!SINGLE.has(mark)) return false;
  if (LETTER.test(before) && LETTER.test(after)) return true;
  // Not before two digits after another single mark: ''27 companies…'' is quoted.
  if (!SINGLE.has(before) && TWO_DIGITS.test(text.slice(i + 1, i + 3))) return true;
  // After an s, a single mark followed by a word is a possessive when another closing mark follows in the paragraph.
  return before === 's' && after === ' ' && LETTER.test(text[i + 2] ?? '') && laterCloser(text, i + 1);
}

/** Quotations nest two or three deep in real text; marks that would open a deeper one are not quotation marks
 *  (and a page of thousands of unclosed marks cannot make each closing mark search a deep stack). */
const MAX_NESTING = 8;

interface Open {
  mark: string;
  at: number;
}

/** A quotation closed one level inside another, and the mark that opened it. */
interface Inside {
  span: QuoteSpan;
  mark: string;
}

interface ScannedParagraph {
  spans: QuoteSpan[];
  /** The opening mark of the quotation left open at the paragraph's end, if any. */
  runsOnWith: string | null;
  /** The quotations closed inside the one left open, for when the next paragraph does not take it up. */
  insideOpen: Inside[];
}

/** The span of the quotation between paragraph offsets `start` and `end`, white space trimmed, at offset `base` of
 *  the scanned text; null when nothing but white space stands between the marks. */
function trimmedSpan(text: string, base: number, start: number, end: number, outerStart: number, outerEnd: number, runsOn: boolean): QuoteSpan | null {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end > start ? { start: base + start, end: base + end, outerStart: base + outerStart, outerEnd: base + outerEnd, runsOn, continues: false } : null;
}

/** Quotation spans of one paragraph. `carried` is the mark of a quotation running on from the paragraph before. */
function scanParagraph(text: string, base: number, carried: string | null, marks: MarkPairs): ScannedParagraph {
  const { pairs, anyMark, joinedLetters } = marks;
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  // Quotations closed one level inside the open outermost one, in case it is never closed.
  let inside: Inside[] = [];
  const carriedEnd = carriedClosingAt(text, carried, marks);
  let continues = carriedEnd >= 0;

  const span = (start: number, end: number, outerStart: number, outerEnd: number, runsOn: boolean) => trimmedSpan(text, base, start, end, outerStart, outerEnd, runsOn);
  const push = (start: number, end: number, outerStart: number, outerEnd: number, runsOn: boolean) => {
    const found = span(start, end, outerStart, outerEnd, runsOn);
    if (found) spans.push({ ...found, continues });
    continues = false;
    inside = [];
  };
  /** The quotation opened at `open` closes at `i`, inside the outermost one. */
  const closeInside = (open: Open, i: number) => {
    const found = span(open.at + 1, i, open.at, i + 1, false);
    if (found) inside.push({ span: found, mark: open.mark });
  };

  if (carriedEnd >= 0) push(0, carriedEnd, 0, carriedEnd + 1, false);
  anyMark.lastIndex = carriedEnd + 1;
  for (let found = anyMark.exec(text); found; found = anyMark.exec(text)) {
    const i = found.index;
    const mark = text[i];
    if (noQuotationMark(text, i, joinedLetters)) continue;
    const canOpen = pairs.has(mark);
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + 1 < text.length ? text[i + 1] : ' ';
    const single = SINGLE.has(mark);
    // '«…¶»…»': the mark opening the paragraph goes on with the quotation left open (LanguageTable.continuingMark).
    if (i === 0 && carried && mark === marks.continuing) {
      stack.push({ mark: carried, at: i });
      continues = true;
      continue;
    }
    const top = stack[stack.length - 1];
    // A closing mark stands against the words it closes; one after a space closes too when no word follows it
    // ("… the term 'outreach,' " he said), as it cannot open anything there.
    const closesTop = top && pairs.get(top.mark)!.has(mark) && (!SPACE.test(before) || UNAMBIGUOUS.has(mark) || !LETTER.test(after));
    // A mark that both closes the open quotation and could open another (» in « … » and » … «) closes it, unless
    // it stands before a word after a space, like an opening mark.
    if (closesTop && !(canOpen && mark !== top.mark && LETTER.test(after) && SPACE.test(before))) {
      stack.pop();
      if (!stack.length) push(top.at + 1, i, top.at, i + 1, false);
      else if (stack.length === 1) closeInside(top, i);
      continue;
    }
    // A closing mark of a quotation further down the stack closes it and any unclosed one inside, unless it could
    // open a quotation of its own there (”…” is a pair too).
    const deeper = stack.findIndex((o) => pairs.get(o.mark)!.has(mark));
    if (deeper >= 0 && !SPACE.test(before) && !(canOpen && LETTER.test(after))) {
      const outer = stack[0];
      if (deeper === 1) closeInside(stack[1], i);
      stack.length = deeper;
      if (!stack.length) push(outer.at + 1, i, outer.at, i + 1, false);
      continue;
    }
    // A mark opening the paragraph opens a quotation even before a space ("” … what I learned").
    if (canOpen && stack.length < MAX_NESTING && (!SPACE.test(after) || UNAMBIGUOUS.has(mark) || i === 0) && !(single && LETTER.test(before))) {
      stack.push({ mark, at: i });
      if (i === 0 && carried && mark === carried) continues = true;
    }
  }
  // An opening mark left open at the end runs on when the next paragraph opens with it again.
  if (stack.length) {
    const outer = stack[0];
    const insideOpen = inside;
    push(outer.at + 1, text.length, outer.at, text.length, true);
    return { spans, runsOnWith: outer.mark, insideOpen };
  }
  return { spans, runsOnWith: null, insideOpen: [] };
}

export interface ParagraphText {
  text: string;
  start: number;
}

/** Quotation spans of consecutive paragraphs, with the marks of the article's language and the common ones; a span
 *  left open is kept only when the next paragraph takes it up. */
export function scanQuotes(paragraphs: readonly ParagraphText[], table: LanguageTable): QuoteSpan[] {
  const marks = markPairs(table);
  const out: QuoteSpan[] = [];
  let carried: string | null = null;
  let insideOpen: Inside[] = [];
  /** The span left open is not taken up. Where the last quotation inside it opened with the same mark, one closing
   *  mark closed both ('“Why do they never ask, “Is it us?” she wrote'); otherwise the opening mark was a
   *  stray one, which must not take away the quotations inside it ('"The crowd waited outside, chanting “Open the doors!”'). */
  const dropOpen = (openedWith: string | null) => {
    const open = out.pop()!;
    const last = insideOpen[insideOpen.length - 1];
    if (last?.mark === openedWith) out.push({ ...open, end: last.span.end, outerEnd: last.span.outerEnd, runsOn: false });
    else out.push(...insideOpen.map((x) => x.span));
  };
  for (const p of paragraphs) {
    const scanned = scanParagraph(p.text, p.start, carried, marks);
    // The previous paragraph's open span stays only if this paragraph continues it.
    const last = out[out.length - 1];
    if (last?.runsOn && !(scanned.spans[0]?.continues)) dropOpen(carried);
    out.push(...scanned.spans);
    carried = scanned.runsOnWith;
    insideOpen = scanned.insideOpen;
  }
  if (out[out.length - 1]?.runsOn) dropOpen(carried);
  return out;
}

/** The label of `labels` opening the paragraph, followed by a space. */
function openingLabel(text: string, labels: readonly string[]): string | undefined {
  return labels.find((l) => text.startsWith(l) && SPACE.test(text[l.length] ?? ''));
}

/**
 * The answers of an interview written without quotation marks (see LanguageTable.interviewLabels): each paragraph
 * opening with an answer's label ("Respuesta. …", "R. …") once one has opened with a question's, without its label.
 * Quotations inside an answer are the interviewee's words already: the answer replaces them.
 */
export function withInterviewAnswers(spans: readonly QuoteSpan[], paragraphs: readonly ParagraphText[], table: LanguageTable): QuoteSpan[] {
  const labels = table.interviewLabels;
  if (!labels) return [...spans];
  const answers: QuoteSpan[] = [];
  let asked = false;
  for (const p of paragraphs) {
    asked ||= !!openingLabel(p.text, labels.question);
    const label = asked ? openingLabel(p.text, labels.answer) : undefined;
    const answer = label && trimmedSpan(p.text, p.start, label.length, p.text.length, 0, p.text.length, false);
    if (answer) answers.push({ ...answer, answer: true });
  }
  if (!answers.length) return [...spans];
  const outside = spans.filter((s) => !answers.some((a) => s.start >= a.outerStart && s.end <= a.outerEnd));
  return [...outside, ...answers].sort((a, b) => a.start - b.start);
}
