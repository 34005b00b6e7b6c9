import { describe, expect, it } from 'vitest';
import {
  bandKeys, compareQuotes, isLibraryQuote, LIBRARY_PROPERTY, libraryQuotesOf, matchWords, sameSpeaker, searchKey, searchTerms,
} from '../../lib/library';
import type { LibraryQuote } from '../../utils/protocol';

/** The same quotation as two articles may print it: the second with a word or two changed. */
const REWORDED: [lang: string, first: string, second: string][] = [
  ['en', 'We will not close the bridge before the new one is ready to carry traffic', 'We will not shut the bridge before the new one is ready to carry the traffic'],
  ['fr', 'Nous ne fermerons pas le pont avant que le nouveau soit prêt à accueillir la circulation', 'Nous ne fermerons jamais le pont avant que le nouveau soit prêt à accueillir la circulation'],
  ['de', 'Wir werden die Brücke nicht schließen, bevor die neue für den Verkehr bereit ist', 'Wir werden die alte Brücke nicht schließen, bevor die neue für den Verkehr bereit ist'],
  ['es', 'No cerraremos el puente antes de que el nuevo esté listo para recibir el tráfico', 'No vamos a cerrar el puente antes de que el nuevo esté listo para recibir el tráfico'],
  ['ru', 'Мы не закроем мост, пока новый не будет готов принять движение транспорта', 'Мы не закроем старый мост, пока новый не будет готов принять движение'],
  ['ar', 'لن نغلق الجسر قبل أن يصبح الجسر الجديد جاهزا لاستقبال حركة المرور', 'لن نُغلِق الجسر قبل أن يصبح الجسر الجديد جاهزا تماما لاستقبال حركة المرور'],
  ['he', 'לא נסגור את הגשר לפני שהגשר החדש יהיה מוכן לקלוט את התנועה', 'לא נסגור את הגשר הישן לפני שהגשר החדש יהיה מוכן לקלוט את התנועה'],
  ['fa', 'ما پل را پیش از آنکه پل جدید برای عبور خودروها آماده شود نمی‌بندیم', 'ما پل قدیمی را پیش از آنکه پل جدید برای عبور خودروها آماده شود نمی‌بندیم'],
  ['zh', '在新桥准备好承载交通之前我们不会关闭这座桥', '在新桥完全准备好承载交通之前我们不会关闭这座旧桥'],
];

/** Another quotation in each language, sharing a few words with the first at most. */
const UNRELATED: Record<string, string> = {
  en: 'The corrosion is slow and the load limits give the frame a comfortable margin for now',
  fr: 'La corrosion est lente et les limites de charge laissent une marge confortable à la structure',
  de: 'Die Korrosion schreitet langsam voran, und die Lastgrenzen lassen dem Rahmen genug Spielraum',
  es: 'La corrosión avanza despacio y los límites de carga dejan un margen cómodo a la estructura',
  ru: 'Коррозия идёт медленно, а ограничения нагрузки оставляют конструкции хороший запас прочности',
  ar: 'التآكل بطيء وحدود الحمولة التي وضعناها تترك للهيكل هامشا مريحا في الوقت الحالي',
  he: 'הקורוזיה איטית ומגבלות המשקל שקבענו משאירות למבנה מרווח ביטחון נוח',
  fa: 'خوردگی کند است و محدودیت بار به سازه حاشیه امن کافی می‌دهد',
  zh: '腐蚀速度很慢，我们设定的载重限制给桥体留下了充足的余量',
};

describe('matchWords and searchKey', () => {
  it('fold case, accents, Arabic diacritics and punctuation away', () => {
    expect(matchWords('Élysée: «Nous DÉCIDERONS», a-t-il dit.', 'fr')).toEqual(matchWords('elysee nous deciderons a t il dit', 'fr'));
    expect(searchKey('نُغلِق')).toBe(searchKey('نغلق'));
    expect(searchKey('Straße')).toBe(searchKey('STRASSE'));
  });
  it('cut Chinese into words', () => {
    expect(matchWords('我们不会关闭这座桥', 'zh').length).toBeGreaterThan(1);
  });
});

describe('compareQuotes', () => {
  it.each(REWORDED)('%s: a quotation with its wording changed is the same quotation, not an identical one', (lang, first, second) => {
    const a = matchWords(first, lang);
    const b = matchWords(second, lang);
    expect(compareQuotes(a, b)).toEqual({ same: true, identical: false });
    expect(compareQuotes(a, matchWords(first.toUpperCase(), lang))).toEqual({ same: true, identical: true });
    expect(compareQuotes(a, matchWords(UNRELATED[lang], lang)).same).toBe(false);
  });
  it('finds a quotation cut from a longer one', () => {
    const long = matchWords('We will not close the bridge before the new one is ready, and we will say so to every family on the east bank', 'en');
    expect(compareQuotes(matchWords('we will say so to every family on the east bank', 'en'), long).same).toBe(true);
  });
  it('does not match short common phrases', () => {
    expect(compareQuotes(matchWords('we will see', 'en'), matchWords('we will see', 'en')).identical).toBe(true);
    expect(compareQuotes(matchWords('we will see', 'en'), matchWords('we will see about that', 'en')).same).toBe(false);
  });
});

describe('bandKeys', () => {
  it.each(REWORDED)('%s: a reworded quotation shares a band with the first; an unrelated one shares none', (lang, first, second) => {
    const keys = new Set(bandKeys(matchWords(first, lang)));
    expect(bandKeys(matchWords(second, lang)).some((key) => keys.has(key))).toBe(true);
    expect(bandKeys(matchWords(UNRELATED[lang], lang)).some((key) => keys.has(key))).toBe(false);
  });
  it('are the same for the same words, and none for none', () => {
    const words = matchWords(REWORDED[0][1], 'en');
    expect(bandKeys(words)).toEqual(bandKeys([...words]));
    expect(bandKeys([])).toEqual([]);
  });
});

describe('sameSpeaker', () => {
  it.each([
    ['Ana Ferreira', 'Ferreira', true],
    ['Mayor Ana Ferreira', 'ana ferreira', true],
    ['Ana Ferreira', 'Tom Okafor', false],
    ['سامي الخطيب', 'الخطيب', true],
    ['سامي الخطيب', 'ليلى حداد', false],
    ['Анна Смирнова', 'Смирнова', true],
    ['Ana Ferreira', null, true],
  ] as const)('%s / %s: %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});

describe('searchTerms', () => {
  it('marks the quotation’s words and its speaker’s apart', () => {
    expect(searchTerms(['bridge', 'open'], 'Ana Ferreira')).toEqual(['w:bridge', 'w:open', 's:ana', 's:ferreira']);
    expect(searchTerms(['جسر'], null)).toEqual(['w:جسر']);
  });
});

describe('the library in a file of notes', () => {
  const quote: LibraryQuote = {
    id: 'https://example.org/a#0', text: 'We will not close the bridge', speaker: 'Ana Ferreira', anonymous: false, position: 120,
    source: 'https://example.org/a', title: 'Bridge', outlet: 'Example News', date: '2024-05-01', seen: '2024-05-02T10:00:00.000Z', lang: 'en',
  };
  it('reads the valid quotations and leaves the others out', () => {
    const file = JSON.stringify({ type: 'AnnotationCollection', [LIBRARY_PROPERTY]: [quote, { ...quote, date: 'yesterday' }, { ...quote, text: 'x'.repeat(6000) }, null] });
    expect(libraryQuotesOf(file)).toEqual([quote]);
    expect(isLibraryQuote({ ...quote, speaker: null })).toBe(true);
    expect(isLibraryQuote({ ...quote, position: 1.5 })).toBe(false);
  });
  it('finds none in a file without them, or one that is not JSON', () => {
    expect(libraryQuotesOf(JSON.stringify({ type: 'AnnotationCollection', items: [] }))).toEqual([]);
    expect(libraryQuotesOf('not json')).toEqual([]);
  });
});
