import type { LanguageTable } from './types';
import { unique } from './forms';

/** Spanish. «Comillas latinas», then “inglesas”, then ‘simples’; subjects are often dropped: "«…», añadió." */

/** Speech verbs as [preterite 3sg, preterite 3pl, present 3sg, present 3pl, past participle]. */
const VERBS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['dijo', 'dijeron', 'dice', 'dicen', 'dicho'], ['afirmó', 'afirmaron', 'afirma', 'afirman', 'afirmado'],
  ['declaró', 'declararon', 'declara', 'declaran', 'declarado'], ['aseguró', 'aseguraron', 'asegura', 'aseguran', 'asegurado'],
  ['explicó', 'explicaron', 'explica', 'explican', 'explicado'], ['añadió', 'añadieron', 'añade', 'añaden', 'añadido'],
  ['agregó', 'agregaron', 'agrega', 'agregan', 'agregado'], ['señaló', 'señalaron', 'señala', 'señalan', 'señalado'],
  ['indicó', 'indicaron', 'indica', 'indican', 'indicado'], ['sostuvo', 'sostuvieron', 'sostiene', 'sostienen', 'sostenido'],
  ['subrayó', 'subrayaron', 'subraya', 'subrayan', 'subrayado'], ['destacó', 'destacaron', 'destaca', 'destacan', 'destacado'],
  ['recalcó', 'recalcaron', 'recalca', 'recalcan', 'recalcado'], ['insistió', 'insistieron', 'insiste', 'insisten', 'insistido'],
  ['advirtió', 'advirtieron', 'advierte', 'advierten', 'advertido'], ['apuntó', 'apuntaron', 'apunta', 'apuntan', 'apuntado'],
  ['manifestó', 'manifestaron', 'manifiesta', 'manifiestan', 'manifestado'],
  ['expresó', 'expresaron', 'expresa', 'expresan', 'expresado'], ['comentó', 'comentaron', 'comenta', 'comentan', 'comentado'],
  ['relató', 'relataron', 'relata', 'relatan', 'relatado'], ['contó', 'contaron', 'cuenta', 'cuentan', 'contado'],
  ['reconoció', 'reconocieron', 'reconoce', 'reconocen', 'reconocido'], ['admitió', 'admitieron', 'admite', 'admiten', 'admitido'],
  ['precisó', 'precisaron', 'precisa', 'precisan', 'precisado'],
  ['puntualizó', 'puntualizaron', 'puntualiza', 'puntualizan', 'puntualizado'],
  ['enfatizó', 'enfatizaron', 'enfatiza', 'enfatizan', 'enfatizado'], ['remarcó', 'remarcaron', 'remarca', 'remarcan', 'remarcado'],
  ['argumentó', 'argumentaron', 'argumenta', 'argumentan', 'argumentado'],
  ['defendió', 'defendieron', 'defiende', 'defienden', 'defendido'], ['criticó', 'criticaron', 'critica', 'critican', 'criticado'],
  ['denunció', 'denunciaron', 'denuncia', 'denuncian', 'denunciado'], ['lamentó', 'lamentaron', 'lamenta', 'lamentan', 'lamentado'],
  ['respondió', 'respondieron', 'responde', 'responden', 'respondido'], ['replicó', 'replicaron', 'replica', 'replican', 'replicado'],
  ['contestó', 'contestaron', 'contesta', 'contestan', 'contestado'], ['preguntó', 'preguntaron', 'pregunta', 'preguntan', 'preguntado'],
  ['anunció', 'anunciaron', 'anuncia', 'anuncian', 'anunciado'], ['concluyó', 'concluyeron', 'concluye', 'concluyen', 'concluido'],
  ['continuó', 'continuaron', 'continúa', 'continúan', 'continuado'], ['prosiguió', 'prosiguieron', 'prosigue', 'prosiguen', 'proseguido'],
  ['escribió', 'escribieron', 'escribe', 'escriben', 'escrito'], ['tuiteó', 'tuitearon', 'tuitea', 'tuitean', 'tuiteado'],
  ['opinó', 'opinaron', 'opina', 'opinan', 'opinado'], ['consideró', 'consideraron', 'considera', 'consideran', 'considerado'],
  ['valoró', 'valoraron', 'valora', 'valoran', 'valorado'], ['estimó', 'estimaron', 'estima', 'estiman', 'estimado'],
  ['sentenció', 'sentenciaron', 'sentencia', 'sentencian', 'sentenciado'], ['zanjó', 'zanjaron', 'zanja', 'zanjan', 'zanjado'],
  ['apostilló', 'apostillaron', 'apostilla', 'apostillan', 'apostillado'], ['matizó', 'matizaron', 'matiza', 'matizan', 'matizado'],
  ['ironizó', 'ironizaron', 'ironiza', 'ironizan', 'ironizado'], ['bromeó', 'bromearon', 'bromea', 'bromean', 'bromeado'],
  ['confesó', 'confesaron', 'confiesa', 'confiesan', 'confesado'], ['aclaró', 'aclararon', 'aclara', 'aclaran', 'aclarado'],
  ['detalló', 'detallaron', 'detalla', 'detallan', 'detallado'], ['informó', 'informaron', 'informa', 'informan', 'informado'],
  ['recordó', 'recordaron', 'recuerda', 'recuerdan', 'recordado'], ['alertó', 'alertaron', 'alerta', 'alertan', 'alertado'],
  ['prometió', 'prometieron', 'promete', 'prometen', 'prometido'],
  ['garantizó', 'garantizaron', 'garantiza', 'garantizan', 'garantizado'],
  ['reiteró', 'reiteraron', 'reitera', 'reiteran', 'reiterado'], ['confirmó', 'confirmaron', 'confirma', 'confirman', 'confirmado'],
  ['negó', 'negaron', 'niega', 'niegan', 'negado'], ['exclamó', 'exclamaron', 'exclama', 'exclaman', 'exclamado'],
  ['remató', 'remataron', 'remata', 'rematan', 'rematado'], ['completó', 'completaron', 'completa', 'completan', 'completado'],
  ['resumió', 'resumieron', 'resume', 'resumen', 'resumido'], ['insinuó', 'insinuaron', 'insinúa', 'insinúan', 'insinuado'],
  ['avisó', 'avisaron', 'avisa', 'avisan', 'avisado'], ['celebró', 'celebraron', 'celebra', 'celebran', 'celebrado'],
];

/** Present forms too common as nouns or adjectives to stand alone ("la denuncia", "la sentencia", "en resumen"). */
const NOT_BARE = new Set([
  'denuncia', 'sentencia', 'alerta', 'pregunta', 'completa', 'resume', 'resumen', 'celebra', 'celebran', 'cuentan',
  'estima', 'remata', 'aclara', 'avisa',
]);

/** Pronominal verbs: "se preguntó", "se lamentó", "se quejó". */
const PRONOMINAL = [
  'se preguntó', 'se pregunta', 'se preguntaron', 'se quejó', 'se queja', 'se quejaron', 'se lamentó', 'se lamenta',
  'se lamentaron', 'se sinceró', 'se sincera', 'se jactó', 'se defendió', 'se defiende', 'se justificó', 'se felicitó',
];

const all: string[] = [...PRONOMINAL, 'había dicho', 'habían dicho', 'decía', 'explicaba', 'aseguraba', 'contaba'];
const plural: string[] = ['se preguntaron', 'se quejaron', 'se lamentaron', 'habían dicho'];
for (const [preterite, preteritePlural, present, presentPlural, participle] of VERBS) {
  all.push(preterite, preteritePlural, `ha ${participle}`, `han ${participle}`);
  plural.push(preteritePlural, `han ${participle}`);
  if (!NOT_BARE.has(present)) all.push(present);
  if (!NOT_BARE.has(presentPlural)) all.push(presentPlural), plural.push(presentPlural);
}

const CONTINUING = ['añadió', 'agregó', 'continuó', 'prosiguió', 'concluyó', 'apostilló', 'remató', 'completó', 'insistió'];
const continuing: string[] = [];
for (const [preterite, preteritePlural, present, , participle] of VERBS) {
  if (!CONTINUING.includes(preterite)) continue;
  continuing.push(preterite, preteritePlural, `ha ${participle}`);
  if (!NOT_BARE.has(present)) continuing.push(present);
}

/** Epicene role nouns: with the feminine article they name a woman ("la portavoz", "la fiscal"). */
const EPICENE = [
  'presidente', 'portavoz', 'fiscal', 'fiscal general', 'concejal', 'líder', 'dirigente', 'juez', 'testigo',
  'analista', 'economista', 'especialista', 'responsable', 'cantante', 'estudiante', 'canciller', 'activista',
  'sindicalista', 'agente', 'comandante', 'gerente', 'cineasta', 'edil', 'médico', 'gremialista', 'asambleísta',
  'convencional', 'constituyente',
].map((role) => `la ${role}`);

export const spanish: LanguageTable = {
  code: 'es',
  dir: 'ltr',
  script: 'Latin',
  casedNames: true,
  invertsSubject: true,
  dropsSubjects: true,
  quotePairs: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
  // A quotation over paragraphs opens each paragraph after the first with a closing mark: «…¶»…».
  continuingMark: '»',
  // "Pregunta. …" / "Respuesta. …" (or "P." / "R."): an interview's answers are written without quotation marks.
  interviewLabels: { question: ['Pregunta.', 'P.'], answer: ['Respuesta.', 'R.'] },
  speechVerbs: unique(all),
  pluralVerbForms: unique(plural),
  participles: ['diciendo', 'añadiendo', 'agregando', 'asegurando', 'afirmando', 'señalando', 'explicando', 'indicando', 'subrayando', 'advirtiendo'],
  continuationVerbs: unique(continuing),
  sourcePhrases: [
    'según', 'de acuerdo con', 'de acuerdo a', 'en palabras de', 'a juicio de', 'en opinión de', 'a decir de',
    // "Una emisora citó a Lang: «…»": the person quoted speaks, not the one quoting.
    'citó a', 'citaron a', 'cita a', 'citan a',
  ],
  impersonalCues: ['se lee', 'puede leerse', 'se puede leer'],
  pronouns: { 'él': 'm', ella: 'f', ellos: 'pl', ellas: 'pl' },
  pronounSources: {
    'según él': 'm', 'según ella': 'f', 'según ellos': 'pl', 'según ellas': 'pl', 'para él': 'm', 'para ella': 'f',
    // 'in his (her) judgement, opinion, words'
    'a su juicio': 's', 'en su opinión': 's', 'a su entender': 's', 'en sus palabras': 's',
  },
  demonstratives: { 'este último': 'm', 'esta última': 'f', 'éste': 'm', 'ésta': 'f' },
  roleNouns: [
    'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'presidente del gobierno', 'presidenta del gobierno',
    'jefe del gobierno', 'jefa del gobierno', 'jefe del ejecutivo', 'jefa del ejecutivo', 'jefe de estado', 'jefa de estado',
    'jefe de la diplomacia', 'jefa de la diplomacia',
    'primer ministro', 'primera ministra',
    'mandatario', 'mandataria', 'ministro', 'ministra', 'canciller', 'secretario', 'secretaria', 'secretario de estado',
    'secretaria de estado', 'secretario general', 'secretaria general', 'alcalde', 'alcaldesa', 'regidor', 'regidora',
    'edil', 'teniente de alcalde', 'concejal', 'concejala', 'portavoz', 'diputado', 'diputada', 'eurodiputado',
    'eurodiputada', 'senador', 'senadora', 'gobernador', 'gobernadora', 'consejero', 'consejera', 'consejero delegado',
    'consejera delegada', 'delegado', 'delegada', 'líder', 'dirigente', 'jefe', 'jefa', 'director', 'directora',
    'responsable', 'fundador', 'fundadora', 'propietario', 'propietaria', 'embajador', 'embajadora', 'diplomático',
    'diplomática', 'enviado', 'enviada', 'general', 'comandante', 'coronel', 'rey', 'reina', 'príncipe', 'princesa',
    'papa', 'pontífice', 'juez', 'jueza', 'magistrado', 'magistrada', 'fiscal', 'fiscal general', 'abogado', 'abogada',
    'analista', 'profesor', 'profesora', 'catedrático', 'catedrática', 'economista', 'investigador', 'investigadora',
    'científico', 'científica', 'experto', 'experta', 'especialista', 'sociólogo', 'socióloga', 'politólogo',
    'politóloga', 'historiador', 'historiadora', 'epidemiólogo', 'epidemióloga', 'candidato', 'candidata',
    'sindicalista', 'activista', 'entrenador', 'entrenadora', 'técnico', 'seleccionador', 'seleccionadora', 'jugador',
    'jugadora', 'capitán', 'capitana', 'médico', 'médica', 'enfermero', 'enfermera', 'maestro', 'maestra',
    'estudiante', 'vecino', 'vecina', 'testigo', 'escritor', 'escritora', 'autor', 'autora', 'cineasta', 'actor',
    'actriz', 'cantante', 'agricultor', 'agricultora', 'ganadero', 'ganadera', 'policía', 'agente', 'comisario',
    'comisaria', 'negociador', 'negociadora', 'gerente', 'empresario', 'empresaria', 'obispo', 'arzobispo',
    // the holder of a portfolio: 'el titular de Transportes, Óscar Puente'
    'titular',
    // Latin American usage: a spokesman, a provincial governor or mayor, a union leader, a legislator
    'vocero', 'vocera', 'intendente', 'intendenta', 'gremialista', 'legislador', 'legisladora', 'asambleísta',
    'convencional', 'constituyente',
    ...EPICENE,
  ],
  organisationNouns: [
    'ministerio', 'gobierno', 'presidencia', 'partido', 'sindicato', 'empresa', 'compañía', 'sociedad', 'grupo',
    'diario', 'periódico', 'revista', 'agencia', 'cadena', 'emisora', 'portal', 'informe', 'estudio', 'encuesta',
    'comunicado', 'declaración', 'carta', 'tribunal', 'juzgado', 'corte', 'policía', 'guardia civil', 'ejército',
    'ayuntamiento', 'alcaldía', 'consejo', 'comisión', 'comité', 'asociación', 'fundación', 'instituto',
    'organización', 'universidad', 'banco', 'federación', 'embajada', 'fiscalía', 'congreso', 'senado', 'ong',
  ],
  documentNouns: ['discurso', 'carta', 'entrevista', 'estudio', 'encuesta', 'mensaje'],
  femaleRoleNouns: [
    'presidenta', 'vicepresidenta', 'presidenta del gobierno', 'jefa del gobierno', 'jefa de estado', 'jefa de la diplomacia', 'primera ministra',
    'mandataria', 'ministra', 'secretaria', 'secretaria de estado', 'secretaria general', 'alcaldesa', 'regidora',
    'concejala', 'diputada', 'eurodiputada', 'senadora', 'gobernadora', 'consejera', 'consejera delegada', 'delegada',
    'jefa', 'directora', 'fundadora', 'propietaria', 'embajadora', 'diplomática', 'enviada', 'reina', 'princesa',
    'jueza', 'magistrada', 'abogada', 'profesora', 'catedrática', 'investigadora', 'científica', 'experta', 'socióloga',
    'politóloga', 'historiadora', 'epidemióloga', 'candidata', 'entrenadora', 'seleccionadora', 'jugadora', 'capitana',
    'médica', 'enfermera', 'maestra', 'vecina', 'escritora', 'autora', 'actriz', 'agricultora', 'ganadera', 'comisaria',
    'negociadora', 'empresaria', 'vocera', 'intendenta', 'legisladora', ...EPICENE,
  ],
  namingCues: ['asociación', 'colectivo', 'movimiento', 'partido', 'premio', 'plataforma', 'fundación', 'el llamado', 'la llamada', 'los llamados', 'las llamadas', 'llamado', 'llamada', 'denominado', 'denominada', 'titulado', 'titulada', 'bautizado', 'bautizada', 'apodado', 'apodada', 'conocido como', 'conocida como', 'documental', 'película', 'libro', 'novela', 'informe', 'serie', 'programa', 'operación', 'canción', 'álbum', 'palabra', 'término', 'lema', 'eslogan', 'expresión', 'etiqueta', 'hashtag'],
  // How news refers back to a politician it named: '«…», añadió el jefe del Ejecutivo', 'señaló el dirigente popular'.
  epithets: [
    'jefe del gobierno', 'jefa del gobierno', 'jefe del ejecutivo', 'jefa del ejecutivo', 'jefe de la diplomacia', 'jefa de la diplomacia',
    'mandatario', 'mandataria', 'dirigente', 'titular', 'gremialista',
  ],
  givenNames: {
    female: ['maría', 'carmen', 'ana', 'isabel', 'laura', 'cristina', 'marta', 'lucía', 'elena', 'pilar', 'sara', 'paula', 'raquel', 'beatriz', 'rosa', 'teresa', 'yolanda', 'irene', 'sonia', 'patricia', 'silvia', 'mónica', 'nuria', 'ainhoa', 'marina', 'inés', 'alba', 'andrea', 'claudia', 'natalia', 'begoña', 'montserrat', 'carolina', 'gabriela', 'valentina', 'ximena', 'sofía', 'dolores'],
    male: ['josé', 'antonio', 'manuel', 'francisco', 'juan', 'david', 'javier', 'jesús', 'carlos', 'daniel', 'miguel', 'rafael', 'pedro', 'pablo', 'alejandro', 'fernando', 'luis', 'sergio', 'jorge', 'alberto', 'álvaro', 'diego', 'adrián', 'andrés', 'iñigo', 'íñigo', 'gabriel', 'santiago', 'mariano', 'alfonso', 'emiliano', 'gustavo', 'ricardo', 'felipe', 'joaquín', 'ignacio', 'enrique', 'ramón', 'víctor', 'óscar'],
  },
  anonymousSources: ['fuente', 'funcionario', 'portavoz', 'responsable', 'testigo', 'vecino', 'experto', 'analista', 'diplomático', 'allegado', 'autoridades', 'observador', 'empleado', 'miembro', 'alguien', 'gobierno', 'personas', 'persona', 'integrante', 'entorno',
    // the crowd and those who protest: 'los manifestantes coreaban «…»'
    'manifestante', 'multitud', 'huelguista',
  ],
  // The conditional of hearsay: 'Los recortes serían «un golpe»' reports a claim.
  reportedSpeechForms: ['sería', 'serían', 'habría', 'habrían', 'estaría', 'estarían', 'podría', 'podrían'],
  // "dijo el ex presidente Felipe González".
  titleQualifiers: ['ex'],
  roleComplementOpeners: ['de', 'del'],
  honorifics: [
    'sr', 'sr.', 'sra', 'sra.', 'srta', 'srta.', 'señor', 'señora', 'don', 'doña', 'dña', 'dña.', 'dr', 'dr.', 'dra',
    'dra.', 'lic', 'lic.', 'ing', 'ing.',
    // Spanish honorifics take the article: "dijo el Dr. Urrutia", "según la señora Etxeberria".
    'el sr', 'el sr.', 'la sra', 'la sra.', 'la srta', 'la srta.', 'el señor', 'la señora', 'el dr', 'el dr.', 'la dra',
    'la dra.',
  ],
  conjunctions: ['y', 'e', 'pero', 'o'],
  stopWords: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'ni', 'pero', 'sino', 'que', 'qué',
    'quien', 'quién', 'quienes', 'cual', 'cuál', 'cuales', 'cuyo', 'cuya', 'de', 'del', 'a', 'al', 'en', 'con', 'por',
    'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'hacia', 'contra', 'según', 'durante', 'mediante', 'tras', 'ante',
    'bajo', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'sido', 'será', 'serán', 'sería', 'está', 'están',
    'estaba', 'estaban', 'estar', 'estado', 'ha', 'han', 'había', 'habían', 'haber', 'hay', 'he', 'hemos', 'habrá', 'se',
    'su', 'sus', 'le', 'les', 'me', 'te', 'nos', 'os', 'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros',
    'nuestras', 'él', 'ella', 'ellos', 'ellas', 'usted', 'ustedes', 'yo', 'tú', 'nosotros', 'nosotras', 'este', 'esta',
    'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'esto', 'eso', 'aquello', 'como', 'cómo',
    'cuando', 'donde', 'dónde', 'muy', 'más', 'menos', 'tan', 'tanto', 'también', 'tampoco', 'ya', 'aún', 'todavía',
    'no', 'sí', 'si', 'solo', 'sólo', 'todo', 'toda', 'todos', 'todas', 'otro', 'otra', 'otros', 'otras', 'mismo',
    'misma', 'cada', 'algún', 'alguna', 'algunos', 'algunas', 'ningún', 'ninguna', 'porque', 'pues', 'aunque',
    'mientras', 'luego', 'entonces', 'así', 'además', 'embargo', 'dos', 'tres', 'puede', 'pueden', 'debe', 'deben',
    'va', 'van', 'hace', 'hacer', 'tiene', 'tienen', 'dijo', 'ahora', 'aquí', 'allí', 'bien', 'mucho', 'muchos',
    'muchas', 'poco', 'casi', 'siempre', 'nunca', 'incluso', 'sea', 'cuanto', 'cuyos', 'cuyas',
  ],
  nameBreakers: [
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril',
    'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ayer', 'hoy',
    'mañana', 'anoche', 'anteayer', 'tarde', 'noche', 'pasado', 'próximo', 'recientemente',
    // Adverbs that open a sentence before its subject: "Asimismo, la alcaldesa …".
    'asimismo', 'además', 'igualmente', 'finalmente', 'entretanto', 'mientras',
  ],
  complementizers: ['que'],
  // 'issued by': «un comunicado emitido por el ministerio»
  issuerLinks: ['emitido por', 'emitida por', 'difundido por', 'difundida por', 'publicado por', 'publicada por'],
  relativePronouns: ['quien', 'quienes'],
  authorWordsInMarks: true,
  // "el líder socialista", "el ministro francés", "el presidente estadounidense", "el primer ministro israelí"
  roleAdjectiveEndings: ['ista', 'ense', 'és', 'esa', 'ano', 'ana', 'al', 'ar', 'ol', 'ola', 'eño', 'eña', 'í', 'or', 'ario', 'aria'],
  addressees: ['a los periodistas', 'a la prensa', 'a los medios', 'a este diario', 'a este periódico', 'a esta agencia', 'a esta emisora'],
  placeNouns: ['mar', 'océano', 'río', 'golfo', 'isla', 'islas', 'torre', 'puente', 'aeropuerto', 'estadio', 'avenida', 'cumbre', 'conferencia', 'festival', 'premio', 'ley', 'tratado', 'acuerdo', 'catedral', 'mezquita'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  listingCues: [
    'resultados de búsqueda', 'resultados de la búsqueda', 'resultados para', 'lo más leído', 'lo más visto',
    'últimas noticias', 'noticias relacionadas', 'te puede interesar', 'también te puede interesar', 'lee también',
    'más noticias', 'contenido relacionado',
  ],
  creditLabels: ['foto:', 'fotos:', 'crédito:', 'fotografía:', 'imagen:'],
  interfaceLines: [
    'publicidad', 'anuncio', 'leer más', 'seguir leyendo', 'lee también', 'lea también', 'te puede interesar',
    'también te puede interesar', 'noticias relacionadas', 'te recomendamos', 'compartir', 'comparte esta noticia',
    'compartir esta noticia', 'imprimir', 'comentarios', 'deja un comentario', 'suscríbete', 'ver más',
    'mostrar más', 'ver galería', 'escuchar esta noticia', 'volver arriba', '¿te gustó este artículo?',
    '¿te fue útil este artículo?',
  ],
  closingCues: [
    'con información de',
    'lea también',
    'lee también',
    'suscríbete',
    'suscríbase',
    'síguenos',
    'todos los derechos reservados',
    'haz clic aquí',
  ],
  nounPhrases: {
    openers: [
      'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'con', 'por', 'para', 'sin',
      'sobre', 'entre', 'hasta', 'desde', 'hacia', 'contra', 'según', 'durante', 'tras', 'ante', 'bajo', 'su', 'sus',
      'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'nuestro', 'nuestra',
    ],
    inner: ['de', 'del', 'la', 'el', 'los', 'las', 'en', 'para', 'y', 'con', 'sobre', 'contra', 'a', 'al'],
    phraseAtClauseStart: false,
    // the infinitive; the third person's present, simple past, imperfect, conditional and future ("tener", "reclaman",
    // "anunció", "podría")
    verbEndings: ['ar', 'er', 'ir', 'ó', 'an', 'aron', 'ieron', 'aba', 'aban', 'ía', 'ían', 'ará', 'erá', 'irá', 'arán', 'erán', 'irán'],
    outsideWords: ['dio', 'hizo', 'puso', 'vino', 'tuvo', 'estuvo', 'quiso', 'ayer', 'hoy', 'mañana', 'sólo', 'apenas'],
  },
};
