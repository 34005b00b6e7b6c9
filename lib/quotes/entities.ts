/**
 * The people an article quotes, each one entity however the article refers to them: full name, surname,
 * descriptor ("the mayor", "الرئيس الروسي"), honorific. Mentions are merged into entities as they come.
 */
import type { Gender } from '../languages';
import { fold } from '../text/fold';
import type { Lexicon } from './lexicon';

export interface Entity {
  /** The fullest name seen (or the descriptor, for someone never named). */
  name: string;
  /** Folded words of `name`. */
  nameWords: string[];
  named: boolean;
  /** Every form seen, as written. */
  forms: Set<string>;
  /** Folded descriptors the article used with the name, as word lists. */
  descriptors: string[][];
  gender?: Gender;
  /** Article-text offset of the latest mention. */
  lastSeen: number;
  /** Times the article mentioned it so far, and quotations attributed to it so far. */
  mentions: number;
  quotes: number;
  /** An organisation (a newspaper, a ministry, a company, a report) rather than a person. */
  organisation: boolean;
  /** Folded words of the complement naming whom an unnamed person's role serves ("for Platte River"). */
  complement?: string[];
}

const HAN = /\p{Script=Han}/u;

function words(text: string): string[] {
  return fold(text).split(/[\s\u00a0]+/u).filter(Boolean);
}

/** `needle` stands in `hay` as a contiguous run of words (of characters, for Chinese when `han`). */
function containsRun(hay: readonly string[], needle: readonly string[], han = false): boolean {
  if (han && HAN.test(needle.join('')) && HAN.test(hay.join(''))) return hay.join('').includes(needle.join(''));
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Named entities by each word of their names (and each character of a Chinese name), so that a look-up by name,
   *  asked for every word of the article, reads only the few entities that share a word with it. */
  private readonly byWord = new Map<string, Entity[]>();

  /** The language is written in Chinese characters: names compare character by character. (Elsewhere a Chinese
   *  character in a name is rare enough to compare words only, sparing a script test at every comparison.) */
  private readonly han: boolean;

  /** A role's complement follows it: after the noun ("وزیر امور خارجه"), or in the genitive ("глава МИД"). */
  private readonly complementsFollowRole: boolean;

  constructor(private readonly lexicon: Lexicon) {
    this.han = lexicon.table.script === 'Han';
    this.complementsFollowRole = !!(lexicon.table.modifiersFollowNoun || lexicon.table.roleComplementEndings);
  }

  /** Files a named entity under the words of its (new) name. */
  private index(entity: Entity): void {
    const keys = this.han ? entity.nameWords.flatMap((w) => (HAN.test(w) ? [w, ...w] : [w])) : this.stemmed(entity.nameWords);
    for (const key of keys) {
      const list = this.byWord.get(key);
      if (!list) this.byWord.set(key, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  }

  /** The named entities filed under any of `keys`. */
  private filedUnder(keys: readonly string[]): Entity[] {
    const found = new Set<Entity>();
    for (const key of keys) for (const entity of this.byWord.get(key) ?? []) found.add(entity);
    return [...found];
  }

  /** A name's words without the case endings they may take (see Lexicon.nameStem). */
  private stemmed(nameWords: readonly string[]): string[] {
    return nameWords.map((w) => this.lexicon.nameStem(w));
  }

  /** The named entities that may go by `name`: those sharing a word (a character, in Chinese) with it. */
  private namedLike(mention: readonly string[], name: string): Entity[] {
    const keys = this.han && HAN.test(name) ? [...fold(name)] : this.stemmed(mention);
    return this.filedUnder(keys).filter((e) => this.namesMatch(e, mention, name));
  }

  /** Descriptor words without the function words that may begin them ("the", "la", "die"), folded for comparison. */
  private descriptorWords(descriptor: string): string[] {
    const list = words(descriptor).map((w) => w.replace(/\.$/u, '')).filter(Boolean);
    while (list.length > 1 && this.lexicon.isStopWord(list[0])) list.shift();
    return list.map((w) => this.lexicon.foldDescriptorWord(w));
  }

  private namesMatch(entity: Entity, mention: readonly string[], mentionText: string): boolean {
    if (!entity.named) return false;
    if (this.han && HAN.test(mentionText)) {
      const a = fold(mentionText);
      const b = entity.nameWords.join('');
      return a.length >= 2 && (a.includes(b) || b.includes(a));
    }
    const [known, named] = [this.stemmed(entity.nameWords), this.stemmed(mention)];
    return containsRun(known, named, this.han) || containsRun(named, known, this.han);
  }

  private mostRecent(list: Entity[]): Entity | null {
    return list.reduce<Entity | null>((best, e) => (!best || e.lastSeen > best.lastSeen ? e : best), null);
  }

  /** The entity for a named mention, created when new; a longer form of the name becomes the entity's name. */
  byName(name: string, descriptor: string | null, gender: Gender | undefined, at: number, organisation = false): Entity {
    const mention = words(name);
    let entity = this.mostRecent(this.namedLike(mention, name)) ?? this.surnameBeforeNoun(mention);
    if (!entity && descriptor) {
      // Someone first called by a descriptor only, now named with it: "the mayor" … "Mayor Jane Doe".
      const d = this.descriptorWords(descriptor);
      entity = this.mostRecent(this.entities.filter((e) => !e.named && e.descriptors.some((x) => containsRun(x, d, this.han) || containsRun(d, x, this.han))));
      if (entity) {
        entity.named = true;
        entity.name = name;
        entity.nameWords = mention;
      }
    }
    if (!entity) {
      entity = { name, nameWords: mention, named: true, forms: new Set(), descriptors: [], lastSeen: at, mentions: 0, quotes: 0, organisation };
      this.entities.push(entity);
    } else if ((mention.length > entity.nameWords.length && !(this.han && HAN.test(name)) && this.completes(entity, mention)) || this.plainerForm(entity, mention)) {
      entity.name = name;
      entity.nameWords = mention;
    }
    this.index(entity);
    entity.forms.add(name);
    if (descriptor) this.addDescriptor(entity, descriptor, name);
    entity.gender ??= gender ?? this.lexicon.nameGender(mention);
    entity.lastSeen = at;
    entity.mentions++;
    return entity;
  }

  /**
   * Where nouns are capitalised, a person's known surname run into the noun after it: "hatte Steinbrück Positives zu
   * vermelden" after "Peer Steinbrück". (A given name comes before a surname, never after it.)
   */
  private surnameBeforeNoun(mention: readonly string[]): Entity | null {
    if (!this.lexicon.capitalisesNouns || mention.length < 2) return null;
    const lead = mention.slice(0, -1);
    const people = this.filedUnder(lead).filter((e) => e.named && !e.organisation && e.nameWords.length > lead.length);
    return this.mostRecent(people.filter((e) => lead.every((w, i) => w === e.nameWords[e.nameWords.length - lead.length + i])));
  }

  /**
   * A longer mention completes an entity's name. Without capitals, only by words before it ("كهن" → "يوسي كهن"): words
   * after a known name are more likely the sentence's ("יוסי כהן פתח", "Yossi Cohen opened").
   */
  private completes(entity: Entity, mention: readonly string[]): boolean {
    if (this.lexicon.table.casedNames) return true;
    const tail = mention.slice(mention.length - entity.nameWords.length);
    return tail.every((w, i) => w === entity.nameWords[i]);
  }

  /** The mention writes the entity's name in fewer letters with the same stems: the nominative of a name first met in
   *  another case ("Иван Петров" after "с Иваном Петровым"; see Lexicon.nameStem). */
  private plainerForm(entity: Entity, mention: readonly string[]): boolean {
    if (mention.length !== entity.nameWords.length || mention.join('').length >= entity.nameWords.join('').length) return false;
    const known = this.stemmed(entity.nameWords);
    return this.stemmed(mention).every((w, i) => w === known[i]);
  }

  private addDescriptor(entity: Entity, descriptor: string, name: string | null): void {
    const d = this.descriptorWords(descriptor);
    if (!entity.descriptors.some((x) => x.join(' ') === d.join(' '))) entity.descriptors.push(d);
    entity.forms.add(descriptor);
    if (name) entity.forms.add(`${descriptor} ${name}`);
  }

  /**
   * The entity a descriptor refers to: the person the article named with that descriptor (the most recent one),
   * else with a broader or narrower form of it ("the president" ~ "the Russian president"); for a one-word descriptor
   * of an organisation, the organisation whose name ends with it; else `referent`, the named person an epithet
   * refers back to ("el jefe del Ejecutivo" after "el presidente del Gobierno, Pedro Sánchez"); else a new unnamed
   * one.
   */
  byDescriptor(descriptor: string, gender: Gender | undefined, at: number, organisation = false, referent: Entity | null = null, complement?: string): Entity {
    const d = this.descriptorWords(descriptor);
    const served = complement ? words(complement) : undefined;
    // "a spokesman for Platte River" is no spokesman for another: one whose role serves someone else is left out.
    const candidates = served ? this.entities.filter((e) => this.mayServe(e, served)) : this.entities;
    const exact = candidates.filter((e) => e.descriptors.some((x) => x.join(' ') === d.join(' ')));
    // A broader or narrower descriptor names one of the same kind: "ראש הממשלה" (the head of the government) is no
    // "הממשלה" (the government).
    const sameKind = candidates.filter((e) => e.organisation === organisation);
    let entity =
      this.mostRecent(exact) ??
      this.mostRecent(sameKind.filter((e) => e.descriptors.some((x) => containsRun(x, d, this.han) || containsRun(d, x, this.han) || this.headsCompound(d, x) || this.headsCompound(x, d)))) ??
      this.mostRecent(sameKind.filter((e) => e.named && e.descriptors.some((x) => this.sameRoles(x, d)))) ??
      (organisation && d.length === 1 ? this.organisationEndingWith(d[0]) : null) ??
      referent;
    if (!entity) {
      const name = complement ? `${descriptor} ${complement}` : descriptor;
      entity = { name, nameWords: d, named: false, forms: new Set([name]), descriptors: [], lastSeen: at, mentions: 0, quotes: 0, organisation, complement: served };
      this.entities.push(entity);
    }
    // "die Fraktion", then "die SPD-Landtagsfraktion": an unnamed body or person goes by the narrower descriptor.
    if (!entity.named && this.headsCompound(entity.nameWords, d)) [entity.name, entity.nameWords] = [descriptor, d];
    this.addDescriptor(entity, descriptor, null);
    entity.gender ??= gender;
    entity.lastSeen = at;
    entity.mentions++;
    return entity;
  }

  /** Two descriptors' folded words name the same role: their last words do ("the Florida senator", "Sen."), and
   *  where a role's complement follows it, their roles too ("سخنگوی وزارت خارجه", the foreign ministry's
   *  spokesman, is no "وزیر امور خارجه", its minister; "глава МИД" no "представитель МИД"). */
  private sameRoles(x: readonly string[], d: readonly string[]): boolean {
    return sameRole(x[x.length - 1], d[d.length - 1]) && (!this.complementsFollowRole || sameRole(this.roleOf(x), this.roleOf(d)));
  }

  /** The first listed role noun among a descriptor's folded words, else its first word. */
  private roleOf(words: readonly string[]): string {
    return words.find((w) => this.lexicon.roleNouns.has(w)) ?? words[0];
  }

  /** Where compounds are written as one word, a one-word descriptor is the head of another's last word, its broader
   *  form: "die Fraktion" of "die SPD-Landtagsfraktion", "der Minister" of "der Außenminister". */
  private headsCompound(d: readonly string[], x: readonly string[]): boolean {
    const last = x[x.length - 1];
    return !!this.lexicon.table.compoundNouns && d.length === 1 && last.length > d[0].length && last.endsWith(d[0]);
  }

  /** The entity may hold a role serving those the folded words `served` name: the complement it was described with
   *  is the same, or, without one, its name or a descriptor holds those words ("Platte River spokesman Andy Boian"). */
  private mayServe(entity: Entity, served: readonly string[]): boolean {
    if (entity.complement) return entity.complement.join(' ') === served.join(' ');
    const named = served.filter((w) => !this.lexicon.isStopWord(w));
    return [entity.nameWords, ...entity.descriptors].some((words) => containsRun(words, named, this.han));
  }

  /** The most recent organisation whose name (or descriptor) ends with `noun`, a descriptor of one word for one: "die
   *  Verwaltung" after "die Wiener Stadtverwaltung", "die Zeitung" after "die Münstersche Zeitung". */
  private organisationEndingWith(noun: string): Entity | null {
    return this.mostRecent(this.entities.filter((e) => e.organisation && e.nameWords[e.nameWords.length - 1]?.endsWith(noun)));
  }

  /**
   * A known entity one of whose name words is this word (with or without clitics: "وبوتين" → Putin). A word that
   * stands as written ("Martin balaie…") becomes one of the entity's forms.
   */
  byNameWord(key: string, written: string): Entity | null {
    const stems = this.lexicon.stems(key).filter((s) => s.length >= 2 && this.byWord.has(s));
    if (!stems.length) return null;
    const entity = this.mostRecent(this.filedUnder(stems).filter((e) => stems.some((s) => e.nameWords.includes(s))));
    if (entity && entity.nameWords.includes(key)) entity.forms.add(written);
    return entity;
  }

  /** Some entity already goes by this name. */
  knows(name: string): boolean {
    return this.namedLike(words(name), name).length > 0;
  }

  /** Someone the article introduced with a role goes by this name ("وزير الخارجية سامح شكري" by "شكري"): a person,
   *  however little the name's words tell where nothing marks names. */
  knowsIntroduced(name: string): boolean {
    const mention = words(name);
    return this.filedUnder(mention).some((e) => introduced(e) && containsRun(e.nameWords, mention));
  }

  /** The person the article introduced with a role most recently mentioned whose gender does not contradict `gender`. */
  latestIntroduced(gender: Gender | undefined): Entity | null {
    return this.mostRecent(this.entities.filter((e) => e.named && !e.organisation && introduced(e) && compatible(e, gender)));
  }

  /** The most recently mentioned entity known to be of `gender`. */
  latestOfGender(gender: Gender): Entity | null {
    return this.mostRecent(this.entities.filter((e) => e.gender === gender));
  }

  /** The most recently mentioned person, no organisation, whose gender does not contradict `gender`. */
  latestPerson(gender: Gender | undefined): Entity | null {
    return this.mostRecent(this.entities.filter((e) => !e.organisation && compatible(e, gender)));
  }

  /** The most recently mentioned entity whose gender does not contradict `gender`. */
  latestCompatible(gender: Gender | undefined): Entity | null {
    return this.mostRecent(this.entities.filter((e) => compatible(e, gender)));
  }
}

/**
 * Two role nouns name the same role: the same word, or an honorific and the role it shortens ("sen" of "senator",
 * "gov" of "governor": the Florida senator is the Sen. Marco Rubio named before).
 */
function sameRole(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && short.length <= MAX_ABBREVIATION && long.startsWith(short);
}

/** Letters of an honorific that shortens a role ("sen", "gov", "rep", "prof"). */
const MAX_ABBREVIATION = 4;

/** The entity was introduced with a role: a person or an organisation, no word read as a name by mistake. */
export function introduced(entity: Entity): boolean {
  return entity.descriptors.length > 0;
}

export function compatible(entity: Entity, gender: Gender | undefined): boolean {
  if (gender === 's') return entity.gender !== 'pl';
  if (!gender || !entity.gender) return gender !== 'pl' || entity.gender === 'pl' || !entity.named;
  return entity.gender === gender;
}
