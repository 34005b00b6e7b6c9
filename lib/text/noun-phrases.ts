/**
 * Where noun phrases may begin and end in running text, told from the language table's function words and noun
 * phrase cues (`NounPhraseCues`) without a dictionary: the outline labels its inferred sections with such phrases.
 * Each token gets a role: a break (punctuation, a function word that is no part of a noun phrase, a verb form the
 * language marks), an inner function word ("of", "في"), or a word, which may or may not begin or end a phrase.
 */
import type { LanguageTable, NounPhraseCues } from '../languages';
import { fold } from './fold';
import { termRules, type TermRules } from './terms';
import type { Token } from './tokens';

/** A joiner is a hyphen or apostrophe inside a word ("Israeli-Palestinian"): no word of the phrase. */
export type PhraseRole = 'joiner' | 'break' | 'inner' | 'word';

export interface PhraseToken {
  role: PhraseRole;
  /** A phrase may run on from the token before into this one: not across a line break, nor, where the definite
   *  article is joined to its word, from a definite word into an indefinite one ("الطاقة مفيدة", 'the energy is
   *  useful': a predicate, where an adjective would be definite too). */
  continues: boolean;
  /** Where a phrase beginning at this word begins (after a clitic cut from it), or -1 when none can. */
  startAt: number;
  /** A phrase may end with this word. */
  canEnd: boolean;
}

/** Cues for a language without any: every function word breaks a phrase, and a phrase begins where a clause does. */
const NO_CUES: NounPhraseCues = { openers: [], inner: [], phraseAtClauseStart: true };
const NUMBER = /^\p{N}[\p{N}.,]*$/u;
const CAPITAL = /^\p{Lu}/u;
const HAN = /\p{Script=Han}/u;
/** Characters that join two words into one without space: "Israeli-Palestinian", "U.S.-led", "l’accord". */
const WORD_JOINER = /^[-‐‑'’.·]$/u;

/** A language's cues, folded, and its verb forms, worked out once per table. */
interface PreparedCues {
  cues: NounPhraseCues;
  openers: ReadonlySet<string>;
  inner: ReadonlySet<string>;
  outsideWords: ReadonlySet<string>;
  /** Words a phrase neither begins nor ends with: the table's name breakers, days and other circumstances
   *  ("Monday", "يوم"), which end a name and would leave a label on a date. */
  edgeless: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  leadingClitics: readonly string[];
  prepositionClitics: readonly string[];
  attributeEndings: readonly string[];
}

const prepared = new WeakMap<LanguageTable, PreparedCues>();
function prepare(table: LanguageTable): PreparedCues {
  let found = prepared.get(table);
  if (!found) {
    const cues = table.nounPhrases ?? NO_CUES;
    const foldAll = (words: readonly string[] = []) => words.map(fold);
    // Verbs of saying are verbs wherever they stand ("said", "قال", "erklärte").
    const outside = [...table.speechVerbs, ...table.continuationVerbs, ...(table.participles ?? []), ...(cues.outsideWords ?? [])];
    found = {
      cues,
      openers: new Set(foldAll(cues.openers)),
      inner: new Set(foldAll(cues.inner)),
      outsideWords: new Set(outside.filter((v) => !/\s/.test(v)).map(fold)),
      edgeless: new Set(foldAll(table.nameBreakers)),
      articles: new Set(foldAll(table.articles)),
      leadingClitics: foldAll(cues.leadingClitics).sort((a, b) => b.length - a.length),
      prepositionClitics: foldAll(cues.prepositionClitics),
      attributeEndings: foldAll(cues.attributeEndings),
    };
    prepared.set(table, found);
  }
  return found;
}

/** What a whole article tells about its words: which it writes right after an article ("the hearing"), and how
 *  often it writes each (for telling a clitic from a word's first letter: "وروسيا" is و + روسيا where "روسيا" is
 *  in the text too, and a name such as "بوتين" comes back, where an adverb such as "لسنوات" does not). */
export interface WordEvidence {
  afterArticle: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
}

export function wordEvidence(tokens: readonly Token[], table: LanguageTable): WordEvidence {
  const articles = new Set((table.articles ?? []).map(fold));
  const afterArticle = new Set<string>();
  const counts = new Map<string, number>();
  let previous = '';
  for (const t of tokens) {
    if (!t.isWord) continue;
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
    if (articles.has(previous)) afterArticle.add(t.key);
    previous = t.key;
  }
  return { afterArticle, counts };
}

/** The clitic of `clitics` joined to the front of a word with at least two letters after it, or ''. */
function cliticOf(key: string, clitics: readonly string[]): string {
  return clitics.find((c) => key.startsWith(c) && key.length - c.length >= 2) ?? '';
}

/** Whether a word with a definite article joined to it (after any clitic: "التعاون", "بالتعاون", "للطاقة"). */
function isDefinite(key: string, clitic: string, article: string | undefined): boolean {
  if (!article) return false;
  const rest = key.slice(clitic.length);
  // "ل" + "ال" is written "لل": the clitic that is the article's last letter takes the place of its first.
  return (rest.startsWith(article) && rest.length > article.length + 1) || (clitic !== '' && clitic === article.slice(1) && rest.startsWith(clitic));
}

/** A function word, or a word joined to one by an apostrophe: "that's", "isn't", "we're"; French "d'un", "qu'il". */
function isFunctionToken(key: string, rules: TermRules): boolean {
  if (rules.isFunctionWord(key)) return true;
  const at = key.indexOf("'");
  if (at <= 0) return false;
  const before = key.slice(0, at);
  const after = key.slice(at + 1);
  const functionBefore = rules.isFunctionWord(before) || rules.isFunctionWord(key.slice(0, at + 1));
  return after === 't' || rules.isFunctionWord(after) || (functionBefore && after.length <= 2);
}

/** Whether a word is no part of a noun phrase by what it is (a verb form, an adverb) or by its ending. */
function isOutsideWord(token: Token, cues: PreparedCues, evidence: WordEvidence, article: string | undefined): boolean {
  const key = token.key;
  if (cues.outsideWords.has(key)) return true;
  if (CAPITAL.test(token.text) || (article && key.startsWith(article))) return false;
  if (cues.cues.verbPrefixes?.some((p) => key.startsWith(p) && key.length > p.length + 2)) return true;
  if ((cues.cues.nounEndings ?? []).some((e) => key.endsWith(e))) return false;
  // A word written after an article, or whose stem is, is a noun or an adjective ("the requests", "the request").
  const ending = (cues.cues.verbEndings ?? []).find((e) => key.endsWith(e) && key.length > e.length + 2);
  return ending !== undefined && !evidence.afterArticle.has(key) && !evidence.afterArticle.has(key.slice(0, -ending.length));
}

/** The role of every token of `tokens` (a part of `text`, in order) in the noun phrases of the language. */
export function phraseRoles(text: string, tokens: readonly Token[], table: LanguageTable, evidence: WordEvidence): PhraseToken[] {
  const cues = prepare(table);
  const rules = termRules(table);
  const article = table.definiteArticle ? fold(table.definiteArticle) : undefined;
  const out: PhraseToken[] = [];
  // What came right before the current token: a clause boundary (start, punctuation, a line), an opener, a word.
  let afterBoundary = true;
  let afterOpener = false;
  let afterCapital = false;
  let afterDefinite = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opensLine = i > 0 && text.slice(tokens[i - 1].end, t.start).includes('\n');
    if (opensLine) afterBoundary = true;
    const continues = !opensLine;
    if (!t.isWord) {
      const joiner = WORD_JOINER.test(t.text) && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
      out.push({ role: joiner ? 'joiner' : 'break', continues, startAt: -1, canEnd: false });
      if (!joiner) [afterBoundary, afterOpener, afterCapital, afterDefinite] = [true, false, false, false];
      continue;
    }
    const key = t.key;
    const capital = table.casedNames && CAPITAL.test(t.text);
    const opener = cues.openers.has(key) || cues.openers.has(key.slice(cliticOf(key, cues.leadingClitics).length));
    if (isFunctionToken(key, rules) || opener || cues.inner.has(key)) {
      // An article inside a phrase follows a preposition ("price of a monitor"), not a word ("case a target").
      const inner = cues.inner.has(key) && !(cues.articles.has(key) && out[out.length - 1]?.role === 'word');
      out.push({ role: inner ? 'inner' : 'break', continues, startAt: -1, canEnd: false });
      [afterBoundary, afterOpener, afterCapital, afterDefinite] = [false, opener, false, false];
      continue;
    }
    // Where nouns are capitalised, a small word right after a noun is a verb or an adverb ("1Password kostet").
    const afterNoun = cues.cues.capitalisedNouns === true && afterCapital && !capital;
    if (afterNoun || isOutsideWord(t, cues, evidence, article) || (key.length < 2 && !HAN.test(key))) {
      out.push({ role: 'break', continues, startAt: -1, canEnd: false });
      [afterBoundary, afterOpener, afterCapital, afterDefinite] = [false, false, false, false];
      continue;
    }
    const opens = afterOpener || (afterBoundary && cues.cues.phraseAtClauseStart) || (capital && !afterBoundary);
    const joined = continues && !(afterDefinite && endsDefinitePhrase(key, cues, article));
    const afterIndefinite = joined && out[out.length - 1]?.role === 'word' && !afterDefinite;
    out.push({ role: 'word', continues: joined, ...wordEdges(t, cues, evidence, article, opens, afterIndefinite) });
    [afterBoundary, afterOpener, afterCapital] = [false, false, capital];
    afterDefinite = article !== undefined && isDefinite(key, cliticOf(key, cues.leadingClitics), article);
  }
  if (article) markConstructHeads(tokens, out, article);
  return out;
}

/** Where the definite article is joined to its word (Arabic, Hebrew), an indefinite noun followed by a definite one,
 *  or by another such noun, heads a construct ("مجال الطاقة", "ראש הממשלה"): it cannot end a phrase. */
function markConstructHeads(tokens: readonly Token[], roles: PhraseToken[], article: string): void {
  // Whether the next token is a definite word or the head of a construct.
  let nextBinds = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const role = roles[i];
    if (role.role !== 'word') {
      nextBinds = false;
      continue;
    }
    const definite = isDefinite(tokens[i].key, '', article);
    const head: boolean = !definite && nextBinds && roles[i + 1].continues;
    if (head) role.canEnd = false;
    nextBinds = definite || head;
  }
}

/** Whether a word right after a definite one begins something else: an indefinite word is a predicate ("الطاقة
 *  مفيدة", 'the energy is useful'), an adjective being definite too; with `attributeEndings`, a definite word
 *  without one is another noun phrase. A word behind a clitic ("والصين") may go on with the phrase. */
function endsDefinitePhrase(key: string, cues: PreparedCues, article: string | undefined): boolean {
  if (!article || cliticOf(key, cues.leadingClitics)) return false;
  if (!isDefinite(key, '', article)) return true;
  const endings = cues.attributeEndings;
  return endings.length > 0 && !endings.some((e) => key.endsWith(e));
}

/** Where a phrase beginning at a word begins (-1 when none can), and whether one may end with it. `opens`: the
 *  word stands where a phrase begins (after an opener, at a clause start, a name); `afterIndefinite`: right after a
 *  word of a phrase without the definite article. */
function wordEdges(t: Token, cues: PreparedCues, evidence: WordEvidence, article: string | undefined, opens: boolean, afterIndefinite: boolean): { startAt: number; canEnd: boolean } {
  const key = t.key;
  const number = NUMBER.test(key) || cues.edgeless.has(key);
  // A clitic is cut from the phrase's first word when what follows it is definite ("بالتعاون" → "التعاون"), or an
  // apostrophe marks it off ("d'Israël"); after a conjunction, an indefinite word is as often a verb ("وتوقف").
  const leading = cliticOf(key, cues.leadingClitics);
  const cut = leading !== '' && !number && (leading.endsWith("'") || isDefinite(key, leading, article));
  // An indefinite word after a joined preposition, written once, is an adverb ("لسنوات"), not a name ("بوتين").
  const preposition = cliticOf(key, cues.prepositionClitics);
  const adverb = preposition !== '' && !isDefinite(key, preposition, article) && (evidence.counts.get(key) ?? 0) < 2;
  // A definite word right after an indefinite one is its genitive ("موقف الصين", 'the stance of China'): the phrase
  // begins before it.
  const starts = !number && (opens || (isDefinite(key, '', article) && !afterIndefinite));
  return {
    startAt: cut ? t.start + rawPrefixLength(t.text, leading) : starts ? t.start : -1,
    canEnd: !number && !adverb && (!cues.cues.capitalisedNouns || CAPITAL.test(t.text)),
  };
}

/** The length in `text` of its folded prefix `prefix` (folding may drop marks, as tashkeel, that the text has). */
function rawPrefixLength(text: string, prefix: string): number {
  for (let n = prefix.length; n <= text.length; n++) if (fold(text.slice(0, n)) === prefix) return n;
  return prefix.length;
}
