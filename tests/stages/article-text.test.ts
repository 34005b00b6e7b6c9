import { beforeAll, describe, expect, it } from 'vitest';
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

describe('ArticleText.offsetsOf', () => {
  const doc = document;
  let article: ArticleText;
  let text: string;
  let p1: Element, p2: Element, p3: Element;
  // Built when these tests start: the tests above rewrite the same document. The article is the <article>
  // without its aside: the header, the aside and the footer are outside it.
  beforeAll(() => {
    doc.body.innerHTML = `
      <header><p>Harbour News: latest stories</p></header>
      <article>
        <p>The   <b>harbour authority</b> said on <a href="/tue">Tuesday</a> that the terminal would open.</p>
        <p>“We are <em>very</em> sorry,” said <a href="/p/ann"><b>Ann</b> Lee</a>, the director.</p>
        <aside><p>Read more: ferry fares rise again</p></aside>
        <p dir="rtl">قال <b>وزير النقل</b> إن «المشروع <a href="/x">سيكتمل</a> قريباً».</p>
      </article>
      <footer><p>© Harbour News 2024</p></footer>`;
    const { blocks } = walkBlocks(doc.body, UNLIMITED);
    article = new ArticleText(blocks.filter((b) => b.element.closest('article') && !b.element.closest('aside')));
    text = article.text;
    [p1, p2, p3] = doc.querySelectorAll('article > p');
  });

  const rangeFrom = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  };
  /** A range over `word` in the text node that holds it. */
  const rangeOverWord = (element: Element, word: string) => {
    const node = [...element.querySelectorAll('*'), element]
      .flatMap((e) => [...e.childNodes])
      .find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(word))!;
    const at = node.data.indexOf(word);
    return rangeFrom(node, at, node, at + word.length);
  };
  const offsetsOfWord = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it('reads the article without what is around it', () => {
    expect(text).toBe([
      'The harbour authority said on Tuesday that the terminal would open.',
      '“We are very sorry,” said Ann Lee, the director.',
      'قال وزير النقل إن «المشروع سيكتمل قريباً».',
    ].join('\n\n'));
  });

  it('gives the offsets of a selection inside one text node', () => {
    expect(article.offsetsOf(rangeOverWord(p1, 'terminal'))).toEqual(offsetsOfWord('terminal'));
    expect(article.offsetsOf(rangeOverWord(p3, 'المشروع'))).toEqual(offsetsOfWord('المشروع'));
  });

  it('gives the offsets of a selection whose boundaries are in elements', () => {
    const range = doc.createRange();
    range.selectNode(p1.querySelector('b')!);
    expect(article.offsetsOf(range)).toEqual(offsetsOfWord('harbour authority'));
    range.selectNodeContents(p2);
    expect(article.offsetsOf(range)).toEqual({ start: article.paragraphs[1].start, end: article.paragraphs[1].end });
    range.selectNodeContents(p3.querySelector('b')!);
    expect(article.offsetsOf(range)).toEqual(offsetsOfWord('وزير النقل'));
  });

  it('gives the offsets of a selection across paragraphs, separators included', () => {
    const open = rangeOverWord(p1, 'open.');
    const sorry = rangeOverWord(p2, 'sorry');
    const range = rangeFrom(open.startContainer, open.startOffset, sorry.endContainer, sorry.endOffset);
    expect(article.offsetsOf(range)).toEqual({ start: text.indexOf('open.'), end: text.indexOf('sorry') + 'sorry'.length });
  });

  it('passes over the aside between two paragraphs', () => {
    const director = rangeOverWord(p2, 'director');
    const minister = rangeOverWord(p3, 'وزير');
    const range = rangeFrom(director.startContainer, director.startOffset, minister.endContainer, minister.endOffset);
    expect(article.offsetsOf(range)).toEqual({ start: text.indexOf('director'), end: text.indexOf('وزير') + 'وزير'.length });
  });

  it('clips a selection that starts or ends outside the article', () => {
    const header = rangeOverWord(doc.querySelector('header')!, 'latest');
    const harbour = rangeOverWord(p1, 'harbour');
    expect(article.offsetsOf(rangeFrom(header.startContainer, header.startOffset, harbour.endContainer, harbour.endOffset)))
      .toEqual({ start: 0, end: text.indexOf('harbour') + 'harbour'.length });
    const soon = rangeOverWord(p3, 'قريباً');
    const footer = rangeOverWord(doc.querySelector('footer')!, 'News');
    expect(article.offsetsOf(rangeFrom(soon.startContainer, soon.startOffset, footer.endContainer, footer.endOffset)))
      .toEqual({ start: text.indexOf('قريباً'), end: text.length });
    const everything = doc.createRange();
    everything.selectNodeContents(doc.body);
    expect(article.offsetsOf(everything)).toEqual({ start: 0, end: text.length });
  });

  it('returns null for a selection that covers no article text', () => {
    expect(article.offsetsOf(rangeOverWord(doc.querySelector('header')!, 'latest'))).toBeNull();
    expect(article.offsetsOf(rangeOverWord(doc.querySelector('aside')!, 'ferry fares'))).toBeNull();
    expect(article.offsetsOf(rangeOverWord(doc.querySelector('footer')!, 'Harbour'))).toBeNull();
    const terminal = rangeOverWord(p1, 'terminal');
    terminal.collapse(true);
    expect(article.offsetsOf(terminal)).toBeNull();
    // From the end of one paragraph to the start of the next: only the separator, which is no text of the page.
    expect(article.offsetsOf(rangeFrom(p1, p1.childNodes.length, p2, 0))).toBeNull();
  });

  it('returns null on an empty article', () => {
    expect(new ArticleText([]).offsetsOf(rangeOverWord(p1, 'terminal'))).toBeNull();
  });

  it('undoes rangeOf for passages within the paragraphs', () => {
    // Every fourth character of each paragraph, and its last one.
    const inParagraphs = article.paragraphs.flatMap((p) => [
      ...Array.from({ length: Math.ceil((p.end - p.start) / 4) }, (_, i) => p.start + 4 * i),
      p.end - 1,
    ]);
    for (const start of inParagraphs) {
      for (const end of inParagraphs.map((offset) => offset + 1).filter((end) => end > start)) {
        expect(article.offsetsOf(article.rangeOf(start, end)!), `${start}–${end}`).toEqual({ start, end });
      }
    }
  });
});

describe('ArticleText.rangeOf at a line break', () => {
  it('ends a range just after the space a <br> stands for without leaving the text node', () => {
    const { article } = articleOf('<body><div>one<br>two</div></body>');
    expect(article.text).toBe('one two');
    expect(article.rangeOf(0, 4)?.toString()).toBe('one');
  });
});
