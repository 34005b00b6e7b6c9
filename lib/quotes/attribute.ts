/**
 * Attributes quotations to speakers, sentence by sentence in article order, keeping track of who the article is
 * talking about. For each quotation, patterns read with the language's table propose candidates (candidates.ts):
 * the subject of a verb of saying after or before it, a source phrase ("according to", "laut"), a transcript label,
 * the speaker of a quotation it is joined to or continues, the person its sentence opens with, the people and
 * organisations its sentence or the sentence before mentions, the person the article is talking about. A model
 * fitted on annotated articles (attribution-model.ts) weighs each candidate's evidence; the best one is the speaker
 * when the model is confident enough, and otherwise the quotation has none: no name is better than a wrong one.
 * Names, descriptors and pronouns resolve through the entity registry. The cues near a quotation are read by
 * cues.ts, who the article is talking about is kept by discourse.ts, and the people a sentence names are resolved by
 * people.ts; this class proposes the candidates and coordinates, sentence by sentence.
 */
import type { Lexicon } from './lexicon';
import { tokenAt, type Token } from '../text/tokens';
import type { QuoteSpan } from './scan';
import { MentionReader, type Mention } from './mentions';
import { compatible, EntityRegistry, type Entity } from './entities';
import type { Gender } from '../languages';
import { CandidateSet, ownCueSubject, proposedInSentence, relaysSource, type Candidate, type MentionKind, type Proposal, type QuoteContext, type Rule } from './candidates';
import { CueReader, type Cue } from './cues';
import { Discourse } from './discourse';
import { PeopleReader } from './people';
import { chooseSpeaker } from './attribution-model';
import { CONNECTOR_GAP } from './quotation';
import { SentenceReader, type Sentence, type Span } from './sentences';
import { SubjectReader } from './subjects';

export interface Attribution {
  span: QuoteSpan;
  speaker: Entity | null;
  /** How likely the model finds it that `speaker` said the quotation; 0 without a speaker. */
  confidence: number;
}

/** What the attribution model saw for one quotation: for training it (scripts/train-quotes.ts). */
export type AttributionObserver = (span: QuoteSpan, candidates: readonly Candidate[], features: readonly number[][]) => void;

const COLON_BEFORE = /[:：][\s\u00a0]*$/u;
/** Marks that end a clause before the one leading into a quotation (not the hyphen of "кто-то"). */
const CLAUSE_BREAK = /^[,;，；—–]$/u;
/** A word of parts joined by a hyphen: "lsvd-schreiben". */
const HYPHENATED = /\p{L}-\p{L}/u;
/** Tokens before a demonstrative within which the person it points back to is named. */
const DEMONSTRATIVE_REACH = 40;

/** A proposal with every field, undefined where not given: proposals then share one shape, and spreading one to add
 *  a mention's evidence (`{ ...proposal, kind, distance }`) stays on V8's fast path, where proposals of several
 *  shapes made that spread the attribution's costliest line. */
function fullProposal(given: Proposal): Proposal {
  const { rule, kind, distance, gender, pronounChoice, position, primary, late, governed, objectLike } = given;
  return { rule, kind, distance, gender, pronounChoice, position, primary, late, governed, objectLike };
}

export class Attributor {
  private readonly reader: MentionReader;
  readonly registry: EntityRegistry;
  private readonly subjects: SubjectReader;
  private readonly sentenceReader: SentenceReader;
  private readonly cues: CueReader;
  private readonly discourse: Discourse;
  private readonly people: PeopleReader;
  /** The number of words before each token (and after the last): distances in words without counting them. */
  private readonly wordsBefore: number[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    private readonly observe?: AttributionObserver,
  ) {
    this.reader = new MentionReader(tokens, text, lexicon);
    this.registry = new EntityRegistry(lexicon);
    this.subjects = new SubjectReader(text, tokens, lexicon, this.reader, this.registry);
    this.sentenceReader = new SentenceReader(text, tokens, lexicon, (i) => this.subjects.verbAt(i));
    this.cues = new CueReader(text, tokens, lexicon, this.reader, this.subjects);
    this.discourse = new Discourse(this.registry);
    this.people = new PeopleReader(tokens, lexicon, this.reader, this.subjects, this.registry, this.discourse);
    this.wordsBefore = new Array<number>(tokens.length + 1);
    this.wordsBefore[0] = 0;
    for (let i = 0; i < tokens.length; i++) this.wordsBefore[i + 1] = this.wordsBefore[i] + (tokens[i].isWord ? 1 : 0);
  }

  /** A verb of saying or a source phrase starts at token `i`. */
  cueAt(i: number): boolean {
    return this.cues.cueAt(i);
  }

  /** From token `i`, a short clause with a verb of saying that closes itself ("Clinton said.", "陈立新说。"). */
  attributionFollows(i: number): boolean {
    return this.sentenceReader.attributionFollows(i);
  }

  /** Words between two token positions. */
  private wordsBetween(a: number, b: number): number {
    return Math.abs(this.wordsBefore[b] - this.wordsBefore[a]);
  }

  /** The kind of a named or described mention, as the model knows it. */
  private kindOf(m: Mention): MentionKind {
    if (m.kind === 'pronoun') return 'pronoun';
    if (m.organisation) return 'organisation';
    if (m.kind === 'descriptor') return 'descriptor';
    if (m.descriptor) return 'namedDescriptor';
    return this.subjects.isPerson(m) ? 'fullName' : 'name';
  }

  /** Proposes the entity a mention names, or those a pronoun may stand for; `quote` is the quotation's nearest token. */
  private proposeMention(set: CandidateSet, m: Mention, quote: number, at: number, proposal: Proposal): void {
    const distance = this.wordsBetween(m.start < quote ? m.end : m.start, quote);
    const gender = m.gender ?? proposal.gender;
    if (m.demonstrative) return this.proposeDemonstrative(set, m, at, { ...proposal, gender, distance });
    if (m.kind === 'pronoun') return this.proposePronoun(set, { ...proposal, gender, distance }, this.namesPerson(m));
    // The kind first: once the mention's entity is registered, a name of one word would read as one the article knows.
    const kind = this.kindOf(m);
    set.add(this.people.entityOf(m, gender, at), { ...proposal, kind, distance, gender, governed: this.reader.governedAt(m.start) });
  }

  /** Proposes each reading of a cue's subject (the likeliest by word order marked), or for a bare verb, whom it may continue. */
  private proposeCue(set: CandidateSet, cue: Cue, quote: number, at: number, rule = cue.rule): void {
    if (!cue.readings.length) return this.proposePronoun(set, fullProposal({ rule, gender: cue.gender, distance: this.wordsBetween(cue.at, quote) }));
    cue.readings.forEach(({ mention, position }, r) => {
      const late = position === 'after' && cue.rule === 'cueAfter' && !cue.verbFirst;
      const objectLike = position === 'after' && (cue.rule === 'cueBefore' || late);
      this.proposeMention(set, mention, quote, at, fullProposal({ rule, gender: cue.gender, position, primary: r === 0, late, objectLike }));
    });
  }

  /** Proposes the person named last before a demonstrative ('In einem Interview mit dem Anwalt, Rainer Wittner, sagte
   *  dieser', 'the latter said'): the one it points back to, not the person the article is talking about. With none
   *  of its gender in reach, whom a pronoun may stand for. */
  private proposeDemonstrative(set: CandidateSet, m: Mention, at: number, proposal: Proposal): void {
    for (let j = m.start - 1; j >= 0 && m.start - j <= DEMONSTRATIVE_REACH; j--) {
      const named = this.reader.forward(j);
      if (!named || named.end > m.start || named.kind === 'pronoun' || !this.subjects.isPerson(named)) continue;
      const entity = this.people.entityOf(named, named.gender, at);
      if (entity && compatible(entity, m.gender)) return set.add(entity, { ...proposal, kind: 'pronoun', pronounChoice: true });
    }
    this.proposePronoun(set, proposal);
  }

  /** Proposes the people a pronoun (or a verb without a subject) may stand for (see `Discourse.pronounCandidates`). */
  private proposePronoun(set: CandidateSet, proposal: Proposal, personOnly = false): void {
    let [choice, ...others] = this.discourse.pronounCandidates(proposal.gender);
    if (personOnly) {
      if (choice?.organisation) choice = this.registry.latestPerson(proposal.gender);
      others = others.filter((entity) => !entity.organisation);
    }
    set.add(choice, { ...proposal, kind: 'pronoun', pronounChoice: true });
    for (const entity of others) set.add(entity, { ...proposal, kind: 'pronoun', primary: false });
  }

  /** The pronoun mention is a written pronoun that stands for a person only (see LanguageTable.pronounsNamePeople),
   *  no verb's implied subject. */
  private namesPerson(m: Mention): boolean {
    return !!this.lexicon.table.pronounsNamePeople && !!this.lexicon.pronounGender(this.tokens[m.start].key);
  }

  /**
   * Proposes every person and organisation mentioned in [from, to) (pronouns aside): the mentions around a quotation
   * whose verb the table does not know ("äußerte sich zuversichtlich: „…“").
   */
  private proposeMentions(set: CandidateSet, from: number, to: number, rule: Rule, quote: number, at: number): void {
    for (let i = from; i < to; i++) {
      if (!this.tokens[i].isWord) continue;
      const m = this.reader.forward(i);
      if (!m || m.end > to) continue;
      if (m.kind !== 'pronoun' && !this.reader.framedByPreposition(m) && (this.subjects.isPerson(m) || m.organisation)) this.proposeMention(set, m, quote, at, fullProposal({ rule }));
      i = m.end - 1;
    }
  }

  /** Proposes the names after a source phrase on either side of the quotation that its own cues did not read
   *  ('"…," Doe said, according to CNN'): the article's source for the words. A source phrase of the quotation's
   *  own on that side is nearer: one beyond it is another clause's ('Nach Angaben des Verfassungsschutzes soll …,
   *  die nach Bewertung der Polizei „…“ hergibt'). */
  private proposeRelayed(set: CandidateSet, own: readonly [after: Cue | null, before: Cue | null], sides: { leftFrom: number; leftTo: number; rightFrom: number; rightTo: number }, at: number): void {
    const read = new Set(own.flatMap((cue) => cue?.readings.map((r) => r.mention.start) ?? []));
    const { leftFrom, leftTo, rightFrom, rightTo } = sides;
    const [after, before] = own;
    const left = before?.rule === 'sourceBefore' ? [] : this.cues.sources(leftFrom, leftTo);
    const right = after?.rule === 'sourceAfter' ? [] : this.cues.sources(rightFrom, rightTo);
    for (const m of left) if (!read.has(m.start)) this.proposeMention(set, m, leftTo, at, fullProposal({ rule: 'relayed' }));
    for (const m of right) if (!read.has(m.start)) this.proposeMention(set, m, rightFrom, at, fullProposal({ rule: 'relayed' }));
    // '"…," Clinton said on Monday, the Times reported': a second verb of saying after the quotation's own.
    const second = after?.rule === 'cueAfter' ? this.cues.after(after.at + 1, rightTo) : null;
    if (second?.rule === 'cueAfter') this.proposeCue(set, second, rightFrom, at, 'relayed');
  }

  /** No paragraph break between two spans: a quotation with no cue of its own goes on from the one before. */
  private sameParagraph(a: QuoteSpan, b: QuoteSpan): boolean {
    return !this.text.slice(a.outerEnd, b.outerStart).includes('\n');
  }

  /** Nothing but marks stands between the sentence's first token and the quotation: it makes the sentence. */
  private opensSentence(first: number, span: QuoteSpan): boolean {
    for (let i = first; i < this.tokens.length && this.tokens[i].start < span.outerStart; i++) if (this.tokens[i].isWord) return false;
    return true;
  }

  /** The clause leading into the quotation in [from, to) (its words after the last comma, semicolon or dash) holds an
   *  anonymous source or an indefinite pronoun where a subject may stand (not right after a preposition): "someone",
   *  "officials", "кто-то", "jemand". */
  private anonymousLeadIn(from: number, to: number): boolean {
    // The marks right before the quotation close no clause of their own: 'Как пояснил источник агентства, «…»'.
    let end = to;
    while (end > from && !this.tokens[end - 1].isWord) end--;
    let clause = end;
    while (clause > from && !CLAUSE_BREAK.test(this.tokens[clause - 1].text)) clause--;
    for (let i = clause; i < end; i++) {
      if (this.lexicon.anonymousSourceAt(this.tokens, i, this.text) && !this.reader.governedAt(i)) return true;
    }
    return false;
  }

  /** A word of the entity's name stands in lower case elsewhere in the text (cased scripts only). */
  private hasLowerCaseWord(entity: Entity): boolean {
    return this.lexicon.table.casedNames && entity.named && entity.nameWords.some((w) => this.reader.writtenInLowerCase(w));
  }

  /** The entity is a document or a speech with no author in its name: "seine Rede", "the letter", "Studie". (A
   *  name of several words carries its author's, "the IMF report", and so does a compound's first part,
   *  "das LSVD-Schreiben".) */
  private namesDocument(entity: Entity): boolean {
    const authored = entity.nameWords.some((w) => HYPHENATED.test(w));
    return (!entity.named || entity.nameWords.length === 1) && !authored && this.lexicon.headsDocument(entity.nameWords);
  }

  /** Words follow the quotation (from token `from`) to its paragraph's end, with no verb of saying among them. */
  private citedAfter(span: QuoteSpan, from: number): boolean {
    const paragraphEnd = this.text.indexOf('\n', span.outerEnd);
    const to = paragraphEnd < 0 ? this.tokens.length : tokenAt(this.tokens, paragraphEnd);
    let words = 0;
    for (let i = from; i < to; i++) {
      if (!this.tokens[i].isWord) continue;
      if (this.cueAt(i)) return false;
      words++;
    }
    return words > 0;
  }

  /** The gender a cue asks of its speaker: its pronoun's, or its verb's form. */
  private cueGender(cue: Cue | null): Gender | undefined {
    const subject = cue?.readings[0]?.mention;
    return subject?.kind === 'pronoun' ? subject.gender ?? cue!.gender : cue?.gender;
  }

  /** The candidate the model finds likeliest, if likely enough, and how likely. */
  private choose(span: QuoteSpan, set: CandidateSet, context: QuoteContext, eligible?: (c: Candidate) => boolean): { speaker: Entity | null; confidence: number } {
    const observe = this.observe && ((features: number[][]) => this.observe!(span, set.list, features));
    const choice = chooseSpeaker(set.list, context, (e) => ({ lowerCaseWord: this.hasLowerCaseWord(e) }), observe, eligible);
    if (!choice) return { speaker: null, confidence: 0 };
    const { candidate, confidence } = choice;
    // A pronoun's gender becomes the person's when the article had not told it.
    if ((candidate.gender === 'm' || candidate.gender === 'f') && !candidate.entity.gender) candidate.entity.gender = candidate.gender;
    return { speaker: candidate.entity, confidence };
  }

  attribute(spans: readonly QuoteSpan[], paragraphs: readonly Span[]): Attribution[] {
    const out: Attribution[] = [];
    let q = 0;
    /** The person who opened the previous sentence, and where that sentence ended. */
    let previousSubject: { entity: Entity; end: number } | null = null;
    /** Where the words of the previous sentence after its last quotation start and end, in tokens. */
    let previousClause: { from: number; to: number; paragraphStart: number } | null = null;
    for (const sentence of this.sentenceReader.sentences(spans, paragraphs)) {
      const first = tokenAt(this.tokens, sentence.start);
      const last = tokenAt(this.tokens, sentence.end);
      this.discourse.paragraphStart = sentence.paragraphStart;
      const inSentence: QuoteSpan[] = [];
      while (q < spans.length && spans[q].outerStart < sentence.end) inSentence.push(spans[q++]);
      const subject = this.people.sentenceSubject(first, inSentence.length ? tokenAt(this.tokens, inSentence[0].outerStart) : last, sentence.start);
      const subjectBefore = previousSubject && !this.text.slice(previousSubject.end, sentence.start).includes('\n') ? previousSubject.entity : null;
      previousSubject = subject ? { entity: subject, end: sentence.end } : null;
      if (!inSentence.length) {
        const introduced = this.people.discover(first, last, sentence.start);
        // The sentence is about its subject, whoever else it names ('Seit Jahren ist er im Ort Kirchmöser aktiv').
        this.discourse.setTopic(subject ?? introduced, sentence.start);
        // A sentence whose subject the word order did not tell ('Die deutsche Ministerin X sprach sich … aus.') is
        // taken to be about the first person it introduces with a role.
        if (!subject && introduced?.descriptors.length && !introduced.organisation) previousSubject = { entity: introduced, end: sentence.end };
      } else {
        this.discourse.setTopic(subject, sentence.start);
        const cueBefore = previousClause && this.previousSentenceCue(previousClause, sentence);
        for (let k = 0; k < inSentence.length; k++) {
          out.push(this.attributeOne(inSentence, k, sentence, { subject, subjectBefore, cueBefore }, out));
        }
      }
      const lastQuote = inSentence[inSentence.length - 1];
      previousClause = { from: lastQuote ? tokenAt(this.tokens, lastQuote.outerEnd) : first, to: last, paragraphStart: sentence.paragraphStart };
    }
    this.shareRunOnSpeakers(out);
    return out;
  }

  /** A quotation running over paragraphs is one person's: a part given to nobody takes the speaker of the part it runs
   *  on into, when a verb of saying closes that one ('« Nous avons été surpris … [new paragraph] « Nous demandons … »,
   *  a poursuivi Sophie Binet'). */
  private shareRunOnSpeakers(out: Attribution[]): void {
    for (let k = out.length - 2; k >= 0; k--) {
      const [part, next] = [out[k], out[k + 1]];
      if (part.speaker || !part.span.runsOn || !next.span.continues || !next.speaker) continue;
      if (!this.attributionFollows(tokenAt(this.tokens, next.span.outerEnd))) continue;
      out[k] = { ...part, speaker: next.speaker, confidence: next.confidence };
      next.speaker.quotes++;
    }
  }

  /** The cue of the sentence before, when it ends the paragraph before or stands in this one. */
  private previousSentenceCue(clause: { from: number; to: number; paragraphStart: number }, sentence: Sentence): Cue | null {
    const adjacent = clause.paragraphStart === sentence.paragraphStart || sentence.start === sentence.paragraphStart;
    return adjacent && clause.to > clause.from ? this.cues.before(clause.from, clause.to) : null;
  }

  /** '"A" and "B," said Jane Doe': for quotation `k`, the verb of saying after the next one, when only a conjunction
   *  or marks stand between them. */
  private proposeJoinedCue(set: CandidateSet, inSentence: readonly QuoteSpan[], k: number, sentence: Sentence, at: number): void {
    const [span, next, afterNext] = [inSentence[k], inSentence[k + 1], inSentence[k + 2]];
    if (!next || !CONNECTOR_GAP.test(this.text.slice(span.outerEnd, next.outerStart))) return;
    const from = tokenAt(this.tokens, next.outerEnd);
    const cue = this.cues.after(from, tokenAt(this.tokens, afterNext ? afterNext.outerStart : sentence.end));
    if (cue) this.proposeCue(set, cue, from, at, 'joined');
  }

  /** The speaker of quotation `k` of the sentence, from every pattern's candidates. */
  private attributeOne(
    inSentence: readonly QuoteSpan[],
    k: number,
    sentence: Sentence,
    around: { subject: Entity | null; subjectBefore: Entity | null; cueBefore: Cue | null },
    out: readonly Attribution[],
  ): Attribution {
    const span = inSentence[k];
    const at = span.start;
    const first = tokenAt(this.tokens, sentence.start);
    const previous = k > 0 ? out[out.length - 1] : null;
    const leftFrom = previous ? tokenAt(this.tokens, previous.span.outerEnd) : first;
    const leftTo = tokenAt(this.tokens, span.outerStart);
    const rightFrom = tokenAt(this.tokens, span.outerEnd);
    const rightTo = k + 1 < inSentence.length ? tokenAt(this.tokens, inSentence[k + 1].outerStart) : tokenAt(this.tokens, sentence.end);
    const latest = out[out.length - 1] ?? null;
    this.discourse.lastSpeaker = latest?.speaker ?? null;
    const labelled = this.labelledTurn(span, at, out);
    if (labelled) return labelled;
    const set = new CandidateSet();
    const opens = this.opensSentence(first, span);
    const before = this.cues.before(leftFrom, leftTo);
    const after = this.cues.subordinateClauses(this.cues.after(rightFrom, rightTo), before, { first, leftFrom, leftTo, rightFrom, rightTo, quoteFollows: k + 1 < inSentence.length });
    const anonymousSubject = !!(after?.anonymousSubject || before?.anonymousSubject);
    const unnamedSpeaker = anonymousSubject || (!opens && this.anonymousLeadIn(leftFrom, leftTo));
    // 'Someone wrote: «…»', '«…», dijo una fuente': the verb's subject is the unnamed someone, not a person named
    // before whom it may continue.
    if (after && !(after.anonymousSubject && after.subjectless)) this.proposeCue(set, after, rightFrom, at);
    if (before && !(unnamedSpeaker && before.subjectless)) this.proposeCue(set, before, leftTo, at);
    if (previous && CONNECTOR_GAP.test(this.text.slice(previous.span.outerEnd, span.outerStart))) set.add(previous.speaker, { rule: 'joined' });
    this.proposeJoinedCue(set, inSentence, k, sentence, at);
    if (span.continues && latest) set.add(latest.speaker, { rule: 'continues' });
    set.add(around.subject, { rule: 'sentenceSubject' });
    // Reported speech goes on in the sentence after its speaker's ('X sprach sich dagegen aus. Zwar sei „…“'): a
    // quotation with no cue of its own may be the words of the person the sentence before opened with.
    const ownCue = !!(after || before);
    if (around.subjectBefore && k === 0 && (opens || !ownCue)) set.add(around.subjectBefore, { rule: 'previousSubject' });
    if (latest && this.sameParagraph(latest.span, span)) set.add(latest.speaker, { rule: 'paragraphSpeaker' });
    const announced = this.cues.announcement(span);
    if (announced) this.proposeCue(set, announced, leftTo, at, 'announced');
    this.proposeMentions(set, leftFrom, leftTo, 'mentionBefore', leftTo, at);
    this.proposeMentions(set, rightFrom, rightTo, 'mentionAfter', rightFrom, at);
    if (k === 0 && around.cueBefore) this.proposeCue(set, around.cueBefore, leftTo, at, 'previousSentenceCue');
    // '"…," Doe said, according to CNN. "…"': the source the sentence before named goes on.
    if (k === 0 && around.cueBefore?.rule === 'sourceBefore' && opens) this.proposeCue(set, around.cueBefore, leftTo, at, 'relayed');
    this.proposeRelayed(set, [after, before], { leftFrom, leftTo, rightFrom, rightTo }, at);
    set.add(this.discourse.topic, { rule: 'topic' });
    set.add(this.discourse.lastSpeaker, { rule: 'previousSpeaker' });
    const context: QuoteContext = {
      previousSpeaker: this.discourse.lastSpeaker,
      topic: this.discourse.topic,
      colonBefore: COLON_BEFORE.test(this.text.slice(Math.max(0, span.outerStart - 3), span.outerStart)),
      opensSentence: opens,
      opensParagraph: span.outerStart === sentence.paragraphStart,
      ownCue,
      cueGender: this.cueGender(after) ?? this.cueGender(before),
      invertsSubject: this.lexicon.table.invertsSubject,
      topicSinceQuote: !!latest && this.discourse.topicAt > latest.span.outerEnd,
      citedInClause: this.citedAfter(span, rightFrom),
      capitalisesNouns: this.lexicon.capitalisesNouns,
      reportedSpeech: !ownCue && (this.lexicon.reportsSpeech(this.tokens, leftFrom, leftTo) || this.lexicon.reportsSpeech(this.tokens, rightFrom, rightTo)),
      relaysSource: relaysSource(set.list),
      cuesBothSides: after?.rule === 'cueAfter' && !after.subjectless && before?.rule === 'cueBefore' && !before.subjectless,
    };
    // The gender the quotation's own cue asks for (its pronoun's, its verb's form) rules out whoever it cannot stand
    // for: "she added" is no man's.
    set.dropClashing(context.cueGender);
    // 'Someone hung a poster: «…»': the quotation is the words of a source its sentence leaves unnamed, not of
    // anyone the article spoke of before. A document or a speech is no speaker: its author is, when its name says
    // who ("the IMF report"), else nobody ("in seiner Rede sagte …" is the subject's, "laut einer Studie" nobody's).
    // '"…," a statement from the port said': the document the quotation's own verb gives speaks for someone its
    // sentence may name, not for a person the article spoke of before.
    const documentSpeaks = set.list.some((c) => ownCueSubject(c) && this.namesDocument(c.entity));
    // '«…», dijo a EFE una fuente': of those its sentence names, only the verb's own subject may have spoken it, not
    // the outlet it was told to.
    const inReach = (c: Candidate) => (anonymousSubject ? ownCueSubject(c) : proposedInSentence(c));
    const eligible = (c: Candidate) => !this.namesDocument(c.entity) && (!(unnamedSpeaker || documentSpeaks) || inReach(c));
    const { speaker, confidence } = this.choose(span, set, context, eligible);
    return this.said(span, speaker, confidence);
  }

  /** A quoted transcript turn is its label's, an interview's answer the interviewee's (who gave the answers before,
   *  else the person the article is about): no other evidence weighs against the text's own word. */
  private labelledTurn(span: QuoteSpan, at: number, out: readonly Attribution[]): Attribution | null {
    if (span.label) return this.said(span, this.registry.byName(span.label, null, undefined, at), 1);
    if (!span.answer) return null;
    const interviewee = out.findLast((a) => a.span.answer)?.speaker ?? this.discourse.topic;
    return this.said(span, interviewee, interviewee ? 1 : 0);
  }

  /** The attribution of a quotation to `speaker`, who becomes the person the article is talking about. */
  private said(span: QuoteSpan, speaker: Entity | null, confidence: number): Attribution {
    if (speaker) {
      speaker.lastSeen = span.start;
      speaker.quotes++;
      this.discourse.setTopic(speaker, span.start);
    }
    return { span, speaker, confidence };
  }
}
