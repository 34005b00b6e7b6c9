/**
 * Languages without a table: quotations found by their marks, a speaker only where a name stands right beside a
 * quotation. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const page = (lang: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"><head><title>Test</title></head><body><article><h1>Test</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('a language without a table', () => {
  it('Portuguese: the quotations by their marks, the speaker named right after one, and none where no name stands beside it', () => {
    const a = analyze(page('pt', [
      'A câmara municipal aprovou na segunda-feira um novo plano para construir casas mais baratas no centro da cidade, depois de muitos anos de espera.',
      '“Vamos começar as obras na primavera e terminar antes do inverno”, Ana Souza, a prefeita, disse aos jornalistas na praça.',
      'Os moradores do bairro, que esperam há anos, receberam a notícia com alegria. Segundo a associação, “ninguém acreditava mais que isto ia acontecer”.',
      'Web Portugal Notícias escreveu que o plano “é o maior investimento da década”, mas a oposição pediu mais tempo para estudar o projeto.',
    ]));
    expect(a.lang).toBe('pt');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Vamos começar as obras na primavera e terminar antes do inverno', 'Ana Souza'],
      ['ninguém acreditava mais que isto ia acontecer', null],
      ['é o maior investimento da década', null],
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['Ana Souza']);
  });

  it('Czech: a name with a colon before the quotation speaks it; a capitalised word opening the sentence does not', () => {
    const a = analyze(page('cs', [
      'Městská rada v pondělí schválila nový plán na výstavbu dostupného bydlení v centru města, po letech čekání na toto rozhodnutí.',
      'Jan Novák: „Práce začnou na jaře a skončí ještě před zimou, pokud nám počasí dovolí.“',
      'Obyvatelé čtvrti zprávu přivítali. Praha „potřebuje tyto byty už dlouho a každý měsíc čekání je drahý“, uvedla radnice ve zprávě.',
    ]));
    expect(a.lang).toBe('cs');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Práce začnou na jaře a skončí ještě před zimou, pokud nám počasí dovolí.', 'Jan Novák'],
      ['potřebuje tyto byty už dlouho a každý měsíc čekání je drahý', null],
    ]);
  });

  it('Japanese: quotations in 「」 without a speaker, where capitals cannot tell a name', () => {
    const a = analyze(page('ja', [
      '市議会は月曜日、手頃な価格の住宅を建設する新しい計画を承認した。計画は市の中心部に三百戸の住宅を建てるもので、長年の懸案だった。',
      '市長は記者会見で「工事は春に始まり、冬の前に終わる予定だ」と述べた。住民の多くはこの決定を歓迎している。',
    ]));
    expect(a.lang).toBe('ja');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['工事は春に始まり、冬の前に終わる予定だ', null]]);
  });
});
