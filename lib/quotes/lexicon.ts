/**
 * A language table compiled for look-ups over tokens: every phrase folded, indexed by its length in tokens,
 * with the language's clitic prefixes tried on the first word ("وقال" is "قال", "ואמר" is "אמר").
 */
import type { Gender, LanguageTable } from '../languages';
import { BoundedMemo } from '../memo';
import { fold } from '../text/fold';
import { stopWordSet } from '../text/terms';
import type { Token } from '../text/tokens';
import { hasWhiteSpace, isWhiteSpaceBetween } from '../text/white-space';

/** A role or organisation noun found at a token (see `Lexicon.nounAt`). */
export interface NounMatch {
  end: number;
  /** The noun as listed, folded: for a compound, the listed noun that ends it ("ministerin" of "außenministerin"). */
  phrase: string;
  organisation: boolean;
  /** Found past a preposition joined to its word ("لوكالة", 'to the agency'): the noun is the preposition's. */
  governed: boolean;
  /** The clitic joined to the noun's first word, folded ('' for none): "ل" of "لوكالة". */
  clitic: string;
}

export interface PhraseMatch {
  /** Index of the token after the phrase. */
  end: number;
  /** The phrase as listed in the table, folded. */
  phrase: string;
  /** A clitic was removed from the first word to find it ("وقال"): it starts a new clause. */
  withClitic: boolean;
  /** The clitic removed ("و" of "وقال"), or "". */
  clitic: string;
}

const MAX_PHRASE_TOKENS = 6;
/** Tokens before a position within which a phrase ending there is looked for ("so-called", "به گزارش"). */
const PHRASE_LOOKBACK = 3;
/** Letters a word may have beyond a listed anonymous source word and still be it: a plural or a case ending
 *  ("officials", "Quellen", "жители"), as lib/voices.ts reads them. */
const MAX_SOURCE_ENDING = 2;
/** Letters a listed noun must have to end a compound, and letters the compound must have before it. */
const MIN_COMPOUND_HEAD = 4;
/** Letters a name's word keeps at least once a case ending is taken off (see `Lexicon.nameStem`). */
const MIN_NAME_STEM = 4;
const MIN_COMPOUND_LEAD = 3;
/** Letters before the ending of an adjective after a role (see `qualifiesRoleAfter`): not the verb "gana". */
const MIN_ADJECTIVE_STEM = 3;
/** Letters a naming cue must have to end a compound: longer than a role noun's, as short cues end common words that
 *  name nothing ("wort" of "Antwort", "lied" of "Mitglied"). */
const MIN_NAMING_HEAD = 5;
const PHRASE_STOP = /[.,;:!?،؛؟。，：]/u;
/** Words that may stand between a separable verb and the particle ending its clause. */
const MAX_SEPARABLE_GAP = 10;
/** What ends a clause for a separable verb's particle: punctuation or a quotation mark. */
const CLAUSE_END = /^[.,;:!?)"“”„«»‹›'‘’—–]/u;
const NO_STEMS: readonly string[] = [];
const CAPITALISED = /^\p{Lu}/u;
/** A mark inside a sentence, after which it goes on. */
const CLAUSE_MARK = /^[,;،؛，]$/u;

/** The longest phrase of `set` of at least `minHead` letters ending `key` after at least MIN_COMPOUND_LEAD letters. */
function endsWithListed(key: string, set: PhraseSet, minHead: number): string | null {
  for (let start = MIN_COMPOUND_LEAD; start <= key.length - minHead; start++) {
    const head = key.slice(start);
    if (set.has(head)) return head;
  }
  return null;
}

/** A listed noun phrase in the form phrases are looked up in. */
function phraseKey(noun: string): string {
  return fold(noun).replace(/\s+/g, ' ').trim();
}

/** Folded phrases; a phrase written with a space matches tokens separated by any white space. */
export class PhraseSet {
  private readonly phrases = new Set<string>();
  /** Every beginning of every phrase (the phrases too): a match stops reading tokens once it leaves them. */
  private readonly beginnings = new Set<string>();
  constructor(list: readonly string[] = []) {
    for (const p of list) {
      const phrase = fold(p).replace(/\s+/g, ' ').trim();
      this.add(phrase);
      // "Rep." is matched as "Rep" (a point ends every phrase match); the point is skipped where it follows.
      if (phrase.length > 2 && phrase.endsWith('.')) this.add(phrase.slice(0, -1));
    }
  }
  private add(phrase: string): void {
    this.phrases.add(phrase);
    for (let length = 1; length <= phrase.length; length++) this.beginnings.add(phrase.slice(0, length));
  }
  has(phrase: string): boolean {
    return this.phrases.has(phrase);
  }
  /** Some phrase begins with `text`. */
  begins(text: string): boolean {
    return this.beginnings.has(text);
  }
}

export class Lexicon {
  readonly table: LanguageTable;
  private readonly speechVerbs: PhraseSet;
  readonly continuationVerbs: PhraseSet;
  readonly participles: PhraseSet;
  readonly sourcePhrases: PhraseSet;
  readonly impersonalCues: PhraseSet;
  readonly pronounSources: PhraseSet;
  readonly sayingNouns: PhraseSet;
  private readonly pronounSourceGenders: Map<string, Gender>;
  private readonly demonstratives: PhraseSet;
  private readonly demonstrativeGenders: Map<string, Gender>;
  readonly roleNouns: PhraseSet;
  /** Role and organisation nouns in one set (one look-up finds either), and which of its phrases are organisations'. */
  private readonly nouns: PhraseSet;
  private readonly organisationPhrases: Set<string>;
  /** The organisation nouns that name a document or a speech (see LanguageTable.documentNouns). */
  private readonly documentPhrases: Set<string>;
  /** The listed noun ending a compound word, by word (see `compoundHead`). */
  private readonly compounds = new BoundedMemo((key: string) => this.compoundHead(key), 50_000);
  readonly honorifics: PhraseSet;
  readonly namingCues: PhraseSet;
  /** LanguageTable.addressees. */
  readonly addressees: PhraseSet;
  /** LanguageTable.issuerLinks. */
  readonly issuerLinks: PhraseSet;
  /** Whether a word ends with a one-word naming cue, by word (see `namingCueEndsAt`). */
  private readonly namingCompounds = new BoundedMemo((key: string) => endsWithListed(key, this.namingCues, MIN_NAMING_HEAD) !== null, 50_000);
  /** Words that name a source without naming a person, indefinite pronouns among them ("a source", "jemand"). */
  private readonly anonymousSources: PhraseSet;
  /** Function words and name breakers as phrases, for scripts written without spaces (的, 今天, 因为). */
  private readonly functionPhrases: PhraseSet;
  private readonly femaleForms: Set<string>;
  private readonly pluralForms: Set<string>;
  /** The forms of verbs of saying a man is the subject of, found from the female ones (LanguageTable.femaleFormEndings). */
  private readonly maleForms: Set<string>;
  private readonly femaleRoles: Set<string>;
  private readonly epithets: Set<string>;
  private readonly demonstrativeDeterminers: Set<string>;
  private readonly stop: ReadonlySet<string>;
  private readonly breakers: Set<string>;
  private readonly roleQualifiers: Set<string>;
  private readonly roleComplementOpeners: Set<string>;
  private readonly complementizers: Set<string>;
  private readonly clauseOpeners: Set<string>;
  private readonly verbFinalSubordinators: Set<string>;
  private readonly modifierParticles: Set<string>;
  private readonly postpositions: Set<string>;
  private readonly bodyPrepositions: Set<string>;
  /** LanguageTable.nameCaseEndings, folded, longest first. */
  private readonly nameCaseEndings: string[];
  private readonly relativePronouns: ReadonlySet<string>;
  private readonly objectMarkers: ReadonlySet<string>;
  private readonly conjunctions: Set<string>;
  private readonly nameParticles: Set<string>;
  private readonly titleQualifiers: Set<string>;
  private readonly numberWords: Set<string>;
  private readonly articles: Set<string>;
  private readonly nounMarkers: Set<string>;
  private readonly placeNouns: Set<string>;
  private readonly reportedSpeechForms: Set<string>;
  /** The particles of each finite form of a separable verb of saying (LanguageTable.separableVerbs). */
  private readonly separableParticles = new Map<string, string[][]>();
  private readonly pronouns: Map<string, Gender>;
  private readonly clitics: string[];
  private readonly prepositionClitics: ReadonlySet<string>;
  private readonly stripped = new BoundedMemo((key: string) => this.strip(key), 50_000);
  private readonly givenNames: Map<string, Gender>;
  /** The listed given names as the table writes them, unfolded (see `writesGivenName`). */
  private readonly givenNamesAsWritten: Set<string>;
  private readonly nameSpellings: ReadonlyMap<string, string>;
  private readonly descriptorFolding: Array<[RegExp, string]>;
  /** The closing quotation mark of each opening one. */
  private readonly closingMarks: Map<string, string>;

  constructor(table: LanguageTable) {
    this.table = table;
    this.speechVerbs = new PhraseSet([...table.speechVerbs, ...table.continuationVerbs, ...(table.participles ?? [])]);
    this.continuationVerbs = new PhraseSet(table.continuationVerbs);
    this.participles = new PhraseSet(table.participles);
    this.sourcePhrases = new PhraseSet(table.sourcePhrases);
    this.impersonalCues = new PhraseSet(table.impersonalCues);
    this.pronounSources = new PhraseSet(Object.keys(table.pronounSources ?? {}));
    this.sayingNouns = new PhraseSet(table.sayingNouns);
    this.pronounSourceGenders = new Map(Object.entries(table.pronounSources ?? {}).map(([phrase, gender]) => [phraseKey(phrase), gender]));
    this.demonstratives = new PhraseSet(Object.keys(table.demonstratives ?? {}));
    this.demonstrativeGenders = new Map(Object.entries(table.demonstratives ?? {}).map(([phrase, gender]) => [phraseKey(phrase), gender]));
    this.roleNouns = new PhraseSet(table.roleNouns);
    this.nouns = new PhraseSet([...table.roleNouns, ...(table.organisationNouns ?? [])]);
    this.organisationPhrases = new Set((table.organisationNouns ?? []).map(phraseKey));
    this.documentPhrases = new Set((table.documentNouns ?? []).map(phraseKey));
    this.honorifics = new PhraseSet(table.honorifics);
    this.namingCues = new PhraseSet(table.namingCues);
    this.addressees = new PhraseSet(table.addressees);
    this.issuerLinks = new PhraseSet(table.issuerLinks);
    this.anonymousSources = new PhraseSet(table.anonymousSources);
    this.functionPhrases = new PhraseSet([...table.stopWords, ...(table.nameBreakers ?? [])]);
    this.femaleForms = new Set((table.femaleVerbForms ?? []).map(fold));
    this.pluralForms = new Set((table.pluralVerbForms ?? []).map(fold));
    this.maleForms = new Set(
      [...this.femaleForms].flatMap((form) => (table.femaleFormEndings ?? []).filter(([female]) => form.endsWith(female)).map(([female, male]) => form.slice(0, form.length - female.length) + fold(male))),
    );
    this.femaleRoles = new Set((table.femaleRoleNouns ?? []).map(fold));
    this.epithets = new Set((table.epithets ?? []).map(phraseKey));
    this.demonstrativeDeterminers = new Set((table.demonstrativeDeterminers ?? []).map(fold));
    this.stop = stopWordSet(table);
    this.roleQualifiers = new Set((table.roleQualifiers ?? []).map(fold));
    this.roleComplementOpeners = new Set((table.roleComplementOpeners ?? []).map(fold));
    this.breakers = new Set([...(table.nameBreakers ?? []), ...this.roleQualifiers].map(fold));
    this.complementizers = new Set((table.complementizers ?? []).map(fold));
    this.clauseOpeners = new Set((table.clauseOpeners ?? []).map(fold));
    this.verbFinalSubordinators = new Set((table.verbFinalSubordinators ?? []).map(fold));
    this.modifierParticles = new Set((table.modifierParticles ?? []).map(fold));
    this.postpositions = new Set((table.postpositions ?? []).map(fold));
    this.bodyPrepositions = new Set((table.bodyPrepositions ?? []).map(fold));
    this.nameCaseEndings = (table.nameCaseEndings ?? []).map(fold).sort((a, b) => b.length - a.length);
    this.nameSpellings = new Map(Object.entries(table.nameSpellings ?? {}).map(([spelling, compared]) => [fold(spelling), fold(compared)]));
    this.relativePronouns = new Set((table.relativePronouns ?? []).map(fold));
    this.objectMarkers = new Set((table.objectMarkers ?? []).map(fold));
    this.conjunctions = new Set((table.conjunctions ?? []).map(fold));
    this.nameParticles = new Set((table.nameParticles ?? []).map(fold));
    this.titleQualifiers = new Set((table.titleQualifiers ?? []).map(fold));
    this.numberWords = new Set((table.numberWords ?? []).map(fold));
    this.articles = new Set((table.articles ?? []).map(fold));
    this.nounMarkers = new Set((table.nounMarkers ?? []).map(fold));
    this.placeNouns = new Set((table.placeNouns ?? []).map(fold));
    this.reportedSpeechForms = new Set((table.reportedSpeechForms ?? []).map(fold));
    for (const [form, particle] of table.separableVerbs ?? []) {
      const key = fold(form);
      this.separableParticles.set(key, [...(this.separableParticles.get(key) ?? []), fold(particle).split(' ')]);
    }
    this.pronouns = new Map(Object.entries(table.pronouns).map(([k, g]) => [fold(k), g]));
    this.closingMarks = new Map(table.quotePairs.map(([open, close]) => [open, close]));
    this.descriptorFolding = (table.descriptorFolding ?? []).map(([pattern, replacement]) => [new RegExp(pattern, 'u'), replacement]);
    this.givenNames = new Map([
      ...(table.givenNames?.female ?? []).map((n): [string, Gender] => [fold(n), 'f']),
      ...(table.givenNames?.male ?? []).map((n): [string, Gender] => [fold(n), 'm']),
    ]);
    this.givenNamesAsWritten = new Set([...(table.givenNames?.female ?? []), ...(table.givenNames?.male ?? [])]);
    // An article elided before a vowel is written joined to its word ("l’élu"): a clitic for look-ups here.
    const elidedArticles = (table.articles ?? []).filter((article) => article.endsWith("'"));
    this.clitics = [...(table.cliticPrefixes ?? []), ...elidedArticles].map(fold).sort((a, b) => b.length - a.length);
    this.prepositionClitics = new Set((table.prepositionClitics ?? []).map(fold));
  }

  /** The word with each of the language's clitic prefixes it may carry removed (longest prefix first), for words
   *  long enough to carry one: worked out once per word, as every word is looked up in several phrase sets. */
  private withoutClitics(key: string): readonly string[] {
    return this.clitics.length ? this.stripped.get(key) : NO_STEMS;
  }

  private strip(key: string): readonly string[] {
    // Most words carry no clitic: they share one empty list instead of each allocating one.
    let out: string[] | null = null;
    for (const c of this.clitics) if (key.length - c.length >= 2 && key.startsWith(c)) (out ??= []).push(key.slice(c.length));
    return out ?? NO_STEMS;
  }

  /** The longest phrase of `set` starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number, set: PhraseSet, text: string): PhraseMatch | null {
    if (i < 0 || i >= tokens.length || !tokens[i].isWord) return null;
    const key = tokens[i].key;
    let best = this.matchFrom(tokens, i, set, text, key, '');
    for (const stem of this.withoutClitics(key)) {
      const match = this.matchFrom(tokens, i, set, text, stem, key.slice(0, key.length - stem.length));
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best;
  }

  /**
   * The verb of saying starting at token `i`, if any. Where capitals mark names, a capitalised verb form between a
   * capitalised word and one in lower case, or a comma, is the name's last word, not a verb: "the United States has",
   * "by the United States, NATO and". (In text written in title case, the word after it is capitalised too: "Clinton
   * Joked It"; a headline ends with it: "Wall Will Be Built, Trump Says".)
   */
  speechVerbAt(tokens: readonly Token[], i: number, text: string): PhraseMatch | null {
    const verb = this.runOn(tokens, this.match(tokens, i, this.speechVerbs, text), text);
    if (!verb || !this.table.casedNames || !CAPITALISED.test(tokens[i].text)) return verb;
    const [before, after] = [tokens[i - 1], tokens[verb.end]];
    const nameWordBefore = before?.isWord && CAPITALISED.test(before.text) && isWhiteSpaceBetween(text, before.end, tokens[i].start);
    const inSentenceAfter = after?.isWord ? !CAPITALISED.test(after.text) : CLAUSE_MARK.test(after?.text ?? '');
    return nameWordBefore && inSentenceAfter ? null : verb;
  }

  /** The verb with the verb of saying written right after it, no space between, as one verb: "回应称" ('replied,
   *  saying'), whose subject is the first verb's, not the second's. */
  private runOn(tokens: readonly Token[], verb: PhraseMatch | null, text: string): PhraseMatch | null {
    const [last, next] = [tokens[(verb?.end ?? 0) - 1], tokens[verb?.end ?? 0]];
    if (!verb || !next?.isWord || next.start !== last.end) return verb;
    const second = this.match(tokens, verb.end, this.speechVerbs, text);
    return second ? { ...verb, end: second.end } : verb;
  }

  /** A phrase of `set` ends right before token `end`, starting at most PHRASE_LOOKBACK tokens before it. */
  phraseEndsAt(tokens: readonly Token[], end: number, set: PhraseSet, text: string): boolean {
    for (let k = Math.max(0, end - PHRASE_LOOKBACK); k < end; k++) if (this.match(tokens, k, set, text)?.end === end) return true;
    return false;
  }

  /** The longest phrase of `set` made of `first` (token `i`'s key, or a form of it) and the tokens after it. */
  private matchFrom(tokens: readonly Token[], i: number, set: PhraseSet, text: string, first: string, clitic: string): PhraseMatch | null {
    let best: PhraseMatch | null = null;
    let phrase = first;
    for (let k = 1; k <= MAX_PHRASE_TOKENS && i + k <= tokens.length; k++) {
      if (k > 1) {
        const prev = tokens[i + k - 2];
        const next = tokens[i + k - 1];
        // A phrase never crosses a sentence end or a comma.
        if (!next.isWord && PHRASE_STOP.test(next.text) && next.text !== '-') break;
        phrase += (next.start > prev.end && hasWhiteSpace(text, prev.end, next.start) ? ' ' : '') + next.key;
      }
      if (!set.begins(phrase)) break;
      if (set.has(phrase)) best = { end: i + k, phrase, withClitic: clitic !== '', clitic };
    }
    return best;
  }

  /** An anonymous source word or indefinite pronoun starts at token `i` ("someone", "officials", "кто-то"). */
  anonymousSourceAt(tokens: readonly Token[], i: number, text: string): boolean {
    if (this.match(tokens, i, this.anonymousSources, text)) return true;
    const key = tokens[i]?.isWord ? tokens[i].key : '';
    for (let ending = 1; ending <= MAX_SOURCE_ENDING && key.length - ending > MAX_SOURCE_ENDING; ending++) {
      if (this.anonymousSources.has(key.slice(0, -ending))) return true;
    }
    return false;
  }

  /**
   * The role noun ("minister", "die Ministerin") or organisation noun ("the ministry", "das Gericht") starting at
   * token `i`, a role first; where the table says so, a word ending with one ("Vatikansprecher", "Außenministerium").
   */
  nounAt(tokens: readonly Token[], i: number, text: string): NounMatch | null {
    const noun = this.match(tokens, i, this.nouns, text);
    if (noun) return { end: noun.end, phrase: noun.phrase, organisation: this.isOrganisationPhrase(noun.phrase), governed: this.prepositionClitics.has(noun.clitic), clitic: noun.clitic };
    if (!this.table.compoundNouns || !tokens[i]?.isWord) return null;
    const head = this.compounds.get(tokens[i].key);
    return head && { end: i + 1, ...head, governed: false, clitic: '' };
  }

  /** A role noun (or a compound ending with one) in another case at token `i`: "des Ministers", "dem Vorsitzenden"
   *  (see LanguageTable.roleCaseEndings). */
  inflectedRoleAt(tokens: readonly Token[], i: number): NounMatch | null {
    const key = tokens[i]?.isWord ? tokens[i].key : '';
    for (const ending of this.table.roleCaseEndings ?? []) {
      if (key.length < ending.length + MIN_COMPOUND_HEAD || !key.endsWith(ending)) continue;
      const role = this.nounOfWord(key.slice(0, -ending.length));
      if (role && !role.organisation) return { end: i + 1, ...role, governed: false, clitic: '' };
    }
    return null;
  }

  /** The listed noun one word is, or the one ending it where the table compounds nouns. */
  private nounOfWord(key: string): { phrase: string; organisation: boolean } | null {
    if (this.nouns.has(key)) return { phrase: key, organisation: this.isOrganisationPhrase(key) };
    return this.table.compoundNouns ? this.compounds.get(key) : null;
  }

  /** An organisation noun, and no role noun too. */
  private isOrganisationPhrase(phrase: string): boolean {
    return this.organisationPhrases.has(phrase) && !this.roleNouns.has(phrase);
  }

  /**
   * The first listed noun among a descriptor's folded words ("seiner ersten Rede", "einer Studie der Stiftung",
   * "Abschlussbericht") is a document's or a speech's: the descriptor names a document, not someone who speaks.
   */
  headsDocument(words: readonly string[]): boolean {
    for (const word of words) {
      if (this.documentPhrases.has(word)) return true;
      const noun = this.nouns.has(word) ? word : this.table.compoundNouns ? this.compounds.get(word)?.phrase : undefined;
      if (noun) return this.documentPhrases.has(noun) && !this.roleNouns.has(noun);
    }
    return false;
  }

  /** The longest listed noun ending the word after at least MIN_COMPOUND_LEAD letters, a role first. */
  private compoundHead(key: string): { phrase: string; organisation: boolean } | null {
    const head = endsWithListed(key, this.nouns, MIN_COMPOUND_HEAD);
    return head === null ? null : { phrase: head, organisation: this.isOrganisationPhrase(head) };
  }

  /**
   * A naming cue ends right before token `end` ("the film", "so-called"); where the table compounds nouns, also a
   * word ending with a one-word cue ("der Fernsehserie", "den Friedensnobelpreis").
   */
  namingCueEndsAt(tokens: readonly Token[], end: number, text: string): boolean {
    if (this.phraseEndsAt(tokens, end, this.namingCues, text)) return true;
    const word = tokens[end - 1];
    return !!this.table.compoundNouns && !!word?.isWord && this.namingCompounds.get(word.key);
  }

  /** A function word or name breaker starts at token `i` (several tokens long where the script has no spaces). A
   *  character of a Chinese word is one only if the whole word is (中 of 中国 is not), unless `inWord` is false:
   *  then the characters from token `i` on are read as if the word began there. */
  functionWordAt(tokens: readonly Token[], i: number, text: string, inWord = true): boolean {
    const word = inWord ? tokens[i]?.wordKey : undefined;
    if (word) return this.functionPhrases.has(word);
    return this.match(tokens, i, this.functionPhrases, text) !== null;
  }

  /** A descriptor word in the form descriptors are compared in (see LanguageTable.descriptorFolding). */
  foldDescriptorWord(word: string): string {
    return this.descriptorFolding.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
  }

  /** A word written as a possessive ("trump's"; "smiths'" with its apostrophe a token of its own). */
  isPossessive(word: string): boolean {
    return (this.table.possessiveEndings ?? []).some((ending) => word.endsWith(ending));
  }
  isStopWord(key: string): boolean {
    return this.stop.has(key) || this.complementizers.has(key);
  }
  isNameBreaker(key: string): boolean {
    return this.breakers.has(key) || this.withoutClitics(key).some((k) => this.breakers.has(k));
  }
  /** See `LanguageTable.participleEndings`. */
  isRoleQualifier(key: string): boolean {
    return this.roleQualifiers.has(key);
  }
  /** See `LanguageTable.roleComplementOpeners`. */
  opensRoleComplement(key: string): boolean {
    return this.roleComplementOpeners.has(key);
  }

  hasParticipleEnding(key: string): boolean {
    return (this.table.participleEndings ?? []).some((ending) => key.length > ending.length + 2 && key.endsWith(ending));
  }
  /** See `LanguageTable.placeNouns`. */
  isPlaceNoun(key: string): boolean {
    return this.placeNouns.has(key);
  }
  isArticle(key: string): boolean {
    return this.articles.has(key);
  }
  /** The quotation mark that closes `mark`, if it opens a quotation in this language. */
  closingMarkOf(mark: string): string | undefined {
    return this.closingMarks.get(mark);
  }
  /** A separable verb of saying at token `i` whose particle ends the clause a few words on ("teilte die Sprecherin
   *  am Montag mit,"): the verb's own token, read as the verb and its particle. */
  separableVerbAt(tokens: readonly Token[], i: number): PhraseMatch | null {
    const particles = tokens[i]?.isWord ? this.separableParticles.get(tokens[i].key) : undefined;
    if (!particles) return null;
    const words: string[] = [];
    for (let k = i + 1; k < tokens.length && words.length <= MAX_SEPARABLE_GAP; k++) {
      if (!tokens[k].isWord) {
        if (!CLAUSE_END.test(tokens[k].text)) continue;
        const particle = particles.find((p) => p.length < words.length && p.every((w, j) => words[words.length - p.length + j] === w));
        return particle ? { end: i + 1, phrase: `${tokens[i].key} ${particle.join(' ')}`, withClitic: false, clitic: '' } : null;
      }
      words.push(tokens[k].key);
    }
    return null;
  }

  /** A verb form of reported speech (LanguageTable.reportedSpeechForms) stands among tokens `from` to `to`. */
  reportsSpeech(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (tokens[i].isWord && this.reportedSpeechForms.has(tokens[i].key)) return true;
    return false;
  }
  /** See `LanguageTable.nounMarkers`. */
  isNounMarker(key: string): boolean {
    return this.nounMarkers.has(key);
  }
  /** A lower-case word that may be an adjective between a noun marker and its noun (see
   *  `LanguageTable.adjectiveEndings`): a word of the language's endings that is no function word. */
  mayBeAdjective(key: string): boolean {
    const endings = this.table.adjectiveEndings;
    return !!endings && !this.stop.has(key) && !this.breakers.has(key) && endings.some((e) => key.length > e.length + 2 && key.endsWith(e));
  }
  /** A word with an ending of an adjective qualifying the role noun before it (see
   *  `LanguageTable.roleAdjectiveEndings`), in the singular or the plural, that is no function word. */
  qualifiesRoleAfter(key: string): boolean {
    const endings = this.table.roleAdjectiveEndings;
    if (!endings || this.stop.has(key) || this.breakers.has(key)) return false;
    return endings.some((e) => [e, `${e}s`, `${e}es`].some((form) => key.length >= form.length + MIN_ADJECTIVE_STEM && key.endsWith(form)));
  }
  /** The language capitalises every noun, so a capital alone does not make a name (see `nounMarkers`). */
  get capitalisesNouns(): boolean {
    return this.nounMarkers.size > 0;
  }
  /** See `LanguageTable.numberWords`. */
  isNumberWord(key: string): boolean {
    return this.numberWords.has(key);
  }
  /** See `LanguageTable.nameParticles`. */
  isNameParticle(key: string): boolean {
    return this.nameParticles.has(key);
  }
  /** See `LanguageTable.titleQualifiers`. */
  isTitleQualifier(key: string): boolean {
    return this.titleQualifiers.has(key);
  }
  isConjunction(key: string): boolean {
    return this.conjunctions.has(key);
  }
  isObjectMarker(key: string): boolean {
    return this.objectMarkers.has(key);
  }
  isRelativePronoun(key: string): boolean {
    return this.relativePronouns.has(key);
  }
  /** See `LanguageTable.bodyPrepositions`. */
  isBodyPreposition(key: string): boolean {
    return this.bodyPrepositions.has(key);
  }
  /** See `LanguageTable.modifierParticles`. */
  /** See `LanguageTable.postpositions`. */
  isPostposition(key: string): boolean {
    return this.postpositions.has(key);
  }
  isModifierParticle(key: string): boolean {
    return this.modifierParticles.has(key);
  }
  /** See `LanguageTable.verbFinalSubordinators`. */
  isVerbFinalSubordinator(key: string): boolean {
    return this.verbFinalSubordinators.has(key);
  }
  /** See `LanguageTable.clauseOpeners`. */
  opensClause(key: string): boolean {
    return this.clauseOpeners.has(key);
  }
  isComplementizer(key: string): boolean {
    return this.complementizers.has(key) || this.withoutClitics(key).some((k) => this.complementizers.has(k));
  }
  /** The gender or number of the pronoun a listed pronoun source phrase (as matched) names. */
  /** A demonstrative of LanguageTable.demonstratives at token `i`, beside a verb of saying ("sagte dieser", "the
   *  latter said"): its tokens' end and its gender. */
  demonstrativeAt(tokens: readonly Token[], i: number, text: string): { end: number; gender: Gender } | null {
    const found = this.match(tokens, i, this.demonstratives, text);
    if (!found) return null;
    const besideVerb = this.phraseEndsAt(tokens, i, this.speechVerbs, text) || !!this.match(tokens, found.end, this.speechVerbs, text);
    return besideVerb ? { end: found.end, gender: this.demonstrativeGenders.get(found.phrase)! } : null;
  }

  pronounSourceGender(phrase: string): Gender | undefined {
    return this.pronounSourceGenders.get(phrase);
  }
  pronounGender(key: string): Gender | undefined {
    return this.pronouns.get(key) ?? this.withoutClitics(key).map((k) => this.pronouns.get(k)).find(Boolean);
  }
  verbGender(phrase: string): Gender | undefined {
    if (this.femaleForms.has(phrase)) return 'f';
    if (this.pluralForms.has(phrase)) return 'pl';
    return this.table.verbsAgreeInGender || this.maleForms.has(phrase) ? 'm' : undefined;
  }
  /** The gender a person's name tells by its first given name ("Sarah Chen" → f), if the table knows it. */
  nameGender(nameWords: readonly string[]): Gender | undefined {
    for (const word of nameWords.slice(0, 2)) {
      const gender = this.givenNames.get(word);
      if (gender) return gender;
    }
    return undefined;
  }

  /** A given name the table lists ("sarah", "thomas"). */
  isGivenName(key: string): boolean {
    return this.givenNames.has(key);
  }

  /** The word is written exactly as a listed given name, before folding: "علي" (Ali), where the preposition "على"
   *  folds to the same key. */
  writesGivenName(text: string): boolean {
    return this.givenNamesAsWritten.has(text);
  }

  /** A name opening with a given name or a family name the table lists ("מיכל אברהם", "王建国"). */
  opensWithListedName(name: string): boolean {
    const first = fold(name).split(/\s+/u, 1)[0];
    return this.givenNames.has(first) || (this.table.familyNames ?? []).some((family) => first.startsWith(family) && first.length > family.length);
  }

  /** The word carries the definite article written joined to it, after a one-letter clitic or not ("النقل",
   *  "والنقل", "للصحفيين"): a noun, never a verb. Not the article's letters after another first letter: "خالد". */
  hasJoinedArticle(key: string): boolean {
    const article = this.table.definiteArticle;
    if (!article) return false;
    const afterClitic = key.startsWith(article, 1) && this.clitics.some((c) => c.length === 1 && key.startsWith(c));
    return key.startsWith(article, 0) || afterClitic || this.opensWithArticlePreposition(key);
  }

  /** The word is a preposition the language writes joined to the next word, standing alone before a hyphen ("ל-ynet",
   *  'to ynet'). */
  isPrepositionClitic(key: string): boolean {
    return this.prepositionClitics.has(key);
  }

  /** The word opens with a preposition written joined to it, two letters at least after it ("לרויטרס", "בחמאס"). */
  opensWithPrepositionClitic(key: string): boolean {
    for (const clitic of this.prepositionClitics) if (key.length >= clitic.length + 2 && key.startsWith(clitic)) return true;
    return false;
  }

  /** The word opens with a preposition fused with the definite article ("للصحفيين"). */
  opensWithArticlePreposition(key: string): boolean {
    return (this.table.articlePrepositions ?? []).some((p) => key.startsWith(p) && key.length > p.length + 1);
  }

  /** See `LanguageTable.demonstrativeDeterminers`. */
  isDemonstrativeDeterminer(key: string): boolean {
    return this.demonstrativeDeterminers.has(key);
  }

  /** The listed role or organisation noun refers back to someone named before (see LanguageTable.epithets). */
  isEpithet(phrase: string): boolean {
    return this.epithets.has(phrase);
  }

  roleGender(phrase: string): Gender | undefined {
    return this.femaleRoles.has(phrase) ? 'f' : undefined;
  }
  /** The word as written and with each listed clitic prefix removed. */
  stems(key: string): string[] {
    return [key, ...this.withoutClitics(key)];
  }

  /** A name's word (folded) in the spelling names are compared in (LanguageTable.nameSpellings: "ابن" → "بن"),
   *  without the longest case ending it may take (LanguageTable.nameCaseEndings): "пескова" → "песков", "дмитрий" →
   *  "дмитри". */
  nameStem(key: string): string {
    const word = this.nameSpellings.get(key) ?? key;
    const ending = this.nameCaseEndings.find((e) => word.length - e.length >= MIN_NAME_STEM && word.endsWith(e));
    return ending ? word.slice(0, -ending.length) : word;
  }
}

const cache = new WeakMap<LanguageTable, Lexicon>();
export function lexiconFor(table: LanguageTable): Lexicon {
  let lexicon = cache.get(table);
  if (!lexicon) cache.set(table, (lexicon = new Lexicon(table)));
  return lexicon;
}
