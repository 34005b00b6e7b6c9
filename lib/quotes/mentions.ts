/**
 * Reads a mention of a person at a token position: a name ("Jane Doe", "فلاديمير بوتين", "王毅"), a descriptor
 * ("the Russian president", "الرئيس الروسي", "die Ministerin") possibly followed by a name, or a pronoun.
 * Reads forward (the subject after a verb: "said Putin", "وقال بوتين") or backward (before it: "Putin said").
 */
import type { Gender } from '../languages';
import { startsWord, type Token } from '../text/tokens';
import type { Lexicon, NounMatch } from './lexicon';

export interface Mention {
  kind: 'name' | 'descriptor' | 'pronoun';
  /** The person's name as written (honorific dropped), or null for a bare descriptor or pronoun. */
  name: string | null;
  /** The descriptor as written ("الرئيس الروسي", "the mayor"), without a leading article of its own. */
  descriptor: string | null;
  gender?: Gender;
  /** It names an organisation (a newspaper, a ministry, a company, a report), not a person. */
  organisation?: boolean;
  /** A descriptor alone whose role refers back to someone named before (see LanguageTable.epithets). */
  epithet?: boolean;
  /** A pronoun that stands for the person named last before it (see LanguageTable.demonstratives). */
  demonstrative?: boolean;
  /** After a descriptor alone, the words naming whom the role serves: "for Platte River" of "a spokesman for Platte
   *  River", "des Auswärtigen Amtes". The mention ends with them. */
  complement?: string;
  /** The honorifics before a name, with the words that qualify them: "Sen.", "Republican South Carolina Sen.". */
  title?: string;
  /** Token range of the mention. */
  start: number;
  end: number;
}

/** A pronoun over tokens [start, end), or a verb's form that implies one, of `gender` if it tells one. */
export function pronounMention(gender: Gender | undefined, start: number, end: number): Mention {
  return { kind: 'pronoun', name: null, descriptor: null, gender, start, end };
}

const CAPITAL = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;
const HAN = /^\p{Script=Han}+$/u;
const DIGIT_FIRST = /^\p{N}/u;
/** A number written in digits ("30", "5.000", "1,5"), and one that reads as a year, which counts nothing ("1988
 *  Stefan Geyer"). */
const CARDINAL = /^\p{Nd}[\p{Nd}.,]*$/u;
const YEAR = /^(1[5-9]|20)\p{Nd}\p{Nd}$/u;
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'du', 'dos', 'y', 'ben', 'abu', 'st', "o'"]);
const MAX_NAME_TOKENS = 4;
/** Adjectives that may stand between a noun marker and its noun ("seiner ersten großen Rede"). */
const MAX_ADJECTIVES_AFTER_MARKER = 2;
const MAX_HAN_NAME_CHARS = 3;
/** Characters of a foreign name written for its sounds after a role (泽连斯基, 古特雷斯). */
const MAX_HAN_TRANSCRIBED_CHARS = 5;
/** Letters a name has before a genitive ending (see `genitiveAfter`): not "Haus" of "das Weiße Haus". */
const MIN_GENITIVE_STEM = 4;
/** Letters a word has before a common noun's ending (see `hasCommonNounEnding`). */
const MIN_NOUN_STEM = 5;
/** Words before a role noun that qualify it, in a script with capitals: "Republican political consultant". */
const MAX_MODIFIERS = 3;
/** Words a descriptor's complement may have before the comma that sets off the person's name ("a senior economist
 *  at the central bank, Laura Kim"). */
const MAX_APPOSED_COMPLEMENT_WORDS = 6;
/** Nouns in lower case after a role's capitalised genitive complement ("Белгородской области"). */
const MAX_GENITIVE_NOUNS = 2;
/** Characters of an organisation before a Chinese role noun: 中国气候变化事务特使. */
const MAX_HAN_MODIFIER_CHARS = 10;
/** Tokens a mention read backward may span: a descriptor with its name, in Chinese characters too. */
const BACKWARD_REACH = 16;
/** Tokens a descriptor may open with before its role noun: a function word and up to two adjectives ("the New York
 *  businessman"); words after a possessive name before its role noun ("Trump's campaign manager"). */
const MAX_ROLE_LEAD_TOKENS = 3;
const MAX_POSSESSED_TOKENS = 3;
/** Words of a person's full name: a given name and a surname. */
const MIN_FULL_NAME_WORDS = 2;
/** Adjectives in lower case after a role noun ("el líder socialista"; see `adjectivesAfterRole`). */
const MAX_ROLE_ADJECTIVES = 2;
/** Words that qualify a role noun after it in an uncased language ("الرئيس الروسي"). */
const MAX_MODIFIERS_AFTER_ROLE = 3;
/** Tokens of a complement between a role noun and a name ("de la Transition écologique"). */
const MAX_COMPLEMENT_TOKENS = 5;
/** Function words between the preposition of a role's complement and the name it ends with ("to both Clintons"). */
const MAX_COMPLEMENT_ARTICLES = 2;
/** Words that may qualify an honorific before it ("Retired Lt. Gen.", "Republican South Carolina Sen."). */
const MAX_HONORIFIC_QUALIFIERS = 3;
const COMMA = /^[,،、，]$/u;
/** An adverb by its English ending, which may stand between a subject and its verb ("Putin also said", "she
 *  repeatedly said"). */
const ADVERB = /ly$/u;
/** Words a name set in quotation marks may have ("die „Süddeutsche Zeitung“"), and the marks that may join them. */
const MAX_QUOTED_NAME_WORDS = 4;
const QUOTED_NAME_JOINER = /^[-&.'’]$/u;
/** What may close a name set off by commas (an opening bracket: a party's initials after the name, "Claire Martin (PS)"). */
const APPOSITION_CLOSE = /^[,،、，.!?:;…()\]"“”«»’']+$/u;
/** An organisation's initials: "CNN", "FIFA", "AfD". */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,4}$/u;
/** A word of two letters or more, none in lower case. */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}$/u;
/** A line break between two offsets of the text. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Marks that may stand between a sentence's end and its first word. */
const OPENING = /^["“”«»„‚‘’'(\[—–-]+$/u;
/** Marks after which a capital may open a sentence rather than a name: the stops of cased scripts, and a colon or a
 *  semicolon (lib/text/sentence-ends has the stops that end a sentence). */
const CAPITAL_MAY_FOLLOW = /^[.!?:;…]+$/u;
/** A hyphen written between two words with no space: "Ocasio-Cortez", "Wieczorek-Zeul", "Jean-Pierre". */
const JOINING_HYPHEN = /^[-‐‑־]$/u;
/** "G", "G.K" (the segmenter keeps inner points): initials, written with a point after them. */
const INITIALS = /^\p{Lu}(\.\p{Lu})*$/u;

export { ADVERB, CAPITAL, COMMA, INITIALS, LOWER_CASE };

/**
 * Answers about tokens, by token index, each read once: the readers below are asked about each token from many
 * places. An array as long as the text's tokens (a map by index, or a closure per question, was a good part of the
 * analysis's garbage); `undefined` is a question not asked yet.
 */
type ByToken<T> = (T | undefined)[];

/** A role or organisation noun, or a role noun in another case, which `inflected` tells ("dem Vorsitzenden"). */
type RoleMatch = NounMatch & { inflected?: boolean };

/** How a text writes its words (see `MentionReader.wordCase`), by folded key. */
interface WordCases {
  capitalised: Set<string>;
  lowerCase: Set<string>;
  afterNounMarker: Set<string>;
  /** Words the text writes after a noun marker with no capitalised word right after them: nouns standing alone. */
  nounAlone: Set<string>;
  /** How many times the text writes each word capitalised, sentence starts too. */
  capitalisedCount: Map<string, number>;
  /** Function words the text capitalises right after a given name: surnames ("George Will", "Theresa May"). */
  surnames: Set<string>;
  /** Words the text capitalises after a given name and a capitalised particle: the rest of a surname opening with the
   *  particle ("Maire" of "Bruno Le Maire"), though it also is a listed noun ("maire", 'mayor'). */
  particleSurnames: Set<string>;
}

function byToken<T>(known: ByToken<T>, i: number, read: (i: number) => T): T {
  let answer = known[i];
  if (answer === undefined) known[i] = answer = read(i);
  return answer;
}

export class MentionReader {
  /** Whether token `i` can be a name's word, as a first word and as a later one: each is asked from many starts. */
  private readonly firstNameWords: ByToken<boolean>;
  private readonly laterNameWords: ByToken<boolean>;
  /** Mentions read forward: reading one takes many look-ups, and each token is read from many places (every start
   *  within reach of every verb and sentence). Callers never change a mention. */
  private readonly forwardMentions: ByToken<Mention | null>;
  /** `readMention` by token, for `readForward` and `possessiveName` both. */
  private readonly mentions: ByToken<Mention | null>;
  // The readers as functions of the token alone, made once.
  private readonly readFirstNameWord = (i: number) => this.readNameWord(i, true);
  private readonly readLaterNameWord = (i: number) => this.readNameWord(i, false);
  private readonly readForwardAt = (i: number) => this.readForward(i);
  private readonly readMentionAt = (i: number) => this.readMention(i);
  /** `Lexicon.nounAt` by token: asked of each token from every start within reach of it. */
  private readonly nouns: ByToken<NounMatch | null>;
  /** See `sentenceStarts`: made when first needed. */
  private starts: boolean[] | null = null;
  /** See `wordCase`: made when first needed. */
  private casesSeen: WordCases | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    private readonly lexicon: Lexicon,
  ) {
    // One more than the tokens: a reader may ask about the token just past the last.
    const length = tokens.length + 1;
    this.firstNameWords = new Array(length);
    this.laterNameWords = new Array(length);
    this.forwardMentions = new Array(length);
    this.mentions = new Array(length);
    this.nouns = new Array(length);
  }

  /** The role or organisation noun starting at token `i` (see `Lexicon.nounAt`), unless a joined preposition
   *  governs it. */
  private nounAt(i: number): NounMatch | null {
    const noun = this.listedNounAt(i);
    return noun?.governed ? null : noun;
  }

  private listedNounAt(i: number): NounMatch | null {
    return i < 0 || i >= this.tokens.length ? null : byToken(this.nouns, i, this.readNounAt);
  }

  /** The noun at token `i`, unless a hyphen joins it to a word in lower case after it: the first part of an
   *  adjective ("the court-released playbook", "a state-run company"). */
  private readonly readNounAt = (i: number): NounMatch | null => {
    if (this.particleSurname(i)) return null;
    const noun = this.lexicon.nounAt(this.tokens, i, this.text);
    return noun && this.cased && this.joinedByHyphen(noun.end - 1) && LOWER_CASE.test(this.tokens[noun.end + 1]?.text ?? '') ? null : noun;
  };

  /** The role or organisation noun at token `i`, or a role noun in another case ("dem Vorsitzenden"), which
   *  `inflected` tells: a descriptor only with the name it introduces, as the plural has the same form. */
  private roleAt(i: number): RoleMatch | null {
    const noun = this.nounAt(i);
    if (noun || i < 0) return noun;
    const inflected = this.lexicon.inflectedRoleAt(this.tokens, i);
    return inflected && { ...inflected, inflected: true };
  }

  private get cased(): boolean {
    return this.lexicon.table.casedNames;
  }

  /** A hyphen with no space joins two words of one name: "Ocasio-Cortez", "בר-דוד" (see LanguageTable.hyphenatedNames). */
  private get hyphenatesNames(): boolean {
    return this.cased || !!this.lexicon.table.hyphenatedNames;
  }

  private isNameWord(i: number, first: boolean): boolean {
    return first ? byToken(this.firstNameWords, i, this.readFirstNameWord) : byToken(this.laterNameWords, i, this.readLaterNameWord);
  }

  private readNameWord(i: number, first: boolean): boolean {
    const t = this.tokens[i];
    if (!t || !t.isWord) return false;
    // In a script with capitals, a name's word is capitalised (or a particle before one): the cheapest test first.
    if (this.cased && !CAPITAL.test(t.text) && (first || !NAME_PARTICLES.has(t.key) || !CAPITAL.test(this.tokens[i + 1]?.text ?? ''))) return false;
    const lex = this.lexicon;
    if (first && this.cased && (this.ordinaryOpeningWord(i) || this.commonNoun(i) || this.counted(i))) return false;
    if (this.cased && this.inCapitalsRun(i)) return false;
    // "Marine Le Pen", "Vicente Del Bosque": a capitalised particle between a given name and the name's next word (not
    // "Article Le Parisien").
    const innerParticle = this.cased && !first && CAPITAL.test(t.text) && NAME_PARTICLES.has(t.key) && this.capitalisedNext(i) && lex.isGivenName(this.tokens[i - 1]?.key ?? '');
    if ((lex.isStopWord(t.key) && !innerParticle && !this.functionWordSurname(i) && !this.givenNameLikeFunctionWord(i, first)) || lex.isNameBreaker(t.key) || lex.pronounGender(t.key) || lex.isNumberWord(t.key)) return false;
    // Nor the last word of a source phrase: "گفته" of "به گفته علی ربیعی" ('in the words of Ali Rabiei'); nor an
    // impersonal verb of saying after the document it names: "آمده" of "در بیانیه وزارت خارجه آمده است".
    if (lex.speechVerbAt(this.tokens, i, this.text) || lex.match(this.tokens, i, lex.sourcePhrases, this.text) || lex.phraseEndsAt(this.tokens, i + 1, lex.sourcePhrases, this.text)) return false;
    if (lex.match(this.tokens, i, lex.impersonalCues, this.text)) return false;
    if (DIGIT_FIRST.test(t.text)) return false;
    const noun = this.listedNounAt(i);
    if (noun && (!noun.organisation || noun.governed)) return false;
    if (this.cased) return !!noun || !this.hasCommonNounEnding(t.key);
    // "مصدر أمني", 'a security source', "知情人士": a word naming an anonymous source opens no name, nor does the
    // adjective after it ("کارشناسان اقتصادی", 'economic experts'; "גורם מדיני", 'a political source').
    if (first && !lex.isGivenName(t.key) && (lex.anonymousSourceAt(this.tokens, i, this.text) || this.qualifiesAnonymousSource(i))) return false;
    // Nor does a word a joined preposition governs right after such a word: "בירושלים" of "גורם בכיר בירושלים" ('a
    // senior official in Jerusalem').
    if (first && !lex.isGivenName(t.key) && lex.opensWithPrepositionClitic(t.key) && this.adjacent(i - 1, i) && lex.anonymousSourceAt(this.tokens, i - 1, this.text)) return false;
    // A Chinese name starts a word of the segmenter's: not "板李明" of "老板李明".
    if (HAN.test(t.text)) return t.text.length <= MAX_HAN_NAME_CHARS && !lex.functionWordAt(this.tokens, i, this.text) && (!first || this.startsHanWord(i));
    if (lex.opensWithArticlePreposition(t.key) || lex.isPrepositionClitic(t.key)) return false;
    const next = this.tokens[i + 1];
    if (next?.isWord && lex.isObjectMarker(next.key) && this.adjacent(i, i + 1)) return false;
    if (!first && this.endsAsObject(i)) return false;
    const article = lex.table.definiteArticle;
    if (article) {
      // A name's first word has no article; later words may ("عبد الفتاح السيسي"), but not a preposition + article.
      if (first && t.key.startsWith(article)) return false;
      if (!first && !t.key.startsWith(article) && lex.stems(t.key).some((stem) => stem !== t.key && stem.startsWith(article) && stem.length >= article.length + 3)) return false;
    }
    return true;
  }

  /** Token `i`, without the article, follows a word with the joined article and has an ending of an indefinite
   *  object (see LanguageTable.objectEndings: "وفدا" of "رانيا المشاط وفدا"), or of a construct state before a word
   *  with the article (see LanguageTable.constructObjectEndings: "ممثلي" of "خالد عبد الغفار ممثلي النقابات"). */
  private endsAsObject(i: number): boolean {
    const { objectEndings = [], constructObjectEndings = [] } = this.lexicon.table;
    const [t, before, next] = [this.tokens[i], this.tokens[i - 1], this.tokens[i + 1]];
    if (!before?.isWord || this.lexicon.hasJoinedArticle(t.key) || !this.lexicon.hasJoinedArticle(before.key)) return false;
    const hasEnding = (endings: readonly string[]) => endings.some((e) => t.key.length > e.length + 2 && t.key.endsWith(e));
    const beforeDefinite = !!next?.isWord && this.adjacent(i, i + 1) && this.lexicon.hasJoinedArticle(next.key);
    return hasEnding(objectEndings) || (beforeDefinite && hasEnding(constructObjectEndings));
  }

  /** Token `i` follows a word naming an anonymous source that is no role noun, which it qualifies ("مصدر أمني"). */
  private qualifiesAnonymousSource(i: number): boolean {
    return this.adjacent(i - 1, i) && this.lexicon.anonymousSourceAt(this.tokens, i - 1, this.text) && !this.listedNounAt(i - 1);
  }

  /** Where modifiers follow the noun, token `i` qualifies an anonymous source before it, right after it or after an
   *  adjective: "בכיר" of "גורם ביטחוני בכיר" ('a senior security source') is no role of its own. */
  private inAnonymousSourcePhrase(i: number): boolean {
    if (this.cased || !this.lexicon.table.modifiersFollowNoun) return false;
    return this.qualifiesAnonymousSource(i) || (this.adjacent(i - 1, i) && this.qualifiesAnonymousSource(i - 1));
  }

  /**
   * Without capitals, token `k` right after a descriptor whose role names an anonymous source too ("בכיר", 'a senior
   * official'; "דובר") opens with a joined preposition and is no listed given name: the role's complement ("הבכיר
   * בחמאס", 'the senior figure in Hamas') or whom the words were told ("בכיר ישראלי לכאן חדשות", 'a senior Israeli
   * official to Kan News'), no name's first word.
   */
  private governedAfterSourceRole(roleStart: number, k: number): boolean {
    const t = this.tokens[k];
    const lex = this.lexicon;
    if (this.cased || !t?.isWord || !this.adjacent(k - 1, k) || lex.isGivenName(t.key)) return false;
    return lex.opensWithPrepositionClitic(t.key) && lex.anonymousSourceAt(this.tokens, roleStart, this.text);
  }

  /** Without capitals, token `i` is written exactly as a listed given name that folds to a function word ("علي",
   *  Ali, and the preposition "على"): a name's word, the first one only with a name's word after it. */
  private givenNameLikeFunctionWord(i: number, first: boolean): boolean {
    if (this.cased || !this.lexicon.writesGivenName(this.tokens[i].text)) return false;
    return !first || (this.isNameWord(i + 1, false) && this.adjacent(i, i + 1));
  }

  /** A listed given name at token `i`, and no function word unless written as the name ("علي", not "على"). */
  private givenNameAt(i: number): boolean {
    const t = this.tokens[i];
    return this.lexicon.isGivenName(t.key) && (!this.lexicon.isStopWord(t.key) || this.lexicon.writesGivenName(t.text));
  }

  /** Token `i` starts a sentence: the text's start, a paragraph's, or after a sentence's end (and any opening marks). */
  private startsSentence(i: number): boolean {
    return this.sentenceStarts()[i] === true;
  }

  /** Which tokens start a sentence, read in one pass (see `startsSentence`). */
  private sentenceStarts(): boolean[] {
    if (this.starts) return this.starts;
    const starts = new Array<boolean>(this.tokens.length).fill(false);
    let atStart = true;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (i > 0 && hasLineBreak(this.text, this.tokens[i - 1].end, t.start)) atStart = true;
      if (t.isWord) {
        starts[i] = atStart;
        atStart = false;
      } else if (CAPITAL_MAY_FOLLOW.test(t.text)) {
        // The point of an honorific or an initial ends no sentence: "Sen. Patty Murray", "George W. Bush".
        const before = this.tokens[i - 1];
        atStart = !(t.text === '.' && before?.isWord && (INITIALS.test(before.text) || this.lexicon.match(this.tokens, i - 1, this.lexicon.honorifics, this.text)));
      } else if (!OPENING.test(t.text)) {
        atStart = false;
      }
    }
    return (this.starts = starts);
  }

  /** How the text writes each word: capitalised where no sentence starts, in lower case, after a noun marker. */
  private wordCase(): WordCases {
    if (!this.casesSeen) {
      const seen: WordCases = { capitalised: new Set(), lowerCase: new Set(), afterNounMarker: new Set(), nounAlone: new Set(), capitalisedCount: new Map(), surnames: new Set(), particleSurnames: new Set() };
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i];
        if (!t.isWord) continue;
        if (!CAPITAL.test(t.text)) seen.lowerCase.add(t.key);
        else if (!seen.capitalised.has(t.key) && !this.startsSentence(i)) seen.capitalised.add(t.key);
        if (CAPITAL.test(t.text) && this.lexicon.isStopWord(t.key) && this.lexicon.isGivenName(this.tokens[i - 1]?.key ?? '') && this.adjacent(i - 1, i)) seen.surnames.add(t.key);
        if (CAPITAL.test(t.text) && this.afterCapitalisedParticle(i) && this.lexicon.isGivenName(this.tokens[i - 2]?.key ?? '') && this.adjacent(i - 2, i - 1)) seen.particleSurnames.add(t.key);
      }
      this.casesSeen = seen;
      // A second pass: a name in the genitive, which marks a noun, is known by the capitalised words of the first.
      if (this.lexicon.capitalisesNouns) {
        for (let i = 0; i < this.tokens.length; i++) {
          const t = this.tokens[i];
          if (t.isWord && CAPITAL.test(t.text)) seen.capitalisedCount.set(t.key, (seen.capitalisedCount.get(t.key) ?? 0) + 1);
          if (!t.isWord || !this.afterNounMarker(i)) continue;
          seen.afterNounMarker.add(t.key);
          if (!this.capitalisedNext(i) && !this.joinedByHyphen(i)) seen.nounAlone.add(t.key);
        }
      }
    }
    return this.casesSeen;
  }

  /** The word ends like a common noun of the language ("Signalwirkung", "Aufmerksamkeit"; see
   *  `LanguageTable.commonNounEndings`), after a stem long enough that it is no name's ("Jung", "Hartung"). */
  private hasCommonNounEnding(key: string): boolean {
    return !!this.lexicon.table.commonNounEndings?.some((e) => key.length >= e.length + MIN_NOUN_STEM && key.endsWith(e));
  }

  /** Token `i` stands right after a noun marker or a name in the genitive, or after one and up to two adjectives
   *  ("im Interview", "zum eigenen Erfolgskriterium", "Hartmanns Nachfolger"). */
  private afterNounMarker(i: number): boolean {
    return this.markerBefore(i) >= 0;
  }

  /** The noun marker or name in the genitive that token `i` stands after (see `afterNounMarker`), or -1. */
  private markerBefore(i: number): number {
    let k = i - 1;
    for (let adjectives = 0; adjectives < MAX_ADJECTIVES_AFTER_MARKER && this.tokens[k]?.isWord && !CAPITAL.test(this.tokens[k].text) && this.lexicon.mayBeAdjective(this.tokens[k].key) && this.adjacent(k, k + 1); adjectives++) k--;
    return k >= 0 && (this.lexicon.isNounMarker(this.tokens[k].key) || this.nameGenitive(k)) && this.adjacent(k, k + 1) ? k : -1;
  }

  /** Token `i` is a function word the text uses as a surname ("George Will" … ', Will wrote'), capitalised where no
   *  sentence starts ("Will he run?" asks). */
  private functionWordSurname(i: number): boolean {
    return this.cased && CAPITAL.test(this.tokens[i].text) && !this.startsSentence(i) && this.wordCase().surnames.has(this.tokens[i].key);
  }

  /** Token `i` follows a capitalised name particle right before it ("Le" of "Le Maire", "Del" of "Del Bosque"). */
  private afterCapitalisedParticle(i: number): boolean {
    const particle = this.tokens[i - 1];
    return !!particle?.isWord && CAPITAL.test(particle.text) && NAME_PARTICLES.has(particle.key) && this.adjacent(i - 1, i);
  }

  /** Token `i` is the rest of a surname opening with a particle, which the text writes after a given name ("Le
   *  Maire" where "Bruno Le Maire" stands): a name's word, no listed noun. */
  private particleSurname(i: number): boolean {
    return this.cased && CAPITAL.test(this.tokens[i].text) && this.afterCapitalisedParticle(i) && this.wordCase().particleSurnames.has(this.tokens[i].key);
  }

  /** The text writes this word in lower case somewhere: "state" of "State University". */
  writtenInLowerCase(key: string): boolean {
    return this.wordCase().lowerCase.has(key);
  }

  /** A name of one word the text capitalises where no sentence starts and never writes in lower case: a country, a
   *  body or a person's surname ("Japan", "Pew", "Reuters"), not a word capitalised for opening a sentence. (Where
   *  every noun is capitalised, that tells a name from nothing.) */
  properName(m: Mention): boolean {
    if (m.kind !== 'name' || !this.cased || this.lexicon.capitalisesNouns || m.end - m.start !== 1) return false;
    const key = this.tokens[m.start].key;
    return this.wordCase().capitalised.has(key) && !this.writtenInLowerCase(key);
  }

  /**
   * Token `i` opens a sentence with a word the text capitalises nowhere else, and no given name: an ordinary word
   * there when it stands alone ("Demgegenüber sagte …"), the text also writes it in lower case ("Despite Ted Cruz")
   * or it has a participle's ending ("Watching Trump, I …").
   */
  private ordinaryOpeningWord(i: number): boolean {
    const key = this.tokens[i].key;
    if (!this.startsSentence(i) || this.wordCase().capitalised.has(key) || this.lexicon.isGivenName(key)) return false;
    if (this.lexicon.hasParticipleEnding(key)) return true;
    // "Wieczorek-Zeul erklärte": the word after the hyphen is the next of the name's; "M. Dane Waters predicted": so
    // is the word after an initial's point.
    const initial = this.cased && INITIALS.test(this.tokens[i].text) && this.tokens[i + 1]?.text === '.';
    const next = this.hyphenJoins(i + 1) || initial ? i + 2 : i + 1;
    return this.writtenInLowerCase(key) || !this.isNameWord(next, false) || !(initial || this.adjacent(i, next));
  }

  /**
   * In a language that capitalises nouns, token `i` is a common noun: the text writes it after an article or
   * another noun marker ("im Interview", "seiner Seite"), and no name's word follows it but a name in the genitive.
   * Acronyms, given names and names of several words stay names ("die FIFA", "der Deutschen Welle").
   */
  private commonNoun(i: number): boolean {
    if (!this.lexicon.capitalisesNouns) return false;
    const t = this.tokens[i];
    if (ACRONYM.test(t.text) || this.lexicon.isGivenName(t.key)) return false;
    const cases = this.wordCase();
    if (!cases.afterNounMarker.has(t.key)) return false;
    // A name in the genitive after it is the noun's complement: "zum Rücktritt Hartmanns", "der Lage Deutschlands".
    if (!(this.isNameWord(i + 1, false) && this.adjacent(i, i + 1) && !this.genitiveAfter(i))) return true;
    // A noun the text also writes alone ("die Hacker hinterließen") stands before a name only when the text names
    // that name again ("ihr Sohn Paolo … Paolo lehnte ab"); else another noun follows it ("die Hacker Zugriff").
    return cases.nounAlone.has(t.key) && !this.nameRecurs(i + 1);
  }

  /** A word of the name starting at token `i` stands capitalised elsewhere in the text too. */
  private nameRecurs(i: number): boolean {
    const counts = this.wordCase().capitalisedCount;
    for (let k = i; k < i + MAX_NAME_TOKENS && (k === i || (this.isNameWord(k, false) && this.adjacent(k - 1, k))); k++) {
      if ((counts.get(this.tokens[k].key) ?? 0) > 1) return true;
    }
    return false;
  }

  /** Token `i` is the first part of a word joined by a hyphen: "Borussia-Dortmund-Trainer", "SPD-Fraktion". */
  private joinedByHyphen(i: number): boolean {
    const hyphen = this.tokens[i + 1];
    return !!hyphen && JOINING_HYPHEN.test(hyphen.text) && hyphen.start === this.tokens[i].end;
  }

  /** A capitalised word follows token `i` with nothing but a space between them. */
  private capitalisedNext(i: number): boolean {
    const next = this.tokens[i + 1];
    return !!next?.isWord && CAPITAL.test(next.text) && this.adjacent(i, i + 1);
  }

  /** In a language that capitalises nouns, token `i` follows a cardinal number ("fünf Jahren", "30 Metern"): it is
   *  counted, a common noun and no person's name. An ordinal ("12. Ingrid Landmark") or a year counts nothing. (In
   *  English the capitalised words after a number qualify a group, which may speak: "67 Latin American artists".) */
  private counted(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!this.lexicon.capitalisesNouns || !before?.isWord || !this.adjacent(i - 1, i)) return false;
    if (CARDINAL.test(before.text)) return !YEAR.test(before.text);
    return this.lexicon.isNumberWord(before.key);
  }

  /** Token `i` is a function word that may lead a descriptor ("the", "la", "这位"). A character cut from a Chinese word
   *  is one only if the whole word is: 中 of 中国 ('China') is no 'in' before "外交部长". */
  private functionWordLeads(i: number): boolean {
    const t = this.tokens[i];
    return !!t?.isWord && this.lexicon.isStopWord(t.key) && (!t.wordKey || this.lexicon.functionWordAt(this.tokens, i, this.text));
  }

  /** Token `i` is the first character of the Chinese word it was cut from (see splitHanWords). */
  private startsHanWord(i: number): boolean {
    return startsWord(this.tokens, i);
  }

  /** Adjacent tokens with no punctuation between them (a name never spans a comma). */
  private adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    if (!a || !b) return false;
    const gap = this.text.slice(a.end, b.start);
    return /^[\s\u00a0]*$/u.test(gap) || (JOINING_HYPHEN.test(gap) && this.hyphenatesNames);
  }

  /** The descriptor read from token `i` with the words after it up to `nameEnd`, where a demonstrative determiner
   *  stands right before its role (see LanguageTable.demonstrativeDeterminers): "این دیپلمات ایرانی", an epithet for
   *  someone named before. */
  private demonstrativeDescriptor(i: number, descriptor: { end: number; roleStart: number; gender?: Gender; organisation: boolean }, nameEnd: number): Mention | null {
    const [at, before] = [descriptor.roleStart - 1, this.tokens[descriptor.roleStart - 1]];
    if (descriptor.organisation || at < i || !before?.isWord || !this.adjacent(at, at + 1) || !this.lexicon.isDemonstrativeDeterminer(before.key)) return null;
    return { kind: 'descriptor', name: null, descriptor: this.span(descriptor.roleStart, nameEnd), gender: descriptor.gender, organisation: false, epithet: true, start: i, end: nameEnd };
  }

  /** Token `j` follows an initial and its point ("G." before "K."). */
  private afterInitial(j: number): boolean {
    return this.cased && this.tokens[j - 1]?.text === '.' && INITIALS.test(this.tokens[j - 2]?.text ?? '');
  }

  /** The text of tokens [i, j). */
  private span(i: number, j: number): string {
    return this.text.slice(this.tokens[i].start, this.tokens[j - 1].end);
  }

  /** Name tokens from `i` forward; returns the end index (== i when none). */
  private nameForward(i: number, afterRole = false): number {
    let j = i;
    if (HAN.test(this.tokens[i]?.text ?? '')) {
      // Chinese names are two or three characters, which the segmenter may cut into single characters (陈|立|新); after
      // a role, a name written in characters for its sounds runs on in characters the segmenter leaves alone, no word
      // of its own (总统泽|连|斯|基, not 总理李|强|会见).
      let chars = 0;
      const fits = (k: number) => {
        const length = chars + this.tokens[k].text.length;
        return length <= MAX_HAN_NAME_CHARS || (afterRole && length <= MAX_HAN_TRANSCRIBED_CHARS && !this.tokens[k].wordKey);
      };
      while (j < this.tokens.length && this.isNameWord(j, j === i) && (j === i || this.adjacent(j - 1, j)) && fits(j)) {
        chars += this.tokens[j].text.length;
        j++;
      }
      // Nor does a name end inside a word of the segmenter's: 耶伦 of 耶|伦|访华 ('Yellen visits China'), not 耶伦访;
      // unless the segmenter ran the name's last character into a function word (潘|功|胜在, 'Pan Gongsheng at').
      while (j > i && j < this.tokens.length && !this.startsHanWord(j) && !this.lexicon.functionWordAt(this.tokens, j, this.text, false)) {
        chars -= this.tokens[--j].text.length;
      }
      return chars >= 2 ? j : i;
    }
    let words = 0;
    const maxWords = this.cased ? MAX_NAME_TOKENS : this.lexicon.table.maxNameWords ?? MAX_NAME_TOKENS;
    while (j < this.tokens.length && words < maxWords && this.isNameWord(j, j === i) && (j === i || this.adjacent(j - 1, j) || this.afterInitial(j))) {
      j++;
      // "איתמר בן גביר": a particle makes one name's word with the word after it.
      if (!this.lexicon.isNameParticle(this.tokens[j - 1].key)) words++;
      // "Alexandria Ocasio-Cortez": a hyphen joins the words of one name.
      while (this.hyphenJoins(j)) j += 2;
      // A possessive ends the name it closes: "Editor's" of "Editor's Note" is no name's first word of two.
      if (this.lexicon.isPossessive(this.tokens[j - 1].key) || this.nameGenitive(j - 1)) break;
      // An initial with its point: "G.K. Butterfield", "George W. Bush".
      if (this.cased && INITIALS.test(this.tokens[j - 1].text) && this.tokens[j]?.text === '.') j++;
      // 'Robert C. "Bobby" Scott': a nickname in quotation marks between a name's words.
      const nickname = this.cased ? this.afterNickname(j) : j;
      if (nickname > j && this.isNameWord(nickname, false) && this.adjacent(nickname - 1, nickname)) j = nickname;
    }
    if (j > i && this.tokens[j - 1].text === '.') j--;
    // A trailing particle is not part of the name ("Jean de").
    while (j > i && NAME_PARTICLES.has(this.tokens[j - 1].key) && this.cased) j--;
    // "Rassemblement national", "Affaires étrangères": a body's name of one capitalised word, no given name, takes
    // the adjectives written in lower case right after it.
    if (this.cased && j === i + 1 && !this.lexicon.isGivenName(this.tokens[i].key)) j = this.adjectivesAfterRole(j);
    return j;
  }

  /** Token `j` is a hyphen joining the parts of a compound noun, where compounds are written as one word (see
   *  LanguageTable.compoundNouns): "SPD-Landtagsfraktion", "RTL-Chefin", "US-Regierung" name one body or role, the
   *  words before the hyphen its modifiers. (In English such words are adjectives: "Clinton-era", "GOP-led".) */
  private compoundHyphen(j: number): boolean {
    return !!this.lexicon.table.compoundNouns && this.joiningHyphen(j);
  }

  /** Token `j` is a hyphen written with no space on either side, between two words. */
  private joiningHyphen(j: number): boolean {
    const [before, hyphen, next] = [this.tokens[j - 1], this.tokens[j], this.tokens[j + 1]];
    return !!before?.isWord && !!next?.isWord && JOINING_HYPHEN.test(hyphen.text) && before.end === hyphen.start && hyphen.end === next.start;
  }

  /** Token `j` is a hyphen joining the name's word before it to a name's word after it, with no space. */
  private hyphenJoins(j: number): boolean {
    if (!this.hyphenatesNames || !this.tokens[j] || !this.joiningHyphen(j)) return false;
    // "US-Regierung", "SPD-Fraktion": a listed noun after the hyphen makes a compound noun, not a name.
    return this.isNameWord(j + 1, false) && !this.nounAt(j + 1);
  }

  /** Token `i` is in capitals and so is a word right beside it: a heading's words ("IOWA POLLS NOT WRONG"), not a
   *  name's (an organisation's initials stand alone: "CNN", "the FBI"). */
  private inCapitalsRun(i: number): boolean {
    const capitals = (k: number) => !!this.tokens[k]?.isWord && ALL_CAPITALS.test(this.tokens[k].text);
    return capitals(i) && ((capitals(i - 1) && this.adjacent(i - 1, i)) || (capitals(i + 1) && this.adjacent(i, i + 1)));
  }

  /**
   * A descriptor starting at `i`: optional article word, modifiers, and a role noun ("the Russian president") or an
   * organisation noun ("das russische Außenministerium"); an organisation before a role names the role's
   * organisation ("the Clinton campaign spokesman", "RTL-Chefin").
   */
  private descriptorForward(i: number, governed = false): { end: number; roleStart: number; phrase: string; gender?: Gender; organisation: boolean; inflected: boolean; unnamed: boolean } | null {
    const lex = this.lexicon;
    let k = i;
    let role: RoleMatch | null = governed ? this.listedNounAt(k) : this.roleAt(k);
    /** Where the descriptor's words start when modifiers stand before its role noun. */
    let leadStart = -1;
    // "the mayor", "la ministre", "der Minister": a function word may precede the role noun, and up to two
    // adjectives after it, which belong to the descriptor ("the Russian president", "the New York businessman"); not
    // a preposition opening a role's complement ("said of Trump's campaign"), though "der" is also an article.
    const lead = this.tokens[k];
    const preposition = lead?.isWord && lex.opensRoleComplement(lead.key) && !lex.isArticle(lead.key);
    if (!role && this.functionWordLeads(k) && !preposition) {
      const leadTokens = lex.table.modifiersFollowNoun ? 1 : MAX_ROLE_LEAD_TOKENS;
      for (let j = k + 1; j <= k + leadTokens && j < this.tokens.length && !role; j++) {
        role = this.roleAt(j);
        // Not the rest of a function word cut into characters: "位" of "这位总干事" ('this director-general').
        if (role && j > k + 1 && !(this.tokens[k + 1].wordKey && lex.functionWordAt(this.tokens, k + 1, this.text))) leadStart = k + 1;
        if (role) k = j;
        else if (this.tokens[j].isWord ? lex.isStopWord(this.tokens[j].key) : !this.compoundHyphen(j)) break;
      }
    }
    // Modifiers before the role without an article: "Russian President", "Republican political consultant",
    // "外交部发言人", "經濟部長" (a capitalised one first, in a script with capitals).
    if (!role && (this.cased ? CAPITAL.test(this.tokens[k]?.text ?? '') : HAN.test(this.tokens[k]?.text ?? ''))) {
      const reach = this.cased ? MAX_MODIFIERS : MAX_HAN_MODIFIER_CHARS;
      for (let j = k; j < k + reach && j < this.tokens.length && !role; j++) {
        const t = this.tokens[j];
        const modifier = this.compoundHyphen(j) || (t.isWord && (j === k || this.adjacent(j - 1, j)) && (this.cased ? !lex.isStopWord(t.key) : HAN.test(t.text) && !lex.functionWordAt(this.tokens, j, this.text)));
        if (!modifier) break;
        role = this.roleAt(j + 1);
        // A verb of saying qualifies no role ("Trump told reporter …"): looked for only once a role is found. Nor
        // does a number, where nouns are capitalised: "Derzeit arbeiten 2.500 Mitarbeiter" counts a group.
        if (role && this.cased && (this.speechVerbAmong(k + 1, j + 1) || this.counted(j + 1))) role = null;
        if (role) {
          leadStart = k;
          k = j + 1;
        }
      }
    }
    if (!role) return null;
    // "the Clinton campaign spokesman", "Washington Post columnist", "the Heritage Foundation website": the
    // organisation qualifies a person's role, or a publication of its own; in Chinese a role qualifies the one right
    // after it too ("总统新闻秘书", the president's press secretary).
    const han = HAN.test(this.tokens[k]?.text ?? '');
    for (let j = role.end; (role.organisation || (han && j === role.end)) && this.mayQualifyRole(role.end, j); j++) {
      const head = this.nounAt(j);
      // Where compounds are written as one word, a second organisation noun is none the first qualifies: "das
      // Schreiben an Staatsanwaltschaft" is addressed to it.
      if (head && !(head.organisation && this.lexicon.table.compoundNouns)) {
        leadStart = leadStart >= 0 ? leadStart : k;
        [k, role] = [j, head];
      }
    }
    const roleStart = k;
    let end = role.end;
    let unnamed = false;
    if (this.cased) end = this.complementEnd(this.genitiveComplementEnd(this.adjectivesAfterRole(end)));
    const article = lex.table.definiteArticle;
    if (article) {
      // Construct state: a role noun without the article takes the next word ("سكرتير مجلس", "وزير الخارجية").
      // (A role phrase of several words, "ראש הממשלה", "رئيس الوزراء", already holds its complement.)
      if (role.end - roleStart === 1 && !this.tokens[roleStart].key.startsWith(article) && this.isModifier(end, true)) end++;
      while (end - role.end < MAX_MODIFIERS_AFTER_ROLE && this.isModifier(end, false)) end++;
    }
    // "שרת החינוך לשעבר יפעת שאשא ביטון": 'former' qualifies the role, and the name follows it.
    while (this.tokens[end]?.isWord && lex.isRoleQualifier(this.tokens[end].key) && this.adjacent(end - 1, end)) end++;
    // A title after the role opens the name ("المتحدث باسم الجيش العقيد غريب عبد الحافظ"): no complement runs past it.
    if (!this.cased && !HAN.test(this.tokens[end]?.text ?? '') && !this.titleAt(end)) {
      const nameStart = article ? this.definiteComplementEnd(end) : this.organisationComplementEnd(end);
      end = nameStart > end ? nameStart : this.complementBeforeGivenName(end);
      // A full name after such a word is the person's; with none, the word opens none either.
      if (this.governedAfterSourceRole(roleStart, end)) {
        if (this.nameForward(end + 1) - (end + 1) >= 2) end++;
        else unnamed = true;
      }
      if (!unnamed) end = this.complementBeforeLongName(end);
    }
    return { end, roleStart: leadStart >= 0 ? leadStart : roleStart, phrase: role.phrase, gender: lex.roleGender(role.phrase), organisation: role.organisation, inflected: !!role.inflected, unnamed };
  }

  /**
   * Token `j` may be the role an organisation ending before token `end` qualifies, or a word between them: the next
   * word or the one after ("the Clinton campaign spokesman"); in Chinese, the words of a department's name between
   * them, a few characters in all ("北京大学国际关系学院教授"), a modifier particle among them ("美国国务院的发言人").
   */
  private mayQualifyRole(end: number, j: number): boolean {
    const t = this.tokens[j];
    if (!t || !this.adjacent(j - 1, j)) return false;
    // Without capitals, not past a preposition: "وأضافت الوزارة في بيان" ('the ministry added in a statement'). (With
    // them, a capitalised role after one is the organisation's: "das Team von Bundestrainer Christian Prokop".)
    // Nor past a comma or a conjunction, which join a list: "Staatsanwaltschaft, Polizei und Veranstalter".
    if (!HAN.test(t.text)) return j < end + 2 && t.isWord && !this.lexicon.isConjunction(t.key) && (this.cased || !this.lexicon.isStopWord(t.key));
    const particle = this.lexicon.isModifierParticle(t.key);
    return t.end - this.tokens[end].start <= MAX_HAN_MODIFIER_CHARS && (particle || !this.lexicon.functionWordAt(this.tokens, j, this.text));
  }

  /**
   * "المتحدث باسم وكالة الأونروا عدنان أبو حسنة", "النائبة عن كتلة التغيير سروة عبد الواحد": without capitals, a
   * role's complement that ends with definite words (a preposition, listed organisation or role nouns in the
   * construct state, the definite words and their adjectives), then a name of two words or more, which the first
   * indefinite word after them opens. (An unlisted word before a definite one may be a name's first word: "منير
   * الجبالي".) Returns where the name starts (or `end` unchanged).
   */
  private definiteComplementEnd(end: number): number {
    const lex = this.lexicon;
    const word = (k: number) => !!this.tokens[k]?.isWord && this.adjacent(k - 1, k) && !lex.isNameBreaker(this.tokens[k].key);
    const definite = (k: number) => word(k) && lex.hasJoinedArticle(this.tokens[k].key);
    let k = end;
    if (word(k) && lex.isStopWord(this.tokens[k].key)) k++;
    let definiteSeen = false;
    while (k < end + MAX_COMPLEMENT_TOKENS && word(k) && !lex.isStopWord(this.tokens[k].key)) {
      if (definite(k)) definiteSeen = true;
      else if (definiteSeen || !this.listedNounAt(k)) break;
      k++;
    }
    return definiteSeen && this.nameForward(k) - k >= 2 ? k : end;
  }

  /** Where no article marks a complement's end (Persian), the organisation nouns right after a role are its
   *  complement: "نماینده مجلس" ('member of parliament'), no one named "مجلس". Returns where they end (or `end`). */
  private organisationComplementEnd(end: number): number {
    let k = end;
    for (let noun = this.nounAt(k); noun?.organisation && this.adjacent(k - 1, k); noun = this.nounAt(k)) k = noun.end;
    return k;
  }

  /**
   * "رئيس اللجنة التمهيدية لاتحاد الصاغة محمد تبيدي": without capitals, a listed given name a few words after a
   * role noun starts the person's name, and the words before it complete the role. Returns where the name starts
   * (or `end` unchanged).
   */
  private complementBeforeGivenName(end: number): number {
    const lex = this.lexicon;
    for (let k = end; k <= end + MAX_COMPLEMENT_TOKENS && k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (!t.isWord || (k > end && !this.adjacent(k - 1, k)) || lex.isNameBreaker(t.key) || this.speechVerbAmong(k, k + 1)) return end;
      // "وزير الخارجية المصري بدر عبد العاطي": a given name that is also a name's particle ("عبد") goes on with the
      // name opening right before it.
      if (this.givenNameAt(k)) return k > end && lex.isNameParticle(t.key) && this.isNameWord(k - 1, true) ? k - 1 : k;
    }
    return end;
  }

  /**
   * "ראש העיר חיפה יונה יהב אמר": without capitals, where names take at most `maxNameWords` words, a run of more
   * name-like words after a role, up to a verb of saying or a mark, holds the role's complement first (a place), the
   * name last. Returns where the name starts (or `end` unchanged). Where no such boundary ends the run, its last word
   * may be an unlisted verb ("… יונה יהב שיבח"), and the run is left alone.
   */
  private complementBeforeLongName(end: number): number {
    const maxWords = this.lexicon.table.maxNameWords;
    // A listed given name opens the name, however many words follow it ("משה בר סימן טוב").
    if (!maxWords || this.givenNameAt(end)) return end;
    const starts: number[] = [];
    let k = end;
    for (; this.tokens[k]?.isWord && (k === end || this.adjacent(k - 1, k)) && this.isNameWord(k, k === end); k++) {
      // "איתמר בן גביר": a particle makes one name's word with the word after it.
      if (!this.lexicon.isNameParticle(this.tokens[k - 1]?.key ?? '') || k === end) starts.push(k);
    }
    const next = this.tokens[k];
    const bounded = !next || (next.isWord ? this.speechVerbAmong(k, k + 1) : !this.joiningHyphen(k));
    return bounded && starts.length > maxWords ? starts[starts.length - maxWords] : end;
  }

  /** Past the adjectives in lower case right after a role noun ending before `end` ("el líder socialista", "le
   *  ministre français"; see LanguageTable.roleAdjectiveEndings), which belong to its descriptor. */
  private adjectivesAfterRole(end: number): number {
    let k = end;
    while (k < end + MAX_ROLE_ADJECTIVES && this.tokens[k]?.isWord && LOWER_CASE.test(this.tokens[k].text) && this.adjacent(k - 1, k) && this.lexicon.qualifiesRoleAfter(this.tokens[k].key) && !this.speechVerbAmong(k, k + 1)) k++;
    return k;
  }

  /** A verb of saying starts at one of the tokens [from, to). */
  private speechVerbAmong(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.lexicon.speechVerbAt(this.tokens, j, this.text)) return true;
    return false;
  }

  /** "Губернатор Якутии Анна Смирнова", "Губернатор Белгородской области Вячеслав Гладков": a capitalised genitive
   *  (or an organisation's initials) after the role, with the nouns it qualifies in lower case or more capitalised
   *  genitives, followed by the name. */
  private genitiveComplementEnd(end: number): number {
    // "Губернатор Санкт-Петербурга Александр Беглов": the genitive's parts joined by hyphens, its ending on the last;
    // an organisation's initials take no ending ("глава МВД Владимир Колокольцев").
    let last = end;
    while (this.joiningHyphen(last + 1)) last += 2;
    if (!this.capitalisedGenitive(last) && !(last === end && ACRONYM.test(this.tokens[end]?.text ?? ''))) return end;
    let nameStart = last + 1;
    // "Председатель Совета Федерации Валентина Матвиенко": a capitalised genitive only before a full name.
    const fullNameAfter = (k: number) => this.nameForward(k) - k >= 2;
    const complementWord = (k: number) => !CAPITAL.test(this.tokens[k].text) || (this.capitalisedGenitive(k) && fullNameAfter(k + 1));
    while (nameStart - last <= MAX_GENITIVE_NOUNS && this.tokens[nameStart]?.isWord && this.adjacent(nameStart - 1, nameStart) && complementWord(nameStart)) nameStart++;
    return fullNameAfter(nameStart) ? nameStart : end;
  }

  /** Token `i`, a capitalised genitive right after a role, is the role's complement, no surname: it has no ending a
   *  surname has in the nominative ("Москвы", "Кремля"), or the text writes it in another case too ("Путина" where
   *  "Путин" stands; see LanguageTable.surnameEndings). */
  private genitiveComplementWord(i: number): boolean {
    if (!this.capitalisedGenitive(i)) return false;
    const key = this.tokens[i].key;
    if (!this.lexicon.table.surnameEndings?.some((e) => key.endsWith(e))) return true;
    const stem = this.lexicon.nameStem(key);
    return stem !== key && this.wordCase().capitalised.has(stem);
  }

  private allCapitalisedGenitives(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (!this.capitalisedGenitive(k)) return false;
    return true;
  }

  /** Token `i` is a capitalised word with an ending of a role's genitive complement, and no given name. */
  private capitalisedGenitive(i: number): boolean {
    const t = this.tokens[i];
    const endings = this.lexicon.table.roleComplementEndings ?? [];
    return !!t?.isWord && CAPITAL.test(t.text) && endings.some((e) => t.key.endsWith(e)) && !this.lexicon.isGivenName(t.key);
  }

  /** A role noun's complement starts at token `end`, right after it and in lower case: "de la Transition",
   *  "комитета по благоустройству", "for health", "at the central bank". Where every noun is capitalised, it opens
   *  with a function word ("für Gesundheit"): a lower-case word else is a verb ("seiner Stellungnahme befand der …"). */
  private complementStartsAt(end: number): boolean {
    const first = this.tokens[end];
    if (!first?.isWord || CAPITAL.test(first.text) || !this.adjacent(end - 1, end)) return false;
    return !this.lexicon.capitalisesNouns || this.lexicon.isStopWord(first.key);
  }

  /**
   * "la ministre de la Transition écologique Marie Dupont", "the minister for health Jane Doe": a complement after
   * the role noun, taken only when a full name follows it. Returns where the name starts (or `end` unchanged).
   */
  private complementEnd(end: number): number {
    if (!this.complementStartsAt(end)) return end;
    for (let k = end + 1; k <= end + MAX_COMPLEMENT_TOKENS && k < this.tokens.length; k++) {
      if (!this.tokens[k].isWord || !this.adjacent(k - 1, k)) return end;
      const nameEnd = this.nameForward(k);
      if (nameEnd - k >= 2 && this.declinedAfterInflectedRole(end, k)) return this.personAfterDeclinedName(k, nameEnd);
      // "a spokeswoman for Mayor John Carter": a name with a title of its own is the complement's, not the role's.
      if (nameEnd - k >= 2 && !this.lexicon.isStopWord(this.tokens[k - 1].key) && (!this.titledAt(k - 1) || this.nominativeAfterInflectedRole(k))) return this.givenNameWithin(k, nameEnd);
    }
    return end;
  }

  /** Where a full name opening with a listed given name ends a run of capitalised words at `nameEnd`, it starts there:
   *  "el diputado de Convergencia Social Diego Ibáñez" (the party's name runs into the person's); else `start`. */
  private givenNameWithin(start: number, nameEnd: number): number {
    for (let j = start + 1; j <= nameEnd - MIN_FULL_NAME_WORDS; j++) {
      if (this.givenNameAt(j) && this.nameForward(j) === nameEnd) return j;
    }
    return start;
  }

  /** Where names decline (LanguageTable.nameCaseEndings), a name opening at token `k` with a given name as listed, in
   *  the nominative, after a role noun in another case is not that role's: "помощник президента Юрий Ушаков" names
   *  the aide ("помощник президента Владимира Путина" the president). */
  private nominativeAfterInflectedRole(k: number): boolean {
    return !!this.lexicon.table.nameCaseEndings && !!this.roleAt(k - 1)?.inflected && this.lexicon.isGivenName(this.tokens[k].key);
  }

  /** Where names decline, a name opening at token `k` with no given name as listed (so in another case) after a role
   *  noun in another case among the complement's words from token `start`, with its own complement or not: the role's
   *  complement, "президента Владимира Путина", "министра обороны Андрея Белоусова". */
  private declinedAfterInflectedRole(start: number, k: number): boolean {
    if (!this.lexicon.table.nameCaseEndings || this.lexicon.isGivenName(this.tokens[k].key)) return false;
    for (let j = start; j < k; j++) if (this.roleAt(j)?.inflected) return true;
    return false;
  }

  /** Where the person's name starts after a declined name of the complement in [k, nameEnd): at a listed given name
   *  ("помощник президента Владимира Путина Юрий Ушаков"), else past it, the person unnamed ("сказал помощник
   *  президента Владимира Путина"). */
  private personAfterDeclinedName(k: number, nameEnd: number): number {
    const person = this.givenNameWithin(k, nameEnd);
    return person > k ? person : nameEnd;
  }

  /**
   * A complement after a descriptor ending before token `end` that names whom the role serves: a word of the table's
   * roleComplementOpeners, then a name or a role after up to MAX_COMPLEMENT_ARTICLES function words ("a spokesman for
   * Platte River", "an adviser to both Clintons", "a spokesman for the mayor", "ein Sprecher des Auswärtigen Amtes");
   * not a possessive one ("the head of the RNC's rules committee"). Returns the mention of whom it serves.
   */
  private servedByComplement(end: number): Mention | null {
    const lex = this.lexicon;
    const first = this.tokens[end];
    if (!first?.isWord || !this.adjacent(end - 1, end) || !lex.opensRoleComplement(first.key)) return null;
    for (let k = end + 1; k <= end + 1 + MAX_COMPLEMENT_ARTICLES && this.tokens[k]?.isWord && this.adjacent(k - 1, k); k++) {
      const served = this.forward(k);
      if (served && served.kind !== 'pronoun') return this.possessiveEnd(served.end) ? null : served;
      if (!lex.isStopWord(this.tokens[k].key)) return null;
    }
    return null;
  }

  /** The body that issued the statement whose descriptor spans tokens [from, to), named after a word linking the two
   *  (see LanguageTable.issuerLinks) that may stand among its modifiers: "بيان صادر عن وزارة الخارجية". */
  private issuerOf(from: number, to: number): Mention | null {
    for (let j = from + 1; j <= to; j++) {
      const link = this.lexicon.match(this.tokens, j, this.lexicon.issuerLinks, this.text);
      if (!link) continue;
      const issuer = this.forward(link.end);
      return issuer && issuer.kind !== 'pronoun' ? issuer : null;
    }
    return null;
  }

  /** The comma in [from, to) that sets off a name after a role and its complement, or -1. */
  private commaWithin(from: number, to: number): number {
    for (let k = from; k < to; k++) if (COMMA.test(this.tokens[k].text)) return k;
    return -1;
  }

  /** Token `i` is an honorific or a role noun, which titles the name after it. */
  private titledAt(i: number): boolean {
    return !!this.roleAt(i) || this.titleAt(i);
  }

  /** An honorific starts at token `i`: "Sen.", "السيد", "العقيد". */
  private titleAt(i: number): boolean {
    return !!this.lexicon.match(this.tokens, i, this.lexicon.honorifics, this.text);
  }

  /**
   * The comma after a descriptor ending before token `end`, right after it or after a complement of a few words that
   * starts in lower case and holds no verb of saying ("at the central bank", "of the ministry"); -1 when there is none.
   */
  private complementComma(end: number): number {
    if (COMMA.test(this.tokens[end]?.text ?? '')) return end;
    if (!this.cased || !this.complementStartsAt(end)) return -1;
    for (let k = end + 1; k <= end + MAX_APPOSED_COMPLEMENT_WORDS && k < this.tokens.length; k++) {
      if (COMMA.test(this.tokens[k].text)) return this.speechVerbAmong(end, k) ? -1 : k;
      // "der Sprecherin der SPD-Fraktion, Julia Hartmann,": a hyphen joins two words of the complement.
      if (this.joiningHyphen(k)) continue;
      if (!this.tokens[k].isWord || !this.adjacent(k - 1, k)) return -1;
    }
    return -1;
  }

  /** Token `i` ends a name set off by commas: a comma, the sentence's end or a closing mark, and not a hyphen that
   *  joins the name to more of it ("Frank-Jürgen"). */
  private closesApposition(i: number): boolean {
    const t = this.tokens[i];
    return !t || (!t.isWord && APPOSITION_CLOSE.test(t.text));
  }

  /** The descriptor ending before token `end` ends with a word carrying the definite article ("وزارة الداخلية"). */
  private endsDefinite(end: number): boolean {
    const last = this.tokens[end - 1];
    return !!this.lexicon.table.definiteArticle && !!last?.isWord && this.lexicon.hasJoinedArticle(last.key);
  }

  /** A word that qualifies a role noun in an uncased language: "الروسي" after "الرئيس"; in the construct state,
   *  any word with the article ("وزارة النقل") or another that is no verb of saying ("גורם בכיר אמר"). */
  private isModifier(i: number, construct: boolean): boolean {
    const t = this.tokens[i];
    const article = this.lexicon.table.definiteArticle;
    if (!t || !t.isWord || !article || !this.adjacent(i - 1, i)) return false;
    if (this.lexicon.isStopWord(t.key) || this.lexicon.isNameBreaker(t.key) || this.titleAt(i)) return false;
    // A verb of saying as written is none, though its first letter spells the article: "השיב" of "השר השיב", 'the
    // minister replied' (but "النقل", 'transport', is the article and the verb "نقل", 'conveyed').
    if (this.lexicon.speechVerbAt(this.tokens, i, this.text)?.withClitic === false) return false;
    if (t.key.startsWith(article)) return true;
    // A noun a joined preposition governs is no construct complement: "בהודעה למשטרה", 'in a statement to the police'.
    return construct && !this.speechVerbAmong(i, i + 1) && !this.listedNounAt(i)?.governed;
  }

  /** The name ending before token `end` is a possessive: "Trump's plan", "the Smiths' lawyer", "Merkels Sprecher". */
  private possessiveEnd(end: number): boolean {
    const last = this.tokens[end - 1];
    const next = this.tokens[end];
    const apostrophe = next && next.start === last.end && /^['’]$/u.test(next.text) ? "'" : '';
    return this.lexicon.isPossessive(last.key + apostrophe) || this.nameGenitive(end - 1);
  }

  /** The length of the genitive ending of token `i`, a name the text also writes without it ("Hartmanns" where
   *  "Hartmann" stands capitalised), or 0 (see `LanguageTable.nameGenitiveEndings`). */
  private genitiveEnding(i: number): number {
    const t = this.tokens[i];
    if (!t?.isWord || !CAPITAL.test(t.text)) return 0;
    const ending = this.lexicon.table.nameGenitiveEndings?.find((e) => t.key.length > e.length + 2 && t.key.endsWith(e) && this.wordCase().capitalised.has(t.key.slice(0, -e.length)));
    return ending?.length ?? 0;
  }

  private nameGenitive(i: number): boolean {
    return this.genitiveEnding(i) > 0;
  }

  /**
   * The word after token `i` is a name in the genitive, the complement of the noun `i`: one the text writes without
   * its ending too ("zum Rücktritt Hartmanns"), or one with a genitive ending after a stem of a few letters that
   * does not end with it ("der Lage Deutschlands", not "Kongress"), unless a marker in the genitive before `i` makes
   * the ending the whole name's ("des Auswärtigen Amtes").
   */
  private genitiveAfter(i: number): boolean {
    if (this.nameGenitive(i + 1)) return true;
    const key = this.tokens[i + 1].key;
    const marker = this.markerBefore(i);
    return !!this.lexicon.table.nameGenitiveEndings?.some(
      (e) => key.length >= e.length + MIN_GENITIVE_STEM && key.endsWith(e) && !key.slice(0, -e.length).endsWith(e) && !(marker >= 0 && this.tokens[marker].key.endsWith(e)),
    );
  }

  /** Token `i` (a mention's first) stands right after a preposition: a function word that is no article,
   *  conjunction, complementizer or modifier particle. */
  governedAt(i: number): boolean {
    const before = this.tokens[i - 1];
    const lex = this.lexicon;
    // A character inside a Chinese word follows no preposition: 者 of 后者 ('the latter'), though 后 alone is one.
    if (!before?.isWord || !lex.isStopWord(before.key) || !this.startsHanWord(i)) return false;
    // Without capitals, a preposition before a demonstrative governs the noun after it: "پس از این دیدار", 'after
    // this meeting'.
    if (lex.isArticle(before.key) && !this.cased) return this.adjacent(i - 2, i - 1) && this.governedAt(i - 1);
    return !lex.isArticle(before.key) && !lex.isConjunction(before.key) && !lex.isComplementizer(before.key) && !lex.isModifierParticle(before.key) && !lex.opensClause(before.key);
  }

  /** A preposition governs the mention: it stands right before it, or opens it before a descriptor ("با وزیر
   *  خارجه", 'with the foreign minister'). */
  governed(m: Mention): boolean {
    const first = this.tokens[m.start];
    return this.governedAt(m.start) || (m.end > m.start + 1 && first.isWord && this.lexicon.isStopWord(first.key) && this.governedAt(m.start + 1));
  }

  /** A preposition governs the mention, which names where something was said, not who said it: a place's body or
   *  organisation where nothing marks names ("מול בניין העירייה", 'in front of the town hall'), or any mention a
   *  postposition closes ("在社交媒体上", 'on social media'; see LanguageTable.postpositions). (A person so governed
   *  is named for later: "مع نظيره الإسباني خوسيه مانويل ألباريس".) */
  framedByPreposition(m: Mention): boolean {
    if (!this.governed(m)) return false;
    const after = this.tokens[m.end];
    return (!this.cased && !!m.organisation) || (!!after?.isWord && this.lexicon.isPostposition(after.key));
  }

  /** A source phrase opens the mention or ends right before it: "به گزارش خبرگزاری ایرنا", "according to the
   *  Times" name where a report comes from, not who does what the sentence says. */
  introducedBySource(m: Mention): boolean {
    const lex = this.lexicon;
    return !!lex.match(this.tokens, m.start, lex.sourcePhrases, this.text) || lex.phraseEndsAt(this.tokens, m.start, lex.sourcePhrases, this.text);
  }

  /**
   * The organisation a preposition joined to token `i` governs, read without the preposition, where `accepts` takes
   * that preposition: "משרד החוץ" of "במשרד החוץ אמרו" ('at the foreign ministry they said'), "לשכת ראש הממשלה" of
   * "נמסר מלשכת ראש הממשלה" ('it was reported from the prime minister's office').
   */
  governedOrganisation(i: number, accepts: (clitic: string) => boolean): Mention | null {
    const noun = this.listedNounAt(i);
    if (!noun?.governed || !noun.organisation || !accepts(noun.clitic)) return null;
    const descriptor = this.descriptorForward(i, true);
    if (!descriptor) return null;
    const text = this.span(i, descriptor.end).slice(noun.clitic.length);
    return { kind: 'descriptor', name: null, descriptor: text, organisation: true, start: i, end: descriptor.end };
  }

  /** The mention starting at token `i`, reading forward. */
  forward(i: number): Mention | null {
    return byToken(this.forwardMentions, i, this.readForwardAt);
  }

  private mentionAt(i: number): Mention | null {
    return byToken(this.mentions, i, this.readMentionAt);
  }

  /**
   * The mention starting at token `i`. A possessive name ("Trump's campaign") mentions no speaker, unless it stands
   * for the article of a descriptor: "the senator's former campaign strategist".
   */
  private readForward(i: number): Mention | null {
    const mention = this.mentionAt(i);
    if (mention?.kind !== 'name' || !this.possessiveEnd(mention.end)) return mention;
    const start = this.tokens[mention.end]?.isWord ? mention.end : mention.end + 1;
    for (let j = start; j < start + MAX_POSSESSED_TOKENS && this.tokens[j]?.isWord && !this.lexicon.isStopWord(this.tokens[j].key); j++) {
      const role = this.nounAt(j);
      if (role) return { kind: 'descriptor', name: null, descriptor: this.span(i, role.end), gender: this.lexicon.roleGender(role.phrase), organisation: role.organisation, start: i, end: role.end };
    }
    return null;
  }

  /** The person a possessive name at token `i` names, without the possessive ending: "Mary Blige" of "Mary Blige's show". */
  possessiveName(i: number): Mention | null {
    const mention = this.mentionAt(i);
    if (mention?.kind !== 'name' || !this.possessiveEnd(mention.end)) return null;
    const ending = (this.lexicon.table.possessiveEndings ?? []).find((e) => this.tokens[mention.end - 1].key.endsWith(e))?.length ?? this.genitiveEnding(mention.end - 1);
    return ending ? { ...mention, name: mention.name!.slice(0, -ending) } : mention;
  }

  private readMention(i: number): Mention | null {
    const quoted = this.cased ? this.quotedName(i) : null;
    if (quoted) return quoted;
    const t = this.tokens[i];
    if (!t || !t.isWord) return null;
    const lex = this.lexicon;
    const gender = lex.pronounGender(t.key);
    if (gender) return pronounMention(gender, i, i + 1);
    const demonstrative = lex.demonstrativeAt(this.tokens, i, this.text);
    if (demonstrative) return { ...pronounMention(demonstrative.gender, i, demonstrative.end), demonstrative: true };
    const qualified = this.cased ? this.afterTitleQualifiers(i) : i;
    const k = this.afterHonorifics(qualified);
    const descriptor = k > qualified || this.inAnonymousSourcePhrase(k) ? null : this.descriptorForward(k);
    if (descriptor) {
      // "panel Chairman Sen. Ann Lee": an honorific between the descriptor and the name.
      const title = lex.match(this.tokens, descriptor.end, lex.honorifics, this.text);
      if (title) descriptor.end = title.end + (this.tokens[title.end]?.text === '.' ? 1 : 0);
      const issuer = descriptor.organisation ? this.issuerOf(descriptor.roleStart, descriptor.end) : null;
      if (issuer) return { ...issuer, start: i };
      const nameEnd = descriptor.unnamed ? descriptor.end : this.nameForward(descriptor.end, true);
      // Without capitals, the words after an organisation noun are its name's: "وزارت نیرو", the ministry of energy;
      // where the article marks the end of a noun's complement, none after a definite one ("وزارة الداخلية المغربية"),
      // and in Chinese none at all: the name stands before the noun ("世界卫生组织").
      if (descriptor.organisation && !this.cased && nameEnd > descriptor.end) {
        const end = this.endsDefinite(descriptor.end) || HAN.test(this.tokens[descriptor.end - 1].text) ? descriptor.end : nameEnd;
        return { kind: 'descriptor', name: null, descriptor: this.span(descriptor.roleStart, end), organisation: true, start: i, end };
      }
      const whose = this.demonstrativeDescriptor(i, descriptor, nameEnd) ?? this.genitiveComplementDescriptor(i, descriptor, nameEnd);
      if (whose) return whose;
      const descriptorText = this.span(descriptor.roleStart, descriptor.end);
      if (nameEnd > descriptor.end) {
        // "ראשת העיר באר שבע, אורית שמעוני,", "the mayor of Lyon, Jean Martin,", "Oberrabbiner Israels, Yona
        // Metzger.": the name set off by a comma is the person's; the words before it complete the descriptor.
        const apposed = COMMA.test(this.tokens[nameEnd]?.text ?? '') ? this.nameForward(nameEnd + 1) : nameEnd + 1;
        // Closed by a comma, or by the sentence's end after a full name (not a party's "R-Ky.").
        const fullName = apposed - nameEnd - 1 >= 2 && !this.joiningHyphen(nameEnd + 2);
        if (apposed > nameEnd + 1 && (COMMA.test(this.tokens[apposed]?.text ?? '') || (fullName && this.closesApposition(apposed)))) {
          return { kind: 'name', name: this.span(nameEnd + 1, apposed), descriptor: this.span(descriptor.roleStart, nameEnd), gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: apposed };
        }
        if (this.unmarkedComplement(descriptor.end, nameEnd)) {
          return { kind: 'descriptor', name: null, descriptor: this.span(descriptor.roleStart, nameEnd), gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: nameEnd };
        }
        return { kind: 'name', name: this.span(descriptor.end, nameEnd), descriptor: descriptorText, gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: nameEnd };
      }
      // "全国人大代表、浙江省发展改革委主任王明": titles listed one after another, then the person's name.
      if (this.tokens[descriptor.end]?.text === '、') {
        const next = this.forward(descriptor.end + 1);
        if (next?.kind === 'name' && next.descriptor && !next.organisation) return { ...next, start: i };
      }
      const apposed = this.nameAfterComplementComma(i, descriptor);
      if (apposed) return apposed;
      if (!descriptor.inflected) {
        const epithet = lex.isEpithet(descriptor.phrase);
        // "das Fazit von Sandra Boser": the complement of a speech or a study names its author, who speaks.
        const served = lex.headsDocument([descriptor.phrase]) ? null : this.servedByComplement(descriptor.end);
        // "der innenpolitische Sprecher der Fraktion der SPD, Dieter Wiefelspütz,": a name set off after the
        // complement is the role holder's.
        const comma = served?.kind === 'name' ? this.commaWithin(served.start, served.end) : -1;
        if (comma >= 0) return { kind: 'name', name: this.span(comma + 1, served!.end), descriptor: this.span(descriptor.roleStart, comma), gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: served!.end };
        const end = served ? served.end : descriptor.end;
        const complement = end > descriptor.end ? this.span(descriptor.end, end) : undefined;
        return { kind: 'descriptor', name: null, descriptor: descriptorText, gender: descriptor.gender, organisation: descriptor.organisation, epithet, complement, start: i, end };
      }
      // A role noun in another case after a source phrase is one person's ("по словам министра", 'in the minister's
      // words'), named by the role as listed (capitalised as written: "laut dem Präsidenten"), or as written with its
      // modifiers ("nach Angaben des künstlerischen Leiters").
      if (lex.phraseEndsAt(this.tokens, i, lex.sourcePhrases, this.text)) {
        const listed = CAPITAL.test(descriptorText) ? descriptor.phrase[0].toUpperCase() + descriptor.phrase.slice(1) : descriptor.phrase;
        const role = descriptor.end === descriptor.roleStart + 1 ? listed : descriptorText;
        return { kind: 'descriptor', name: null, descriptor: role, gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: descriptor.end };
      }
    }
    const nameEnd = this.nameForward(k);
    if (nameEnd === k || this.namesAPlace(k, nameEnd)) return null;
    // "нападающий сборной Германии Лукаш Подольски": a capitalised genitive before a full name completes the words
    // before it; the name starts after it.
    if (nameEnd - k > MIN_FULL_NAME_WORDS && this.genitiveComplementWord(k)) return null;
    const title = k > i ? this.span(i, k) : undefined;
    return { kind: 'name', name: this.span(k, nameEnd), descriptor: this.appositiveAfter(nameEnd), organisation: this.organisationName(k, nameEnd), title, start: i, end: nameEnd };
  }

  /**
   * The descriptor read from token `i`, with the capitalised genitives before `nameEnd` that say whose it is, not who
   * it is: after an organisation noun ("Минобороны России", "МИД Франции"; a name stands in the organisation noun's
   * case: "компания Газпром"), or one word after a role ("мэр Москвы", "представитель Кремля"), the person unnamed.
   */
  private genitiveComplementDescriptor(i: number, descriptor: { end: number; roleStart: number; gender?: Gender; organisation: boolean; inflected: boolean }, nameEnd: number): Mention | null {
    if (nameEnd <= descriptor.end) return null;
    const whose = descriptor.organisation
      ? this.allCapitalisedGenitives(descriptor.end, nameEnd)
      : nameEnd === descriptor.end + 1 && !descriptor.inflected && this.genitiveComplementWord(descriptor.end);
    if (!whose) return null;
    return { kind: 'descriptor', name: null, descriptor: this.span(descriptor.roleStart, nameEnd), gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: nameEnd };
  }

  /**
   * Tokens [from, to) after a role are its complement, not a person's name, where nothing marks where a complement
   * ends (no capitals, no article, complements after the noun: Persian): one word, no listed given name ("وزیر خارجه
   * عمان", 'the Omani foreign minister'; "وزیر خارجه آمریکا"). A person's name there has two words at least.
   */
  private unmarkedComplement(from: number, to: number): boolean {
    const table = this.lexicon.table;
    if (this.cased || !table.modifiersFollowNoun || table.definiteArticle || to - from !== 1) return false;
    return !this.lexicon.isGivenName(this.tokens[from].key);
  }

  /** "the board's chair, Linda Osei,", "an economist at the central bank, Laura Kim": the name set off by a comma
   *  after the descriptor read from token `i` and its complement; without capitals past a rank that opens it ("דובר
   *  צה"ל, תא"ל אפי דפרין,"). (With them, a titled name after a comma is more often the next of a list: "the
   *  businessman, Sen. Bernie Sanders".) */
  private nameAfterComplementComma(i: number, descriptor: { end: number; roleStart: number; gender?: Gender; organisation: boolean }): Mention | null {
    const comma = this.complementComma(descriptor.end);
    if (comma < 0) return null;
    const nameStart = this.cased ? comma + 1 : this.afterHonorifics(comma + 1);
    const apposed = this.nameForward(nameStart);
    // After a complement, a person's full name only: "in Berea, Ohio" sets off a place.
    const words = comma > descriptor.end ? 2 : 1;
    if (apposed - nameStart < words || !this.closesApposition(apposed)) return null;
    return { kind: 'name', name: this.span(nameStart, apposed), descriptor: this.span(descriptor.roleStart, comma), gender: descriptor.gender, organisation: descriptor.organisation, start: i, end: apposed };
  }

  /** Past one honorific or several at token `k`, after up to three words that qualify them: "Retired Lt. Gen. Jane
   *  Doe", "Republican South Carolina Sen. John Roe"; `k` when none stands there. */
  private afterHonorifics(k: number): number {
    const lex = this.lexicon;
    for (let j = k; this.cased && j < k + MAX_HONORIFIC_QUALIFIERS && this.isNameWord(j, j === k); j++) {
      if (lex.match(this.tokens, j + 1, lex.honorifics, this.text)) {
        k = j + 1;
        break;
      }
    }
    for (let honorific = lex.match(this.tokens, k, lex.honorifics, this.text); honorific; honorific = lex.match(this.tokens, k, lex.honorifics, this.text)) {
      k = honorific.end + (this.tokens[honorific.end]?.text === '.' ? 1 : 0);
    }
    return k;
  }

  /** "Jane Doe, the mayor": the descriptor set off by a comma right after a name ending before token `nameEnd`, or a
   *  role another's name owns ("Tad Devine, Sanders' senior media adviser, said"). */
  private appositiveAfter(nameEnd: number): string | null {
    if (!COMMA.test(this.tokens[nameEnd]?.text ?? '')) return null;
    const after = this.descriptorForward(nameEnd + 1);
    // "zum Rücktritt Hartmanns, die Fraktion nehme …": where every noun is capitalised, a word in lower case other
    // than a function word right after the role is a verb, whose subject the role is.
    if (after && this.verbAfterRole(after.end)) return null;
    if (after) {
      const nameEnd = this.nameForward(after.end, true);
      return this.span(after.roleStart, this.unmarkedComplement(after.end, nameEnd) ? nameEnd : after.end);
    }
    const owned = this.forward(nameEnd + 1);
    return owned?.kind === 'descriptor' && this.closesApposition(owned.end) ? owned.descriptor : null;
  }

  /** In a language that capitalises every noun, token `i` is a word in lower case and no function word: after a
   *  noun, a verb (an adjective stands before its noun). */
  private verbAfterRole(i: number): boolean {
    const t = this.tokens[i];
    return this.lexicon.capitalisesNouns && !!t?.isWord && LOWER_CASE.test(t.text) && !this.lexicon.isStopWord(t.key);
  }

  /** Past a name of one word in quotation marks at token `j` ('"Bobby"', see `quotedName`), or `j`. */
  private afterNickname(j: number): number {
    const quoted = this.tokens[j]?.isWord ? null : this.quotedName(j);
    return quoted?.end === j + 3 ? j + 3 : j;
  }

  /** Past the lower-case words qualifying a title or a role noun at token `i` ("former Sen.", "then-Gov.", "former
   *  President"; see LanguageTable.titleQualifiers): the title's token, or `i` when none follows them. */
  private afterTitleQualifiers(i: number): number {
    let j = i;
    while (this.tokens[j]?.isWord && this.lexicon.isTitleQualifier(this.tokens[j].key)) j += this.joiningHyphen(j + 1) ? 2 : 1;
    if (j === i) return i;
    return this.titledAt(j) ? j : i;
  }

  /**
   * A short name the text sets in quotation marks, at token `i` (the opening mark, or an article before it): "schrieb
   * „Die Zeit“", "schreibt die „Computerwoche“", "сообщил «Коммерсант»". Newspapers, parties and companies are written
   * so, a person never: it names an organisation. Every word is capitalised or a function word.
   */
  private quotedName(i: number): Mention | null {
    const open = this.tokens[i]?.isWord && this.lexicon.isArticle(this.tokens[i].key) ? i + 1 : i;
    const close = this.tokens[open] && !this.tokens[open].isWord ? this.lexicon.closingMarkOf(this.tokens[open].text) : undefined;
    if (!close || !this.tokens[open + 1]?.isWord || !CAPITAL.test(this.tokens[open + 1].text)) return null;
    for (let j = open + 1, words = 0; j < this.tokens.length && words <= MAX_QUOTED_NAME_WORDS; j++) {
      const t = this.tokens[j];
      if (t.text === close) {
        // "„Bild“-Chefredakteur": the name opens a compound, which is the mention.
        if (this.tokens[j + 1]?.text === '-' && this.adjacent(j, j + 1)) return null;
        return { kind: 'name', name: this.span(open + 1, j), descriptor: null, organisation: true, start: i, end: j + 1 };
      }
      if (t.isWord ? !CAPITAL.test(t.text) && !this.lexicon.isStopWord(t.key) : !QUOTED_NAME_JOINER.test(t.text)) return null;
      if (t.isWord) words++;
    }
    return null;
  }

  /** The name at [start, end) is a place's, an event's or a law's, which nobody speaks for: one of its words is a
   *  place noun ("Trump Tower", "South China Sea", "Torre Trump"). */
  private namesAPlace(start: number, end: number): boolean {
    for (let j = start; j < end; j++) if (this.tokens[j].isWord && this.lexicon.isPlaceNoun(this.tokens[j].key)) return true;
    return false;
  }

  /** The name at [start, end) is an organisation's: an acronym ("CNN", "FIFA"), or its last word an organisation noun
   *  ("Democratic National Committee", "Süddeutsche Zeitung"). */
  private organisationName(start: number, end: number): boolean {
    if (this.cased && end - start === 1 && ACRONYM.test(this.tokens[start].text)) return true;
    return !!this.nounAt(end - 1)?.organisation;
  }

  /** The mention ending just before token `before`, or before an adverb ending there, reading backward (subject
   *  before a verb). */
  backward(before: number, minStart = 0): Mention | null {
    const end = this.beforeAdverb(before);
    // An adverb or two may stand between the subject and the verb ("Putin also said", "張志明則認為").
    for (let skipped = 0; skipped <= 2; skipped++) {
      const m = this.endingAt(end - skipped, minStart);
      if (m) return m;
      const t = this.tokens[end - skipped - 1];
      if (!t?.isWord || this.lexicon.isConjunction(t.key) || !(this.lexicon.isStopWord(t.key) || ADVERB.test(t.key))) return null;
    }
    return null;
  }

  /** Where the word before token `end` is an adverb a particle marks (see LanguageTable.adverbParticles: "动情地"),
   *  the token that word starts at; else `end`. The particle stands alone, no character of a longer word ("当地"). */
  private beforeAdverb(end: number): number {
    const particle = this.tokens[end - 1];
    if (!particle?.isWord || particle.wordKey || !this.lexicon.table.adverbParticles?.includes(particle.key)) return end;
    let start = end - 2;
    while (start > 0 && !startsWord(this.tokens, start)) start--;
    return start >= 0 && this.tokens[start].isWord ? start : end;
  }

  private endingAt(end: number, minStart: number): Mention | null {
    // Try each start within reach, longest mention first, and keep one that ends exactly at `end`.
    for (let start = Math.max(minStart, end - BACKWARD_REACH); start < end; start++) {
      const m = this.forward(start);
      if (m && m.end === end) return m;
      // "Ms. Ortiz of the Farmers Union said": a name followed by where the person is from.
      if (m?.kind === 'name' && this.cased && this.isComplement(m.end, end)) return { ...m, end };
      // "el presidente de los arroceros respondió": a descriptor whose complement runs up to the verb.
      if (m?.kind === 'descriptor' && this.isComplement(m.end, end)) {
        return { ...m, descriptor: `${m.descriptor} ${this.span(m.end, end)}`, end };
      }
    }
    return null;
  }

  /** Tokens [from, to) are a short complement: a function word then words, no punctuation ("of the union"). Where
   *  every noun is capitalised, a word in lower case is a function word or an adjective, not a verb ("auf der
   *  Internetseite von Borussia Dortmund wie folgt zitiert"). */
  private isComplement(from: number, to: number): boolean {
    const lex = this.lexicon;
    if (to - from < 2 || to - from > MAX_COMPLEMENT_TOKENS || !lex.isStopWord(this.tokens[from].key)) return false;
    // Chinese modifiers stand before the role noun, never after it.
    if (HAN.test(this.tokens[from].text)) return false;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k];
      if (!t.isWord || !this.adjacent(k - 1, k) || lex.isConjunction(t.key)) return false;
      if (lex.capitalisesNouns && !CAPITAL.test(t.text) && !lex.isStopWord(t.key) && !lex.mayBeAdjective(t.key)) return false;
    }
    return true;
  }
}
