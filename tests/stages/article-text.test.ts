import { describe, expect, it } from 'vitest';
import { walkBlocks } from '../../lib/article/blocks';
import { ArticleText, PARAGRAPH_SEPARATOR } from '../../lib/article/article-text';
import { UNLIMITED } from '../helpers';

// Ranges are made in the test window's own document: happy-dom leaves Ranges of DOMParser documents empty.
function articleOf(html: string) {
  const doc = document;
  doc.body.innerHTML = html.replace(/<\/?body>/g, '');
  const { blocks } = walkBlocks(doc.body, UNLIMITED);
  return { doc, article: new ArticleText(blocks) };
}

const PAGE = `<body>
  <p>The   <b>harbour authority</b> said on <a href="/tue">Tuesday</a> that the terminal would open.</p>
  <p>“We are <em>very</em> sorry,” said <a href="/p/ann"><b>Ann</b> Lee</a>, the director.</p>
  <p dir="rtl">قال <b>وزير النقل</b> إن «المشروع <a href="/x">سيكتمل</a> قريباً».</p>
</body>`;

describe('ArticleText', () => {
  const { doc, article } = articleOf(PAGE);
  const P1 = 'The harbour authority said on Tuesday that the terminal would open.';
  const P2 = '“We are very sorry,” said Ann Lee, the director.';
  const P3 = 'قال وزير النقل إن «المشروع سيكتمل قريباً».';

  it('joins paragraphs with blank lines and records their offsets', () => {
    expect(PARAGRAPH_SEPARATOR).toBe('\n\n');
    expect(article.text).toBe([P1, P2, P3].join('\n\n'));
    expect(article.paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, P1.length],
      [P1.length + 2, P1.length + 2 + P2.length],
      [P1.length + P2.length + 4, P1.length + P2.length + 4 + P3.length],
    ]);
  });

  const rangeText = (start: number, end: number) => article.rangeOf(start, end)?.toString();

  it('gives a Range equal to the text slice inside one text node', () => {
    const start = article.text.indexOf('terminal');
    expect(rangeText(start, start + 'terminal'.length)).toBe('terminal');
  });

  it('gives a Range equal to the slice across <b> and <a>', () => {
    const start = article.text.indexOf('harbour');
    const end = article.text.indexOf(' that');
    expect(article.text.slice(start, end)).toBe('harbour authority said on Tuesday');
    expect(rangeText(start, end)).toBe('harbour authority said on Tuesday');
  });

  it('gives a Range starting inside a link and ending inside a nested <b>', () => {
    const start = article.text.indexOf('sorry');
    const end = article.text.indexOf('Ann') + 3;
    expect(rangeText(start, end)).toBe('sorry,” said Ann');
  });

  it('gives a Range for a whole paragraph whose ends are inline elements', () => {
    const p = article.paragraphs[1];
    expect(rangeText(p.start, p.end)).toBe(P2);
  });

  it('gives a Range equal to the slice in Arabic text across <b> and <a>', () => {
    const start = article.text.indexOf('وزير');
    const end = article.text.indexOf('قريباً') + 'قريباً'.length;
    expect(article.text.slice(start, end)).toBe('وزير النقل إن «المشروع سيكتمل قريباً');
    expect(rangeText(start, end)).toBe('وزير النقل إن «المشروع سيكتمل قريباً');
    const quote = article.text.indexOf('«');
    expect(rangeText(quote + 1, article.text.indexOf('»'))).toBe('المشروع سيكتمل قريباً');
  });

  it('gives a Range whose collapsed white space stands for the page white space', () => {
    // "The   <b>" : three spaces in the page, one in the text.
    const range = article.rangeOf(0, 'The harbour'.length)!;
    expect(range.toString()).toBe('The   harbour');
    expect(range.toString().replace(/\s+/g, ' ')).toBe('The harbour');
  });

  it('maps an offset in a separator to the next paragraph', () => {
    const sep = article.paragraphs[0].end + 1;
    expect(article.paragraphIndexAt(sep)).toBe(1);
    expect(article.paragraphIndexAt(article.paragraphs[0].end)).toBe(0);
    expect(article.paragraphIndexAt(0)).toBe(0);
    expect(article.paragraphIndexAt(article.text.length)).toBe(2);
    expect(article.paragraphIndexAt(article.text.length + 5)).toBe(-1);
  });

  it('gives a Range over a paragraph break that runs from paragraph to paragraph', () => {
    const start = article.text.indexOf('open.');
    const end = article.paragraphs[1].start + '“We are'.length;
    const range = article.rangeOf(start, end)!;
    expect(range.toString().replace(/\s+/g, ' ').trim()).toBe('open. “We are');
  });

  it('positionOf: the start of the text is offset 0 of the first text node', () => {
    const pos = article.positionOf(0, 'start')!;
    expect(pos.node).toBe(doc.querySelector('p')!.firstChild);
    expect(pos.offset).toBe(0);
  });

  it('positionOf: the end of the text is the end of the last text node', () => {
    const pos = article.positionOf(article.text.length, 'end')!;
    const last = doc.querySelectorAll('p')[2].lastChild as Text;
    expect(pos.node).toBe(last);
    expect(pos.offset).toBe(last.data.length);
  });

  it('positionOf: a boundary between two nodes belongs to the node it opens (start) or closes (end)', () => {
    const offset = article.text.indexOf('harbour');
    const asStart = article.positionOf(offset, 'start')!;
    const asEnd = article.positionOf(offset, 'end')!;
    expect(asStart.node.data).toBe('harbour authority');
    expect(asStart.offset).toBe(0);
    expect(asEnd.node.data.slice(0, asEnd.offset).trim()).toBe('The');
  });

  it('returns null for an empty article', () => {
    const empty = new ArticleText([]);
    expect(empty.text).toBe('');
    expect(empty.paragraphIndexAt(0)).toBe(-1);
    expect(empty.positionOf(0, 'start')).toBeNull();
    expect(empty.rangeOf(0, 0)).toBeNull();
  });

  it('does not change the page when making ranges', () => {
    const { doc: d, article: a } = articleOf(PAGE);
    const before = d.documentElement.outerHTML;
    for (let i = 0; i + 7 <= a.text.length; i += 7) a.rangeOf(i, i + 7);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('ArticleText over <br> paragraphs', () => {
  it('maps ranges in paragraphs made with <br><br>', () => {
    const { article } = articleOf(`<body><div>Первый абзац <b>текста</b>.<br><br>Второй <i>абзац</i> здесь.</div></body>`);
    expect(article.text).toBe('Первый абзац текста.\n\nВторой абзац здесь.');
    const start = article.text.indexOf('Второй');
    expect(article.rangeOf(start, article.text.length)!.toString()).toBe('Второй абзац здесь.');
    expect(article.rangeOf(0, article.paragraphs[0].end)!.toString()).toBe('Первый абзац текста.');
  });
});
