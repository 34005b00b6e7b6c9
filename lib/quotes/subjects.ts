/**
 * The subject of a verb of saying: the person before it ("Putin said", "Jane Doe, the mayor, said"), after it
 * ("said Putin", "sagte die Ministerin", "a-t-il ajouté"), or opening its clause from further away ("Putin, speaking
 * in Moscow on Tuesday, said"); for a participle ("saying", "قائلا"), the clause's subject.
 */
import type { Lexicon, PhraseMatch } from './lexicon';
import type { Token } from '../text/tokens';
import { COMMA, MentionReader, pronounMention, type Mention } from './mentions';
import { introduced, type EntityRegistry } from './entities';

/** Where a subject stands: in the verb phrase, right before or after the verb, or apart from it in its clause. */
export type SubjectPosition = 'inside' | 'before' | 'after' | 'apart';

export interface SubjectReading {
  mention: Mention;
  position: SubjectPosition;
}

/** How far the patterns look, in tokens: a parenthesis between a subject and its verb ("Katrin Vogel (SPD) sagte"),
 *  the words between two commas before the verb ("Its chair, Maria Lindqvist, said"), and a role noun with the name
 *  it belongs to before them. */
const MAX_PARENTHESIS_TOKENS = 6;
const MAX_APPOSITION_TOKENS = 8;
const MAX_DESCRIPTOR_TOKENS = 6;
/** Tokens a verb phrase of the tables may have before its last verb ("对记者说", "به خبرنگاران گفت"). */
const MAX_VERB_LEAD_TOKENS = 4;

export class SubjectReader {
  /** `verbAt` by token, read once: each token is asked about from every clause, sentence and name that reaches it
   *  (`undefined`: not asked yet). Callers never change a match. */
  private readonly verbs: (PhraseMatch | null | undefined)[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    private readonly reader: MentionReader,
    private readonly registry: EntityRegistry,
  ) {
    this.verbs = new Array(tokens.length);
  }

  /** The verb of saying starting at token `i`, if any. */
  verbAt(i: number): PhraseMatch | null {
    if (i < 0 || i >= this.tokens.length) return this.readVerbAt(i);
    let verb = this.verbs[i];
    if (verb === undefined) this.verbs[i] = verb = this.readVerbAt(i);
    return verb;
  }

  private readVerbAt(i: number): PhraseMatch | null {
    // A verb glued to the word before it by a hyphen is part of a compound: "so-called", "self-described".
    const hyphen = this.tokens[i - 1];
    if (hyphen?.text === '-' && hyphen.end === this.tokens[i]?.start && this.tokens[i - 2]?.end === hyphen.start) return null;
    const verb = this.lexicon.speechVerbAt(this.tokens, i, this.text) ?? this.lexicon.separableVerbAt(this.tokens, i);
    // A clitic taken off a word with the article leaves a noun, not a verb: "النقل" (transport) is no "نقل" (conveyed).
    if (verb?.withClitic && this.lexicon.hasJoinedArticle(this.tokens[i].key)) return null;
    return verb && this.insideLongerVerb(i, verb.end) ? null : verb;
  }

  /** A verb phrase starting before token `i` runs to `end` or past it: "说" of "对记者说" ('told reporters') is the
   *  longer phrase's end, and the person before it ("记者") is no subject. */
  private insideLongerVerb(i: number, end: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - MAX_VERB_LEAD_TOKENS); j--) {
      if ((this.lexicon.speechVerbAt(this.tokens, j, this.text)?.end ?? 0) >= end) return true;
    }
    return false;
  }

  /**
   * The readings of the subject of the verb of saying `verb` at token `i`, within [from, to) token bounds, the likeliest
   * by word order first. A participle has no subject of its own: the person named right before it ("footage of
   * Clinton asking", "Smith is calling"), else the first person of its sentence ("Trump attacked Clinton, saying",
   * "وانتقد الوزير خالد العمري الخطة، قائلا").
   */
  verbSubjects(verb: PhraseMatch, i: number, from: number, to: number): SubjectReading[] {
    // A conjunction joined to the verb opens its clause ("وأضاف", "and he added"): nothing before it is its subject.
    const joinedConjunction = !!verb.clitic && this.lexicon.isConjunction(verb.clitic);
    if (!this.lexicon.participles.has(verb.phrase)) {
      const clauseStart = joinedConjunction ? i : from;
      if (!this.coordinated(i, from)) return this.subjectsOf(i, verb.end, clauseStart, to, false);
      // A second verb shares the first one's subject, wherever the word order put it ("In seiner Stellungnahme befand
      // der Premierminister Benjamin Netanyahu … und nannte den Angriff"); the person after it is its object.
      const readings = this.subjectsOf(i, verb.end, clauseStart, to, true);
      if (readings.length) return readings;
      const shared = this.sharedSubject(from, i);
      return shared ? [{ mention: shared, position: 'apart' }] : this.subjectsOf(i, verb.end, clauseStart, to, false);
    }
    const first = this.firstPerson(from, i);
    // Where the verb opens its clause, the person right before the participle is the verb's object or in its
    // complement ("ورد رئيس الوزراء على منتقديه قائلا", 'the prime minister answered his critics, saying').
    if (first && this.lexicon.table.verbInitial) return [{ mention: first, position: 'apart' }];
    const named = i > from ? this.reader.backward(i, from) : null;
    // Not an object before it: "waves to the mayor before asking".
    const atClauseStart = named && named.start >= from && this.opensClause(named, from);
    if (named && named.kind !== 'pronoun' && named.start >= from && (named.end === i || atClauseStart)) return [{ mention: named, position: 'before' }];
    return first ? [{ mention: first, position: 'apart' }] : [];
  }

  /** The verb at token `i` follows a conjunction, after words of its clause: a second verb sharing the first one's
   *  subject ("Netanyahu befand … und nannte den Angriff „…“", 'Smith waved and told reporters'). */
  private coordinated(i: number, from: number): boolean {
    const before = this.tokens[i - 1];
    return i - 1 > from && !!before?.isWord && this.lexicon.isConjunction(before.key);
  }

  /**
   * The subject of the first of two verbs joined by a conjunction before token `verb`: the person opening a clause
   * ("When told Perez had come, Bush thought a moment and said"), else the first one no preposition governs, where the
   * subject follows its verb ("In seiner Stellungnahme befand der Premierminister Benjamin Netanyahu … und nannte").
   */
  private sharedSubject(from: number, verb: number): Mention | null {
    // Neither after a preposition nor a possessive ("Ivana Trump's brief said … and dismissed").
    const free = (m: Mention) => !this.reader.governedAt(m.start) && !this.reader.possessiveName(m.start);
    return this.firstPerson(from, verb, (m) => this.opensClause(m, from) && free(m)) ?? this.firstPerson(from, verb, free);
  }

  /** The mention opens its clause, whose words start at token `from`: nothing but marks stands before it there. */
  private opensClause(m: Mention, from: number): boolean {
    return m.start === from || !this.tokens[m.start - 1].isWord;
  }

  /** The first name or descriptor in [from, to) that stands for a person (see `isPerson`) and passes `test`. */
  firstPerson(from: number, to: number, test: (m: Mention) => boolean = () => true): Mention | null {
    for (let i = from; i < to; i++) {
      const m = this.reader.forward(i);
      if (!m || m.end > to) continue;
      if (this.isPerson(m) && test(m)) return m;
      i = m.end - 1;
    }
    return null;
  }

  /**
   * A mention that surely names a person: a descriptor, a name with one, in a script with capitals a name of several
   * words or one the article knows, and without capitals a name with a title ("ח״כ"), opening with a listed given or
   * family name, or of someone the article introduced with a role. (Without capitals any word could be read as a
   * name; and a capitalised word opening a sentence, "Following", "Asked", is no name by itself.)
   */
  isPerson(m: Mention): boolean {
    if (m.kind === 'pronoun') return false;
    if (m.kind === 'descriptor' || m.descriptor) return true;
    if (!this.lexicon.table.casedNames) return !!m.title || this.lexicon.opensWithListedName(m.name!) || this.registry.knowsIntroduced(m.name!);
    return m.name!.includes(' ') || this.registry.knows(m.name!);
  }

  /**
   * The readings of the subject of the speech verb at [verbStart, verbEnd), within [from, to) token bounds: a pronoun
   * inside the verb phrase ("a-t-il ajouté", "fügte er hinzu") is the one reading; otherwise the person opening the
   * clause before the verb ("Putin said", ', she said'), the person right after it ("said Putin", "antwortete der
   * Präsident"; in German an inverted subject, in English as often an object: "told AFP"), a person before it deeper
   * in the clause, between commas, before a parenthesis, a pronoun after it ("сказал он"), and the person opening
   * the clause from further away.
   */
  private subjectsOf(verbStart: number, verbEnd: number, from: number, to: number, coordinated: boolean): SubjectReading[] {
    for (let i = verbStart + 1; i < verbEnd; i++) {
      const gender = this.lexicon.pronounGender(this.tokens[i].key);
      if (gender) return [{ mention: pronounMention(gender, i, i + 1), position: 'inside' }];
    }
    const readings: SubjectReading[] = [];
    const add = (mention: Mention | null, position: SubjectPosition) => {
      if (mention && !readings.some((r) => r.mention.start === mention.start)) readings.push({ mention, position });
    };
    add(this.relativeAntecedent(verbStart, from), 'before');
    const back = verbStart > from ? this.reader.backward(verbStart, from) : null;
    // A mention after a preposition, with a word between it and the verb, is no subject: "在声明中表示" ("said in the
    // statement"); right before the verb it may be ("as the mayor said"), but not without capitals, where such a word
    // is no preposition ("به خبرنگاران گفت", 'told reporters'; "با وزیر خارجه عمان گفت", 'said with the Omani minister').
    const framed = back && (this.lexicon.table.casedNames ? this.reader.governedAt(back.start) && back.end < verbStart : this.reader.governed(back));
    // Where the verb opens its clause, words before it are its subject only if they surely name a person: "التي كانت
    // تعيق المفاوضات قال" ends a relative clause.
    const unlikely = back && this.lexicon.table.verbInitial && !this.isPerson(back) && !(back.name && this.registry.knows(back.name));
    const before = back && back.start >= from && !framed && !unlikely ? back : null;
    if (before && this.opensClause(before, from)) add(before, 'before');
    const subjectStart = this.pastAddressee(verbEnd, to);
    const next = subjectStart < to && !coordinated && !this.lexicon.isComplementizer(this.tokens[subjectStart].key) ? this.reader.forward(subjectStart) ?? this.nameAfterArticle(subjectStart) ?? this.knownName(subjectStart) : null;
    // "сказал РБК источник": a mention with an anonymous source right after it is the verb's addressee.
    const after = next && next.end <= to && !this.lexicon.anonymousSourceAt(this.tokens, next.end, this.text) ? next : null;
    if (after?.kind !== 'pronoun') add(after, 'after');
    add(before, 'before');
    add(this.commaSubject(verbStart, from), 'apart');
    add(this.parenthesisSubject(verbStart, from), 'before');
    if (after?.kind === 'pronoun') add(after, 'after');
    add(this.clauseSubject(from, verbStart), 'apart');
    return readings;
  }

  /** Past the words naming whom the verb addresses at token `i` ("сообщил журналистам Юрий Ушаков"; see
   *  LanguageTable.addressees), where the subject may stand after them; `i` when none does. */
  private pastAddressee(i: number, to: number): number {
    const addressee = this.lexicon.table.invertsSubject ? this.lexicon.match(this.tokens, i, this.lexicon.addressees, this.text) : null;
    return addressee && addressee.end < to ? addressee.end : i;
  }

  /** A name after an article at token `i`, the article taken into the mention: "sagte die FIFA", "so die UNO". */
  private nameAfterArticle(i: number): Mention | null {
    const article = this.tokens[i];
    if (!article?.isWord || !this.lexicon.isArticle(article.key) || !this.tokens[i + 1]?.isWord) return null;
    const m = this.reader.forward(i + 1);
    // "der FIFA-Chef Sepp Blatter": a name joined by a hyphen opens a compound noun, not the subject.
    return m?.kind === 'name' && this.tokens[m.end]?.text !== '-' ? { ...m, start: i } : null;
  }

  /**
   * Without capitals, a word of the name of someone the article introduced with a role, where the mention reader
   * reads no name: a surname with the joined article, which opens no name of its own ("قال الصفدي" after "نظيره
   * الأردني أيمن الصفدي").
   */
  knownName(i: number): Mention | null {
    const t = this.tokens[i];
    if (this.lexicon.table.casedNames || !t?.isWord) return null;
    const known = this.registry.byNameWord(t.key, t.text);
    if (!known || !introduced(known)) return null;
    return { kind: 'name', name: t.text, descriptor: null, start: i, end: i + 1 };
  }

  /**
   * "… put the question to Tom Fischer, who said", "a Pablo Ortega, quien señaló": a relative pronoun opens the
   * verb's clause, and the person before its comma is the subject, whatever governs them there.
   */
  private relativeAntecedent(verbStart: number, from: number): Mention | null {
    const lex = this.lexicon;
    let k = verbStart - 1;
    // One function word may stand between: "who also said", "qui a déclaré".
    if (this.tokens[k]?.isWord && !lex.isRelativePronoun(this.tokens[k].key) && lex.isStopWord(this.tokens[k].key)) k--;
    if (k - 1 <= from || !this.tokens[k]?.isWord || !lex.isRelativePronoun(this.tokens[k].key) || !COMMA.test(this.tokens[k - 1].text)) return null;
    const m = this.reader.backward(k - 1, from);
    return m && m.start >= from && m.kind !== 'pronoun' && this.isPerson(m) ? m : null;
  }

  /** "Katrin Vogel (SPD) sagte": a parenthesis between the subject and the verb. */
  private parenthesisSubject(verbStart: number, from: number): Mention | null {
    const open = this.parenthesisStart(verbStart, from);
    const m = open !== null ? this.reader.backward(open, from) : null;
    return m && m.start >= from ? m : null;
  }

  /** The opening bracket of a short parenthesis closing right before token `end`, after token `from` ("(SPD)"). */
  private parenthesisStart(end: number, from: number): number | null {
    if (this.tokens[end - 1]?.text !== ')') return null;
    let open = end - 2;
    while (open > from && end - open <= MAX_PARENTHESIS_TOKENS && this.tokens[open].text !== '(') open--;
    return this.tokens[open]?.text === '(' ? open : null;
  }

  /**
   * The person opening the clause of a verb that stands far from its subject: "علی رضایی، وزیر نیرو، روز سه‌شنبه
   * در جمع خبرنگاران گفت", "Putin, speaking in Moscow on Tuesday, said". Only a name or a descriptor at the very
   * start of the window counts, and no other verb of saying may stand between.
   */
  private clauseSubject(from: number, verbStart: number): Mention | null {
    let start = from;
    while (start < verbStart && !this.tokens[start].isWord) start++;
    const m = this.reader.forward(start);
    if (!m || m.end >= verbStart || this.reader.introducedBySource(m)) return null;
    // Without capitals, any word could be read as a name: only a descriptor or a known person counts.
    if (m.kind === 'name' && !m.descriptor && !this.lexicon.table.casedNames && !this.registry.knows(m.name!)) return null;
    for (let i = m.end; i < verbStart; i++) if (this.verbAt(i)) return null;
    return m;
  }

  /**
   * A subject set off by commas before the verb: "Its chair, Maria Lindqvist, said" (the name between the commas)
   * or "Jane Doe, the mayor, said" (the name before them).
   */
  private commaSubject(verbStart: number, from: number): Mention | null {
    const close = verbStart - 1;
    if (close <= from || !COMMA.test(this.tokens[close].text)) return null;
    let open = close - 1;
    while (open > from && close - open <= MAX_APPOSITION_TOKENS && !COMMA.test(this.tokens[open].text)) open--;
    if (open <= from || !COMMA.test(this.tokens[open].text)) return null;
    // "Its chair, Jane Doe (D), said": a party's initials in brackets may close the name.
    const nameEnd = this.parenthesisStart(close, open) ?? close;
    // A descriptor whose name stands between the commas, read as one mention.
    for (let k = Math.max(from, open - MAX_DESCRIPTOR_TOKENS); k < open; k++) {
      const whole = this.reader.forward(k);
      if (whole?.kind === 'name' && whole.end === nameEnd && whole.descriptor) return whole;
    }
    const inside = this.reader.forward(open + 1);
    const outside = this.reader.backward(open, from) ?? this.descriptorBefore(open, from);
    // "Clinton, at a meeting in Columbus, Ohio, said": a name set off after a place a preposition governs is the
    // place's region, not the subject.
    if (outside?.kind === 'name' && this.reader.governedAt(outside.start) && inside?.kind === 'name' && !inside.descriptor) return null;
    if (inside && inside.end === nameEnd && inside.kind === 'name') {
      // "מנכ״ל חברת הסייבר מגן, רון דהן, אמר": the descriptor before the commas is the named person's.
      return outside?.kind === 'descriptor' && !inside.descriptor ? { ...inside, descriptor: outside.descriptor } : inside;
    }
    if (outside && outside.start >= from) return outside;
    return inside && inside.end === close ? inside : null;
  }

  /** A descriptor opening the few words before `end`: "מנכ״ל חברת הסייבר מגן" before ", רון דהן,". */
  private descriptorBefore(end: number, from: number): Mention | null {
    for (let k = Math.max(from, end - MAX_DESCRIPTOR_TOKENS); k < end; k++) {
      const m = this.reader.forward(k);
      if (m?.kind === 'descriptor' && m.end <= end) return m;
    }
    return null;
  }
}
