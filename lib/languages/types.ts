/** A language as data: everything the engine knows about one language lives in one table of this shape. */

export type Direction = 'ltr' | 'rtl';
/** Masculine, feminine, plural, or singular of either gender ('s': Persian او). */
export type Gender = 'm' | 'f' | 'pl' | 's';

export interface LanguageTable {
  /** BCP 47 primary subtag: "ar", "en", "zh"… */
  code: string;
  dir: Direction;
  /** Writing system used to recognise the language from text: Unicode script name for \p{Script=…}. */
  script: 'Arabic' | 'Latin' | 'Cyrillic' | 'Han' | 'Hebrew';
  /** Names are capitalised in this script (Latin, Cyrillic), so capitals help find them. */
  casedNames: boolean;
  /** The table of a language without one of its own (neutral.ts): it knows no words, so a quotation's speaker is only
   *  a name standing right beside it. */
  neutral?: boolean;
  /** A clause's subject may follow its verb anywhere, not only right after a quotation: German "Dann sagte der
   *  Minister", Spanish "Declaró el ministro", Arabic "وقال الوزير". Where it may not (English, French), a person
   *  right after a verb of saying is more likely its object: "told AFP", "called Clinton". */
  invertsSubject: boolean;
  /** A verb often stands without its subject pronoun, which its form implies (Arabic "وأضاف أن", Spanish "añadió"):
   *  such a verb of saying says as much as "he added" does in a language that writes the pronoun. */
  dropsSubjects: boolean;
  /** Quotation mark pairs as [opening, closing], the language's usual ones first. Nesting is handled by the scanner. */
  quotePairs: ReadonlyArray<readonly [string, string]>;
  /** Inflected forms of verbs and phrases of saying, as written: "said", "told", "قال", "a déclaré", "fügte hinzu", "表示". */
  speechVerbs: readonly string[];
  /** Verbs of saying whose particle ends the clause, as [finite form, particle] ("teilte … mit", "gab … bekannt"):
   *  the finite form says so only when the clause ends with its particle, whatever stands between ('teilte die
   *  Sprecherin am Montag mit'). The forms with nothing between are among speechVerbs too. */
  separableVerbs?: ReadonlyArray<readonly [string, string]>;
  /** The forms among speechVerbs (or continuationVerbs) whose subject is a woman: "قالت", "сказала", "אמרה". */
  femaleVerbForms?: readonly string[];
  /** Forms among speechVerbs (or continuationVerbs) whose subject is plural: "قالوا", "сказали". */
  pluralVerbForms?: readonly string[];
  /** Every form of a verb of saying agrees with its subject in gender and number, as Hebrew's do ("אמר" a man's,
   *  "אמרה" a woman's, "אמרו" several people's): a form listed neither as female nor as plural is a man's. (Not so
   *  where a verb before its subject stays singular, as in Arabic, or where the present has one form, as in Russian.) */
  verbsAgreeInGender?: boolean;
  /** Where only some forms agree in gender (Russian's past, not its present), the ending of a female form and of the
   *  man's form that pairs with it, as [female, male] (['а', ''], ['ась', 'ся']): a form whose female form is listed
   *  is a man's ("сказал" of "сказала", "признался" of "призналась"); one with none ("говорит") tells no gender. */
  femaleFormEndings?: ReadonlyArray<readonly [female: string, male: string]>;
  /** Verbs that with no subject continue the previous speaker: "added", "وأضاف", "a-t-il ajouté", "добавил", "补充说". */
  continuationVerbs: readonly string[];
  /** Forms of verbs of saying that take no subject of their own (participles, gerunds): the clause's subject says
   *  it, or the person named right before them: "Trump attacked Clinton, saying", "заявив", "قائلا", "ajoutant". */
  participles?: readonly string[];
  /** Phrases naming the source of a quote: "according to", "وفقا ل", "selon", "laut", "据". The speaker follows. */
  sourcePhrases: readonly string[];
  /** Impersonal verbs of saying, whose subject names no one ("heißt es", "говорится", "se lee"): the quotation is the
   *  words of the document or place a preposition governs in their clause ('In der Erklärung heißt es: „…“', 'Aus
   *  Paris hieß es', 'в заявлении говорится', 'בהודעת המשטרה נמסר', 'در بیانیه آمده است'), or of nobody its
   *  sentence does not name. Without capitals, only a listed organisation or document noun names that source. */
  impersonalCues?: readonly string[];
  /** Subject pronouns that can stand for a speaker, with their gender or number. */
  pronouns: Readonly<Record<string, Gender>>;
  /** The subject pronouns stand for people only, things and bodies taking one of their own (Persian او and وی; "آن"
   *  is 'it'): a written pronoun never stands for an organisation. (Not so where a body takes a personal pronoun of its
   *  noun's gender: German "sie" of "die Regierung", Arabic "هي" of "الوزارة".) */
  pronounsNamePeople?: boolean;
  /** Demonstratives that stand for the person named last before them, not for the one the article is talking about,
   *  with their gender ("sagte dieser", "the latter said", "a déclaré ce dernier", "وقال الأخير"). Read as such only
   *  beside a verb of saying: elsewhere most of them qualify a noun ("diese Woche", "الأسبوع الأخير"). */
  demonstratives?: Readonly<Record<string, Gender>>;
  /** Source phrases whose source is a pronoun, with its gender or number ("по его словам", "לדבריו", "على حد قوله"):
   *  the quotation is the person the pronoun stands for's. */
  pronounSources?: Readonly<Record<string, Gender>>;
  /** Nouns of saying with a possessive ending, written right after the person whose words they are: Arabic "قوله"
   *  ('his saying') of "نقلت الوكالة عن الوزير قوله إن" ('the agency quoted the minister as saying that'). The person
   *  right before one speaks the quotation after it, not the subject of the verb of quoting. */
  sayingNouns?: readonly string[];
  /** Role and title nouns that head a descriptor: "president", "minister", "الرئيس", "Ministerin", "总统". */
  roleNouns: readonly string[];
  /** Nouns of organisations, publications and documents that speak for someone: "the ministry", "the newspaper",
   *  "the report", "die Regierung", "الوزارة". A mention headed by one names an organisation, which may be a
   *  quotation's speaker; the words of a name ending with one make an organisation's name ("Democratic National
   *  Committee"). */
  organisationNouns?: readonly string[];
  /** Nouns of speeches, letters, interviews and studies, lower case: "speech", "letter", "study", "Rede", "Brief",
   *  "Studie". Such a thing is never a speaker of its own: its author is, when its name says who ("the Pew study"),
   *  and with no author named ("in seiner Rede", "laut einer Studie") it names no speaker. (Those among
   *  organisationNouns still head a mention, as organisation nouns do.) A report, a statement or a bill speaks for
   *  the body that issued it and stays an organisation noun: "the report found", "heißt es in der Erklärung". */
  documentNouns?: readonly string[];
  /** Role and organisation nouns also end compound words written as one ("Vatikansprecher", "Außenministerium"), and
   *  so do naming cues of five letters or more ("Fernsehserie", "Friedenspreis"). */
  compoundNouns?: boolean;
  /** The role nouns among roleNouns that name a woman: "Ministerin", "الوزيرة", "présidente". */
  femaleRoleNouns?: readonly string[];
  /** Role nouns and phrases (each listed among roleNouns too) that, with no name beside them, refer back to someone
   *  the article named, as a pronoun does, rather than introduce someone new: "jefe del ejecutivo" (the head of
   *  government named before), "élu", "глава региона" (the head of the region spoken of). Such a descriptor that
   *  matches none the article used stands for the person a pronoun of its gender would, when the article introduced
   *  them with a role, else for the person so introduced most recently mentioned. */
  epithets?: readonly string[];
  /** Demonstratives written before a noun, lower case (Persian "این", 'this'): a role noun right after one refers back
   *  to someone the article named, as an epithet does, and the words after it describe that person, no name ("این
   *  مقام ایرانی", 'this Iranian official'; "این دیپلمات ارشد", 'this senior diplomat'). */
  demonstrativeDeterminers?: readonly string[];
  /** Common given names that tell a person's gender ("Sarah Chen" is a woman), lower case. A pronoun then finds
   *  her even when she was never called "she" before. */
  givenNames?: { readonly female: readonly string[]; readonly male: readonly string[] };
  /** Words that name a source without naming a person, lower case, and the indefinite pronouns ("someone",
   *  "jemand", "кто-то", "有人"): "source", "official", "people familiar", "responsable", "مصدر", "消息人士". With the
   *  role nouns, they tell an anonymous voice from a named one (see lib/voices.ts); a plural or an ending of up to two
   *  letters more is the same word ("officials", "Quellen"). The analysis reads them too: a quotation whose lead-in
   *  clause has one as its subject ("someone hung a poster: «…»") is not given to a speaker from outside its sentence
   *  (lib/quotes/attribute.ts). */
  anonymousSources?: readonly string[];
  /** Verb forms that mark a clause as someone's reported words, with no verb of saying (the German subjunctive:
   *  'Zwar sei der Druck notwendig, das habe aber nichts mit „…“ zu tun'): a quotation in such a clause goes on
   *  with the words of a speaker named before its sentence. */
  reportedSpeechForms?: readonly string[];
  /** Honorifics written before a name and kept with it: "Mr", "Mrs", "Dr", "M.", "Frau", "السيد". */
  honorifics: readonly string[];
  /** Words in lower case that qualify an honorific or a role noun right before it, where no article stands: 'said
   *  former Sen. Evan Bayh', 'said then-Gov. Mike Pence', 'said former President Bill Clinton'. */
  titleQualifiers?: readonly string[];
  /** Endings of a possessive name, folded ("'s": "Trump's plan", "the Smiths' lawyer" as "s'"): such a name belongs
   *  to what follows it and is never a speaker. */
  possessiveEndings?: readonly string[];
  /** Endings a name takes in the genitive with no apostrophe, lower case: German "Merkels Sprecher", "der Rücktritt
   *  Hartmanns" (-s). A capitalised word that is a name the text writes elsewhere with one of them added is that
   *  name's possessive, as with `possessiveEndings`. */
  nameGenitiveEndings?: readonly string[];
  /** Function words: never part of a name; ignored by summaries and outline labels. Lower case. */
  stopWords: readonly string[];
  /** Words that end a name or descriptor even though they are not function words: days, "yesterday", "يوم". */
  nameBreakers?: readonly string[];
  /** Words after a role and its complement that qualify the role, the person's name following them, lower case:
   *  Hebrew "לשעבר" ('former': "שרת החינוך לשעבר יפעת שאשא ביטון"). Such a word ends names as a name breaker does. */
  roleQualifiers?: readonly string[];
  /** Prepositions and articles that open a role's complement naming whom the role serves, lower case: "for" of "a
   *  spokesman for Platte River", "des" of "ein Sprecher des Auswärtigen Amtes". An unnamed person so described is
   *  no other's spokesman or adviser. */
  roleComplementOpeners?: readonly string[];
  /** Words joining two clauses that share one subject ("and", "et", "und", "и"): a verb after them is the first
   *  clause's, never said by a name standing right before them ("Trump bemoaned the unrest in Charlotte and said"). */
  conjunctions?: readonly string[];
  /** A quotation over several paragraphs opens with a mark at its start only, not again at each paragraph, and closes
   *  at its end (Russian '«…¶…», — сказал он'): a paragraph whose first mark closes the quotation left open before
   *  goes on with it. */
  unrepeatedOpeningMark?: boolean;
  /** The author's words may stand inside a quotation's one pair of marks, between commas or between dashes set close
   *  to them (French « Nous avons entendu, a-t-elle déclaré, et nous répondrons », Spanish «Hemos escuchado —afirmó—,
   *  y responderemos»): the words before and after them are two quotations. (Dashes with spaces on both sides mark the
   *  author's words in every language: Russian «…, — сказал он. — …».) */
  authorWordsInMarks?: boolean;
  /** The mark a paragraph going on with a quotation left open opens with, where it is not the opening one: Spanish
   *  '»' (comillas de seguir: '«…¶»…».'). */
  continuingMark?: string;
  /** The labels opening the paragraphs of an interview written without quotation marks, those of its questions and
   *  those of its answers (Spanish "Pregunta." and "P.", "Respuesta." and "R."): a paragraph opening with an answer's
   *  label after one with a question's is the interviewee's words. */
  interviewLabels?: { readonly question: readonly string[]; readonly answer: readonly string[] };
  /** Conjunctions opening a clause of its own, with its own subject, lower case (Hebrew "ואילו", 'whereas'; "בעוד",
   *  'while'): function words, but no preposition; the person after one is its clause's subject ("ואילו ירון הזהיר"). */
  clauseOpeners?: readonly string[];
  /** Words after a speech verb that show it has no subject of its own: Arabic "أن", "إن"; "that". */
  complementizers?: readonly string[];
  /** Conjunctions that open a subordinate clause whose verb stands at its end (German "weil", "nachdem", "wonach"):
   *  a verb of saying closing such a clause after a quotation has its subject right after the conjunction, before
   *  the quotation ('…, weil die Regierung das Land als „junge Demokratie“ bezeichnet hat'). */
  verbFinalSubordinators?: readonly string[];
  /** The finite verb of a main clause stands second, so a verb of saying after a quotation that is its cue comes
   *  first there, before its subject ('„…“, sagte Löw'), or closes a subordinate clause ('„…“, wie Löw sagte'): a
   *  subject right before the verb after a quotation opens a clause of its own ('„…“, Löw bezeichnete …'). German. */
  verbSecond?: boolean;
  /** Endings of the cases a name's words take, lower case, longest first not required (Russian "Пескова", "Песковым"
   *  of "Песков"; "Дмитрия" of "Дмитрий"): names are compared without them, so that "по словам Дмитрия Пескова" and
   *  "добавил Песков" name one person. */
  nameCaseEndings?: readonly string[];
  /** A name's words the text also spells otherwise, folded, with the spelling they are compared in: Arabic "ابن" as
   *  "بن" ('son of'), so that "ابن فرحان" names "فيصل بن فرحان" again. */
  nameSpellings?: Readonly<Record<string, string>>;
  /** Prepositions of place that, beside a verb of saying in the plural with no subject, name the body whose people
   *  spoke, which speaks: Russian "в" ('«…», — заявили в Минобороны России', 'В Кремле заявили'), Hebrew "ב" joined
   *  to the body's noun ('במשרד החוץ אמרו', 'at the foreign ministry they said'). */
  bodyPrepositions?: readonly string[];
  /** Words closing a phrase a preposition opens, lower case (Chinese "上", "中" of "在社交媒体上", 'on social media',
   *  "在声明中", 'in the statement'): a mention between the two names where something was said, not who said it. */
  postpositions?: readonly string[];
  /** Particles that join a modifier to the noun after them (Chinese "的"): that noun heads the phrase, no preposition
   *  governs it ("不愿透露姓名的官员说", 'an official who asked not to be named said'). */
  modifierParticles?: readonly string[];
  /** Particles that make the word right before them an adverb of the verb after them (Chinese "地": "动情地说", 'said
   *  with feeling'): read back from the verb, that word and the particle stand between the subject and its verb, no
   *  part of the subject's name ("王慧杰动情地说"). */
  adverbParticles?: readonly string[];
  /** Words naming whom a verb of saying addresses, written between the verb and the subject after it: Russian
   *  "журналистам" ('«…», — сообщил журналистам Юрий Ушаков'), Spanish "a los periodistas". The subject is read past
   *  them. Lower case. */
  addressees?: readonly string[];
  /** Words between a statement and the body that issued it, lower case: Arabic "صادر عن" ('issued by'), French
   *  "publié par". The statement so issued speaks as its issuer: "قال بيان صادر عن الوزارة" ('a statement issued by
   *  the ministry said') gives the ministry's words. */
  issuerLinks?: readonly string[];
  /** Relative pronouns that may be a clause's subject ("who", "quien", "qui", "который"): in "…to Tom Fischer, who
   *  said", the person before the comma is the one who speaks. */
  relativePronouns?: readonly string[];
  /** Words that mark a definite direct object after its verb (Hebrew "את"): the word right before one is a verb or
   *  its subject's end, never a name's word ("יאיר לפיד תקף את הממשלה"). */
  objectMarkers?: readonly string[];
  /** The definite article written joined to its word (Arabic "ال", Hebrew "ה"): words of a descriptor after its
   *  role noun carry it ("الرئيس الروسي"), the name after them does not. */
  definiteArticle?: string;
  /** A preposition fused with the definite article, written joined to its word (Arabic "لل" of "للصحفيين", "to the
   *  journalists"): a word opening with one is no name's word. */
  articlePrepositions?: readonly string[];
  /** Adjectives and complements follow the noun they qualify ("الرئيس الروسي", "השר החדש", "وزیر نیرو"): words
   *  before a role noun are no part of its descriptor ("في تصريح لوكالة الأنباء" is no description of anyone). */
  modifiersFollowNoun?: boolean;
  /** A clause opens with its verb, its subject after it (Arabic "قال الوزير", "ودمغ الوزير …"). */
  verbInitial?: boolean;
  /** Clitic prefixes that are (or end with) a preposition ("ب", "ل", "وب"; Hebrew "ב", "מ"): a role or organisation
   *  noun found only past one is the preposition's object and names no speaker ("في تصريح لوكالة الأنباء", 'in a
   *  statement to the news agency'). */
  prepositionClitics?: readonly string[];
  /** Family names written first (Chinese 王, 李): without capitals, a name opening with one, or with a listed given
   *  name, introduces a person. */
  familyNames?: readonly string[];
  /** Endings of a capitalised complement in the genitive right after a role noun, which belongs to the descriptor,
   *  not the name: Russian "Губернатор Якутии Анна Смирнова" (-ии), "министр Москвы" (-ы). */
  roleComplementEndings?: readonly string[];
  /** The endings among roleComplementEndings that surnames also have in the nominative, lower case (Russian "-ова",
   *  "-ина", "-ая": "вице-премьер Голикова"). One capitalised word after a role with another of those endings is the
   *  role's complement, and the person is unnamed ("мэр Москвы", "представитель Кремля"); so is one with these
   *  endings that the text also writes in another case ("помощник Путина" where "Путин" stands). */
  surnameEndings?: readonly string[];
  /** Case endings a role noun takes, folded: a word that is a listed role noun with one of them is that noun ("dem
   *  Vorsitzenden", "des Ministers", "laut dem Präsidenten"). */
  roleCaseEndings?: readonly string[];
  /** Rewrites applied to each word of a descriptor before descriptors are compared, as [pattern, replacement]
   *  (regular expression source, flag u): Hebrew "השרה" and its construct form "שרת" are one role. */
  descriptorFolding?: ReadonlyArray<readonly [string, string]>;
  /** Clitics written joined to the next word and stripped before a look-up: Arabic و ف ب ل ك ال, Hebrew ו ה ב ל מ ש כ. Longest first is not required. */
  cliticPrefixes?: readonly string[];
  /** Words right before quoted words that make them a name or a title, not speech: "so-called", "dubbed",
   *  "the film", "ما يسمى", "sogenannte". */
  namingCues?: readonly string[];
  /** Endings of a participle or gerund, lower case: a word with one opening a sentence, capitalised nowhere else and
   *  no listed given name, opens a clause, not a name ("Watching Trump, I …", "Playing Trump on stage"). Only
   *  endings that given names rarely have: not Spanish "-ando" (Fernando, Orlando). */
  participleEndings?: readonly string[];
  /** Without capitals, names still join words with a hyphen (or a maqaf): Hebrew "בר-דוד", "בן־גוריון". Where
   *  capitals mark names, a hyphen between two name words always joins them. */
  hyphenatedNames?: boolean;
  /** Without capitals, the words a name takes at most, a particle before a word and its word counting as one ("בנימין
   *  נתניהו", "איתמר בן גביר"): the word after is the verb or the place nothing else marks as no name's
   *  ("בנימין נתניהו נפגש", 'Benjamin Netanyahu met'). Where a language's names run longer, it sets none. */
  maxNameWords?: number;
  /** Endings of an indefinite object, folded (the Arabic accusative "ا" of "وفدا", "اتصالا"): where the verb opens its
   *  clause, such a word after a name's word with the joined article is the object, no name's word ("التقت الوزيرة
   *  رانيا المشاط وفدا", 'the minister Rania al-Mashat met a delegation'). */
  objectEndings?: readonly string[];
  /** Endings of a noun in the construct state, whose definite complement follows it, folded (the Arabic sound
   *  plural's "ي" of "ممثلي النقابات", 'the unions' representatives'): such a word after a name's word with the joined
   *  article, before a word with it, is the verb's object, as one of `objectEndings` is ("التقى الوزير خالد عبد الغفار
   *  ممثلي النقابات", 'the minister Khaled Abdel Ghaffar met the unions' representatives'). */
  constructObjectEndings?: readonly string[];
  /** The particles of `maxNameWords` (or of the engine's own limit where the table sets none), lower case: "בן",
   *  'son of'. */
  nameParticles?: readonly string[];
  /** Nouns that make a capitalised name a place's, an event's or a law's, which nobody speaks for: "Trump Tower",
   *  "South China Sea", "Sunshine Summit", "Torre Trump". A name with one among its words is no one's mention. Lower
   *  case; only nouns no family name shares ("Lake", "Park", "Hill" are names of people too), and not the places
   *  that speak for a government ("White House", "Downing Street"). */
  placeNouns?: readonly string[];
  /** Articles written as words of their own ("the", "a", "le", "der"): one may stand between a naming cue and the
   *  name ('known as the "…"'), where a pronoun makes the cue a verb of saying ('called it "…"'). Lower case. */
  articles?: readonly string[];
  /** In a language that capitalises every noun (German), the words that stand only before a noun: its articles,
   *  article contractions and possessives ("im", "zur", "seiner"). A capitalised word the text writes after one is a
   *  common noun ("im Interview", "mit den Worten"), never a name's first word. Absent: capitals mark names. */
  nounMarkers?: readonly string[];
  /** Endings of common nouns that end no name, lower case (German "-ung", "-keit"): a capitalised word with one is
   *  no name's word ("das Urteil Signalwirkung"), unless the table lists it as an organisation ("Zeitung"). */
  commonNounEndings?: readonly string[];
  /** In a language that capitalises nouns, cardinal numbers and quantities written as words, lower case ("fünf",
   *  "Tausende", "wenige"): none is a name's word, and like a number in digits, one counts the capitalised word after
   *  it, a common noun ("fünf Jahren Aufrufe", "Tausende Tunesier"). */
  numberWords?: readonly string[];
  /** The endings of an adjective standing between a noun marker and its noun, lower case: "zum eigenen
   *  Erfolgskriterium", "seiner ersten Rede" (-en). The capitalised word after them is a common noun too. */
  adjectiveEndings?: readonly string[];
  /** Endings of the adjectives written in lower case right after a role noun, their plural's "s" or "es" aside, which
   *  belong to the descriptor (Spanish "el líder socialista", "el ministro francés"; French "le chef écologiste"):
   *  descriptors with other adjectives name other people ("el líder sindical" is no "líder del PP" named before). Only
   *  endings no verb form after a subject has, lower case. */
  roleAdjectiveEndings?: readonly string[];
  /** The mark that ends a sentence, put after a summary line shortened to its leading clauses; "." when absent. */
  fullStop?: string;
  /** Ordinal numbers are written with a full stop ("am 5. August"): a sentence never ends after one or two digits
   *  and a full stop. */
  ordinalFullStop?: boolean;
  /** Where a long run-on sentence may be cut into clauses, each a summary line of its own (see lib/text/clauses.ts). */
  clauseCues?: ClauseCues;
  /** What a section label of an inferred outline, a noun phrase taken from the text, may begin and end with (see
   *  lib/outline.ts). */
  nounPhrases?: NounPhraseCues;
  /** Words that mark a page as a non-article listing (search results, section front): "results for", "نتائج البحث". */
  listingCues?: readonly string[];
  /** Phrases of the short lines that close an article without being part of it: credits ("additional reporting
   *  by"), invitations ("sign up for", "تابعونا"), notices ("all rights reserved"); see lib/article/closing-lines.ts. */
  closingCues?: readonly string[];
  /** How a picture's credit line opens, wherever it stands in the article: "Photo:", "Foto:", "Crédit photo". Such
   *  a short line is the picture's, not the article's (see lib/article/closing-lines.ts). */
  creditLabels?: readonly string[];
  /** The site's own interface written as a line of its own, wherever it stands: buttons, prompts and labels
   *  ("Rezept drucken", "War der Artikel nützlich?", "Continue reading"). A line that is one of them, whole (case,
   *  punctuation and symbols aside), is no article text (see lib/article/closing-lines.ts). */
  interfaceLines?: readonly string[];
  /** How a citation of the language writes a quotation: its marks (with the spaces they take inside), and the mark
   *  between the names after it. Defaults: the first of `quotePairs`, and ", ". */
  citationMarks?: readonly [string, string];
  listSeparator?: string;
}

/** The places a clause begins in a long sentence of the language. */
export interface ClauseCues {
  /** Marks after which a new clause begins: Arabic "؛". */
  breaks: readonly string[];
  /** The language's commas: "،", ",". */
  commas: readonly string[];
  /** Conjunctions that open a main clause after a comma, written joined to the next word or not: Arabic "و" ("، وأكد"). */
  conjunctions: readonly string[];
  /** Words that open an adjunct clause, comma or not, which adds to the clause before it: "حيث", "وذلك", "مشيرا". */
  adjunctOpeners: readonly string[];
}

/**
 * How a noun phrase is told in running text without a dictionary. A phrase is a run of words that are not function
 * words, with `inner` function words between them ("programme of reforms", "الشراكة في مجال الطاقة"); it never
 * begins or ends with a function word. It begins after an opener ("the", "في"), at a name (a capitalised word inside
 * a sentence), at a word with the definite article joined to it, or, where the language says so, where a clause
 * begins; it holds no verb form or adverb the language marks.
 */
export interface NounPhraseCues {
  /** Function words after which a noun phrase begins: articles, prepositions, possessives ("the", "of", "his"). */
  openers: readonly string[];
  /** Function words that may stand inside a noun phrase, never at its edge ("of", "the", "de", "في"). */
  inner: readonly string[];
  /** A phrase may begin where a sentence or clause does: in a language without articles to show where one begins
   *  (Russian, Chinese, Persian). Where articles show it, a clause's first word is as often a verb (Arabic) or runs
   *  on into one ("Stores use colour"). */
  phraseAtClauseStart: boolean;
  /** Nouns are capitalised (German): a phrase ends with a capitalised word. */
  capitalisedNouns?: boolean;
  /** Clitics a phrase begins after, cut from the word they are joined to when what follows is a word of its own:
   *  Arabic "و", "ب" ("بالتعاون" → "التعاون"), French "d'". */
  leadingClitics?: readonly string[];
  /** Prepositions joined to the next word (Arabic "ب", "ل", "ك"): such a word ends a phrase only when it is
   *  definite ("للطاقة"), not as an adverb ("لسنوات", 'for years'). */
  prepositionClitics?: readonly string[];
  /** Endings of verb forms ("ed", "ing", "s"): a word with one is in a phrase only if the article also writes it,
   *  or its stem, right after an article ("the proposed law", "the hearing", "the request"), which makes it an
   *  adjective or a noun. */
  verbEndings?: readonly string[];
  /** Endings of nouns that look like a verb ending ("ss", "ics": "business", "politics"). */
  nounEndings?: readonly string[];
  /** Where the definite article is joined to its word: the endings of the adjectives that may follow a definite
   *  word in a phrase (Arabic "ي", "ية": "الشراكة الاستراتيجية"). Another definite word begins a phrase of its own,
   *  as a verb's object after its subject ("أعلنت النقابة الإضراب"). */
  attributeEndings?: readonly string[];
  /** Beginnings of verb forms, on a word without the definite article: Arabic "ي" ("يمثل", 'it marks'). */
  verbPrefixes?: readonly string[];
  /** Words that are no part of a noun phrase though not function words: verb forms no ending tells ("done",
   *  "made"), adverbs ("still", "maybe"). The language's verbs of saying never are either. */
  outsideWords?: readonly string[];
}

/** The language a page is in, as the engine works with it: its tag, its direction, and the table to read it with
 *  (the neutral table for a language without one of its own). */
export interface PageLanguage {
  lang: string;
  dir: Direction;
  table: LanguageTable;
}

/** How much of a page's text (its title first) the language is told from. */
export const LANGUAGE_SAMPLE_CHARS = 6000;
