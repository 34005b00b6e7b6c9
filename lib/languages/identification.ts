/**
 * Languages the engine has no table for, as data for telling them from the others: their most frequent function
 * words (Latin script; lower case, as written) and the letters only their alphabet has (Cyrillic). Detection
 * (detect.ts) weighs them with the function words of the tables.
 */

/** Function words of Latin-script languages without a table: articles, prepositions, pronouns, conjunctions and
 *  auxiliaries, about a hundred each, the words that make up a fifth to a third of running text. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  pt: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas',
    'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'num', 'numa', 'com', 'para', 'por', 'sem', 'sob',
    'sobre', 'entre', 'até', 'desde', 'após', 'e', 'ou', 'mas', 'porém', 'que', 'se', 'não', 'sim', 'como', 'quando',
    'onde', 'porque', 'também', 'já', 'ainda', 'muito', 'muita', 'muitos', 'mais', 'menos', 'foi', 'foram', 'é', 'são',
    'era', 'eram', 'ser', 'está', 'estão', 'estava', 'estar', 'tem', 'têm', 'tinha', 'ter', 'há', 'havia', 'vai', 'vão',
    'pode', 'podem', 'seu', 'sua', 'seus', 'suas', 'ele', 'ela', 'eles', 'elas', 'eu', 'você', 'nós', 'lhe', 'lhes',
    'me', 'isso', 'isto', 'aquilo', 'este', 'esta', 'esse', 'essa', 'esses', 'essas', 'aquele', 'aquela', 'todo',
    'toda', 'todos', 'todas', 'outro', 'outra', 'outros', 'outras', 'mesmo', 'mesma', 'cada', 'qual', 'quais', 'depois',
    'antes', 'então', 'assim', 'só', 'apenas', 'bem', 'sempre', 'nunca', 'nem', 'pois', 'embora', 'dois', 'duas',
  ],
  it: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'a',
    'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'in', 'nel',
    'nello', 'nella', 'nei', 'negli', 'nelle', 'su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'con', 'per',
    'tra', 'fra', 'e', 'ed', 'o', 'ma', 'però', 'che', 'chi', 'cui', 'non', 'sì', 'come', 'quando', 'dove', 'perché',
    'anche', 'già', 'ancora', 'molto', 'più', 'meno', 'è', 'sono', 'era', 'erano', 'essere', 'stato', 'stata', 'ha',
    'hanno', 'aveva', 'avere', 'ho', 'abbiamo', 'sarà', 'può', 'possono', 'suo', 'sua', 'suoi', 'sue', 'loro', 'lui',
    'lei', 'io', 'noi', 'voi', 'si', 'ci', 'vi', 'ne', 'mi', 'ti', 'questo', 'questa', 'questi', 'queste', 'quello',
    'quella', 'quelli', 'quelle', 'tutto', 'tutta', 'tutti', 'tutte', 'altro', 'altra', 'altri', 'altre', 'ogni',
    'qualche', 'dopo', 'prima', 'poi', 'così', 'solo', 'sempre', 'mai', 'né', 'se', 'quindi', 'mentre', 'due', 'tre',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'bij',
    'naar', 'uit', 'over', 'tot', 'om', 'onder', 'tegen', 'tussen', 'zonder', 'na', 'sinds', 'dat', 'die', 'dit',
    'deze', 'wat', 'wie', 'waar', 'wanneer', 'hoe', 'als', 'omdat', 'niet', 'geen', 'wel', 'ook', 'nog', 'al', 'er',
    'hier', 'daar', 'nu', 'dan', 'toen', 'zeer', 'heel', 'meer', 'veel', 'is', 'zijn', 'was', 'waren', 'ben', 'bent',
    'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'hadden', 'zal', 'zullen', 'zou', 'zouden', 'kan',
    'kunnen', 'moet', 'moeten', 'wil', 'hij', 'zij', 'ze', 'ik', 'je', 'jij', 'u', 'wij', 'we', 'jullie', 'hem', 'haar',
    'hun', 'hen', 'mij', 'me', 'ons', 'onze', 'mijn', 'jouw', 'uw', 'zich', 'zelf', 'alle', 'alles', 'iets', 'niets',
    'andere', 'elke', 'ieder', 'eens', 'twee', 'drie', 'weer', 'zo', 'toch', 'echter', 'volgens', 'tijdens',
  ],
  pl: [
    'i', 'w', 'we', 'z', 'ze', 'na', 'do', 'o', 'od', 'po', 'za', 'przez', 'przy', 'dla', 'bez', 'pod', 'nad', 'przed',
    'między', 'u', 'a', 'ale', 'lub', 'albo', 'czy', 'oraz', 'jak', 'jako', 'gdy', 'kiedy', 'gdzie', 'że', 'żeby', 'by',
    'bo', 'ponieważ', 'jeśli', 'jeżeli', 'nie', 'tak', 'też', 'także', 'już', 'jeszcze', 'tylko', 'bardzo', 'więcej',
    'jest', 'są', 'był', 'była', 'było', 'byli', 'były', 'być', 'będzie', 'będą', 'ma', 'mają', 'miał', 'miała', 'może',
    'mogą', 'się', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'tym', 'tych', 'który', 'która', 'które', 'którzy',
    'którego', 'której', 'których', 'co', 'kto', 'on', 'ona', 'ono', 'oni', 'one', 'jego', 'jej', 'ich', 'go', 'mu',
    'im', 'ja', 'my', 'wy', 'nas', 'was', 'mnie', 'sobie', 'swój', 'swoje', 'swoich', 'wszystko', 'wszyscy', 'każdy',
    'inne', 'innych', 'jednak', 'więc', 'jednak', 'również', 'około', 'dwa', 'trzy', 'teraz', 'wtedy', 'tutaj',
  ],
  cs: [
    'a', 'i', 'v', 've', 'z', 'ze', 'na', 'do', 'o', 'od', 'po', 'za', 'pro', 'při', 'bez', 'pod', 'nad', 'před',
    'mezi', 'u', 'k', 'ke', 's', 'se', 'ale', 'nebo', 'či', 'jak', 'jako', 'když', 'kde', 'že', 'aby', 'protože',
    'pokud', 'jestli', 'ne', 'ano', 'také', 'taky', 'už', 'již', 'ještě', 'jen', 'jenom', 'velmi', 'více', 'je', 'jsou',
    'byl', 'byla', 'bylo', 'byli', 'byly', 'být', 'bude', 'budou', 'má', 'mají', 'měl', 'měla', 'mít', 'může', 'mohou',
    'to', 'ten', 'ta', 'ty', 'toho', 'tom', 'tím', 'tu', 'který', 'která', 'které', 'kteří', 'kterého', 'co', 'kdo',
    'on', 'ona', 'ono', 'oni', 'jeho', 'její', 'jejich', 'jej', 'jí', 'mu', 'jim', 'já', 'my', 'vy', 'nás', 'vás',
    'mě', 'si', 'sebe', 'svůj', 'své', 'svých', 'všechno', 'všichni', 'každý', 'jiné', 'jiných', 'však', 'tedy',
    'proto', 'podle', 'během', 'asi', 'dva', 'tři', 'nyní', 'teď', 'tady', 'tak', 'pak',
  ],
  tr: [
    've', 'ile', 'bir', 'bu', 'şu', 'o', 'da', 'de', 'ki', 'mi', 'mı', 'mu', 'mü', 'için', 'gibi', 'kadar', 'daha',
    'en', 'çok', 'az', 'ama', 'fakat', 'ancak', 'veya', 'ya', 'hem', 'ne', 'değil', 'var', 'yok', 'olarak', 'olan',
    'olduğu', 'olduğunu', 'oldu', 'olmak', 'olur', 'ise', 'ben', 'sen', 'biz', 'siz', 'onlar', 'onun', 'bunun',
    'bunu', 'buna', 'şey', 'her', 'tüm', 'bütün', 'sonra', 'önce', 'göre', 'karşı', 'rağmen', 'diye', 'dedi', 'ayrıca',
    'yani', 'çünkü', 'eğer', 'şimdi', 'artık', 'hiç', 'bile', 'sadece', 'yine', 'iki', 'üç', 'ilk', 'yeni', 'büyük',
    'zaman', 'nasıl', 'neden', 'kendi', 'diğer', 'başka', 'aynı', 'tarafından', 'üzerinde', 'içinde', 'arasında',
  ],
  id: [
    'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'dalam', 'tidak', 'akan', 'juga',
    'ada', 'adalah', 'oleh', 'sebagai', 'atau', 'tetapi', 'namun', 'karena', 'jika', 'kalau', 'bahwa', 'sudah',
    'telah', 'belum', 'masih', 'bisa', 'dapat', 'harus', 'saat', 'ketika', 'setelah', 'sebelum', 'seperti', 'lebih',
    'sangat', 'banyak', 'semua', 'setiap', 'para', 'kami', 'kita', 'saya', 'aku', 'anda', 'kamu', 'dia', 'ia',
    'mereka', 'nya', 'pun', 'lagi', 'hanya', 'antara', 'tentang', 'hingga', 'sampai', 'kepada', 'bagi', 'serta',
    'yaitu', 'secara', 'menjadi', 'merupakan', 'tersebut', 'sejak', 'agar', 'supaya', 'bukan', 'apa', 'siapa',
    'mana', 'bagaimana', 'mengapa', 'dua', 'tiga', 'satu', 'baru', 'lain', 'sendiri', 'begitu', 'sehingga',
  ],
};

/** Letters of the Cyrillic alphabet that only one of the languages written in it uses (Russian: ы э; Ukrainian: і ї є
 *  ґ; Serbian: ђ ћ џ; Macedonian: ѓ ќ ѕ; Kazakh: ә ғ қ ң ө ұ ү һ; Belarusian: ў). Bulgarian has none of its own, but
 *  writes ъ as a vowel, which Russian hardly uses: see detect.ts. */
export const CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  ru: 'ыэ',
  uk: 'іїєґ',
  sr: 'ђћџ',
  mk: 'ѓќѕ',
  kk: 'әғқңөұүһ',
  be: 'ў',
};
