import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/languages';
import { directionOf, languageTable } from '../../lib/languages';

const TEXTS: Record<string, string> = {
  ar: 'أعلنت الحكومة المصرية يوم الأحد عن خطة جديدة لدعم المزارعين في صعيد مصر، وقال وزير الزراعة إن الخطة ستبدأ في الشهر المقبل.',
  en: 'The city council approved a new plan on Monday to build more affordable homes, and the mayor said work would start in the spring.',
  fr: 'Le conseil municipal a adopté lundi un nouveau plan pour construire des logements sociaux, et le maire a promis que les travaux commenceraient au printemps.',
  de: 'Der Stadtrat hat am Montag einen neuen Plan für bezahlbare Wohnungen beschlossen, und die Bürgermeisterin sagte, dass die Arbeiten im Frühjahr beginnen.',
  es: 'El ayuntamiento aprobó el lunes un nuevo plan para construir viviendas asequibles, y la alcaldesa dijo que las obras empezarán en la primavera.',
  ru: 'Городской совет в понедельник утвердил новый план строительства доступного жилья, а мэр заявил, что работы начнутся весной.',
  zh: '市议会周一批准了一项建设经济适用房的新计划，市长表示工程将于明年春天开工。',
  he: 'מועצת העיר אישרה ביום שני תוכנית חדשה לבניית דיור בר השגה, וראש העיר אמר כי העבודות יתחילו באביב.',
  fa: 'شورای شهر روز دوشنبه طرح تازه‌ای برای ساخت مسکن ارزان تصویب کرد و شهردار گفت که کار ساخت از بهار آغاز می‌شود.',
};

describe('detectLanguage from text alone', () => {
  for (const [code, text] of Object.entries(TEXTS)) {
    it(`recognises ${code} with no markup`, () => {
      expect(detectLanguage(text, null)).toBe(code);
      expect(detectLanguage(text, '')).toBe(code);
    });
  }

  it('returns "und" for text with no letters and no markup', () => {
    expect(detectLanguage('12 345 — 67 %', null)).toBe('und');
  });
});

/** Text, markup language, language detected: the text outweighs markup that contradicts it. */
type Detection = [text: string, markup: string, expected: string];

const ITALIAN = 'Il consiglio comunale ha approvato lunedì un nuovo piano per costruire case popolari, e il sindaco ha detto che i lavori inizieranno in primavera.';

const AGAINST_MARKUP: Record<string, Detection[]> = {
  'overrules lang="en" on an Arabic text': [[TEXTS.ar, 'en', 'ar'], [TEXTS.ar, 'en-US', 'ar']],
  'overrules lang="en" on a Hebrew text': [[TEXTS.he, 'en', 'he']],
  'overrules lang="ar" on a Persian text': [[TEXTS.fa, 'ar', 'fa']],
  'overrules lang="fa" on an Arabic text': [[TEXTS.ar, 'fa', 'ar']],
  'overrules lang="en" on a French text and lang="de" on a Spanish one': [[TEXTS.fr, 'en', 'fr'], [TEXTS.es, 'de', 'es']],
  'overrules lang="ru" on a Chinese text': [[TEXTS.zh, 'ru', 'zh']],
  'keeps correct markup, reduced to its primary subtag': [
    [TEXTS.fr, 'fr-FR', 'fr'],
    [TEXTS.zh, 'zh-Hans', 'zh'],
    [TEXTS.ar, 'ar-EG', 'ar'],
    [TEXTS.de, 'de_AT', 'de'],
  ],
  'keeps Italian markup on an Italian text although Italian has no table': [[ITALIAN, 'it', 'it'], [ITALIAN, 'it-IT', 'it']],
  'keeps Ukrainian markup on a Cyrillic text and Urdu markup on an Arabic-script text': [
    ['Міська рада в понеділок ухвалила новий план будівництва доступного житла.', 'uk', 'uk'],
    ['شہر کی کونسل نے پیر کو سستے مکانات کی تعمیر کا نیا منصوبہ منظور کیا۔', 'ur', 'ur'],
  ],
  'keeps Hebrew markup on Hebrew text and Russian markup on Russian text': [[TEXTS.he, 'he', 'he'], [TEXTS.ru, 'ru', 'ru']],
};

describe('detectLanguage against the markup', () => {
  for (const [rule, detections] of Object.entries(AGAINST_MARKUP)) {
    it(rule, () => {
      for (const [text, markup, expected] of detections) expect(detectLanguage(text, markup), `${markup}: ${text}`).toBe(expected);
    });
  }
});

describe('directionOf', () => {
  it('is rtl for Arabic, Hebrew, Persian and Urdu, with or without region', () => {
    for (const code of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'yi']) expect(directionOf(code), code).toBe('rtl');
  });

  it('is ltr for the other languages, including ones without a table', () => {
    for (const code of ['en', 'fr', 'de', 'es', 'ru', 'zh', 'it', 'ja', 'und']) expect(directionOf(code), code).toBe('ltr');
  });

  it('languageTable finds tables by BCP 47 tag and none for Italian', () => {
    expect(languageTable('zh-Hans')?.code).toBe('zh');
    expect(languageTable('AR')?.code).toBe('ar');
    expect(languageTable('it')).toBeUndefined();
  });
});

describe('detectLanguage: letters only decide the script', () => {
  it('does not count a script’s digits, punctuation or marks as its letters', () => {
    // Arabic-Indic digits, Arabic commas and tashkeel outnumber the English letters, but are not letters.
    const digits = '١٢٣٤٥٦٧٨٩٠،؛ًٌٍَُِّْ'.repeat(40);
    expect(detectLanguage(`${digits} The council said the bridge would stay open.`, null)).toBe('en');
  });
});

describe('detectLanguage: counting letters by script', () => {
  it('gives a tie to the script whose first letter comes first', () => {
    expect(detectLanguage('Paris Минск', null)).toBe('en');
    expect(detectLanguage('Минск Paris', null)).toBe('ru');
  });

  it('counts a letter beyond the Basic Multilingual Plane once, not as its two UTF-16 units', () => {
    // Three Latin letters against two Chinese ones written with surrogate pairs (four units).
    expect(detectLanguage('abc 𠀀𠀁', null)).toBe('en');
    expect(detectLanguage('ab 𠀀𠀁𠀂', null)).toBe('zh');
  });

  it('takes a text of kana and Chinese characters as Japanese, and counts letters of other scripts', () => {
    expect(detectLanguage('東京都は月曜日に新しい計画を発表した。', null)).toBe('ja');
    // Thai letters are of none of the scripts told apart: a Thai text is left to its markup.
    expect(detectLanguage('สภาเมืองอนุมัติแผนใหม่ Paris', 'th')).toBe('th');
  });
});

/** Languages without a table: each gets its own code, never that of a neighbour with a table. Texts written for
 *  these tests. */
const WITHOUT_TABLE: Record<string, [text: string, neighbour: string]> = {
  pt: ['A câmara municipal aprovou na segunda-feira um novo plano para construir casas mais baratas, e a prefeita disse que as obras vão começar na primavera, depois de muitos anos de espera.', 'es'],
  it: ['Il consiglio comunale ha approvato lunedì un nuovo piano per costruire case a prezzi accessibili, e la sindaca ha detto che i lavori inizieranno in primavera, dopo anni di attesa.', 'fr'],
  nl: ['De gemeenteraad heeft maandag een nieuw plan goedgekeurd om betaalbare woningen te bouwen, en de burgemeester zei dat het werk in het voorjaar zal beginnen, na jaren van wachten.', 'de'],
  pl: ['Rada miejska zatwierdziła w poniedziałek nowy plan budowy tanich mieszkań, a burmistrz powiedziała, że prace rozpoczną się wiosną, po wielu latach oczekiwania na tę decyzję.', 'ru'],
  cs: ['Městská rada v pondělí schválila nový plán na výstavbu dostupného bydlení a starostka řekla, že práce začnou na jaře, po letech čekání na toto rozhodnutí.', 'de'],
  tr: ['Belediye meclisi pazartesi günü uygun fiyatlı konutlar için yeni bir planı onayladı ve belediye başkanı çalışmaların ilkbaharda başlayacağını söyledi, yıllarca süren bekleyişten sonra.', 'en'],
  id: ['Dewan kota pada hari Senin menyetujui rencana baru untuk membangun rumah yang terjangkau, dan wali kota mengatakan bahwa pekerjaan akan dimulai pada musim semi setelah bertahun-tahun menunggu.', 'en'],
  uk: ['Міська рада в понеділок затвердила новий план будівництва доступного житла, а мер заявила, що роботи почнуться навесні, після багатьох років очікування.', 'ru'],
  ja: ['市議会は月曜日、手頃な価格の住宅を建設する新しい計画を承認し、市長は工事が春に始まると述べた。', 'zh'],
  ko: ['시의회는 월요일 저렴한 주택을 짓기 위한 새로운 계획을 승인했으며, 시장은 공사가 봄에 시작될 것이라고 말했다.', 'zh'],
};

describe('detectLanguage: languages without a table', () => {
  for (const [code, [text, neighbour]] of Object.entries(WITHOUT_TABLE)) {
    it(`recognises ${code} with no markup, with its own markup, and against markup claiming ${neighbour}`, () => {
      expect(languageTable(code)).toBeUndefined();
      expect(detectLanguage(text, null)).toBe(code);
      expect(detectLanguage(text, code)).toBe(code);
      expect(detectLanguage(text, neighbour)).toBe(code);
    });
  }

  it('tells Bulgarian by its ъ and Serbian by its own letters from Russian', () => {
    expect(detectLanguage('Общинският съвет одобри в понеделник нов план за строителство на достъпни жилища, а кметът каза, че работата ще започне през пролетта.', null)).toBe('bg');
    expect(detectLanguage('Градско веће је у понедељак одобрило нови план за изградњу приступачних станова, а градоначелница је рекла да ће радови почети на пролеће.', null)).toBe('sr');
  });
});
