import type { LanguageTable } from './types';
import { unique } from './forms';

/** French. « Guillemets » with (narrow) no-break spaces; after a quote the verb comes first: "a déclaré X", "a-t-il ajouté". */

/** Speech verbs as [3rd singular present, 3rd plural present, past participle]. */
const VERBS: ReadonlyArray<readonly [string, string, string]> = [
  ['déclare', 'déclarent', 'déclaré'], ['dit', 'disent', 'dit'], ['affirme', 'affirment', 'affirmé'],
  ['explique', 'expliquent', 'expliqué'], ['estime', 'estiment', 'estimé'], ['ajoute', 'ajoutent', 'ajouté'],
  ['souligne', 'soulignent', 'souligné'], ['indique', 'indiquent', 'indiqué'], ['précise', 'précisent', 'précisé'],
  ['assure', 'assurent', 'assuré'], ['confie', 'confient', 'confié'], ['raconte', 'racontent', 'raconté'],
  ['lance', 'lancent', 'lancé'], ['martèle', 'martèlent', 'martelé'], ['insiste', 'insistent', 'insisté'],
  ['rappelle', 'rappellent', 'rappelé'], ['observe', 'observent', 'observé'], ['note', 'notent', 'noté'],
  ['reconnaît', 'reconnaissent', 'reconnu'], ['reconnait', 'reconnaissent', 'reconnu'], ['admet', 'admettent', 'admis'],
  ['répond', 'répondent', 'répondu'], ['réplique', 'répliquent', 'répliqué'], ['rétorque', 'rétorquent', 'rétorqué'],
  ['commente', 'commentent', 'commenté'], ['dénonce', 'dénoncent', 'dénoncé'], ['prévient', 'préviennent', 'prévenu'],
  ['avertit', 'avertissent', 'averti'], ['annonce', 'annoncent', 'annoncé'], ['conclut', 'concluent', 'conclu'],
  ['déplore', 'déplorent', 'déploré'], ['résume', 'résument', 'résumé'], ['tranche', 'tranchent', 'tranché'],
  ['écrit', 'écrivent', 'écrit'], ['juge', 'jugent', 'jugé'], ['considère', 'considèrent', 'considéré'],
  ['soutient', 'soutiennent', 'soutenu'], ['poursuit', 'poursuivent', 'poursuivi'], ['renchérit', 'renchérissent', 'renchéri'],
  ['enchaîne', 'enchaînent', 'enchaîné'], ['complète', 'complètent', 'complété'], ['témoigne', 'témoignent', 'témoigné'],
  ['relève', 'relèvent', 'relevé'], ['regrette', 'regrettent', 'regretté'], ['avance', 'avancent', 'avancé'],
  ['demande', 'demandent', 'demandé'], ['promet', 'promettent', 'promis'], ['garantit', 'garantissent', 'garanti'],
  ['critique', 'critiquent', 'critiqué'], ['plaide', 'plaident', 'plaidé'], ['argumente', 'argumentent', 'argumenté'],
  ['détaille', 'détaillent', 'détaillé'], ['répète', 'répètent', 'répété'], ['prédit', 'prédisent', 'prédit'],
  ['ironise', 'ironisent', 'ironisé'], ['sourit', 'sourient', 'souri'], ['nuance', 'nuancent', 'nuancé'],
  ['confirme', 'confirment', 'confirmé'], ['dément', 'démentent', 'démenti'], ['interroge', 'interrogent', 'interrogé'],
  ['tweete', 'tweetent', 'tweeté'], ['twitte', 'twittent', 'twitté'], ['certifie', 'certifient', 'certifié'],
  ['proteste', 'protestent', 'protesté'], ['glisse', 'glissent', 'glissé'], ['souffle', 'soufflent', 'soufflé'],
];

/** Present forms too common as nouns or adjectives to stand alone ("le juge", "la critique", "en avance"). */
const NOT_BARE = new Set(['juge', 'critique', 'avance', 'nuance', 'interroge', 'glisse', 'souffle', 'demande', 'complète']);

/** Pronominal verbs as [3rd singular present, 3rd plural present, past participle]: "s'exclame", "s'est-elle exclamée". */
const REFLEXIVE: ReadonlyArray<readonly [string, string, string]> = [
  ["s'exclame", "s'exclament", 'exclamé'], ["s'interroge", "s'interrogent", 'interrogé'], ["s'insurge", "s'insurgent", 'insurgé'],
  ["s'indigne", "s'indignent", 'indigné'], ["s'inquiète", "s'inquiètent", 'inquiété'], ['se félicite', 'se félicitent', 'félicité'],
  ["s'emporte", "s'emportent", 'emporté'], ['se défend', 'se défendent', 'défendu'], ['se justifie', 'se justifient', 'justifié'],
  ["s'alarme", "s'alarment", 'alarmé'], ["s'étonne", "s'étonnent", 'étonné'], ["s'agace", "s'agacent", 'agacé'],
  ['se réjouit', 'se réjouissent', 'réjoui'], ["s'écrie", "s'écrient", 'écrié'], ['se désole', 'se désolent', 'désolé'],
];

/** Periphrases, conjugated on their first word: "fait valoir" → "a-t-il fait valoir". */
const PHRASES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['fait', 'font', 'fait', 'valoir'], ['fait', 'font', 'fait', 'savoir'], ['met', 'mettent', 'mis', 'en garde'],
  ['tient', 'tiennent', 'tenu', 'à préciser'], ['rappelle', 'rappellent', 'rappelé', 'à l\'ordre'],
];

/** Epicene role nouns: with the feminine article they name a woman ("la ministre", "la porte-parole"). */
const EPICENE = [
  'ministre', 'maire', 'porte-parole', "secrétaire d'état", 'secrétaire', 'juge', 'commissaire', 'diplomate',
  'responsable', 'capitaine', 'spécialiste', 'sociologue', 'politologue', 'scientifique', 'syndicaliste', 'leader',
  'médecin', 'témoin', 'gendarme', 'pdg', 'propriétaire', 'analyste', 'économiste', 'épidémiologiste',
].map((role) => `la ${role}`);

/** "-t-il" after a vowel ("ajoute-t-il"), "-il" after a consonant ("dit-il"). */
const invert = (verb: string, pronoun: string) => (/[ae]$/.test(verb) ? `${verb}-t-${pronoun}` : `${verb}-${pronoun}`);

interface Forms {
  all: string[];
  female: string[];
  plural: string[];
}

function conjugate(
  verbs: ReadonlyArray<readonly [string, string, string]>,
  bareOk: (present: string) => boolean = () => true,
): Forms {
  const all: string[] = [];
  const female: string[] = [];
  const plural: string[] = [];
  for (const [sg, pl, part] of verbs) {
    if (bareOk(sg)) all.push(sg);
    all.push(pl, `a ${part}`, `ont ${part}`, invert(sg, 'il'), `a-t-il ${part}`, `ont-ils ${part}`);
    female.push(invert(sg, 'elle'), `a-t-elle ${part}`);
    plural.push(pl, `ont ${part}`, `ont-ils ${part}`, `ont-elles ${part}`, `${pl}-ils`, `${pl}-elles`);
  }
  all.push(...female, ...plural);
  return { all, female, plural };
}

function conjugateReflexive(verbs: ReadonlyArray<readonly [string, string, string]>): Forms {
  const all: string[] = [];
  const female: string[] = [];
  const plural: string[] = [];
  for (const [sg, pl, part] of verbs) {
    all.push(sg, `s'est ${part}`, `s'est-il ${part}`, invert(sg, 'il'));
    female.push(`s'est ${part}e`, `s'est-elle ${part}e`, invert(sg, 'elle'));
    plural.push(pl, `se sont ${part}s`, `se sont ${part}es`, `se sont-ils ${part}s`, `se sont-elles ${part}es`);
  }
  all.push(...female, ...plural);
  return { all, female, plural };
}

function conjugatePhrases(phrases: ReadonlyArray<readonly [string, string, string, string]>): Forms {
  const all: string[] = [];
  const female: string[] = [];
  const plural: string[] = [];
  for (const [sg, pl, part, rest] of phrases) {
    all.push(`${sg} ${rest}`, `a ${part} ${rest}`, `a-t-il ${part} ${rest}`, `${invert(sg, 'il')} ${rest}`);
    female.push(`a-t-elle ${part} ${rest}`, `${invert(sg, 'elle')} ${rest}`);
    plural.push(`${pl} ${rest}`, `ont ${part} ${rest}`, `ont-ils ${part} ${rest}`, `ont-elles ${part} ${rest}`);
  }
  all.push(...female, ...plural);
  return { all, female, plural };
}

const simple = conjugate(VERBS, (sg) => !NOT_BARE.has(sg));
const reflexive = conjugateReflexive(REFLEXIVE);
const phrases = conjugatePhrases(PHRASES);

/** Imperfect and simple past, met in features and portraits. */
const NARRATIVE = [
  'disait', 'expliquait', 'affirmait', 'assurait', 'racontait', 'confiait', 'déclarait', 'estimait', 'ajoutait',
  'déclara', 'ajouta', 'lança', 'répondit', 'expliqua', 'affirma', 'poursuivit', 'conclut',
];

const CONTINUING = new Set(['ajoute', 'poursuit', 'conclut', 'renchérit', 'enchaîne', 'complète']);
const continuing = conjugate(VERBS.filter(([sg]) => CONTINUING.has(sg)), (sg) => !NOT_BARE.has(sg));

export const french: LanguageTable = {
  code: 'fr',
  dir: 'ltr',
  script: 'Latin',
  casedNames: true,
  // French sets a quotation inside its guillemets with no-break spaces.
  citationMarks: ['«\u00a0', '\u00a0»'],
  invertsSubject: false,
  dropsSubjects: false,
  quotePairs: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›'],
    ['"', '"'],
  ],
  speechVerbs: unique([...simple.all, ...reflexive.all, ...phrases.all, ...NARRATIVE]),
  femaleVerbForms: unique([...simple.female, ...reflexive.female, ...phrases.female]),
  pluralVerbForms: unique([...simple.plural, ...reflexive.plural, ...phrases.plural]),
  participles: ['déclarant', 'ajoutant', 'affirmant', 'expliquant', 'estimant', 'soulignant', 'précisant', 'assurant', 'indiquant', 'rappelant'],
  continuationVerbs: unique([...continuing.all, 'ajouta', 'poursuivit']),
  sourcePhrases: ['selon', "d'après", 'aux dires de', "de l'avis de", "de l'aveu de", "de l'aveu même de"],
  impersonalCues: ['peut-on lire', 'on peut lire', 'lit-on', 'est-il écrit', 'il est écrit'],
  pronouns: { il: 'm', elle: 'f', ils: 'pl', elles: 'pl' },
  pronounSources: {
    'selon lui': 'm', 'selon elle': 'f', 'selon eux': 'pl', 'selon elles': 'pl', "d'après lui": 'm', "d'après elle": 'f', "d'après eux": 'pl',
    'pour lui': 'm', 'pour elle': 'f', 'pour eux': 'pl',
    // 'in his (her) eyes'
    'à ses yeux': 's',
  },
  demonstratives: { 'celui-ci': 'm', 'celle-ci': 'f', 'ce dernier': 'm', 'cette dernière': 'f' },
  roleNouns: [
    'président', 'présidente', 'président de la république', 'présidente de la république', 'vice-président',
    'vice-présidente', 'chef de l\'état', 'premier ministre', 'première ministre', 'chef du gouvernement', 'cheffe du gouvernement', 'chef de la diplomatie', 'cheffe de la diplomatie', 'ministre', 'édile',
    'secrétaire d\'état', 'secrétaire général', 'secrétaire générale', 'secrétaire', 'porte-parole', 'maire',
    'maire adjoint', 'adjoint', 'adjointe', 'député', 'députée', 'eurodéputé', 'eurodéputée', 'sénateur', 'sénatrice',
    'élu', 'élue', 'conseiller', 'conseillère', 'préfet', 'préfète', 'gouverneur', 'chef', 'cheffe', 'dirigeant',
    'dirigeante', 'leader', 'patron', 'patronne', 'directeur', 'directrice', 'directeur général', 'directrice générale',
    'pdg', 'fondateur', 'fondatrice', 'propriétaire', 'chancelier', 'chancelière', 'ambassadeur', 'ambassadrice',
    'diplomate', 'émissaire', 'envoyé spécial', 'envoyée spéciale', 'général', 'commandant', 'colonel', 'roi', 'reine',
    'prince', 'princesse', 'pape', 'juge', 'magistrat', 'magistrate', 'procureur', 'procureure', 'avocat', 'avocate',
    'commissaire', 'responsable', 'analyste', 'professeur', 'professeure', 'économiste', 'chercheur', 'chercheuse',
    'scientifique', 'expert', 'experte', 'spécialiste', 'sociologue', 'politologue', 'historien', 'historienne',
    'épidémiologiste', 'candidat', 'candidate', 'opposant', 'opposante', 'militant', 'militante', 'syndicaliste',
    'entraîneur', 'entraîneuse', 'sélectionneur', 'sélectionneuse', 'joueur', 'joueuse', 'capitaine', 'médecin',
    'infirmier', 'infirmière', 'enseignant', 'enseignante', 'étudiant', 'étudiante', 'habitant', 'habitante', 'témoin',
    'auteur', 'autrice', 'auteure', 'écrivain', 'écrivaine', 'réalisateur', 'réalisatrice', 'acteur', 'actrice',
    'chanteur', 'chanteuse', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'rapporteur', 'rapporteure',
    'négociateur', 'négociatrice', 'officier', 'policier', 'policière', 'gendarme', ...EPICENE,
  ],
  organisationNouns: [
    'ministère', 'gouvernement', 'présidence', 'élysée', 'matignon', 'parti', 'syndicat', 'entreprise', 'société',
    'groupe', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'agence', 'chaîne', 'site', 'rapport', 'étude',
    'sondage', 'communiqué', 'déclaration', 'lettre', 'courrier', 'tribunal', 'cour', 'police', 'gendarmerie',
    'armée', 'préfecture', 'mairie', 'conseil', 'commission', 'comité', 'association', 'fondation', 'institut',
    'organisation', 'université', 'banque', 'fédération', 'ambassade', 'parquet', 'assemblée', 'sénat', 'ong',
  ],
  documentNouns: ['discours', 'lettre', 'courrier', 'entretien', 'interview', 'étude', 'sondage', 'message'],
  femaleRoleNouns: [
    'présidente', 'présidente de la république', 'vice-présidente', 'première ministre', 'secrétaire générale',
    'adjointe', 'députée', 'eurodéputée', 'sénatrice', 'élue', 'conseillère', 'préfète', 'cheffe', 'dirigeante', 'cheffe du gouvernement', 'cheffe de la diplomatie',
    'patronne', 'directrice', 'directrice générale', 'fondatrice', 'chancelière', 'ambassadrice', 'envoyée spéciale',
    'reine', 'princesse', 'magistrate', 'procureure', 'avocate', 'professeure', 'chercheuse', 'experte', 'historienne',
    'candidate', 'opposante', 'militante', 'entraîneuse', 'sélectionneuse', 'joueuse', 'infirmière', 'enseignante',
    'étudiante', 'habitante', 'autrice', 'auteure', 'écrivaine', 'réalisatrice', 'actrice', 'chanteuse', 'agricultrice',
    'éleveuse', 'rapporteure', 'négociatrice', 'policière', ...EPICENE,
  ],
  // Abbreviations are listed without their point too: the tokenizer reads "M." as "M" and ".".
  namingCues: ['association', "l'association", 'collectif', 'mouvement', 'parti', 'prix', 'syndicat', 'fondation', 'soi-disant', 'prétendu', 'prétendue', 'intitulé', 'intitulée', 'baptisé', 'baptisée', 'surnommé', 'surnommée', 'appelé', 'appelée', 'nommé', 'nommée', 'qualifié de', 'le documentaire', 'documentaire', 'film', 'livre', 'ouvrage', 'roman', 'rapport', 'opération', 'chanson', 'album', 'émission', 'série', 'pièce', 'slogan', 'mot', "l'expression", 'expression', 'formule', 'mot-dièse', 'hashtag'],
  // How news refers back to a politician it named: '« … », a lancé le chef de l’État', 'a confié l’élu'.
  epithets: ["chef de l'état", 'chef du gouvernement', 'cheffe du gouvernement', 'chef de la diplomatie', 'cheffe de la diplomatie', 'élu', 'élue', 'édile', 'dirigeant', 'dirigeante'],
  givenNames: {
    female: ['marie', 'anne', 'sophie', 'isabelle', 'catherine', 'nathalie', 'sylvie', 'christine', 'valérie', 'sandrine', 'céline', 'julie', 'claire', 'camille', 'émilie', 'élisabeth', 'ségolène', 'marine', 'rachida', 'anne-marie', 'françoise', 'martine', 'brigitte', 'chantal', 'agnès', 'aurélie', 'laure', 'lucie', 'manon', 'chloé', 'léa', 'pauline', 'hélène', 'mathilde', 'juliette', 'amélie', 'élise', 'emmanuelle', 'caroline', 'virginie'],
    male: ['jean', 'pierre', 'michel', 'philippe', 'alain', 'nicolas', 'françois', 'jacques', 'bernard', 'éric', 'laurent', 'patrick', 'christophe', 'thierry', 'olivier', 'julien', 'thomas', 'antoine', 'sébastien', 'emmanuel', 'édouard', 'gabriel', 'bruno', 'gérald', 'jean-luc', 'jean-marie', 'jean-pierre', 'jean-michel', 'xavier', 'benoît', 'arnaud', 'hugo', 'louis', 'paul', 'marc', 'vincent', 'yves', 'didier', 'luc', 'mathieu', 'rémi', 'damien', 'guillaume'],
  },
  anonymousSources: ['source', 'responsable', 'proche', 'porte-parole', 'témoin', 'officiel', 'diplomate', 'entourage', 'interlocuteur', 'expert', 'observateur', 'habitant', 'riverain', 'conseiller', 'cadre', 'membre', 'quelqu\'un', 'personne', 'autorités', 'gouvernement', 'ministère',
    // the crowd and those who protest: 'les manifestants scandaient « … »'
    'manifestant', 'manifestante', 'protestataire', 'foule', 'gréviste',
  ],
  // The conditional of hearsay: « Ces coupes seraient « un coup dur » » reports a claim.
  reportedSpeechForms: ['serait', 'seraient', 'aurait', 'auraient', 'pourrait', 'pourraient', 'devrait', 'devraient'],
  honorifics: ['m', 'm.', 'mm', 'mm.', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'dr', 'dr.', 'pr', 'pr.', 'me', 'mgr'],
  // "l'ex-président Nicolas Sarkozy".
  titleQualifiers: ['ex'],
  roleComplementOpeners: ['de', 'du', 'des', 'auprès'],
  conjunctions: ['et', 'mais', 'ou'],
  stopWords: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'or', 'ni',
    'car', 'que', "qu'", 'qui', 'quoi', 'dont', 'où', 'ce', 'cet', 'cette', 'ces', "c'", 'se', "s'", 'sa', 'son', 'ses',
    'leur', 'leurs', 'lui', 'eux', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', "j'", 'tu', "m'", 'te', "t'",
    'moi', 'toi', 'soi', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'y', 'en', 'ne', "n'",
    'pas', 'plus', 'moins', 'très', 'trop', 'bien', 'aussi', 'encore', 'déjà', 'toujours', 'jamais', 'rien', 'tout',
    'tous', 'toute', 'toutes', 'autre', 'autres', 'même', 'mêmes', 'est', 'sont', 'était', 'étaient', 'été', 'être',
    'sera', 'seront', 'serait', 'seraient', 'soit', 'a', 'ont', 'avait', 'avaient', 'aura', 'aurait', 'avoir', 'eu',
    'fait', 'faire', 'peut', 'peuvent', 'pourrait', 'doit', 'doivent', 'devrait', 'va', 'vont', 'pour', 'par', 'sur',
    'sous', 'dans', 'avec', 'sans', 'chez', 'entre', 'vers', 'depuis', 'pendant', 'avant', 'après', 'contre', 'selon',
    'comme', 'si', 'lorsque', 'lorsqu\'', 'quand', 'puis', 'alors', 'ainsi', 'cependant', 'toutefois', 'pourtant',
    'parce', 'dès', 'afin', 'malgré', 'lors', 'face', 'auprès', 'outre', 'tandis', 'également', 'notamment', 'ici', 'là',
    'cela', 'ça', 'ceci', 'celui', 'celle', 'ceux', 'celles', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'quel',
    'quelle', 'quels', 'quelles', 'chaque', 'plusieurs', 'certains', 'certaines', 'aucun', 'aucune', 'deux', 'trois',
    'non', 'oui', 'près', 'loin', 'déclaré', 'dit', 'estime', 'explique', 'selon', 'jusqu\'', 'jusque', 'puisque',
    'quelque', 'quelques', 'tel', 'telle', 'tels', 'telles', 'beaucoup', 'peu', 'souvent', 'désormais', 'enfin',
  ],
  nameBreakers: [
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril',
    'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'hier', "aujourd'hui", 'demain',
    'matin', 'soir', 'dernier', 'dernière', 'prochain', 'prochaine', 'lors', 'devant', 'récemment',
    // Adverbs and imperatives that open a sentence before its subject: "Notons la réponse de Claire Martin".
    'cependant', 'toutefois', 'néanmoins', 'pourtant', 'ainsi', 'enfin', 'désormais', 'notons', 'rappelons',
    'soulignons', 'précisons', 'ajoutons', 'signalons',
  ],
  complementizers: ['que', "qu'"],
  // 'issued by': « un communiqué publié par le ministère »
  issuerLinks: ['publié par', 'publiée par', 'diffusé par', 'diffusée par', 'émis par', 'émise par'],
  relativePronouns: ['qui', 'lequel', 'laquelle'],
  authorWordsInMarks: true,
  // "le chef écologiste", "le ministre français", "le président américain", "le Premier ministre israélien"
  roleAdjectiveEndings: ['iste', 'ais', 'aise', 'ain', 'aine', 'ien', 'ienne', 'al', 'ale', 'éen', 'éenne', 'ois', 'oise', 'and', 'ol', 'anger', 'angère'],
  placeNouns: ['mer', 'océan', 'fleuve', 'golfe', 'île', 'îles', 'tour', 'pont', 'aéroport', 'stade', 'place', 'avenue', 'boulevard', 'sommet', 'conférence', 'festival', 'prix', 'loi', 'traité', 'accords', 'cathédrale', 'mosquée'],
  articles: ['le', 'la', 'les', "l'", 'un', 'une', 'des'],
  listingCues: [
    'résultats de recherche', 'résultats pour', 'les plus lus', 'les plus partagés', 'les plus commentés', 'lire aussi',
    'à lire aussi', 'dernières actualités', "toute l'actualité", 'sur le même sujet', 'articles similaires', 'en continu',
  ],
  creditLabels: ['photo :', 'photo:', 'photos :', 'crédit photo', 'crédits photo', 'crédit :', 'illustration :'],
  interfaceLines: [
    'publicité', 'lire aussi', 'à lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet',
    'vous aimerez aussi', 'partager', 'partager cet article', 'imprimer', 'imprimer la recette', 'commentaires',
    'réagir', 'laisser un commentaire', 'cet article vous a-t-il été utile', "s'abonner", 'abonnez-vous',
    'voir plus', 'afficher plus', "agrandir l'image", 'écouter cet article', 'retour en haut',
  ],
  closingCues: [
    'a contribué à cet article',
    'ont contribué à cet article',
    'lire aussi',
    'à lire aussi',
    'abonnez-vous',
    'inscrivez-vous',
    'suivez-nous',
    'tous droits réservés',
    'cliquez ici',
  ],
  nounPhrases: {
    openers: [
      'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'à', 'en', 'pour', 'sur', 'dans', 'avec',
      'par', 'sans', 'sous', 'entre', 'contre', 'vers', 'chez', 'depuis', 'pendant', 'après', 'avant', 'selon', 'son',
      'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ce', 'cet', 'cette', 'ces',
    ],
    inner: ['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'en', 'à', 'au', 'aux', 'pour', 'sur', 'et', 'contre'],
    phraseAtClauseStart: false,
    leadingClitics: ["d'", "qu'"],
    // the infinitive; the imperfect, conditional, simple past and future of the third person ("solliciter",
    // "reprendre", "pourraient", "annoncèrent", "pourra")
    verbEndings: ['er', 'ir', 'ndre', 'ttre', 'uire', 'ivre', 'aître', 'aient', 'ait', 'èrent', 'ront', 'rait', 'ra'],
    outsideWords: [
      'ainsi', 'aujourd\'hui', 'hier', 'demain', 'vraiment', 'seulement', 'surtout', 'peut-être', 'voici', 'voilà',
      // modal and auxiliary verbs too short for an ending to tell them
      'peut', 'peuvent', 'doit', 'doivent', 'sera', 'seront', 'fait', 'font', 'va', 'vont',
    ],
  },
};
