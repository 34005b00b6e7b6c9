/**
 * Where noun phrases may begin and end in running text, told from the language table's function words and noun
 * phrase cues (`NounPhraseCues`) without a dictionary: the outline labels its inferred sections with such phrases.
 * Each token gets a role: a break (punctuation, a function word that is no part of a noun phrase, a verb form the
 * language marks), an inner function word ("of", "في"), or a word, which may or may not begin or end a phrase.
 */
import type { LanguageTable, NounPhraseCues } from '../languages';
import { fold } from './fold';
import { BoundedMemo } from '../memo';
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
/** Words whose kind is kept per language, before the memo starts afresh. */
const MAX_KNOWN_WORDS = 50_000;
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
  rules: TermRules;
  /** Each word's kind (see `wordKind`), worked out once per word. */
  kinds: BoundedMemo<string, WordKind>;
}

const prepared = new WeakMap<LanguageTable, PreparedCues>();
function prepare(table: LanguageTable): PreparedCues {
  let found = prepared.get(table);
  if (!found) {
    const article = table.definiteArticle ? fold(table.definiteArticle) : undefined;
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
      rules: termRules(table),
      kinds: new BoundedMemo<string, WordKind>((key) => wordKind(key, found!, article), MAX_KNOWN_WORDS),
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
  const cues = prepare(table);
  const afterArticle = new Set<string>();
  const counts = new Map<string, number>();
  // Only what some word will be asked about: words with a verb ending, words joined to a preposition.
  const checksArticles = cues.articles.size > 0 && (cues.cues.verbEndings?.length ?? 0) > 0;
  const countsJoined = cues.prepositionClitics.length > 0;
  let afterAnArticle = false;
  for (const t of tokens) {
    if (!t.isWord) continue;
    if (afterAnArticle) afterArticle.add(t.key);
    afterAnArticle = checksArticles && cues.articles.has(t.key);
    if (countsJoined && cues.kinds.get(t.key).prepositionJoined) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
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

/** What a word is to a noun phrase by its folded form alone (see `wordKind`). */
interface WordKind {
  /** A function word (alone, behind a clitic or an apostrophe) or an opener: no word of a phrase. */
  functionWord: boolean;
  /** A function word that may stand inside a phrase. */
  inner: boolean;
  /** A phrase may begin right after it. */
  opener: boolean;
  /** One of the language's articles. */
  article: boolean;
  /** A verb form or an adverb by what it is (an outside word, a verb prefix), capital or not ("Still, …"). */
  outside: boolean;
  /** The verb ending it has ('' for none): it is a verb unless written with a capital (a name: "United") or the
   *  article writes it, or its stem, after an article ("the requests", "the request"): a noun or an adjective. */
  verbEnding: string;
  /** A single letter (not Chinese). */
  short: boolean;
  /** A number or a name breaker: neither begins nor ends a phrase. */
  edgeless: boolean;
  /** The definite article joined to it, right at its start. */
  definite: boolean;
  /** The definite article joined to it, behind any leading clitic ("بالتعاون"). */
  definiteAfterClitic: boolean;
  /** The clitic cut from it when a phrase begins at it ('' for none). */
  cutClitic: string;
  /** An indefinite word after a joined preposition: written once, an adverb ("لسنوات"), which ends no phrase;
   *  written again, a name ("بوتين"). */
  prepositionJoined: boolean;
  /** Right after a definite word, it begins something else (see `endsDefinitePhrase`). */
  endsDefinitePhrase: boolean;
}

/** The verb ending of a word without a capital or the definite article, unless it has a noun ending, or ''. */
function verbEndingOf(key: string, cues: PreparedCues, article: string | undefined): string {
  if ((article && key.startsWith(article)) || (cues.cues.nounEndings ?? []).some((e) => key.endsWith(e))) return '';
  return (cues.cues.verbEndings ?? []).find((e) => key.endsWith(e) && key.length > e.length + 2) ?? '';
}

function wordKind(key: string, cues: PreparedCues, article: string | undefined): WordKind {
  const rules = cues.rules;
  const leading = cliticOf(key, cues.leadingClitics);
  const preposition = cliticOf(key, cues.prepositionClitics);
  const edgeless = NUMBER.test(key) || cues.edgeless.has(key);
  const opener = cues.openers.has(key) || cues.openers.has(key.slice(leading.length));
  const definite = isDefinite(key, '', article);
  return {
    functionWord: isFunctionToken(key, rules) || opener || cues.inner.has(key),
    inner: cues.inner.has(key),
    opener,
    article: cues.articles.has(key),
    outside: cues.outsideWords.has(key) || (!definite && (cues.cues.verbPrefixes ?? []).some((p) => key.startsWith(p) && key.length > p.length + 2)),
    verbEnding: verbEndingOf(key, cues, article),
    short: key.length < 2 && !HAN.test(key),
    edgeless,
    definite,
    definiteAfterClitic: isDefinite(key, leading, article),
    // A clitic is cut from the phrase's first word when what follows it is definite ("بالتعاون" → "التعاون"), or an
    // apostrophe marks it off ("d'Israël"); after a conjunction, an indefinite word is as often a verb ("وتوقف").
    cutClitic: leading !== '' && !edgeless && (leading.endsWith("'") || isDefinite(key, leading, article)) ? leading : '',
    prepositionJoined: preposition !== '' && !isDefinite(key, preposition, article),
    endsDefinitePhrase: endsDefinitePhrase(key, cues, article),
  };
}

/** Whether a line break stands in `text` between `from` and `to`. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Whether a token is written with a capital, tested on its first character (a regular expression only past
 *  ASCII). */
function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL.test(text);
}

/** The role of every token of `tokens` (a part of `text`, in order) in the noun phrases of the language. */
export function phraseRoles(text: string, tokens: readonly Token[], table: LanguageTable, evidence: WordEvidence): PhraseToken[] {
  const cues = prepare(table);
  const article = table.definiteArticle ? fold(table.definiteArticle) : undefined;
  const out: PhraseToken[] = [];
  // What came right before the current token: a clause boundary (start, punctuation, a line), an opener, a word
  // with a capital, a definite word.
  let afterBoundary = true;
  let afterOpener = false;
  let afterCapital = false;
  let afterDefinite = false;
  const push = (role: PhraseRole, continues: boolean, startAt = -1, canEnd = false) => out.push({ role, continues, startAt, canEnd });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const continues = i === 0 || !lineBreakBetween(text, tokens[i - 1].end, t.start);
    if (!continues) afterBoundary = true;
    if (!t.isWord) {
      const joiner = WORD_JOINER.test(t.text) && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
      push(joiner ? 'joiner' : 'break', continues);
      if (!joiner) afterBoundary = true;
      if (!joiner) afterOpener = afterCapital = afterDefinite = false;
      continue;
    }
    const kind = cues.kinds.get(t.key);
    const capital = table.casedNames && startsWithCapital(t.text);
    const previousIsWord = out.length > 0 && out[out.length - 1].role === 'word';
    if (kind.functionWord) {
      // An article inside a phrase follows a preposition ("price of a monitor"), not a word ("case a target").
      push(kind.inner && !(kind.article && previousIsWord) ? 'inner' : 'break', continues);
      afterOpener = kind.opener;
      afterBoundary = afterCapital = afterDefinite = false;
      continue;
    }
    // Where nouns are capitalised, a small word right after a noun is a verb or an adverb ("1Password kostet").
    const afterNoun = cues.cues.capitalisedNouns === true && afterCapital && !capital;
    const verb = kind.verbEnding !== '' && !capital && !evidence.afterArticle.has(t.key) && !evidence.afterArticle.has(t.key.slice(0, -kind.verbEnding.length));
    if (afterNoun || kind.outside || verb || kind.short) {
      push('break', continues);
      afterBoundary = afterOpener = afterCapital = afterDefinite = false;
      continue;
    }
    const joined = continues && !(afterDefinite && kind.endsDefinitePhrase);
    // A definite word right after an indefinite one is its genitive ("موقف الصين", 'the stance of China'): the
    // phrase begins before it.
    const genitive = joined && previousIsWord && !afterDefinite;
    const opens = afterOpener || (afterBoundary && cues.cues.phraseAtClauseStart) || (capital && !afterBoundary) || (kind.definite && !genitive);
    const adverb = kind.prepositionJoined && (evidence.counts.get(t.key) ?? 0) < 2;
    push(
      'word',
      joined,
      kind.cutClitic ? t.start + rawPrefixLength(t.text, kind.cutClitic) : opens && !kind.edgeless ? t.start : -1,
      !kind.edgeless && !adverb && (!cues.cues.capitalisedNouns || capital),
    );
    afterBoundary = afterOpener = false;
    afterCapital = capital;
    afterDefinite = kind.definiteAfterClitic;
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

/** The length in `text` of its folded prefix `prefix` (folding may drop marks, as tashkeel, that the text has). */
function rawPrefixLength(text: string, prefix: string): number {
  for (let n = prefix.length; n <= text.length; n++) if (fold(text.slice(0, n)) === prefix) return n;
  return prefix.length;
}
