import { describe, expect, it } from 'vitest';
import type { RangeSelector, TextPositionSelector, TextQuoteSelector } from '../../lib/notes/annotation';
import { DocumentText, searchableOffset } from '../../lib/notes/document-text';
import { describeRange, rangeSelectorOffsets } from '../../lib/notes/selectors';
import { elementAtXPath, xpathOf } from '../../lib/notes/xpath';

/** A page of a news site: a navigation bar, an article with a figure and a caption, a correction box, a script. */
const PAGE = `
<header><nav><a href="/">Front page</a> <a href="/world">World</a></nav></header>
<main>
  <article>
    <h1>Flood defences hold as river peaks</h1>
    <p>The river rose to <b>5.2 metres</b> on Sunday, the highest level since <i>records</i> began.</p>
    <figure><img src="levee.jpg" alt=""><figcaption>Volunteers filled sandbags in Shrewsbury on Saturday.</figcaption></figure>
    <p>“We have never seen it this high,” said the mayor.<!-- an editor's comment --></p>
    <p></p>
    <p>Schools will stay closed on Monday.</p>
  </article>
  <aside class="correction"><p>Correction: an earlier version gave the wrong date for the peak.</p></aside>
</main>
<script>window.analytics = { page: "flood" };</script>
`;

/** The test's document with the page in its body (happy-dom makes working ranges only in its window's document). */
function pageDocument(html = PAGE): Document {
  document.body.innerHTML = html;
  return document;
}

function textOf(doc: Document): DocumentText {
  return DocumentText.of(doc.body);
}

/** A range over the first occurrence of `passage` in the page's text. */
function rangeOver(text: DocumentText, passage: string): Range {
  const start = text.text.indexOf(passage);
  expect(start, `"${passage}" in the page`).toBeGreaterThanOrEqual(0);
  return text.rangeOf(start, start + passage.length)!;
}

describe('DocumentText', () => {
  it('is the text content of the body, as the W3C model and Hypothesis count it (scripts included, comments not)', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    expect(text.text).toBe(doc.body.textContent);
    expect(text.text).toContain('window.analytics');
    expect(text.text).not.toContain('editor');
  });

  it('reads the page in steps, pausing between thousands of text nodes', () => {
    const doc = pageDocument(Array.from({ length: 5000 }, (_, i) => `<span>word ${i}</span>`).join(' '));
    const steps = DocumentText.build(doc.body);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(step.value.text).toBe(doc.body.textContent);
  });

  it('maps offsets to ranges holding exactly that text, across elements', () => {
    const text = textOf(pageDocument());
    for (const passage of ['5.2 metres', 'metres on Sunday, the highest level since records', 'Sunday', 'Saturday.', 'sandbags in Shrewsbury on Saturday.\n    “We have']) {
      expect(rangeOver(text, passage).toString()).toBe(passage);
    }
  });

  it('starts a range in the node its first character is in, and ends it in the node its last character is in', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const bold = doc.querySelector('b')!;
    const start = text.text.indexOf('5.2');
    const range = text.rangeOf(start, start + '5.2 metres'.length)!;
    expect(range.startContainer).toBe(bold.firstChild);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(bold.firstChild);
    expect(range.endOffset).toBe('5.2 metres'.length);
  });

  it('maps a range back to its offsets, whatever nodes its boundary points are in', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const paragraph = doc.querySelectorAll('article p')[0];
    const range = doc.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(paragraph, paragraph.childNodes.length);
    const offsets = text.offsetsOf(range)!;
    expect(text.text.slice(offsets.start, offsets.end)).toBe(paragraph.textContent);
    // An element with no text: its start and end are where the next text starts.
    const empty = doc.querySelectorAll('article p')[2];
    expect(text.offsetAt(empty, 0)).toBe(text.text.indexOf('Schools') - '\n    '.length);
    expect(text.offsetAt(empty, 0)).toBe(text.offsetAt(empty, empty.childNodes.length));
  });

  it('round-trips every offset pair of a paragraph through a range', () => {
    const text = textOf(pageDocument());
    const from = text.text.indexOf('The river');
    const to = text.text.indexOf('began.') + 6;
    for (let start = from; start < to; start += 3) {
      for (let end = start + 1; end <= to; end += 7) {
        const range = text.rangeOf(start, end)!;
        expect(range.toString()).toBe(text.text.slice(start, end));
        expect(text.offsetsOf(range)).toEqual({ start, end });
      }
    }
  });

  it('refuses offsets outside the text, and ranges outside the body', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    expect(text.rangeOf(0, text.text.length + 1)).toBeNull();
    expect(text.rangeOf(-1, 3)).toBeNull();
    const elsewhere = doc.createRange();
    elsewhere.selectNodeContents(doc.head);
    expect(text.offsetsOf(elsewhere)).toBeNull();
  });

  it('has a searchable view without white space or script text, mapped to the text', () => {
    const text = textOf(pageDocument());
    const { searchable } = text;
    expect(searchable.text).not.toMatch(/\s/);
    expect(searchable.text).not.toContain('analytics');
    expect(searchable.text).toContain('Theriverroseto5.2metresonSunday,');
    for (let i = 0; i < searchable.text.length; i += 11) expect(text.text[searchable.rawOffsets[i]]).toBe(searchable.text[i]);
    const sunday = text.text.indexOf('Sunday');
    expect(searchable.text[searchableOffset(searchable, sunday)]).toBe('S');
  });

  it('reads right-to-left text in its logical order', () => {
    const doc = pageDocument('<p dir="rtl">قال وزير الإسكان إن <b>المحطة</b> ستغطي احتياجات المدينة.</p>');
    const text = textOf(doc);
    expect(rangeOver(text, 'إن المحطة ستغطي').toString()).toBe('إن المحطة ستغطي');
  });
});

describe('XPaths', () => {
  it('writes /name[n] paths from the document that lead back to every element', () => {
    const doc = pageDocument();
    expect(xpathOf(doc.querySelector('figcaption')!)).toBe('/html[1]/body[1]/main[1]/article[1]/figure[1]/figcaption[1]');
    expect(xpathOf(doc.querySelectorAll('article p')[1])).toBe('/html[1]/body[1]/main[1]/article[1]/p[2]');
    for (const element of Array.from(doc.body.querySelectorAll('*'))) expect(elementAtXPath(doc, xpathOf(element))).toBe(element);
  });

  it('follows paths without positions and in any case, and nothing but simple paths', () => {
    const doc = pageDocument();
    expect(elementAtXPath(doc, '/HTML/BODY/main/aside/p')).toBe(doc.querySelector('aside p'));
    expect(elementAtXPath(doc, '/html[1]/body[1]/main[1]/article[1]/p[9]')).toBeNull();
    expect(elementAtXPath(doc, '//p')).toBeNull();
    expect(elementAtXPath(doc, '/html/body/p[position()=1]')).toBeNull();
  });
});

describe('describeRange', () => {
  it('writes a quotation with 32 characters of context, its offsets in the body text, and a range of XPaths', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const [quote, position, range] = describeRange(text, rangeOver(text, 'the highest level since records began'))! as [
      TextQuoteSelector, TextPositionSelector, RangeSelector,
    ];
    const start = doc.body.textContent!.indexOf('the highest level');
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 37 });
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the highest level since records began',
      prefix: doc.body.textContent!.slice(start - 32, start),
      suffix: doc.body.textContent!.slice(start + 37, start + 69),
    });
    expect(range).toEqual({
      type: 'RangeSelector',
      startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[1]', refinedBy: { type: 'TextPositionSelector', start: 40, end: 40 } },
      endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[1]', refinedBy: { type: 'TextPositionSelector', start: 77, end: 77 } },
    });
    expect(rangeSelectorOffsets(text, range)).toEqual({ start: position.start, end: position.end });
  });

  it('leaves out the white space at the ends of a selection', () => {
    const text = textOf(pageDocument());
    const [quote] = describeRange(text, rangeOver(text, ' Shrewsbury on Saturday.\n    '))! as [TextQuoteSelector];
    expect(quote.exact).toBe('Shrewsbury on Saturday.');
  });

  it('describes a passage outside the article (a caption, a correction) as any other', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const selectors = describeRange(text, rangeOver(text, 'gave the wrong date'))!;
    const range = selectors.find((s): s is RangeSelector => s.type === 'RangeSelector')!;
    expect(range.startSelector.value).toBe('/html[1]/body[1]/main[1]/aside[1]/p[1]');
  });

  it('is null for a range over white space only, or outside the body', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const start = text.text.indexOf('\n    ');
    expect(describeRange(text, text.rangeOf(start, start + 5)!)).toBeNull();
    const head = doc.createRange();
    head.selectNodeContents(doc.head);
    expect(describeRange(text, head)).toBeNull();
  });

  it('names a range whose elements are gone or whose offsets lie beyond their text as nowhere', () => {
    const doc = pageDocument();
    const text = textOf(doc);
    const point = (value: string, at: number) => ({ type: 'XPathSelector' as const, value, refinedBy: { type: 'TextPositionSelector' as const, start: at, end: at } });
    const p = '/html[1]/body[1]/main[1]/article[1]/p[4]';
    expect(rangeSelectorOffsets(text, { type: 'RangeSelector', startSelector: point(p, 0), endSelector: point(p, 6) })).toEqual({
      start: text.text.indexOf('Schools'),
      end: text.text.indexOf('Schools') + 6,
    });
    expect(rangeSelectorOffsets(text, { type: 'RangeSelector', startSelector: point(p, 0), endSelector: point(p, 400) })).toBeNull();
    expect(rangeSelectorOffsets(text, { type: 'RangeSelector', startSelector: point('/html[1]/body[1]/table[1]', 0), endSelector: point(p, 6) })).toBeNull();
  });
});
