import { describe, expect, it } from 'vitest';
import { citationOf, textDirective, type CitationSource } from '../../lib/notes/citation';
import { analysisTable } from '../../lib/languages';

/** The style a language's table gives a citation, as the background makes it. */
function styleOf(lang: string) {
  const table = analysisTable(lang);
  return { marks: table.citationMarks ?? table.quotePairs[0], separator: table.listSeparator ?? ', ' };
}

const ENGLISH: CitationSource = {
  quote: 'Safety comes first, but so does the livelihood of every\n    family on the east bank,',
  speaker: 'Ana Ferreira',
  facts: { outlet: 'The Harbour Ledger', author: 'Jane Marlow', published: '2026-03-03T09:30:00+01:00', lang: 'en', dir: 'ltr' },
  url: 'https://www.harbourledger.example/city/bridge-to-stay-open',
  prefix: 'until the last car crosses it. "',
};

const ARABIC: CitationSource = {
  quote: 'هذا المشروع هو أكبر استثمار في النقل العام منذ جيل كامل',
  speaker: 'سامي الخطيب',
  facts: { outlet: 'الجزيرة نت', published: '2024-05-12', lang: 'ar', dir: 'rtl' },
  url: 'https://www.aljazeera.net/news/2024/5/12/metro',
};

describe('citationOf', () => {
  it('writes an English quotation as “quote” — Speaker, Outlet, date. with a text-fragment link', () => {
    const citation = citationOf(ENGLISH, styleOf('en'));
    const link = 'https://www.harbourledger.example/city/bridge-to-stay-open#:~:text=it.%20%22-,Safety%20comes%20first%2C%20but,on%20the%20east%20bank%2C';
    expect(citation.link).toBe(link);
    expect(citation.plain).toBe(`“Safety comes first, but so does the livelihood of every family on the east bank,” — Ana Ferreira, The Harbour Ledger, March 3, 2026. ${link}`);
    expect(citation.markdown).toBe(`“Safety comes first, but so does the livelihood of every family on the east bank,” — Ana Ferreira, The Harbour Ledger, March 3, 2026. <${link}>`);
    expect(citation.html).toBe(
      `<p dir="ltr" lang="en">“Safety comes first, but so does the livelihood of every family on the east bank,” — Ana Ferreira, The Harbour Ledger, March 3, 2026. <a href="${link}" dir="ltr">${link}</a></p>`,
    );
  });

  it('keeps a right-to-left quotation isolated by its direction marks in plain text and Markdown, and marked rtl in HTML', () => {
    const citation = citationOf(ARABIC, styleOf('ar'));
    expect(citation.plain.startsWith('\u2067«هذا المشروع')).toBe(true);
    expect(citation.plain).toContain('» — سامي الخطيب، الجزيرة نت، ');
    expect(citation.plain).toMatch(/\.\u2069 \u2066https:\/\/www\.aljazeera\.net\/news\/2024\/5\/12\/metro#:~:text=.+\u2069$/);
    expect(citation.markdown.startsWith('\u2067«')).toBe(true);
    expect(citation.html).toMatch(/^<p dir="rtl" lang="ar">«هذا المشروع/);
    // The date in Arabic.
    expect(citation.plain).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 4, 12, 12)));
  });

  it('sets a French quotation in guillemets with no-break spaces', () => {
    const citation = citationOf({ quote: 'Nous ne fermerons pas le pont', speaker: 'Anne Ferrand', facts: { lang: 'fr', dir: 'ltr' }, url: 'https://example.fr/pont' }, styleOf('fr'));
    expect(citation.plain).toBe('«\u00a0Nous ne fermerons pas le pont\u00a0» — Anne Ferrand. https://example.fr/pont#:~:text=Nous%20ne%20fermerons%20pas%20le%20pont');
  });

  it('names the author when the passage has no speaker, and nothing it does not know', () => {
    const { speaker: _none, ...noSpeaker } = ENGLISH;
    expect(citationOf(noSpeaker, styleOf('en')).plain).toContain('” — Jane Marlow, The Harbour Ledger, March 3, 2026. ');
    const bare = citationOf({ quote: 'Schools will stay closed', facts: {}, url: 'https://example.com/a' }, styleOf('en'));
    expect(bare.plain).toBe('“Schools will stay closed” https://example.com/a#:~:text=Schools%20will%20stay%20closed');
  });

  it('escapes what the page wrote: Markdown and HTML stay plain text', () => {
    const citation = citationOf(
      { quote: 'Use <script> and *stars* [here](javascript:alert(1))', speaker: 'A & B', facts: { outlet: '<b>Site</b>' }, url: 'https://example.com/a' },
      styleOf('en'),
    );
    expect(citation.html).not.toMatch(/<script|<b>/);
    expect(citation.html).toContain('&#60;script&#62;');
    expect(citation.markdown).toContain('\\*stars\\* \\[here\\](javascript:alert(1))');
    expect(citation.markdown).toContain('— A \\& B, \\<b\\>Site\\</b\\>.');
  });
});

describe('textDirective', () => {
  it('names a short passage whole and a long one by its first and last words, percent-encoding - , and &', () => {
    expect(textDirective('the east-bank shops, & more')).toBe('the%20east%2Dbank%20shops%2C%20%26%20more');
    expect(textDirective('one two three four five six seven eight nine ten')).toBe('one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('puts the last words before the passage as its prefix', () => {
    expect(textDirective('Schools will stay closed', 'on Sunday.\n  ')).toBe('on%20Sunday.-,Schools%20will%20stay%20closed');
  });

  it('writes Chinese and Arabic text as UTF-8 percent-encoding', () => {
    expect(decodeURIComponent(textDirective('市政府周二批准了交通计划'))).toBe('市政府周二批准了交通计划');
    expect(decodeURIComponent(textDirective('أكبر استثمار'))).toBe('أكبر استثمار');
  });
});
