/**
 * Candidate speakers of one quotation and the evidence for each, as language-independent features. The patterns
 * that find candidates read each language's table (its verbs of saying, source phrases, pronouns, role nouns); what
 * they found is described here in terms every language shares (which pattern, which side of the quotation, how
 * far, what kind of mention), so that one model, fitted on annotated articles, weighs the evidence in all of them.
 */
import type { Gender } from '../languages';
import { compatible, type Entity } from './entities';
import type { SubjectPosition } from './subjects';

/** The patterns that propose a candidate. */
export const RULES = [
  /** A name after a dash signing the quotation: '“…” — Jane Doe'. */
  'signed',
  /** A source phrase after or before the quotation: "according to X", "laut X". */
  'sourceAfter',
  'sourceBefore',
  /** The subject of a verb of saying after the quotation ('"…," Jane Doe said') or before it ('Doe said: "…"'). */
  'cueAfter',
  'cueBefore',
  /** A verb of saying with no subject of its own ('"…," added.' / 'added that "…"'): someone spoken of already. */
  'bareCueAfter',
  'bareCueBefore',
  /** A person named right after the quotation whose clause a verb of saying ends. */
  'namedThenCue',
  /** The speaker of a quotation joined to this one in its sentence ('"A" and "B"', '"A," she said, "B"'). */
  'joined',
  /** The speaker of the quotation this one continues into a new paragraph. */
  'continues',
  /** The person the sentence opens with, whatever its verb: 'Trump attacked "the hateful ideology"'. */
  'sentenceSubject',
  /** The person who opened the sentence before, in the same paragraph, when the quotation opens its own sentence or
   *  its sentence has no cue of its own. */
  'previousSubject',
  /** The speaker of the quotation before, in the same paragraph. */
  'paragraphSpeaker',
  /** The speaker announced by the paragraph before, ending with a colon. */
  'announced',
  /** A person or organisation mentioned in the quotation's sentence, before or after it. */
  'mentionBefore',
  'mentionAfter',
  /** The subject of a verb of saying in the sentence before ('… Kerry said. "That adds up …"'). */
  'previousSentenceCue',
  /** The person the article is talking about. */
  'topic',
  /** The speaker of the quotation before, wherever it stands. */
  'previousSpeaker',
  /** A name after a source phrase in the quotation's sentence that is not its own cue: the source the article took
   *  the words from ('"…," Doe said, according to CNN'), whom annotators take as the speaker. */
  'relayed',
] as const;

export type Rule = (typeof RULES)[number];

/** A bit for each name of a list (`bit`), and the bits in the list's order (`bits`), for the features, which are read
 *  for every candidate of every quotation. */
function bitFlags<T extends string>(names: readonly T[]): { bit: Map<T, number>; bits: number[] } {
  const bit = new Map<T, number>(names.map((name, i) => [name, 1 << i]));
  return { bit, bits: names.map((name) => bit.get(name)!) };
}

const { bit: RULE_BIT, bits: RULE_BITS } = bitFlags(RULES);

/** How a mention named the candidate. */
export const MENTION_KINDS = [
  /** A name that surely stands for a person (two words or more, or one the article knows). */
  'fullName',
  /** Any other name: one word the article has not named anyone by before. */
  'name',
  /** A role noun with a name: "the mayor, Jane Doe". */
  'namedDescriptor',
  /** A role noun alone: "the mayor", "die Ministerin". */
  'descriptor',
  /** An organisation: "the Daily News", "die FIFA", "CNN". */
  'organisation',
  /** A pronoun, or a verb with no subject of its own ('added'). */
  'pronoun',
] as const;

export type MentionKind = (typeof MENTION_KINDS)[number];
const { bit: KIND_BIT, bits: KIND_BITS } = bitFlags(MENTION_KINDS);

/** One candidate and what points to it. */
export interface Candidate {
  entity: Entity;
  /** The rules that proposed it, as bits of RULES. */
  rules: number;
  /** The kinds of mention that named it, as bits of MENTION_KINDS. */
  kinds: number;
  /** Fewest words between a mention of it and the quotation; Infinity when no mention of it was read here. */
  distance: number;
  /** The gender a pronoun or a verb form asked of it. */
  gender?: Gender;
  /** The entity an older rule resolved a pronoun to, among those it could stand for. */
  pronounChoice: boolean;
  /** Where it stood as the subject of a verb of saying, as bits of POSITIONS. */
  positions: number;
  /** It was the likeliest reading of a verb's subject by word order. */
  primary: boolean;
  /** It stood right after a verb of saying other than the first word after the quotation: the subject in a language
   *  that inverts subjects, the object in one that does not ("called Clinton", "told AFP"). */
  objectLike: boolean;
  /** Some mention of it here stands where a subject may: not right after a preposition ("in Tel Aviv", "to Clinton"). */
  free: boolean;
  /** It stood right after a verb of saying that comes later than the first word after the quotation: in English an
   *  object more often than a subject ('"…," Ramos told AFP'). */
  late: boolean;
}

/** Where a subject stood (see SubjectPosition), and 'named' for a name after a source phrase or a signature's dash. */
export const POSITIONS = ['inside', 'before', 'after', 'apart', 'named'] as const;
export type Position = SubjectPosition | 'named';
const { bit: POSITION_BIT, bits: POSITION_BITS } = bitFlags<Position>(POSITIONS);

/** What a pattern found: the candidate and how. */
export interface Proposal {
  rule: Rule;
  kind?: MentionKind;
  distance?: number;
  gender?: Gender;
  pronounChoice?: boolean;
  position?: Position;
  primary?: boolean;
  late?: boolean;
  /** The mention stands right after a preposition. */
  governed?: boolean;
  objectLike?: boolean;
}

/** The candidates of one quotation, each once, with the evidence of every rule that proposed it. */
export class CandidateSet {
  readonly list: Candidate[] = [];

  add(entity: Entity | null, proposal: Proposal): void {
    if (!entity) return;
    let candidate = this.list.find((c) => c.entity === entity);
    if (!candidate) {
      candidate = { entity, rules: 0, kinds: 0, distance: Infinity, pronounChoice: false, positions: 0, primary: false, late: false, objectLike: false, free: false };
      this.list.push(candidate);
    }
    candidate.rules |= RULE_BIT.get(proposal.rule)!;
    if (proposal.kind) candidate.kinds |= KIND_BIT.get(proposal.kind)!;
    if (proposal.distance !== undefined) candidate.distance = Math.min(candidate.distance, proposal.distance);
    if (proposal.gender) candidate.gender ??= proposal.gender;
    if (proposal.pronounChoice) candidate.pronounChoice = true;
    if (proposal.position) candidate.positions |= POSITION_BIT.get(proposal.position)!;
    if (proposal.primary) candidate.primary = true;
    if (proposal.late) candidate.late = true;
    if (proposal.objectLike) candidate.objectLike = true;
    if (proposal.distance !== undefined && !proposal.governed) candidate.free = true;
  }

  /** Drops the candidates of a known gender that `gender` rules out, but for a name the quotation's own cue gave. */
  dropClashing(gender: Gender | undefined): void {
    const named = ~KIND_BIT.get('pronoun')!;
    const kept = this.list.filter((c) => genderOf(c.entity, gender) !== 'clashes' || (c.rules & OWN_CUE_BITS && c.kinds & named));
    this.list.splice(0, this.list.length, ...kept);
  }
}

/** What holds for the quotation as a whole, whoever the candidate. */
export interface QuoteContext {
  previousSpeaker: Entity | null;
  topic: Entity | null;
  /** A colon stands right before the quotation's opening mark. */
  colonBefore: boolean;
  /** Nothing but the quotation's marks stands before it in its sentence. */
  opensSentence: boolean;
  /** The quotation opens its paragraph. */
  opensParagraph: boolean;
  /** A verb of saying, source phrase or signature of the quotation's own sentence points to a speaker. */
  ownCue: boolean;
  /** The gender the quotation's own cue asks for (a pronoun, or a verb's form). */
  cueGender?: Gender;
  /** The language puts subjects after their verbs (LanguageTable.invertsSubject). */
  invertsSubject: boolean;
  /** The article took up the topic after the previous quotation: it has moved on from that quotation's speaker. */
  topicSinceQuote: boolean;
  /** Words follow the quotation in its paragraph, with no verb of saying among them: the quotation is cited and
   *  talked about ('"…" The words have become a slogan of the protests.'). */
  citedInClause: boolean;
  /** The language capitalises every noun (German): a capitalised word alone is a weaker sign of a name. */
  capitalisesNouns: boolean;
  /** The quotation's sentence has no cue of its own and a verb form of reported speech ('Zwar sei …, das habe …'). */
  reportedSpeech: boolean;
  /** The quotation's sentence names the source the article took the words from, beside their speaker (rule
   *  'relayed'). */
  relaysSource: boolean;
  /** Verbs of saying with their subjects read on both sides of the quotation: the one after often opens the next
   *  clause ('X asserted that "…" Y said Wednesday she, too, …'). */
  cuesBothSides: boolean;
}

const MENTION_BEFORE = RULE_BIT.get('mentionBefore')!;
const MENTIONED = MENTION_BEFORE | RULE_BIT.get('mentionAfter')!;
/** A name of one word the article had not named anyone by (kind 'name'). */
const NAME_ONLY = KIND_BIT.get('name')!;
const PREVIOUS_SUBJECT = RULE_BIT.get('previousSubject')!;
const RELAYED = RULE_BIT.get('relayed')!;
const CUE_AFTER = RULE_BIT.get('cueAfter')!;
const CUE_BEFORE = RULE_BIT.get('cueBefore')!;
/** The rules that read the quotation's own cue. */
const OWN_CUE = ['signed', 'sourceAfter', 'sourceBefore', 'cueAfter', 'cueBefore', 'bareCueAfter', 'bareCueBefore', 'namedThenCue'] as const;
const OWN_CUE_BITS = OWN_CUE.reduce((bits, rule) => bits | RULE_BIT.get(rule)!, 0);
/** The rules that read a mention in the quotation's own sentence. */
const IN_SENTENCE_BITS = [...OWN_CUE, 'joined', 'continues', 'sentenceSubject', 'mentionBefore', 'mentionAfter', 'relayed'].reduce((bits, rule) => bits | RULE_BIT.get(rule as Rule)!, 0);

/** What the article tells of the entity's name. */
export interface NameEvidence {
  /** A word of the name stands in lower case elsewhere in the text ("State" of "State University"). */
  lowerCaseWord: boolean;
}

/** The names of the features, in the order of the model's weights. */
export const FEATURES = [
  'bias',
  ...RULES.map((rule) => `rule:${rule}`),
  ...MENTION_KINDS.map((kind) => `kind:${kind}`),
  ...POSITIONS.map((position) => `subject:${position}`),
  'subject:primary',
  'subject:late',
  'noMention',
  'distance',
  'nearby',
  'ruleCount',
  'entity:mentions',
  'entity:quotes',
  'entity:named',
  'entity:organisation',
  'entity:lowerCaseWord',
  'isPreviousSpeaker',
  'isTopic',
  'pronounChoice',
  'genderAgrees',
  'genderClashes',
  'mentionBefore&colon',
  'previousSubject&opensParagraph',
  'candidates',
  'ownCue',
  'besideOwnCue',
  'cueGenderAgrees',
  'cueGenderClashes',
  'carriedPastLeadIn',
  'governed',
  'subject:afterUninverted',
  'isTopicSinceQuote',
  'carriedIntoClause',
  'carriedPastColon',
  'name&capitalisedNouns',
  'previousSubject&leadIn',
  'carried&reportedSpeech',
  /** Read by the quotation's own cue, in a sentence that names another as the source of the words. */
  'ownCue&relayed',
  /** The subject of the verb after the quotation only, where the verb before it has a subject of its own. */
  'cueAfterOnly&cuesBothSides',
  /** Only mentioned in the quotation's sentence, which has no cue: 'Lux warnte, dass die Lehrer „als …“ dienten'. */
  'mentionOnly&noCue',
] as const;

/** The feature vector of a candidate, in the order of FEATURES. */
export function featuresOf(c: Candidate, context: QuoteContext, name: NameEvidence, candidates: number): number[] {
  const e = c.entity;
  const mentioned = c.distance !== Infinity;
  const agrees = !!c.gender && !!e.gender && compatible(e, c.gender);
  return [
    1,
    ...RULE_BITS.map((bit) => (c.rules & bit ? 1 : 0)),
    ...KIND_BITS.map((bit) => (c.kinds & bit ? 1 : 0)),
    ...POSITION_BITS.map((bit) => (c.positions & bit ? 1 : 0)),
    c.primary ? 1 : 0,
    c.late ? 1 : 0,
    mentioned ? 0 : 1,
    mentioned ? Math.log1p(c.distance) / 3 : 0,
    mentioned && c.distance <= 3 ? 1 : 0,
    bitCount(c.rules) / 4,
    Math.log1p(e.mentions) / 3,
    Math.log1p(e.quotes) / 3,
    e.named ? 1 : 0,
    e.organisation ? 1 : 0,
    name.lowerCaseWord ? 1 : 0,
    e === context.previousSpeaker ? 1 : 0,
    e === context.topic ? 1 : 0,
    c.pronounChoice ? 1 : 0,
    agrees ? 1 : 0,
    c.gender && e.gender && !agrees ? 1 : 0,
    c.rules & MENTION_BEFORE && context.colonBefore ? 1 : 0,
    c.rules & PREVIOUS_SUBJECT && context.opensParagraph ? 1 : 0,
    Math.log1p(candidates) / 3,
    c.rules & OWN_CUE_BITS ? 1 : 0,
    context.ownCue && !(c.rules & OWN_CUE_BITS) ? 1 : 0,
    genderOf(e, context.cueGender) === 'agrees' ? 1 : 0,
    genderOf(e, context.cueGender) === 'clashes' ? 1 : 0,
    !(c.rules & IN_SENTENCE_BITS) && !context.opensSentence ? 1 : 0,
    mentioned && !c.free ? 1 : 0,
    c.objectLike && !context.invertsSubject ? 1 : 0,
    e === context.topic && context.topicSinceQuote ? 1 : 0,
    !(c.rules & IN_SENTENCE_BITS) && context.citedInClause ? 1 : 0,
    !(c.rules & IN_SENTENCE_BITS) && !context.opensSentence && context.colonBefore ? 1 : 0,
    c.kinds & NAME_ONLY && context.capitalisesNouns ? 1 : 0,
    c.rules & PREVIOUS_SUBJECT && !context.opensSentence ? 1 : 0,
    !(c.rules & IN_SENTENCE_BITS) && context.reportedSpeech ? 1 : 0,
    c.rules & OWN_CUE_BITS && !(c.rules & RELAYED) && context.relaysSource ? 1 : 0,
    c.rules & CUE_AFTER && !(c.rules & CUE_BEFORE) && context.cuesBothSides ? 1 : 0,
    !context.ownCue && c.rules & MENTIONED && !(c.rules & ~MENTIONED & IN_SENTENCE_BITS) ? 1 : 0,
  ];
}

/** A rule of the quotation's own sentence proposed the candidate: it is not only carried from outside it (the
 *  previous speaker, the topic, the subject of the sentence before, …). */
export function proposedInSentence(c: Candidate): boolean {
  return (c.rules & IN_SENTENCE_BITS) !== 0;
}

/** The candidate is the likeliest subject of the quotation's own verb of saying, or the name its source phrase gives. */
export function ownCueSubject(c: Candidate): boolean {
  return c.primary && (c.rules & OWN_CUE_BITS) !== 0;
}

/** Some candidate was named as the source the article took the words from (rule 'relayed'). */
export function relaysSource(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.rules & RELAYED);
}

/** Whether a known gender of the entity agrees with the one a cue asks for. */
export function genderOf(entity: Entity, gender: Gender | undefined): 'agrees' | 'clashes' | 'unknown' {
  if (!gender || !entity.gender) return 'unknown';
  return compatible(entity, gender) ? 'agrees' : 'clashes';
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}
