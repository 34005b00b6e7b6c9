/**
 * The cues of a quotation: the verb of saying (or the source phrase, the signature, the announcement) near it, with
 * the readings of its subject. Reads the text only; the Attributor resolves the mentions to entities.
 */
import type { Gender } from '../languages';
import { lastSentenceBreak, STOP_TOKEN } from '../text/sentence-ends';
import { startsCountedWord, tokenAt, type Token } from '../text/tokens';
import type { Position, Rule } from './candidates';
import type { Lexicon, PhraseMatch } from './lexicon';
import { ADVERB, COMMA, LOWER_CASE, pronounMention, type Mention, type MentionReader } from './mentions';
import type { QuoteSpan } from './scan';
import { RIGHT_REACH } from './sentences';
import type { SubjectReader } from './subjects';

/** A verb of saying (or source phrase) found near a quotation: the readings of its subject, none for a bare verb. */
export interface Cue {
  rule: Rule;
  readings: Reading[];
  /** The gender the verb's form tells ("قالت", "сказала"). */
  gender?: Gender;
  /** Token of the verb (or source phrase). */
  at: number;
  /** The verb is the first word after the quotation, where a subject after it is inverted ('"…," said Jane Doe'). */
  verbFirst?: boolean;
  /** No subject of the verb was read: its readings, if any, are the pronoun its form implies. */
  subjectless?: boolean;
  /** An anonymous source stands after the verb where its subject may ('— сказал РБК источник', 'dijo a EFE una
   *  fuente'): the quotation's speaker is someone its sentence names, if anyone. */
  anonymousSubject?: boolean;
}

/** A mention that may have said the quotation, and where it stands to the cue. */
export interface Reading {
  mention: Mention;
  position: Position;
}

/** Words of a clause closing the sentence that may attribute all of it (see `closingClause`). */
const MAX_CLOSING_CLAUSE_WORDS = 6;
/** Words after a source phrase within which its name starts ("according to an Associated Press account"). */
const SOURCE_NAME_REACH = 3;
const DASH_BEFORE_NAME = /^[\s\u00a0]*[―—–-][\s\u00a0]*$/u;
/** Words after a verb of saying within which its subject may stand past the verb's addressee: an anonymous source
 *  ("сказал РИА Новости источник", "dijo a EFE una fuente"), a body ("сообщили ТАСС в пресс-службе"). */
const SUBJECT_AFTER_REACH = 4;
/** Tokens of a descriptor's complement between it and the comma before a name set off after it ("במשרד האוצר"). */
const MAX_APPOSED_COMPLEMENT_TOKENS = 4;
/** Whatever preposition is joined to it, an organisation or document after an impersonal verb of saying is its source. */
const ANY_PREPOSITION = (): boolean => true;
/** Words that may follow a verb of saying closing its clause: the auxiliaries of "bezeichnet worden sei". */
const MAX_CLOSING_AUXILIARIES = 2;
/** Marks that end the clause of a verb of saying. */
const CLAUSE_MARK = /^[,;:.!?،؛؟，；：。—–]/u;

/** Where a quotation's sentence opens (`first`), its clause before the quotation ([leftFrom, leftTo)) and after it
 *  ([rightFrom, rightTo)), and whether another quotation of the sentence follows. */
export interface ClauseBounds {
  first: number;
  leftFrom: number;
  leftTo: number;
  rightFrom: number;
  rightTo: number;
  quoteFollows: boolean;
}

/** A mention named by a source phrase or a signature: no verb's subject. */
const named = (mention: Mention): Reading[] => [{ mention, position: 'named' }];

export class CueReader {
  /** Whether a cue starts at each token, by token: asked for every word after every quotation. */
  private readonly cues: (boolean | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    private readonly reader: MentionReader,
    private readonly subjects: SubjectReader,
  ) {}

  /** A verb of saying or a source phrase starts at token `i`. */
  cueAt(i: number): boolean {
    return (this.cues[i] ??= !!this.subjects.verbAt(i) || !!this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text));
  }

  /** A verb of saying (or "according to") just after the quotation, in [from, to). */
  after(from: number, to: number): Cue | null {
    // '“…”― Pamela Padilla': a name after a dash signs the quotation.
    let word = from;
    while (word < to && !this.tokens[word].isWord) word++;
    if (word < to && word > from && DASH_BEFORE_NAME.test(this.text.slice(this.tokens[from].start, this.tokens[word].start))) {
      const signed = this.reader.forward(word);
      if (signed && signed.kind !== 'pronoun' && (signed.end >= to || !this.tokens[signed.end].isWord)) return { rule: 'signed', readings: named(signed), at: word };
    }
    let words = 0;
    for (let i = from; i < to && words < RIGHT_REACH; i++) {
      if (!this.tokens[i].isWord) continue;
      if (startsCountedWord(this.tokens, i)) words++;
      const pronounSource = this.pronounSource('sourceAfter', i, to);
      if (pronounSource) return pronounSource;
      const source = this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text);
      if (source) {
        const m = this.nameFrom(source.end, to);
        if (m) return { rule: 'sourceAfter', readings: named(m), at: i };
      }
      const impersonal = this.impersonal('after', i, from, to);
      if (impersonal) return impersonal;
      const verb = this.subjects.verbAt(i);
      if (!verb || verb.withClitic) continue;
      const gender = this.lexicon.verbGender(verb.phrase);
      const [readings, anonymousSubject] = this.subjectReadings(verb, i, from, to);
      if (words > 1 && this.opensOwnClause(readings, this.tokens[word].key)) return null;
      if (readings.length) return { rule: 'cueAfter', readings, gender, at: i, verbFirst: words === 1, anonymousSubject };
      // A verb with no subject right after the quotation ('«…», añadió.') goes on with the person spoken of.
      if (words === 1) return this.bare('cueAfter', i, gender, true, anonymousSubject);
    }
    // '"…," Jane Roe, the state's attorney general, one of the officials suing the agency, said': the
    // person named right after the quotation, when a verb of saying ends the clause. (Where the verb comes second, that
    // verb is another clause's: see `opensOwnClause`.)
    const opening = word < to && !this.lexicon.table.verbSecond ? this.reader.forward(word) : null;
    if (opening && opening.kind !== 'pronoun') {
      for (let i = opening.end; i < to; i++) if (this.subjects.verbAt(i)) return { rule: 'namedThenCue', readings: [{ mention: opening, position: 'apart' }], at: i };
    }
    return words >= RIGHT_REACH ? this.closingClause(from, to) : null;
  }

  /**
   * A verb after the quotation with its subject before it opens a clause of its own, not the quotation's cue, where
   * the words after the quotation open (`opener`, their first word's key) with a conjunction ('argued that it was "…"
   * and Senator Weber said he would …'), or where the verb comes second (LanguageTable.verbSecond) and no subordinator
   * opens them: '… nannte den Platzverweis „überzogen“, Bundestrainer Löw bezeichnete die Karten als …' (the cue
   * would say '„…“, bezeichnete Löw').
   */
  private opensOwnClause(readings: readonly Reading[], opener: string): boolean {
    if (readings[0]?.position !== 'before') return false;
    if (this.lexicon.isConjunction(opener)) return true;
    return !!this.lexicon.table.verbSecond && !this.lexicon.isVerbFinalSubordinator(opener);
  }

  /** The quotation's cue after it (`after`), read with the subordinate clauses that end with their verb
   *  (LanguageTable.verbFinalSubordinators): see `verbFinal` and `mainClauseAfter`. The quotation's sentence opens at
   *  token `first`, its clause at `leftFrom`. */
  subordinateClauses(after: Cue | null, before: Cue | null, bounds: ClauseBounds): Cue | null {
    if (this.mainClauseAfter(after, before, bounds.first) || this.leadsIntoNext(after, before, bounds)) return null;
    return this.verbFinal(after, bounds.leftFrom, bounds.leftTo, bounds.rightTo);
  }

  /**
   * '…, weil die US-Regierung Georgien als „…“ bezeichnet hat': a verb of saying with no subject after the quotation
   * (`cue`) that closes a clause a subordinator opened before it has its subject right after the subordinator.
   */
  private verbFinal(cue: Cue | null, leftFrom: number, leftTo: number, rightTo: number): Cue | null {
    if (cue?.rule !== 'bareCueAfter' || !this.closesClause(cue.at, rightTo)) return cue;
    const opener = this.subordinatorBefore(leftTo, leftFrom);
    if (opener < 0) return cue;
    const first = this.reader.forward(opener + 1);
    const subject = first?.kind === 'pronoun' ? first : this.firstMention(opener + 1, leftTo);
    return subject ? { ...cue, rule: 'cueAfter', readings: [{ mention: subject, position: 'before' }], subjectless: false } : cue;
  }

  /** The subordinator (LanguageTable.verbFinalSubordinators) opening the clause that token `end` ends, within
   *  [from, end): its token, or -1. A mark right before `end` ends that clause. */
  private subordinatorBefore(end: number, from: number): number {
    const last = CLAUSE_MARK.test(this.tokens[end - 1]?.text ?? '') ? end - 2 : end - 1;
    const opener = [...this.clauseWords(last, -1, from, end, Infinity)].at(-1);
    return opener !== undefined && this.lexicon.isVerbFinalSubordinator(this.tokens[opener].key) ? opener : -1;
  }

  /**
   * 'Während Shakira erklärte, …, „…“, räumte Jennifer Lopez ein, …': where a subordinate clause opens the sentence
   * with the verb of saying before the quotation (`before`), the verb right after the quotation is the main clause's,
   * whose own words follow it; the quotation is the subordinate clause's. The sentence opens at token `first`.
   */
  private mainClauseAfter(after: Cue | null, before: Cue | null, first: number): boolean {
    return !!after?.verbFirst && before?.rule === 'cueBefore' && this.subordinatorBefore(before.at, first) === first;
  }

  /**
   * '«…», tandis que Lagarde a prévenu : «…»', 'وقال الصفدي إن "…"، فيما أكدت بيربوك أن "…"': the verb of saying
   * after a quotation that has its own cue with a subject before it is the cue of the next quotation in the sentence,
   * when it is the verb that one's cue before is.
   */
  private leadsIntoNext(after: Cue | null, before: Cue | null, bounds: ClauseBounds): boolean {
    if (!after || !bounds.quoteFollows || before?.rule !== 'cueBefore' || before.subjectless) return false;
    return this.before(bounds.rightFrom, bounds.rightTo)?.at === after.at;
  }

  /** The verb of saying at token `at` ends its clause, but for an auxiliary or two, before token `to`. */
  private closesClause(at: number, to: number): boolean {
    const verb = this.subjects.verbAt(at);
    if (!verb) return false;
    const after = [...this.clauseWords(verb.end, 1, verb.end, to, MAX_CLOSING_AUXILIARIES + 1)];
    return after.length <= MAX_CLOSING_AUXILIARIES && after.every((i) => this.lexicon.isStopWord(this.tokens[i].key));
  }

  /**
   * The cue of a short clause that closes the sentence far after the quotation, with a subject or a source of its
   * own: it attributes the whole sentence ('„…“ zu genießen, da ähnliche Arbeiten … gekostet hätten, so die FIFA.').
   */
  private closingClause(from: number, to: number): Cue | null {
    if (!STOP_TOKEN.test(this.tokens[to - 1]?.text ?? '')) return null;
    let comma = to - 1;
    while (comma > from && !COMMA.test(this.tokens[comma].text)) comma--;
    let words = 0;
    for (let i = comma + 1; i < to; i++) if (this.tokens[i].isWord) words++;
    if (comma <= from || words > MAX_CLOSING_CLAUSE_WORDS) return null;
    const cue = this.after(comma + 1, to);
    return cue && (cue.rule === 'cueAfter' || cue.rule === 'sourceAfter') && !cue.subjectless ? cue : null;
  }

  /** The people and bodies a source phrase in [from, to) names ("according to CNN", "laut der Zeitung"). */
  sources(from: number, to: number): Mention[] {
    const found: Mention[] = [];
    for (let i = from; i < to; i++) {
      const source = this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text);
      if (!source) continue;
      const m = this.nameFrom(source.end, to);
      // "according to a source close to the talks" names nobody.
      if (m && m.kind !== 'pronoun' && !this.lexicon.anonymousSourceAt(this.tokens, m.start, this.text)) found.push(m);
    }
    return found;
  }

  /** The first name or description among the few words from token `from` (past an article, or a word the mention
   *  reader does not take into the name, as in "The New York Times"); of two in a row, the second. */
  private nameFrom(from: number, to: number): Mention | null {
    let words = 0;
    for (let i = from; i < to && words < SOURCE_NAME_REACH; i++) {
      if (!this.tokens[i].isWord) continue;
      words++;
      const m = this.reader.forward(i);
      if (!m) continue;
      // Two mentions in a row are a verb of quoting's subject and the person it quotes: "zitiert die „Computerwoche“
      // Lynch", "zitiert Welt-Online den Minister".
      const next = this.tokens[m.end];
      const quoted = next?.isWord && (!this.lexicon.isStopWord(next.key) || this.lexicon.isArticle(next.key)) ? this.reader.forward(m.end) : null;
      const named = quoted && quoted.kind !== 'pronoun' ? quoted : m;
      return named.end <= to ? (this.apposedName(named, to) ?? named) : null;
    }
    return null;
  }

  /** A name set off by commas right after a descriptor of a person or after its short complement, before token `to`:
   *  the person described ("לדברי ראש אגף התקציבים במשרד האוצר, יוגב גרדוס, «…»"). */
  private apposedName(m: Mention, to: number): Mention | null {
    if (m.kind !== 'descriptor' || m.organisation) return null;
    for (let k = m.end; k < to && k - m.end <= MAX_APPOSED_COMPLEMENT_TOKENS; k++) {
      if (!COMMA.test(this.tokens[k].text)) continue;
      const name = this.reader.forward(k + 1);
      if (name?.kind !== 'name' || name.end >= to || !COMMA.test(this.tokens[name.end].text)) return null;
      return { ...name, descriptor: m.descriptor, start: m.start };
    }
    return null;
  }

  /**
   * A verb of saying with no subject at token `i`: where the language drops subject pronouns, the pronoun its form
   * implies ("وأضاف أن" says what "he added that" does), unless an anonymous source after it is its subject
   * ("dijo una fuente del Gobierno"); elsewhere a bare verb ('added that "…"').
   */
  private bare(rule: 'cueAfter' | 'cueBefore', i: number, gender: Gender | undefined, verbFirst: boolean, anonymousSubject: boolean): Cue {
    if (!this.lexicon.table.dropsSubjects || anonymousSubject) {
      return { rule: rule === 'cueAfter' ? 'bareCueAfter' : 'bareCueBefore', readings: [], gender, at: i, subjectless: true, anonymousSubject };
    }
    const implied = pronounMention(gender, i, i + 1);
    return { rule, readings: [{ mention: implied, position: 'inside' }], gender, at: i, verbFirst, subjectless: true };
  }

  /**
   * The readings of the subject of the verb of saying at token `i`, and whether an anonymous source after the verb is
   * that subject: where no subject stands before the verb ("it says Saudi authorities have …" reports what the
   * authorities did). Read with a descriptor, the source is the one reading the word order left ("erklärte eine
   * Bahn-Sprecherin dem Blog", "so der Auto-Experte Achmed Leser").
   */
  private subjectReadings(verb: PhraseMatch, i: number, from: number, to: number): [Reading[], boolean] {
    const readings = this.subjects.verbSubjects(verb, i, from, to);
    const plural = this.lexicon.verbGender(verb.phrase) === 'pl';
    const bodyBefore = plural ? this.bodyBefore(from, i) : null;
    // "בלשכת ראש הממשלה מסרו" ('at the prime minister's office they said'): a person read inside the body a
    // preposition governs is that body's complement, no subject.
    const inBodyBefore = (r: Reading) => !!bodyBefore && r.mention.start >= bodyBefore.start && r.mention.end <= bodyBefore.end;
    const subjectBefore = readings.some((r) => r.position !== 'after' && !inBodyBefore(r));
    const body = !subjectBefore && plural ? (this.bodyAfter(verb.end, to) ?? bodyBefore) : null;
    if (body) return [[{ mention: body, position: 'after' }], false];
    const anonymous = subjectBefore ? -1 : this.anonymousSubjectAfter(verb.end, to);
    const described = anonymous >= 0 && !readings.length ? this.mentionOver(verb.end, anonymous) : null;
    if (described?.descriptor) readings.push({ mention: described, position: 'after' });
    return [readings, anonymous >= 0];
  }

  /** An anonymous source among the few words from token `from` (the verb's end) in its clause, where no preposition
   *  governs it and no pronoun stands before it: the verb's subject ("сказал РБК источник", "dijo a EFE una fuente").
   *  Its token, or -1. */
  private anonymousSubjectAfter(from: number, to: number): number {
    for (const i of this.clauseWords(from, 1, from, to)) {
      if (this.lexicon.pronounGender(this.tokens[i].key)) return -1;
      if (this.lexicon.anonymousSourceAt(this.tokens, i, this.text) && !this.reader.governedAt(i)) return i;
    }
    return -1;
  }

  /** The first `reach` words of the clause from token `start` on, forward (`step` 1) or back (-1), within [from,
   *  to): by default the few a verb's subject or its body may stand among. */
  private *clauseWords(start: number, step: 1 | -1, from: number, to: number, reach = SUBJECT_AFTER_REACH): Generator<number> {
    for (let i = start, words = 0; i >= from && i < to && words < reach; i += step) {
      const t = this.tokens[i];
      if (!t.isWord && CLAUSE_MARK.test(t.text)) return;
      if (!t.isWord) continue;
      words++;
      yield i;
    }
  }

  /** The body a preposition of `LanguageTable.bodyPrepositions` governs among the few words from token `from` (a verb's
   *  end) in its clause: "заявили в Минобороны России", "сообщили ТАСС в пресс-службе Кремля", "אמרו במשרד החוץ". */
  private bodyAfter(from: number, to: number): Mention | null {
    for (const i of this.clauseWords(from, 1, from, to)) {
      const body = this.bodyAt(i, to);
      if (body) return body;
    }
    return null;
  }

  /** The body a preposition of `LanguageTable.bodyPrepositions` governs among the few words before the verb at token
   *  `verb`, in its clause: "В Кремле заявили", "במשרד החוץ אמרו". */
  private bodyBefore(from: number, verb: number): Mention | null {
    for (const i of this.clauseWords(verb - 1, -1, from, verb)) {
      const body = this.bodyAt(i, verb);
      if (body) return body;
    }
    return null;
  }

  /** The body a preposition of `LanguageTable.bodyPrepositions` at token `i` governs, the preposition written apart
   *  ("в Минобороны") or joined to it ("במשרד החוץ"). */
  private bodyAt(i: number, to: number): Mention | null {
    if (this.lexicon.isBodyPreposition(this.tokens[i].key)) return this.firstMention(i + 1, to);
    const joined = this.reader.governedOrganisation(i, (clitic) => this.lexicon.isBodyPreposition(clitic));
    return joined && joined.end <= to ? joined : null;
  }

  /** The first name or description among the few words from token `from`, in its clause. */
  private firstMention(from: number, to: number): Mention | null {
    for (const i of this.clauseWords(from, 1, from, to, SOURCE_NAME_REACH)) {
      const m = this.reader.governedOrganisation(i, ANY_PREPOSITION) ?? this.reader.forward(i);
      if (m) return m.kind !== 'pronoun' && m.end <= to ? m : null;
    }
    return null;
  }

  /** The mention read from a token in [from, k] that takes in token `k`. */
  private mentionOver(from: number, k: number): Mention | null {
    for (let j = from; j <= k; j++) {
      const m = this.reader.forward(j);
      if (m && m.start <= k && k < m.end) return m;
    }
    return null;
  }

  /**
   * Where every sentence has a subject and names are capitalised, a word in lower case right before the verb at token
   * `i` that is no function word is the verb's subject, a noun the tables do not know ("Hartmann's successor wrote",
   * "the lawsuit says"): nobody spoken of before.
   */
  private unknownSubjectBefore(i: number): boolean {
    const table = this.lexicon.table;
    const before = this.tokens[i - 1];
    return table.casedNames && !table.dropsSubjects && !!before?.isWord && LOWER_CASE.test(before.text) && !this.lexicon.isStopWord(before.key) && !ADVERB.test(before.key);
  }

  /** A source phrase naming a pronoun at token `i` ("по его словам", "לדבריו"): the pronoun is its source, named by it
   *  as a name after "according to" is. */
  private pronounSource(rule: 'sourceBefore' | 'sourceAfter', i: number, to: number): Cue | null {
    const source = this.lexicon.match(this.tokens, i, this.lexicon.pronounSources, this.text);
    if (!source || source.end > to) return null;
    const gender = this.lexicon.pronounSourceGender(source.phrase);
    return { rule, readings: named(pronounMention(gender, i, source.end)), gender, at: i };
  }

  /**
   * An impersonal verb of saying at token `i` (LanguageTable.impersonalCues): the quotation is the words of the first
   * name or description a preposition governs before the verb in its sentence ('In der Erklärung heißt es', 'Aus
   * Paris hieß es', 'Dans le communiqué, on peut lire') or, with none, of the first right after it ('heißt es in der
   * Rede', 'говорится в заявлении'); with neither, of nobody its sentence does not name ('So heißt es, die Behörde
   * habe „…“').
   */
  private impersonal(side: 'before' | 'after', i: number, from: number, to: number): Cue | null {
    const verb = this.lexicon.match(this.tokens, i, this.lexicon.impersonalCues, this.text);
    if (!verb || verb.end > to) return null;
    let source: Mention | null = null;
    for (let j = from; j < i && !source; j++) {
      const governed = this.reader.governedOrganisation(j, ANY_PREPOSITION);
      const m = this.reader.forward(j);
      if (governed && governed.end <= i) source = governed;
      else if (m && m.end <= i && this.namesSource(m) && this.prepositionOpens(m, from)) source = m;
    }
    const after = source ? null : this.firstMention(verb.end, to);
    if (after && this.namesSource(after)) source = after;
    const rule = side === 'before' ? 'sourceBefore' : 'sourceAfter';
    // The verb's subject names nobody: only its source may have spoken, not a person its phrase names ("נמסר מלשכת
    // השר", 'it was reported from the minister's office').
    if (source) return { rule, readings: named(source), at: i, anonymousSubject: true };
    return { rule: side === 'before' ? 'bareCueBefore' : 'bareCueAfter', readings: [], at: i, subjectless: true, anonymousSubject: true };
  }

  /** Mention `m` may name the document or place an impersonal verb of saying quotes: not a pronoun, and without
   *  capitals a listed noun only, as any word after a preposition may read as a name ("در بخشی از", 'in a part of'). */
  private namesSource(m: Mention): boolean {
    return m.kind !== 'pronoun' && (this.lexicon.table.casedNames || m.kind === 'descriptor');
  }

  /** A preposition opens the phrase that mention `m` ends, within a few words before it, past articles and modifiers
   *  ('In einer gestern verbreiteten Erklärung', 'Auf der documenta-Homepage'). */
  private prepositionOpens(m: Mention, from: number): boolean {
    if (this.reader.governed(m)) return true;
    for (const k of this.clauseWords(m.start - 1, -1, from, m.start, SOURCE_NAME_REACH)) {
      const key = this.tokens[k].key;
      if (this.lexicon.isStopWord(key) && !this.lexicon.isArticle(key)) return this.reader.governedAt(k + 1);
    }
    return false;
  }

  /** A noun of saying at token `i` after the person whose words it names ("عن الوزير قوله", see
   *  LanguageTable.sayingNouns): that person is the quotation's source; an anonymous one ("عن مسؤول حكومي قوله")
   *  leaves the quotation to nobody the sentence does not name, not to the outlet that relays it. */
  private speakerBeforeSaying(i: number, from: number): Cue | null {
    if (!this.lexicon.match(this.tokens, i, this.lexicon.sayingNouns, this.text)) return null;
    // The longest mention ending right before it, back to the preposition before it: "عن" of "عن الوزير".
    let speaker: Mention | null = null;
    let anonymous = false;
    for (let start = i - 1; start >= from && this.tokens[start].isWord && !this.lexicon.isStopWord(this.tokens[start].key); start--) {
      const m = this.reader.forward(start) ?? this.subjects.knownName(start);
      if (m?.end === i && (this.subjects.isPerson(m) || m.organisation)) speaker = m;
      anonymous ||= this.lexicon.anonymousSourceAt(this.tokens, start, this.text);
    }
    if (speaker) return { rule: 'sourceBefore', readings: named(speaker), at: i };
    return anonymous ? { rule: 'sourceBefore', readings: [], at: i, subjectless: true, anonymousSubject: true } : null;
  }

  /** The verb of saying (or source phrase) nearest before the quotation, in [from, to), with its subject. */
  before(from: number, to: number): Cue | null {
    const parenthesised = this.nameBeforeParenthesis(from, to);
    if (parenthesised) return parenthesised;
    for (let i = to - 1; i >= from; i--) {
      const pronounSource = this.pronounSource('sourceBefore', i, to) ?? this.speakerBeforeSaying(i, from);
      if (pronounSource) return pronounSource;
      const source = this.lexicon.match(this.tokens, i, this.lexicon.sourcePhrases, this.text);
      if (source && source.end <= to) {
        const m = this.nameFrom(source.end, to);
        if (m) return { rule: 'sourceBefore', readings: named(m), at: i };
      }
      const impersonal = this.impersonal('before', i, from, to);
      if (impersonal) return impersonal;
      const verb = this.subjects.verbAt(i);
      if (!verb || verb.end > to) continue;
      const gender = this.lexicon.verbGender(verb.phrase);
      const [readings, anonymousSubject] = this.subjectReadings(verb, i, from, to);
      if (readings.length) return { rule: 'cueBefore', readings, gender, at: i, anonymousSubject };
      return this.unknownSubjectBefore(i) ? null : this.bare('cueBefore', i, gender, false, anonymousSubject);
    }
    return null;
  }

  /** 'Mohammed ElBaradei („Mir fällt niemand ein …“)': a quotation in brackets right after the name of a person or an
   *  organisation, which it signs. */
  private nameBeforeParenthesis(from: number, to: number): Cue | null {
    const bracket = to - 1;
    if (bracket <= from || this.tokens[bracket].text !== '(') return null;
    const m = this.reader.backward(bracket, from);
    const speaks = m && m.end === bracket && m.start >= from && (this.subjects.isPerson(m) || m.organisation);
    return speaks ? { rule: 'signed', readings: named(m), at: bracket } : null;
  }

  /**
   * A quotation opening its paragraph after a paragraph that announces it ("Clinton told the crowd:"): the cue of
   * that announcement; with no verb of saying, the person the announcing sentence opens with ("On July 6, Sanders
   * made the following comment:").
   */
  announcement(span: QuoteSpan): Cue | null {
    const paragraphStart = this.text.lastIndexOf('\n\n', span.outerStart);
    if (paragraphStart < 0 || this.text.slice(paragraphStart, span.outerStart).trim()) return null;
    let previousEnd = paragraphStart;
    while (previousEnd > 0 && /\s/u.test(this.text[previousEnd - 1])) previousEnd--;
    if (this.text[previousEnd - 1] !== ':') return null;
    const previousStart = this.text.lastIndexOf('\n\n', previousEnd - 1) + 2;
    const sentenceBreak = lastSentenceBreak(this.text, previousEnd - 1);
    const sentenceStart = Math.max(previousStart, sentenceBreak ? sentenceBreak.at + sentenceBreak.length : 0);
    const [from, to] = [tokenAt(this.tokens, sentenceStart), tokenAt(this.tokens, previousEnd)];
    const cue = this.before(from, to);
    if (cue) return cue;
    const opener = this.subjects.firstPerson(from, to);
    return opener && { rule: 'cueBefore', readings: [{ mention: opener, position: 'apart' }], at: to };
  }
}
