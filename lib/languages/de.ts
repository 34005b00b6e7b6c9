import type { LanguageTable } from './types';
import { unique } from './forms';

/** German. „Anführungszeichen“ or »Guillemets«; after a quote the verb comes first ("sagte Scholz", "so die Ministerin"). */

/** Speech verbs as [3rd singular present, 3rd singular past, 3rd plural past, 3rd plural present]. */
const VERBS: ReadonlyArray<readonly [string, string, string, string?]> = [
  ['sagt', 'sagte', 'sagten', 'sagen'], ['erklärt', 'erklärte', 'erklärten', 'erklären'],
  ['betont', 'betonte', 'betonten', 'betonen'], ['meint', 'meinte', 'meinten', 'meinen'],
  ['unterstreicht', 'unterstrich', 'unterstrichen'], ['warnt', 'warnte', 'warnten', 'warnen'],
  ['kritisiert', 'kritisierte', 'kritisierten', 'kritisieren'], ['fordert', 'forderte', 'forderten', 'fordern'],
  ['bekräftigt', 'bekräftigte', 'bekräftigten'], ['versichert', 'versicherte', 'versicherten'],
  ['erläutert', 'erläuterte', 'erläuterten'], ['ergänzt', 'ergänzte', 'ergänzten'],
  ['berichtet', 'berichtete', 'berichteten', 'berichten'], ['erzählt', 'erzählte', 'erzählten', 'erzählen'],
  ['antwortet', 'antwortete', 'antworteten'], ['entgegnet', 'entgegnete', 'entgegneten'],
  ['schreibt', 'schrieb', 'schrieben'], ['twittert', 'twitterte', 'twitterten'],
  ['verkündet', 'verkündete', 'verkündeten'], ['mahnt', 'mahnte', 'mahnten', 'mahnen'],
  ['beklagt', 'beklagte', 'beklagten', 'beklagen'], ['lobt', 'lobte', 'lobten'], ['fragt', 'fragte', 'fragten'],
  ['behauptet', 'behauptete', 'behaupteten'], ['argumentiert', 'argumentierte', 'argumentierten'],
  ['bestätigt', 'bestätigte', 'bestätigten'], ['resümiert', 'resümierte', 'resümierten'],
  ['urteilt', 'urteilte', 'urteilten'], ['beurteilt', 'beurteilte', 'beurteilten'], ['begründet', 'begründete', 'begründeten'],
  ['kommentiert', 'kommentierte', 'kommentierten'], ['verspricht', 'versprach', 'versprachen'],
  ['bilanziert', 'bilanzierte', 'bilanzierten'], ['präzisiert', 'präzisierte', 'präzisierten'],
  ['beteuert', 'beteuerte', 'beteuerten'], ['ruft', 'rief', 'riefen'],
  ['räumt', 'räumte', 'räumten'], ['fügt', 'fügte', 'fügten'], ['klagt', 'klagte', 'klagten', 'klagen'],
  ['gesteht', 'gestand', 'gestanden'], ['bemerkt', 'bemerkte', 'bemerkten'], ['schildert', 'schilderte', 'schilderten'],
  ['verrät', 'verriet', 'verrieten'], ['lautet', 'lautete', 'lauteten'], ['bezeichnet', 'bezeichnete', 'bezeichneten'],
  ['nennt', 'nannte', 'nannten'], ['äußert', 'äußerte', 'äußerten'], ['appelliert', 'appellierte', 'appellierten'],
  ['bemängelt', 'bemängelte', 'bemängelten'], ['moniert', 'monierte', 'monierten'], ['verlangt', 'verlangte', 'verlangten'],
  ['beschreibt', 'beschrieb', 'beschrieben'], ['dementiert', 'dementierte', 'dementierten'], ['bestreitet', 'bestritt', 'bestritten'],
  ['droht', 'drohte', 'drohten'], ['prognostiziert', 'prognostizierte', 'prognostizierten'],
  ['spricht', 'sprach', 'sprachen'], ['rät', 'riet', 'rieten', 'raten'],
];

/** Separable verbs as [3rd singular present, 3rd singular past, 3rd plural past, particle]: "fügte er hinzu". */
const SEPARABLE: ReadonlyArray<readonly [string, string, string, string]> = [
  ['fügt', 'fügte', 'fügten', 'hinzu'], ['fährt', 'fuhr', 'fuhren', 'fort'], ['führt', 'führte', 'führten', 'aus'],
  ['räumt', 'räumte', 'räumten', 'ein'], ['stellt', 'stellte', 'stellten', 'klar'], ['stellt', 'stellte', 'stellten', 'fest'],
  ['gibt', 'gab', 'gaben', 'zu'], ['merkt', 'merkte', 'merkten', 'an'], ['hält', 'hielt', 'hielten', 'fest'],
  ['teilt', 'teilte', 'teilten', 'mit'], ['kündigt', 'kündigte', 'kündigten', 'an'], ['gibt', 'gab', 'gaben', 'an'],
  ['wirft', 'warf', 'warfen', 'ein'], ['hebt', 'hob', 'hoben', 'hervor'], ['weist', 'wies', 'wiesen', 'darauf hin'],
  ['schränkt', 'schränkte', 'schränkten', 'ein'], ['gibt', 'gab', 'gaben', 'zu bedenken'], ['ruft', 'rief', 'riefen', 'auf'],
  ['schiebt', 'schob', 'schoben', 'nach'], ['legt', 'legte', 'legten', 'nach'], ['gibt', 'gab', 'gaben', 'bekannt'],
  ['weist', 'wies', 'wiesen', 'zurück'], ['wirft', 'warf', 'warfen', 'vor'], ['sagt', 'sagte', 'sagten', 'zu'],
  ['prangert', 'prangerte', 'prangerten', 'an'],
  // "nahm am Abend zu der Frage Stellung": a noun closes the clause as a particle does.
  ['nimmt', 'nahm', 'nahmen', 'stellung'],
];

const separable: Array<[string, string]> = [];
const all: string[] = ['so', 'zitiert', 'hat gesagt', 'hatte gesagt', 'hat erklärt', 'hatte erklärt', 'hat betont'];
const female: string[] = [];
const plural: string[] = [];
for (const [present, past, pastPlural, presentPlural] of VERBS) {
  all.push(present, past, pastPlural);
  plural.push(pastPlural);
  if (presentPlural) all.push(presentPlural), plural.push(presentPlural);
}
for (const [present, past, pastPlural, particle] of SEPARABLE) {
  for (const singular of [present, past]) {
    all.push(`${singular} ${particle}`, `${singular} er ${particle}`, `${singular} sie ${particle}`);
    female.push(`${singular} sie ${particle}`);
  }
  all.push(`${pastPlural} ${particle}`, `${pastPlural} sie ${particle}`);
  for (const form of [present, past, pastPlural]) separable.push([form, particle]);
  plural.push(`${pastPlural} ${particle}`, `${pastPlural} sie ${particle}`);
}

/** Adjectival role nouns: with the feminine singular article they name a woman ("die Vorsitzende"). */
const ADJECTIVAL = [
  'abgeordnete', 'bundestagsabgeordnete', 'vorsitzende', 'parteivorsitzende', 'fraktionsvorsitzende',
  'vorstandsvorsitzende', 'beauftragte', 'gesandte',
];
const FEMININE_ADJECTIVAL = ADJECTIVAL.map((role) => `die ${role}`);

export const german: LanguageTable = {
  code: 'de',
  dir: 'ltr',
  script: 'Latin',
  casedNames: true,
  invertsSubject: true,
  verbSecond: true,
  dropsSubjects: false,
  quotePairs: [
    ['„', '“'],
    ['»', '«'],
    ['‚', '‘'],
    ['›', '‹'],
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ],
  speechVerbs: unique(all),
  separableVerbs: separable,
  femaleVerbForms: unique(female),
  pluralVerbForms: unique(plural),
  continuationVerbs: [
    'fügte hinzu', 'fügte er hinzu', 'fügte sie hinzu', 'fügt hinzu', 'fügt er hinzu', 'fügt sie hinzu',
    'fügten hinzu', 'fügten sie hinzu', 'ergänzte', 'ergänzt', 'ergänzten', 'fuhr fort', 'fuhr er fort',
    'fuhr sie fort', 'fährt fort', 'fährt er fort', 'fährt sie fort', 'fuhren sie fort', 'führte er aus',
    'führte sie aus', 'führt er aus', 'führt sie aus', 'schob er nach', 'schob sie nach', 'legte er nach',
    'legte sie nach', 'resümierte', 'bilanzierte',
  ],
  sourcePhrases: [
    'laut', 'zufolge', 'nach angaben von', 'nach angaben', 'nach worten von', 'nach den worten von',
    // "nach den Worten der Sprecherin": the genitive after it names the speaker.
    'nach den worten', 'nach meinung',
    'nach ansicht', 'nach auffassung', 'nach einschätzung', 'nach darstellung', 'nach bewertung', 'nach aussage',
    'nach aussagen', 'nach informationen',
    // "Ein Sender zitierte Lang mit den Worten …", "zitiert die Zeitung den Minister": the person quoted speaks, not
    // the one quoting. ("zitiert" is also the participle of "wird Lang zitiert", whose subject speaks: with no name
    // after it, it is read as a verb of saying.)
    'zitiert', 'zitierte', 'zitierten',
    // "eröffnete die Sitzung mit den Worten: „…“": the words after it are a quotation, in whatever language.
    'mit den worten',
  ],
  impersonalCues: ['heißt es', 'hieß es'],
  pronouns: { er: 'm', sie: 'f' },
  demonstratives: { dieser: 'm', diese: 'f', letzterer: 'm', letztere: 'f' },
  roleNouns: [
    'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin', 'vizepräsident', 'vizepräsidentin',
    'staatschef', 'staatschefin', 'regierungschef', 'regierungschefin', 'kanzler', 'kanzlerin', 'bundeskanzler',
    'bundeskanzlerin', 'vizekanzler', 'vizekanzlerin', 'ministerpräsident', 'ministerpräsidentin', 'premierminister',
    'premierministerin', 'minister', 'ministerin', 'bundesminister', 'bundesministerin', 'innenminister',
    'innenministerin', 'außenminister', 'außenministerin', 'finanzminister', 'finanzministerin', 'wirtschaftsminister',
    'wirtschaftsministerin', 'gesundheitsminister', 'gesundheitsministerin', 'verteidigungsminister',
    'verteidigungsministerin', 'justizminister', 'justizministerin', 'umweltminister', 'umweltministerin',
    'verkehrsminister', 'verkehrsministerin', 'bildungsminister', 'bildungsministerin', 'arbeitsminister',
    'arbeitsministerin', 'landwirtschaftsminister', 'landwirtschaftsministerin', 'staatssekretär', 'staatssekretärin',
    'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin',
    'senator', 'senatorin', 'gouverneur', 'gouverneurin', 'abgeordnete', 'abgeordneter', 'bundestagsabgeordnete',
    'bundestagsabgeordneter', 'vorsitzende', 'vorsitzender', 'parteichef', 'parteichefin', 'parteivorsitzende',
    'parteivorsitzender', 'fraktionschef', 'fraktionschefin', 'fraktionsvorsitzende', 'fraktionsvorsitzender',
    'sprecher', 'sprecherin', 'regierungssprecher', 'regierungssprecherin', 'pressesprecher', 'pressesprecherin',
    'polizeisprecher', 'polizeisprecherin', 'chef', 'chefin', 'direktor', 'direktorin', 'geschäftsführer',
    'geschäftsführerin', 'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzende', 'vorstandsvorsitzender',
    'gründer', 'gründerin', 'gewerkschaftschef', 'gewerkschaftschefin', 'botschafter', 'botschafterin', 'diplomat',
    'diplomatin', 'gesandte', 'gesandter', 'general', 'generalin', 'kommandeur', 'kommandeurin', 'könig', 'königin',
    'prinz', 'prinzessin', 'papst', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'oberstaatsanwalt',
    'oberstaatsanwältin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'verteidiger', 'verteidigerin',
    'analyst', 'analystin', 'professor', 'professorin', 'ökonom', 'ökonomin', 'forscher', 'forscherin',
    'wissenschaftler', 'wissenschaftlerin', 'experte', 'expertin', 'virologe', 'virologin', 'politologe',
    'politologin', 'theologe', 'theologin', 'soziologe', 'soziologin', 'historiker', 'historikerin', 'kandidat', 'kandidatin',
    'spitzenkandidat', 'spitzenkandidatin', 'trainer', 'trainerin', 'bundestrainer', 'bundestrainerin', 'spieler',
    'spielerin', 'kapitän', 'kapitänin', 'manager', 'managerin', 'polizist', 'polizistin', 'arzt', 'ärztin',
    'lehrer', 'lehrerin', 'student', 'studentin', 'autor', 'autorin', 'schriftsteller', 'schriftstellerin',
    'regisseur', 'regisseurin', 'schauspieler', 'schauspielerin', 'sänger', 'sängerin', 'bewohner', 'bewohnerin',
    'anwohner', 'anwohnerin', 'zeuge', 'zeugin', 'landwirt', 'landwirtin', 'aktivist', 'aktivistin', 'vertreter',
    'vertreterin', 'beauftragte', 'beauftragter', 'leiter', 'leiterin', 'präses', 'bischof', 'bischöfin',
    'erzbischof', 'kardinal', 'pfarrer', 'pfarrerin', 'priester', 'priesterin', 'prediger', 'predigerin', 'imam',
    'rabbiner', 'rabbinerin',
    'stellvertreter', 'stellvertreterin', 'sekretär', 'sekretärin', 'generalsekretär', 'generalsekretärin',
    'organisator', 'organisatorin', 'veranstalter', 'veranstalterin', 'ermittler', 'ermittlerin', 'verfasser',
    'verfasserin', 'ankläger', 'anklägerin', 'sportler', 'sportlerin', 'fahrer', 'fahrerin', 'pilot', 'pilotin',
    'kommentator', 'kommentatorin', 'moderator', 'moderatorin', 'mitarbeiter', 'mitarbeiterin', 'funktionär',
    'funktionärin', 'offizier', 'offizierin', 'soldat', 'soldatin', 'kommandant', 'kommandantin', 'jurist',
    'juristin', 'mediziner', 'medizinerin', 'psychologe', 'psychologin', 'physiker', 'physikerin', 'biologe',
    'biologin', 'philosoph', 'philosophin', 'ingenieur', 'ingenieurin', 'passagier', 'passagierin', 'einwohner',
    'einwohnerin',
    'journalist', 'journalistin', 'redakteur', 'redakteurin', 'kritiker', 'kritikerin', 'politiker', 'politikerin',
    'kommissar', 'kommissarin', 'berater', 'beraterin', 'teilnehmer', 'teilnehmerin', 'mitglied', 'meteorologe',
    'meteorologin', 'demonstrant', 'demonstrantin', 'unternehmer', 'unternehmerin', 'künstler', 'künstlerin',
    // Kin, a relation like a role: "der ältere Bruder des Papstes, Georg Ratzinger" is the brother, not the pope.
    'bruder', 'schwester', 'sohn', 'tochter', 'vater', 'mutter', 'ehemann', 'ehefrau', 'witwe', 'witwer',
    'lebensgefährte', 'lebensgefährtin',
    // Plurals that speak as one: "die Demonstranten", "die Richter".
    'demonstranten', 'experten', 'kritiker', 'gegner', 'befürworter', 'organisatoren', 'meteorologen', 'ärzte',
    'polizisten', 'mitglieder', 'teilnehmer', 'zeugen', 'beamte', 'beamten', 'politiker', 'ermittler', 'forscher',
    ...FEMININE_ADJECTIVAL,
  ],
  organisationNouns: [
    'regierung', 'bundesregierung', 'landesregierung', 'ministerium', 'behörde', 'amt', 'gericht', 'polizei',
    'staatsanwaltschaft', 'partei', 'fraktion', 'verband', 'verein', 'gewerkschaft', 'unternehmen', 'konzern', 'firma',
    'bank', 'zeitung', 'tageszeitung', 'magazin', 'nachrichtenmagazin', 'blatt', 'agentur', 'nachrichtenagentur',
    'sender', 'rundfunk', 'fernsehen', 'radio', 'portal', 'website', 'webseite', 'homepage', 'internetseite', 'bericht', 'abschlussbericht',
    'studie', 'umfrage', 'erklärung', 'mitteilung', 'pressemitteilung', 'schreiben', 'brief', 'meldung', 'rede',
    'stellungnahme', 'kommission', 'komitee', 'ausschuss', 'rat', 'stadtrat', 'gemeinderat', 'bundesrat', 'betriebsrat',
    'aufsichtsrat', 'sicherheitsrat', 'senat', 'organisation', 'institut', 'stiftung', 'universität', 'hochschule',
    'kirche', 'verwaltung', 'team', 'vorstand', 'armee', 'militär', 'bundeswehr', 'initiative', 'bündnis', 'netzwerk',
    'union', 'koalition', 'allianz', 'gesetzentwurf', 'urteil', 'beschluss', 'aufruf', 'petition', 'text', 'fazit',
    'antrag',
  ],
  documentNouns: ['rede', 'ansprache', 'predigt', 'brief', 'schreiben', 'interview', 'studie', 'umfrage', 'fazit'],
  compoundNouns: true,
  femaleRoleNouns: [
    'schwester', 'tochter', 'mutter', 'ehefrau', 'witwe', 'lebensgefährtin', 'präsidentin', 'bundespräsidentin', 'vizepräsidentin', 'staatschefin', 'regierungschefin', 'kanzlerin',
    'bundeskanzlerin', 'vizekanzlerin', 'ministerpräsidentin', 'premierministerin', 'ministerin', 'bundesministerin',
    'innenministerin', 'außenministerin', 'finanzministerin', 'wirtschaftsministerin', 'gesundheitsministerin',
    'verteidigungsministerin', 'justizministerin', 'umweltministerin', 'verkehrsministerin', 'bildungsministerin',
    'arbeitsministerin', 'landwirtschaftsministerin', 'staatssekretärin', 'bürgermeisterin', 'oberbürgermeisterin',
    'landrätin', 'senatorin', 'gouverneurin', 'parteichefin', 'fraktionschefin', 'sprecherin', 'regierungssprecherin',
    'pressesprecherin', 'polizeisprecherin', 'chefin', 'direktorin', 'geschäftsführerin', 'vorstandschefin',
    'gründerin', 'gewerkschaftschefin', 'botschafterin', 'diplomatin', 'generalin', 'kommandeurin', 'königin',
    'pfarrerin', 'priesterin', 'predigerin', 'rabbinerin', 'prinzessin', 'richterin', 'staatsanwältin',
    'oberstaatsanwältin', 'anwältin', 'rechtsanwältin', 'verteidigerin',
    'analystin', 'professorin', 'ökonomin', 'forscherin', 'wissenschaftlerin', 'expertin', 'virologin', 'politologin',
    'soziologin', 'historikerin', 'kandidatin', 'spitzenkandidatin', 'trainerin', 'bundestrainerin', 'spielerin',
    'kapitänin', 'managerin', 'polizistin', 'ärztin', 'lehrerin', 'studentin', 'autorin', 'schriftstellerin',
    'regisseurin', 'schauspielerin', 'sängerin', 'bewohnerin', 'anwohnerin', 'zeugin', 'landwirtin', 'aktivistin',
    'vertreterin', 'leiterin', 'bischöfin', ...FEMININE_ADJECTIVAL,
  ],
  namingCues: ['preis', 'bürgerinitiative', 'initiative', 'bewegung', 'partei', 'verein', 'aktion', 'kampagne', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'so genannte', 'so genannten', 'genannt', 'namens', 'betitelt', 'titel', 'mit dem titel', 'film', 'dokumentarfilm', 'dokumentation', 'buch', 'roman', 'bericht', 'studie', 'serie', 'sendung', 'operation', 'lied', 'album', 'wort', 'begriff', 'slogan', 'motto', 'schlagwort', 'unwort', 'hashtag',
    // publications, works, programmes and groups, also in the genitive ("des Magazins „…“")
    'magazin', 'magazins', 'magazines', 'zeitschrift', 'musical', 'oper', 'projekt', 'projekts', 'programm', 'programms', 'stamm', 'stamms', 'stammes', 'bündnis', 'bündnisses', 'netzwerk', 'netzwerks', 'plattform', 'marke', 'prädikat', 'name', 'namen',
    // a category or a topic: "im Bereich „…“", "Themen wie „…“"
    'bereich', 'thema', 'themen'],
  givenNames: {
    female: ['anna', 'maria', 'ursula', 'angela', 'annalena', 'katrin', 'sabine', 'petra', 'monika', 'claudia', 'andrea', 'susanne', 'stefanie', 'julia', 'lena', 'laura', 'sarah', 'katharina', 'christine', 'birgit', 'heike', 'karin', 'renate', 'ulrike', 'franziska', 'johanna', 'sophie', 'nina', 'saskia', 'ricarda', 'svenja', 'manuela', 'alice', 'sahra', 'nancy', 'lisa'],
    male: ['thomas', 'michael', 'andreas', 'stefan', 'peter', 'klaus', 'wolfgang', 'jürgen', 'frank', 'markus', 'christian', 'martin', 'olaf', 'friedrich', 'robert', 'karl', 'hans', 'uwe', 'jens', 'matthias', 'tobias', 'sebastian', 'alexander', 'lars', 'boris', 'hubertus', 'cem', 'volker', 'horst', 'gerhard', 'helmut', 'joachim', 'dietmar', 'florian', 'jan', 'lukas', 'felix', 'max'],
  },
  anonymousSources: ['quelle', 'insider', 'beamter', 'beamte', 'sprecher', 'sprecherin', 'regierungskreise', 'kreise', 'diplomat', 'experte', 'beobachter', 'augenzeuge', 'zeuge', 'anwohner', 'mitarbeiter', 'vertreter', 'verantwortliche', 'informant', 'mitglied', 'behörde', 'regierung', 'jemand', 'unbekannt'],
  honorifics: ['herr', 'herrn', 'frau', 'dr', 'dr.', 'prof', 'prof.'],
  // "Ex-Kanzler Gerhard Schröder".
  titleQualifiers: ['ex'],
  roleComplementOpeners: ['des', 'der', 'von', 'vom', 'bei', 'beim'],
  ordinalFullStop: true,
  conjunctions: ['und', 'aber', 'oder', 'sondern'],
  stopWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber',
    'doch', 'sondern', 'denn', 'weil', 'dass', 'daß', 'ob', 'wenn', 'als', 'wie', 'so', 'auch', 'noch', 'schon', 'nur',
    'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde',
    'wurden', 'worden', 'sein', 'hat', 'haben', 'hatte', 'hatten', 'habe', 'kann', 'können', 'konnte', 'konnten',
    'muss', 'müssen', 'musste', 'soll', 'sollen', 'sollte', 'will', 'wollen', 'wollte', 'würde', 'würden', 'er', 'sie',
    'es', 'wir', 'ihr', 'ich', 'du', 'man', 'sich', 'ihm', 'ihn', 'ihnen', 'ihre', 'ihren', 'ihrem', 'ihrer', 'seine',
    'seinen', 'seinem', 'seiner', 'mein', 'meine', 'unser', 'unsere', 'dies', 'diese', 'dieser', 'dieses', 'diesen',
    'diesem', 'jene', 'jener', 'welche', 'welcher', 'welches', 'wer', 'was', 'wo', 'wann', 'warum', 'weshalb', 'in',
    'im', 'ins', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für',
    'gegen', 'ohne', 'um', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'seit', 'bis', 'während',
    'wegen', 'trotz', 'laut', 'zufolge', 'gegenüber', 'sowie', 'bereits', 'jetzt', 'heute', 'hier', 'dort', 'da',
    'dann', 'damit', 'dabei', 'dazu', 'darauf', 'daran', 'darüber', 'davon', 'dafür', 'dagegen', 'mehr', 'sehr',
    'viel', 'viele', 'alle', 'allem', 'allen', 'aller', 'alles', 'jeder', 'jede', 'jedes', 'andere', 'anderen',
    'etwa', 'rund', 'fast', 'immer', 'wieder', 'nun', 'also', 'jedoch', 'allerdings', 'zudem', 'außerdem', 'sowohl',
    'weder', 'ebenfalls', 'selbst', 'bisher', 'einmal', 'zwei', 'drei', 'sagte', 'sagt', 'gibt', 'gab', 'geht',
    'ging', 'ab', 'mal', 'eben', 'ja', 'nein', 'wohl', 'zwar', 'sogar', 'kaum', 'dessen', 'deren', 'uns', 'euch',
    'mich', 'dich', 'mir', 'dir', 'einige', 'einigen', 'manche', 'solche', 'solchen', 'ihrerseits', 'seinerseits',
  ],
  nameBreakers: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'januar',
    'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'gestern', 'heute', 'morgen', 'vorgestern', 'abend', 'nachmittag', 'vormittag', 'mittag', 'zuletzt', 'kürzlich', 'anfang',
    // Spans of time: "nach fünf Jahren Gemeinschaftsschule", "seit Jahren Aufrufe".
    'jahr', 'jahre', 'jahren', 'jahres', 'monat', 'monate', 'monaten', 'woche', 'wochen', 'stunde', 'stunden', 'minuten', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten',
    // Adverbs that open a sentence before its verb and subject: "Demgegenüber sagte Thomas Brandt".
    'demgegenüber', 'hingegen', 'indes', 'indessen', 'trotzdem', 'dennoch', 'daraufhin', 'inzwischen', 'unterdessen',
    'schließlich', 'ebenso', 'anschließend',
    // Pronouns written capitalised as nouns: "Folgendes erklärte sie: …".
    'folgendes', 'folgende', 'folgenden', 'folgender',
    // Conjunctions and determiners that open a clause before its subject: "Falls Demjanjuk verurteilt wird".
    'falls', 'obwohl', 'obgleich', 'sofern', 'nachdem', 'bevor', 'sobald', 'solange', 'seitdem', 'jegliche',
    'jeglicher', 'jeglichen', 'jeglichem', 'jegliches',
  ],
  complementizers: ['dass', 'daß', 'ob'],
  verbFinalSubordinators: [
    'dass', 'daß', 'ob', 'weil', 'da', 'als', 'nachdem', 'während', 'wonach', 'obwohl', 'obgleich', 'wenn', 'falls',
    'sobald', 'solange', 'bevor', 'ehe', 'seit', 'seitdem', 'indem', 'damit', 'sodass', 'sofern', 'wie',
  ],
  relativePronouns: ['der', 'die', 'welcher', 'welche'],
  placeNouns: ['meer', 'ozean', 'fluss', 'insel', 'inseln', 'gebirge', 'turm', 'brücke', 'flughafen', 'stadion', 'arena', 'platz', 'allee', 'gipfel', 'konferenz', 'festival', 'preis', 'gesetz', 'vertrag', 'abkommen', 'landkreis', 'ort', 'orte', 'orten', 'ortschaft', 'ortsteil', 'stadtteil', 'dorf', 'region', 'denkmal', 'dom', 'moschee'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  // The subjunctive of reported speech, in the forms unlike the indicative's.
  reportedSpeechForms: [
    'sei', 'seien', 'habe', 'könne', 'müsse', 'werde', 'wolle', 'solle', 'dürfe', 'möge', 'gebe', 'wisse', 'stehe',
    'gehe', 'komme', 'liege', 'bleibe', 'brauche', 'fehle', 'gelte', 'lasse', 'sehe', 'halte', 'trage', 'bedeute',
  ],
  nounMarkers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
    'keinen', 'keinem', 'keiner', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'seine', 'seinen',
    'seinem', 'seiner', 'seines', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unsere', 'unserer', 'unseren',
    'unserem', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'jede', 'jeder', 'jeden', 'jedem', 'jedes',
  ],
  adjectiveEndings: ['e', 'en', 'er', 'em', 'es'],
  commonNounEndings: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'ität', 'itäten', 'ismus'],
  numberWords: [
    'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig',
    'vierzig', 'fünfzig', 'hundert', 'hunderte', 'tausend', 'tausende', 'dutzende', 'millionen', 'milliarden',
    'mehrere', 'zahlreiche', 'einige', 'viele', 'wenige', 'weitere', 'etliche', 'manche', 'sämtliche',
  ],
  nameGenitiveEndings: ['s'],
  roleCaseEndings: ['n', 'en', 's', 'es'],
  listingCues: [
    'suchergebnisse', 'ergebnisse für', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen',
    'neueste nachrichten', 'aktuelle nachrichten', 'mehr zum thema', 'lesen sie auch', 'das könnte sie auch interessieren',
    'weitere artikel', 'top-themen',
  ],
  creditLabels: ['foto:', 'fotos:', 'bild:', 'bilder:', 'titelbild:', 'beitragsbild:', 'bildquelle:', 'fotoquelle:', 'bildnachweis:'],
  interfaceLines: [
    'anzeige', 'werbung', 'weiterlesen', 'mehr lesen', 'weiter lesen', 'mehr zum thema', 'mehr themen',
    'auch interessant', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
    'das thema könnte sie auch interessieren', 'das thema könnte dich auch interessieren', 'schon gelesen',
    'lesen sie auch', 'teilen', 'jetzt teilen', 'artikel teilen', 'beitrag teilen', 'möchten sie den artikel teilen',
    'drucken', 'artikel drucken', 'rezept drucken', 'rezept speichern', 'zum rezept', 'kommentare',
    'kommentare geschlossen', 'kommentieren', 'kommentar schreiben', 'war der artikel nützlich',
    'war dieser artikel hilfreich', 'war dieser beitrag hilfreich', 'hat ihnen der artikel gefallen',
    'hat dir der artikel gefallen', 'bild anzeigen', 'bild vergrößern', 'bildergalerie', 'zur bildergalerie',
    'vorschau auf den nächsten artikel', 'nächster artikel', 'vorheriger artikel', 'nach oben',
    'empfohlener redaktioneller inhalt', 'artikel anhören', 'jetzt abonnieren', 'newsletter abonnieren',
    'mehr anzeigen', 'weniger anzeigen', 'folgen sie uns',
  ],
  closingCues: [
    'mitarbeit:',
    'lesen sie auch',
    'abonnieren sie',
    'melden sie sich',
    'folgen sie uns',
    'alle rechte vorbehalten',
    'klicken sie hier',
  ],
  nounPhrases: {
    openers: [
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'in', 'im', 'an', 'am',
      'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zum', 'zur', 'für', 'gegen', 'ohne', 'um', 'über',
      'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'seit', 'bis', 'während', 'wegen', 'trotz', 'seine',
      'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'dieser', 'diese', 'dieses',
      'diesen', 'diesem',
    ],
    inner: ['der', 'des', 'die', 'das', 'dem', 'den', 'von', 'vom', 'für', 'und', 'im', 'am', 'zum', 'zur', 'gegen', 'über', 'mit'],
    phraseAtClauseStart: false,
    capitalisedNouns: true,
  },
};
