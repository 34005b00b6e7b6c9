import { describe, expect, it } from 'vitest';
import { languageTable } from '../../lib/languages';
import { articleVoices, isAnonymousSource, quotationRows, quotationsCsv, sectionAt } from '../../lib/voices';
import { analyze } from '../helpers';

const table = (code: string) => languageTable(code)!;

describe('isAnonymousSource', () => {
  const cases: [lang: string, name: string, anonymous: boolean][] = [
    ['en', 'official', true],
    ['en', 'Officials', true],
    ['en', 'a source close to the talks', true],
    ['en', 'senior administration official', true],
    ['en', 'spokesperson for the Port Authority', true],
    ['en', 'Maria Lopez', false],
    ['en', 'Pope Francis', false],
    ['en', 'Lopez', false],
    ['fr', 'un responsable', true],
    ['fr', 'des sources proches du dossier', true],
    ['fr', 'Claire Dubois', false],
    ['de', 'Quellen', true],
    ['de', 'ein Sprecher des Ministeriums', true],
    ['de', 'Angela Weber', false],
    ['es', 'fuentes del gobierno', true],
    ['es', 'Lucía Torres', false],
    ['ru', 'источники', true],
    ['ru', 'Анна Смирнова', false],
    ['ar', 'مصدر مطلع', true],
    ['ar', 'المسؤولون', true],
    ['ar', 'سامي الخطيب', false],
    ['he', 'גורם בכיר', true],
    ['he', 'הדובר', true],
    ['he', 'דנה כהן', false],
    ['fa', 'یک منبع آگاه', true],
    ['fa', 'مریم احمدی', false],
    ['zh', '一位不愿透露姓名的官员', true],
    ['zh', '知情人士', true],
    ['zh', '李明', false],
  ];
  it.each(cases)('%s: "%s" is anonymous: %s', (lang, name, anonymous) => {
    expect(isAnonymousSource(name, table(lang))).toBe(anonymous);
  });
});

const PORT_TALKS = `<html lang="en"><head><title>Port talks stall</title></head><body><article><h1>Port talks stall</h1>
<h2>No deal in sight</h2>
<p>Negotiations over the port contract stalled on Tuesday after a week of talks, leaving thousands of dock workers without a deal as the season approaches.</p>
<p>Officials said the city would not step in. "This is a matter for the employers and the unions," one official said.</p>
<h2>The union's answer</h2>
<p>Maria Lopez, who leads the dockworkers' union, said her members were ready to strike. "Nobody wants a strike, but nobody will accept these terms either," Lopez said.</p>
<p>Lopez added: "We will be back at the table on Friday, and we expect a serious offer."</p>
<p>According to people familiar with the matter, "the employers have not moved on pensions at all."</p>
</article></body></html>`;

describe('articleVoices', () => {
  const analysis = analyze(PORT_TALKS);
  const voices = articleVoices(analysis, table('en'));

  it('counts every quotation once, and shares add up to the whole', () => {
    expect(voices.reduce((sum, v) => sum + v.quotes, 0)).toBe(analysis.quotes.length);
    expect(voices.reduce((sum, v) => sum + v.share, 0)).toBeCloseTo(1, 10);
  });

  it('gives each speaker their quotations, quoted words and where they first speak', () => {
    const lopez = voices.find((v) => v.name === 'Maria Lopez')!;
    expect(lopez).toMatchObject({ anonymous: false, quotes: 2, words: 11 + 15 });
    expect(analysis.quotes[lopez.firstQuote].text).toMatch(/^Nobody wants a strike/);
    expect(lopez.firstStart).toBe(analysis.quotes[lopez.firstQuote].start);
    expect(lopez.firstAt).toBeCloseTo(lopez.firstStart / analysis.text.length, 10);
    expect(analysis.outline[sectionAt(analysis.outline, lopez.firstStart)].text).toBe("The union's answer");
    const official = voices.find((v) => v.name === 'official')!;
    expect(official).toMatchObject({ anonymous: true, quotes: 1, words: 10 });
    expect(analysis.outline[sectionAt(analysis.outline, official.firstStart)].text).toBe('No deal in sight');
  });

  it('puts the most quoted words first and the quotations with no speaker last', () => {
    expect(voices[0].name).toBe('Maria Lopez');
    const last = voices[voices.length - 1];
    expect(last).toMatchObject({ speaker: null, name: null, anonymous: false });
    expect(analysis.quotes.filter((q) => q.speakerIndex === null)).toHaveLength(last.quotes);
  });

  it('counts Chinese words, not characters', () => {
    const page = `<html lang="zh"><head><title>港口谈判陷入僵局</title></head><body><article><h1>港口谈判陷入僵局</h1>
<p>港口合同谈判周二陷入僵局，数千名码头工人仍然没有达成协议，航运公司警告可能出现延误。</p>
<p>工会主席李明表示：“我们不希望罢工，但也不会接受这样的条件。”他说，工会将在周五回到谈判桌。</p>
<p>一位不愿透露姓名的官员说：“这是雇主和工会之间的事情。”</p></article></body></html>`;
    const zh = analyze(page);
    const found = articleVoices(zh, table('zh'));
    const words = found.reduce((sum, v) => sum + v.words, 0);
    const characters = zh.quotes.reduce((sum, q) => sum + q.text.replace(/[\p{P}\s]/gu, '').length, 0);
    expect(words).toBeGreaterThan(0);
    expect(words).toBeLessThan(characters);
  });
});

describe('quotationsCsv', () => {
  const analysis = analyze(PORT_TALKS);
  const voices = articleVoices(analysis, table('en'));
  const labels = {
    columns: ['speaker', 'named or anonymous', 'quotation', 'position', 'confidence', 'article', 'outlet', 'date', 'URL'] as const,
    named: 'named',
    anonymous: 'anonymous',
  };
  const article = { title: 'Port talks "resume"', outlet: 'Harbour Times', published: '2024-05-01', url: 'https://example.org/port' };

  it('writes one record per quotation, every field quoted, with the speaker, kind and attribution confidence', () => {
    const rows = quotationRows(analysis, voices);
    const records = quotationsCsv(rows, article, labels).split('\r\n');
    expect(records.pop()).toBe('');
    expect(records).toHaveLength(1 + analysis.quotes.length);
    expect(records[0]).toBe('"speaker","named or anonymous","quotation","position","confidence","article","outlet","date","URL"');
    const lopez = records.find((record) => record.startsWith('"Maria Lopez","named","Nobody wants a strike'))!;
    expect(lopez).toMatch(/,"\d+","[01]\.\d\d","Port talks ""resume""","Harbour Times","2024-05-01","https:\/\/example\.org\/port"$/);
    expect(records.some((record) => record.startsWith('"official","anonymous",'))).toBe(true);
    const unattributed = rows.findIndex((row) => row.speaker === null);
    expect(records[1 + unattributed]).toMatch(/^"","",".*","\d+","",/);
  });

  it('writes a field a spreadsheet would take for a formula as text', () => {
    const csv = quotationsCsv([{ speaker: '=HYPERLINK("x")', anonymous: false, text: '+1 for "us"', position: 0, confidence: 0.5 }], article, labels);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")","named","'+1 for ""us""","0","0.50","Port talks ""resume""","Harbour Times","2024-05-01","https://example.org/port"`);
  });
});
