/**
 * The people a sentence names, resolved to the entities of the registry: who a stretch of text introduces, whom a
 * sentence opens with, and the entity of each name or descriptor, resolved once per mention.
 */
import type { Gender } from '../languages';
import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import { hasWhiteSpace } from '../text/white-space';
import type { Discourse } from './discourse';
import { introduced, type Entity, type EntityRegistry } from './entities';
import type { Lexicon } from './lexicon';
import { CAPITAL, COMMA, LOWER_CASE, type Mention, type MentionReader } from './mentions';
import type { SubjectReader } from './subjects';

/** Tokens an introductory phrase may take before the comma after which a sentence's subject stands. */
const MAX_INTRODUCTION_TOKENS = 12;

export class PeopleReader {
  /** The entity of each mention read so far (see `entityOf`). */
  private readonly resolved = new Map<Mention, Entity>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    private readonly reader: MentionReader,
    private readonly subjects: SubjectReader,
    private readonly registry: EntityRegistry,
    private readonly discourse: Discourse,
  ) {}

  /**
   * The entity a name or a descriptor stands for, resolved once per mention: the patterns of several quotations read
   * the same mention, which is one mention of its entity.
   */
  entityOf(m: Mention, gender: Gender | undefined, at: number): Entity {
    const known = this.resolved.get(m);
    if (known) {
      known.lastSeen = at;
      if (gender === 'm' || gender === 'f') known.gender ??= gender;
      return known;
    }
    const referent = m.epithet && !m.organisation ? this.epithetReferent(gender) : null;
    const entity =
      this.knownBySurname(m) ??
      (m.kind === 'name' ? this.registry.byName(m.name!, m.descriptor ?? m.title ?? null, gender, at, m.organisation) : this.registry.byDescriptor(m.descriptor!, gender, at, m.organisation, referent, m.complement));
    this.resolved.set(m, entity);
    return entity;
  }

  /**
   * The person an epithet refers back to ("el jefe del Ejecutivo", "глава региона"): the one a pronoun would stand
   * for, if the article introduced them with a role (an epithet names a role they hold), else the person so
   * introduced most recently mentioned.
   */
  private epithetReferent(gender: Gender | undefined): Entity | null {
    const choice = this.discourse.pronounChoice(gender);
    return choice?.named && !choice.organisation && introduced(choice) ? choice : this.registry.latestIntroduced(gender);
  }

  /**
   * Without capitals, a name read after its verb may run on into the next word ("אמר נתניהו בפתח הישיבה", 'said
   * Netanyahu at the opening of the meeting'): a name of several words, known to no one whole, whose first word is
   * the surname of someone the article named, is that person.
   */
  private knownBySurname(m: Mention): Entity | null {
    if (m.kind !== 'name' || m.descriptor || this.lexicon.table.casedNames || !hasWhiteSpace(m.name!) || this.registry.knows(m.name!)) return null;
    const first = m.name!.split(/\s+/, 1)[0];
    const known = this.registry.byNameWord(fold(first), first);
    return known && known.nameWords.length > 1 && known.nameWords[known.nameWords.length - 1] === fold(first) ? known : null;
  }

  /**
   * Registers the people a stretch of text introduces (a descriptor with a name; in scripts with capitals, a full
   * name) and returns the first person it mentions, known or new: the sentence's likely subject.
   */
  discover(from: number, to: number, at: number): Entity | null {
    let first: Entity | null = null;
    // In a script with capitals a name starts with one, so none starts after the stretch's last capitalised word.
    let lastCapital = to - 1;
    if (this.lexicon.table.casedNames) while (lastCapital >= from && !CAPITAL.test(this.tokens[lastCapital].text)) lastCapital--;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!t.isWord) continue;
      const m = i <= lastCapital ? this.reader.forward(i) ?? this.reader.possessiveName(i) : null;
      const introduces = !!m && m.end <= to && (m.kind === 'name' ? m.descriptor !== null || this.namesPerson(m.name!) : this.namedOrganisation(m));
      if (introduces) {
        const entity = this.entityOf(m!, m!.gender, at);
        // An organisation the sentence names in passing is no topic ("his bid for a U.S. Senate seat").
        if (!entity.organisation) first ??= entity;
        i = m!.end - 1;
        continue;
      }
      const known = this.registry.byNameWord(t.key, t.text);
      if (known) {
        known.lastSeen = at;
        known.mentions++;
        first ??= known;
      }
    }
    return first;
  }

  /** Without capitals, an organisation written with its name ("وزارة الصحة الفلسطينية"), which the article may call
   *  by its noun alone later ("وأضافت الوزارة"). (With capitals an organisation's name is a name.) */
  private namedOrganisation(m: Mention): boolean {
    return m.kind === 'descriptor' && !!m.organisation && !this.lexicon.table.casedNames && m.end - m.start >= 2;
  }

  /** A name that surely stands for a person with no role beside it: in a script with capitals, one of several words;
   *  without, one opening with a given or family name the table lists. */
  private namesPerson(name: string): boolean {
    return this.lexicon.table.casedNames ? hasWhiteSpace(name) : this.lexicon.opensWithListedName(name);
  }

  /**
   * The person a sentence opens with, before `limit`: "Trump attacked …", "Clinton, the former secretary, stressed …",
   * or after an introductory phrase: "In a White House statement, President Obama condemned …".
   */
  sentenceSubject(first: number, limit: number, at: number): Entity | null {
    let m = this.subjectAt(first, limit) ?? this.subjectAfterAdverbAndVerb(first, limit);
    for (let i = first; !m && i < limit && i - first <= MAX_INTRODUCTION_TOKENS; i++) {
      if (!COMMA.test(this.tokens[i].text)) continue;
      // Where the verb opens the clause, a person before the first comma is its subject, and the one after it an
      // object or an apposition: "ودمغ رئيس الاتحاد محمد تبيدي، وزير المالية بالفشل".
      m = (this.lexicon.table.verbInitial ? this.subjects.firstPerson(first, i) : null) ?? this.subjectAt(i + 1, limit);
      if (!this.lexicon.table.verbSecond) break;
      // Where the verb comes second, a clause set before it ends with its own verb and a comma; the main clause's verb
      // comes next, then its subject: "In einem Bericht, der am Abend erschien, rechtfertigte das Ministerium …".
      if (!m && LOWER_CASE.test(this.tokens[i - 1]?.text ?? '')) m = this.subjectAfterVerb(i + 1, limit);
    }
    if (!m) return null;
    return m.kind === 'pronoun' ? this.discourse.pronounChoice(m.gender) : this.entityOf(m, m.gender, at);
  }

  /**
   * Where nouns are capitalised and the verb comes second, the person or body right after an opening adverb and a
   * verb, a word in lower case that opens no noun phrase: "Außerdem halte die Fraktion den Schritt für …", "Dennoch
   * sei der Minister …".
   */
  private subjectAfterAdverbAndVerb(first: number, limit: number): Mention | null {
    const adverb = this.tokens[first];
    if (!adverb?.isWord || !(this.lexicon.isStopWord(adverb.key) || this.lexicon.isNameBreaker(adverb.key))) return null;
    return this.subjectAfterVerb(first + 1, limit);
  }

  /** Where nouns are capitalised and the verb comes second, the person or body right after a verb at token `i`, a
   *  word in lower case that opens no noun phrase. */
  private subjectAfterVerb(i: number, limit: number): Mention | null {
    const lex = this.lexicon;
    const verb = this.tokens[i];
    if (!lex.capitalisesNouns || !lex.table.invertsSubject || !verb?.isWord || !LOWER_CASE.test(verb.text) || lex.isNounMarker(verb.key)) return null;
    const m = this.reader.forward(i + 1);
    return m && m.end < limit && m.kind !== 'pronoun' && (this.subjects.isPerson(m) || m.organisation) ? m : null;
  }

  /**
   * A mention at token `i` that reads as a clause's subject: a verb, a parenthesis or an appositive follows it
   * ("Clinton, the former secretary, stressed"; not the title in "In her book, Living History, Clinton noted").
   */
  private subjectAt(i: number, limit: number): Mention | null {
    const m = this.reader.forward(i);
    if (!m || m.end >= limit || this.reader.introducedBySource(m)) return null;
    const next = this.tokens[m.end];
    const apposed = COMMA.test(next.text) && (m.descriptor !== null || LOWER_CASE.test(this.tokens[m.end + 1]?.text ?? ''));
    if (!next.isWord && next.text !== '(' && !apposed) return null;
    return m.kind === 'pronoun' || this.subjects.isPerson(m) || m.organisation || this.reader.properName(m) ? m : null;
  }
}
