import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/languages/detect';
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
