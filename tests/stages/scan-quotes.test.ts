import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../lib/quotes/scan';
import { isQuotation } from '../../lib/quotes';
import { english } from '../../lib/languages/en';
import { arabic } from '../../lib/languages/ar';
import { detectLanguage, languageTable } from '../../lib/languages';

/** The table of the text's language, as the engine would choose it: the scanner uses its marks and the common ones. */
function tableOf(text: string) {
  return languageTable(detectLanguage(text, null)) ?? english;
}

/** The quoted texts of one paragraph. */
function quoted(text: string): string[] {
  return scanQuotes([{ text, start: 0 }], tableOf(text)).map((s) => text.slice(s.start, s.end));
}
/** Paragraphs joined as ArticleText joins them, and their spans. */
function scanAll(paragraphs: string[]) {
  let offset = 0;
  const parts = paragraphs.map((text) => {
    const p = { text, start: offset };
    offset += text.length + 2;
    return p;
  });
  const text = paragraphs.join('\n\n');
  return { text, spans: scanQuotes(parts, tableOf(text)) };
}

/** Paragraphs and the quoted texts found in them, for each convention of quotation marks. */
const CONVENTIONS: Record<string, [paragraph: string, quotations: string[]][]> = {
  'English curly quotes': [['“We will rebuild the bridge,” the mayor said.', ['We will rebuild the bridge,']]],
  'straight double quotes': [['The minister said: "Nothing has been decided yet." Then she left.', ['Nothing has been decided yet.']]],
  'Arabic guillemets': [['وقال الوزير: «الحكومة ملتزمة بدعم المزارعين» في كلمته.', ['الحكومة ملتزمة بدعم المزارعين']]],
  'Persian guillemets with ZWNJ words': [['وزیر گفت: «دولت برنامه‌ای تازه دارد» و رفت.', ['دولت برنامه‌ای تازه دارد']]],
  'French spaced guillemets with no-break and narrow no-break spaces': [
    ['Le maire a déclaré\u202f: «\u202fNous allons planter des arbres\u202f», devant le conseil.', ['Nous allons planter des arbres']],
    ['Elle a dit : « Ce n’est pas fini » hier.', ['Ce n’est pas fini']],
    ['Il répond\u00a0: «\u00a0Non\u00a0!\u00a0»', ['Non\u00a0!']],
  ],
  'German „…“ and ‚…‘ and Swiss/German reversed »…«': [
    ['Die Ministerin sagte: „Wir schaffen das.“ Dann ging sie.', ['Wir schaffen das.']],
    ['Er nannte es ‚eine Zumutung‘ und ging.', ['eine Zumutung']],
    ['Sie sagte: »Das ist gut so.« Danach schwieg sie.', ['Das ist gut so.']],
  ],
  'Russian «…» with inner „…“': [['Мэр заявил: «Это „историческое“ решение», и ушёл.', ['Это „историческое“ решение']]],
  'Chinese corner brackets and curly quotes': [
    ['他表示：「我们将继续推进改革。」随后离开。', ['我们将继续推进改革。']],
    ['发言人说：“经济正在复苏。”', ['经济正在复苏。']],
  ],
  'Hebrew gershayim pair ״…״ and straight quotes': [
    ['ראש העיר אמר: ״נבנה את הגשר מחדש״ אתמול.', ['נבנה את הגשר מחדש']],
    ['השר אמר: "המצב קשה מאוד" בכנס.', ['המצב קשה מאוד']],
  ],
  'Swedish ”…”, also the slip of an English page that opens with a closing mark': [
    ['Ministern sa: ”Vi bygger om bron i år.” Sedan gick hon.', ['Vi bygger om bron i år.']],
    ['”The council has failed this town for a decade.” ― Ann Brooks', ['The council has failed this town for a decade.']],
    ['“He called it ‘a plan that cannot fail.” Then he left.', ['He called it ‘a plan that cannot fail.']],
  ],
  'straight and curly double marks mixed in one quotation': [
    ['"Our members have waited long enough,” said Ann Brooks.', ['Our members have waited long enough,']],
    ['“The budget is not balanced," the mayor said, "and everyone knows it.”', ['The budget is not balanced,', 'and everyone knows it.']],
    ['The board dismissed the claims as “old and misread statements.“ Then it adjourned.', ['old and misread statements.']],
    ['“He told me "no" and left,” she said.', ['He told me "no" and left,']],
    // German low opening mark closed with a straight one, as typed on a keyboard without „“.
    ['„Das ist eine Größenordnung, die wir selten sehen", sagte der Sprecher. Die Rufe „Nieder mit dem Tyrannen" hallten.', ['Das ist eine Größenordnung, die wir selten sehen', 'Nieder mit dem Tyrannen']],
  ],
  'a mark opening the paragraph before a space': [['” … what we heard from the families is that nobody listened,” he said.', ['… what we heard from the families is that nobody listened,']]],
  'single guillemets ‹…› and German ›…‹ written tight': [
    ['Le syndicat parle d’une ‹trahison pure et simple› du gouvernement.', ['trahison pure et simple']],
    ['Er sprach von einer ›Politik der kleinen Schritte‹ im Land.', ['Politik der kleinen Schritte']],
  ],
  'French spaced single guillemets ‹ … › (guillemets are never apostrophes)': [
    ['Le syndicat parle d’une ‹ trahison pure et simple › du gouvernement.', ['trahison pure et simple']],
  ],
};

/** Checks the quoted texts that `quoted` finds in each paragraph. */
function expectQuoted(cases: [paragraph: string, quotations: string[]][]) {
  for (const [paragraph, quotations] of cases) expect(quoted(paragraph), paragraph).toEqual(quotations);
}

describe('scanQuotes: marks of each convention', () => {
  for (const [convention, cases] of Object.entries(CONVENTIONS)) {
    it(convention, () => expectQuoted(cases));
  }

  it('gives content offsets without marks and outer offsets with them', () => {
    const text = 'He said “no way” twice.';
    const [span] = scanQuotes([{ text, start: 100 }], tableOf(text));
    expect(span).toEqual({ start: 109, end: 115, outerStart: 108, outerEnd: 116, runsOn: false, continues: false });
  });

  it('finds several quotations in one paragraph, in order', () => {
    expect(quoted('“First,” he said, “second.” «Tercero»')).toEqual(['First,', 'second.', 'Tercero']);
  });
});

describe('scanQuotes: nesting', () => {
  it('returns only the outer span of nested quotes', () => {
    expect(quoted('She said: “The report calls it ‘a disaster’ and I agree.” Then silence.')).toEqual(['The report calls it ‘a disaster’ and I agree.']);
    expect(quoted('Il a dit : « Le texte dit “jamais” et c’est clair » hier.')).toEqual(['Le texte dit “jamais” et c’est clair']);
    expect(quoted('قال: «وصف التقرير الوضع بأنه "كارثي" تماماً» أمس.')).toEqual(['وصف التقرير الوضع بأنه "كارثي" تماماً']);
  });
});

describe('scanQuotes: marks that are not quotation marks', () => {
  it('apostrophes inside and at the end of words', () => {
    expect(quoted("The mayor doesn't know and won't say.")).toEqual([]);
    expect(quoted('L’homme qu’on attendait n’est pas venu, aujourd’hui.')).toEqual([]);
    expect(quoted("l'homme d'État s'est exprimé")).toEqual([]);
    expect(quoted('Jones’ lawyers and the Smiths’ neighbours met.')).toEqual([]);
    expect(quoted("the 1990s' boom and the players' union")).toEqual([]);
  });

  it('a closing mark after a space closes when no word follows it', () => {
    expect(quoted('"I have always disliked the term \'voter outreach,\' " he told the group.')).toEqual(["I have always disliked the term 'voter outreach,'"]);
    expect(quoted('Sie sagte: „Wir bleiben hier, egal was kommt “ und ging.')).toEqual(['Wir bleiben hier, egal was kommt']);
  });

  it('an apostrophe before two digits is no quotation mark', () => {
    expect(quoted("In the early '80s she was told: \"You will never make partner here.\"")).toEqual(['You will never make partner here.']);
    expect(quoted('Dans les années ‘90 il disait : « Rien ne change ».')).toEqual(['Rien ne change']);
  });

  it('an apostrophe does not close a quotation', () => {
    expect(quoted('‘Jones’ lawyers don’t agree,’ she said.')).toEqual(['Jones’ lawyers don’t agree,']);
  });

  it('Hebrew acronyms with gershayim or straight quotes', () => {
    expect(quoted('דובר צה"ל אמר כי הכוחות נסוגו.')).toEqual([]);
    expect(quoted('שגריר ארה״ב נפגש עם רה״מ בירושלים.')).toEqual([]);
    expect(quoted('דובר צה"ל אמר: "הכוחות נסוגו מהאזור" הבוקר.')).toEqual(['הכוחות נסוגו מהאזור']);
  });

  it('an unclosed stray mark does not swallow the paragraph', () => {
    const text = 'The 6" pipe burst on Monday. The mayor said “we will fix it” before noon.';
    expect(quoted(text)).toEqual(['we will fix it']);
    expect(quoted('Un « mot sans fin dans ce paragraphe qui continue encore.')).toEqual([]);
    expect(quoted('He said “this is unfinished and the paragraph ends here.')).toEqual([]);
  });

  it('an unclosed stray mark keeps the quotations inside it', () => {
    expect(quoted('"The crowd stood up, chanting “We want more!” again and again.')).toEqual(['We want more!']);
    expect(quoted('« La salle s’est levée en criant “encore une fois” puis “plus fort” jusqu’au soir.')).toEqual(['encore une fois', 'plus fort']);
    const { text, spans } = scanAll(['"The crowd stood up, chanting “We want more!”', 'The band played on.']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['We want more!']);
  });

  it('one closing mark closes a quotation and the one inside it opened with the same mark', () => {
    expect(quoted('“When do the leaders finally say, “Maybe it is us?” she wrote.')).toEqual(['When do the leaders finally say, “Maybe it is us?']);
    expect(quoted('Er schrieb: „Wann sagen sie endlich „Es liegt an uns“ und ändern nichts.')).toEqual(['Wann sagen sie endlich „Es liegt an uns']);
  });

  it('an unclosed mark in one paragraph does not swallow the next paragraph', () => {
    const { text, spans } = scanAll(['He wrote “a broken sentence here.', 'The council met on Monday and said “nothing new” again.']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['nothing new']);
  });
});

describe('scanQuotes: quotations over paragraphs', () => {
  it('gives parts with `continues` when the opening mark is repeated and the close left out', () => {
    const paragraphs = [
      'The mayor said: “We will rebuild every bridge in the city.',
      '“We will not wait for the government to pay for it.',
      '“And we will start next month.” Then she left the room.',
    ];
    const { text, spans } = scanAll(paragraphs);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'We will rebuild every bridge in the city.',
      'We will not wait for the government to pay for it.',
      'And we will start next month.',
    ]);
    expect(spans.map((s) => s.continues)).toEqual([false, true, true]);
    expect(spans.map((s) => s.runsOn)).toEqual([true, true, false]);
  });

  it('works with Arabic guillemets too', () => {
    const { text, spans } = scanAll(['قال الوزير: «سنبني المدارس في كل القرى.', '«وسنبدأ العمل في الشهر المقبل».']);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.continues])).toEqual([
      ['سنبني المدارس في كل القرى.', false],
      ['وسنبدأ العمل في الشهر المقبل', true],
    ]);
  });

  it('a new paragraph that opens a different quotation does not continue', () => {
    const { text, spans } = scanAll(['He said “it is open-ended.', 'She said “this is separate.”']);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.continues])).toEqual([['this is separate.', false]]);
  });
});

describe('isQuotation', () => {
  it('needs at least three words', () => {
    expect(isQuotation('We will rebuild the bridge', english)).toBe(true);
    expect(isQuotation('reforms', english)).toBe(false);
    expect(isQuotation('fake news', english)).toBe(false);
    expect(isQuotation('الحكومة ملتزمة بدعم المزارعين', arabic)).toBe(true);
  });

  it('rejects a title with every main word capitalised', () => {
    expect(isQuotation('The Lord of the Rings', english)).toBe(false);
    expect(isQuotation('We will Not Back Down.', english)).toBe(true);
  });

  it('reads the point inside the marks of a title opening with a name as the sentence\'s (American style)', () => {
    expect(isQuotation('State of the Union.', english)).toBe(false);
    expect(isQuotation('We will Not Back Down.', english)).toBe(true);
  });

  it('takes one capitalised word among function words for a sentence, not a title', () => {
    expect(isQuotation("Don't you do it", english)).toBe(true);
    expect(isQuotation('Gone With the Wind', english)).toBe(false);
  });
});
