/** The Preact views, rendered with data and callbacks as the entrypoints give them. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutlinePanel } from '@/components/OutlinePanel';
import { QuoteCard } from '@/components/QuoteCard';
import { Popup } from '@/components/Popup';
import type { UiStrings } from '@/components/strings';
import type { PageView } from '@/utils/protocol';
import { uiStringsOf } from './ui-strings';

const strings: UiStrings = {
  ...uiStringsOf('en'),
  outline: 'Glossa outline', outlineHeading: 'Outline', speakers: 'Speakers', collapse: 'Hide', expand: 'Show', addNote: 'Add note',
  quoteBy: 'Quote by $1', noSpeaker: 'No speaker named', otherQuotes: 'Also said here:', quotes: 'quotes', summary: 'Summary',
  pause: 'Pause Glossa on', paused: 'Paused.', notArticle: 'Not an article.', analyzeAnyway: 'Analyse anyway', notes: 'Notes',
  noNotes: 'No notes.', unavailable: 'Unavailable.',
};

let host: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const outline = [
  { level: 2, text: 'تعزيز الروابط بين الصين وروسيا', inferred: false, start: 0 },
  { level: 3, text: 'الشراكة في مجال الطاقة', inferred: false, start: 120 },
];
const speakers = [
  { name: 'فلاديمير بوتين', aliases: ['بوتين'], quotes: 4 },
  { name: 'شي جين بينغ', aliases: ['شي'], quotes: 3 },
];

describe('OutlinePanel', () => {
  const props = {
    dir: 'rtl' as const, lang: 'ar', outline, speakers, current: 1, collapsed: false, side: 'left' as const, handleWidth: null, strings,
    onToggle: vi.fn(), onSection: vi.fn(), onSpeaker: vi.fn(),
  };

  it('is a nav named "Glossa outline" whose links are named exactly after the headings, the current one marked', () => {
    const root = mount(<OutlinePanel {...props} />);
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Glossa outline');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(outline.map((o) => o.text));
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'location']);
    expect(root.querySelector('[data-glossa-panel]')!.getAttribute('dir')).toBe('rtl');
  });

  it('calls back with the section and speaker chosen', () => {
    const root = mount(<OutlinePanel {...props} />);
    (root.querySelectorAll('nav a')[1] as HTMLElement).click();
    expect(props.onSection).toHaveBeenCalledWith(1);
    (root.querySelector('[data-glossa-speaker="1"]') as HTMLElement).click();
    expect(props.onSpeaker).toHaveBeenCalledWith(1);
    expect(root.querySelector('[data-glossa-speaker="0"] .name')!.textContent).toBe('فلاديمير بوتين');
    expect(root.querySelector('[data-glossa-speaker="0"] .count')!.textContent).toBe('4');
  });

  it('collapses to its toggle button', () => {
    const root = mount(<OutlinePanel {...props} collapsed />);
    expect(root.querySelector('nav')).toBeNull();
    const toggle = root.querySelector('button.toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(props.onToggle).toHaveBeenCalled();
  });

  it('stands at the side it is given, whatever the direction of its text', () => {
    const root = mount(<OutlinePanel {...props} side="right" />);
    const panel = root.querySelector('[data-glossa-panel]')!;
    expect(panel.getAttribute('data-side')).toBe('right');
    expect(panel.getAttribute('dir')).toBe('rtl');
  });

  it('folds to a handle of the width given, still a button named Glossa; open, it is no handle', () => {
    const folded = mount(<OutlinePanel {...props} collapsed handleWidth={6} />).querySelector('[data-glossa-panel]') as HTMLElement;
    expect(folded.hasAttribute('data-handle')).toBe(true);
    expect(folded.style.width).toBe('6px');
    expect(folded.querySelector('button.toggle')!.textContent).toContain('Glossa');
    render(null, host);
    const open = mount(<OutlinePanel {...props} handleWidth={6} />).querySelector('[data-glossa-panel]') as HTMLElement;
    expect(open.hasAttribute('data-handle')).toBe(false);
    expect(open.style.width).toBe('');
  });
});

describe('QuoteCard', () => {
  it('names the speaker, lists their other quotations and offers "Add note"', () => {
    const onQuote = vi.fn();
    const root = mount(
      <QuoteCard speaker="Helen Okafor" speakerIndex={0} doubtful={false} text="We will publish every contract" others={[{ index: 3, text: 'Every dollar of this project will be on the public record' }]}
        x={10} y={20} dir="ltr" strings={strings} onQuote={onQuote} />,
    );
    const card = root.querySelector('[data-glossa-card]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Quote by Helen Okafor');
    expect(card.querySelector('.speaker strong')!.textContent).toBe('Helen Okafor');
    expect(card.querySelector('.quote-text')!.textContent).toBe('We will publish every contract');
    (card.querySelector('.others button') as HTMLElement).click();
    expect(onQuote).toHaveBeenCalledWith(3);
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toContain('Add note');
  });

  it('offers "Copy as citation" when it can copy one', () => {
    const onCite = vi.fn();
    const root = mount(<QuoteCard speaker="Helen Okafor" speakerIndex={0} doubtful={false} text="We will publish every contract" others={[]} x={0} y={0} dir="ltr" strings={strings} onQuote={vi.fn()} onCite={onCite} />);
    const cite = root.querySelector<HTMLButtonElement>('[data-glossa-card] button.cite')!;
    expect(cite.textContent).toBe('Copy as citation');
    cite.click();
    expect(onCite).toHaveBeenCalledTimes(1);
  });

  it('says when no speaker is named', () => {
    const root = mount(<QuoteCard speaker={null} speakerIndex={null} doubtful={false} text="Nobody knows" others={[]} x={0} y={0} dir="ltr" strings={strings} onQuote={vi.fn()} />);
    expect(root.querySelector('[data-glossa-card]')!.getAttribute('aria-label')).toBe('Quote by No speaker named');
  });

  it('shows a doubtful speaker as probable, in English and in Arabic', () => {
    const english = mount(<QuoteCard speaker="Helen Okafor" speakerIndex={0} doubtful text="We will publish every contract" others={[]} x={0} y={0} dir="ltr" strings={strings} onQuote={vi.fn()} />);
    expect(english.querySelector('.speaker strong')!.textContent).toBe('Probably Helen Okafor');
    expect(english.querySelector('[data-glossa-card]')!.getAttribute('aria-label')).toBe('Quote by Helen Okafor');
    render(null, host);
    host.remove();
    const arabic = mount(<QuoteCard speaker="سلمى الراشد" speakerIndex={0} doubtful text="We will publish every contract" others={[]} x={0} y={0} dir="rtl" strings={uiStringsOf('ar')} onQuote={vi.fn()} />);
    expect(arabic.querySelector('.speaker strong')!.textContent).toBe('على الأرجح سلمى الراشد');
  });
});

describe('Popup', () => {
  const view: PageView = {
    host: 'alofoq-news.example', paused: false, forced: false, address: 'https://alofoq-news.example/a', orphans: [],
    analysis: {
      isArticle: true, title: 'بوتين وشي يعززان الشراكة', lang: 'ar', dir: 'rtl', byline: null, partial: false,
      outline, speakers, summary: ['الجملة الأولى.', 'الجملة الثانية.'],
      quotes: [],
    },
    voices: [
      { speaker: 0, name: 'فلاديمير بوتين', anonymous: false, quotes: 4, words: 60, share: 0.6, firstQuote: 0, firstAt: 0.1, firstStart: 12 },
      { speaker: 1, name: 'مصدر مطلع', anonymous: true, quotes: 3, words: 40, share: 0.4, firstQuote: 1, firstAt: 0.5, firstStart: 130 },
    ],
    facts: { outlet: 'الأفق', lang: 'ar', dir: 'rtl' },
  };
  const callbacks = {
    onSection: vi.fn(), onStep: vi.fn(async () => ({ speaker: 1, position: 2, total: 3 })), onExportCsv: vi.fn(), onPause: vi.fn(),
    onAnalyzeAnyway: vi.fn(), onSummarySource: vi.fn(), shortcuts: [{ description: 'Next quotation', shortcut: 'Alt+Shift+.' }], onChangeShortcuts: vi.fn(),
  };

  it('shows each voice: named or anonymous, quotations, words, share and where they first speak; a click steps', async () => {
    const root = mount(<Popup view={view} strings={strings} {...callbacks} />);
    const items = [...root.querySelectorAll('ul[aria-label="Speakers"] > li')];
    expect(items.map((li) => li.querySelector('.name')!.textContent)).toEqual(['فلاديمير بوتين', 'مصدر مطلع']);
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['named', 'anonymous']);
    expect(items[1].querySelector('.kind')!.textContent).toBe('anonymous');
    expect([...items[0].querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['4', '60', '60%', `${outline[0].text} · 10% into the article`]);
    expect(items[1].querySelector('.first dd')!.textContent).toBe(`${outline[1].text} · 50% into the article`);
    (items[1].querySelector('[data-glossa-speaker]') as HTMLElement).click();
    expect(callbacks.onStep).toHaveBeenCalledWith(1, 1);
    await new Promise((resolve) => setTimeout(resolve));
    expect(items[1].querySelector('[data-glossa-step]')!.textContent).toBe('Quotation 2 of 3');
    (items[1].querySelector('.step-back') as HTMLElement).click();
    expect(callbacks.onStep).toHaveBeenCalledWith(1, -1);
    (root.querySelector('[data-glossa-export-csv]') as HTMLElement).click();
    expect(callbacks.onExportCsv).toHaveBeenCalled();
  });

  it('lists the keyboard shortcuts as the browser has them, with the way to change them', () => {
    const root = mount(<Popup view={view} strings={strings} {...callbacks} />);
    expect(root.querySelector('[data-glossa-shortcuts] dt')!.textContent).toBe('Next quotation');
    expect(root.querySelector('[data-glossa-shortcuts] kbd')!.textContent).toBe('Alt+Shift+.');
    (root.querySelector('[data-glossa-change-shortcuts]') as HTMLElement).click();
    expect(callbacks.onChangeShortcuts).toHaveBeenCalled();
  });

  it('shows title, summary and outline in the article direction', () => {
    const root = mount(<Popup view={view} strings={strings} {...callbacks} />);
    expect(root.querySelector('h1')!.textContent).toBe('بوتين وشي يعززان الشراكة');
    expect(root.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    expect([...root.querySelectorAll('[aria-label="Summary"] p')].map((p) => p.textContent)).toEqual(view.analysis!.summary);
    expect([...root.querySelectorAll('nav[aria-label="Outline"] a')].map((a) => a.textContent)).toEqual(outline.map((o) => o.text));
    (root.querySelector('nav a') as HTMLElement).click();
    expect(callbacks.onSection).toHaveBeenCalledWith(0);
  });

  it('pauses the site with its switch', () => {
    const root = mount(<Popup view={view} strings={strings} {...callbacks} />);
    const toggle = root.querySelector('input[data-glossa-pause]') as HTMLInputElement;
    expect(toggle.getAttribute('role')).toBe('switch');
    toggle.click();
    expect(callbacks.onPause).toHaveBeenCalledWith(true);
  });

  it('says a non-article is not one and offers to analyse it anyway', () => {
    const root = mount(<Popup view={{ ...view, analysis: { ...view.analysis!, isArticle: false } }} strings={strings} {...callbacks} />);
    expect(root.querySelector('[data-glossa-not-article]')!.textContent).toBe('Not an article.');
    (root.querySelector('button.primary') as HTMLElement).click();
    expect(callbacks.onAnalyzeAnyway).toHaveBeenCalled();
  });

  it('says when the page cannot be read, and when Glossa is paused there', () => {
    expect(mount(<Popup view={undefined} strings={strings} {...callbacks} />).textContent).toBe('Unavailable.');
    render(null, host);
    host.remove();
    expect(mount(<Popup view={{ ...view, paused: true, analysis: null }} strings={strings} {...callbacks} />).querySelector('.message')!.textContent).toBe('Paused.');
  });

  it('offers the on-device summary only when the browser has one ready, and falls back to the article’s sentences', () => {
    const plain = mount(<Popup view={view} strings={strings} {...callbacks} />);
    expect(plain.querySelector('[data-glossa-on-device]')).toBeNull();
    render(null, host);
    host.remove();

    const ready = { chosen: false, sentences: null, busy: false, error: null };
    const offered = mount(<Popup view={view} strings={strings} {...callbacks} onDeviceSummary={ready} />);
    expect([...offered.querySelectorAll('[data-glossa-summary] > p')].map((p) => p.textContent)).toEqual(view.analysis!.summary);
    (offered.querySelector('[data-glossa-on-device]') as HTMLInputElement).click();
    expect(callbacks.onSummarySource).toHaveBeenCalledWith(true);
    render(null, host);
    host.remove();

    const written = { chosen: true, sentences: ['النقطة الأولى', 'النقطة الثانية'], busy: false, error: null };
    const shown = mount(<Popup view={view} strings={strings} {...callbacks} onDeviceSummary={written} />);
    expect([...shown.querySelectorAll('[data-glossa-summary] > p')].map((p) => p.textContent)).toEqual(written.sentences);
    render(null, host);
    host.remove();

    const failed = { chosen: true, sentences: null, busy: false, error: 'model busy' };
    const fallback = mount(<Popup view={view} strings={strings} {...callbacks} onDeviceSummary={failed} />);
    expect(fallback.querySelector('[role="alert"]')!.textContent).toContain('model busy');
    expect([...fallback.querySelectorAll('[data-glossa-summary] > p:not([role])')].map((p) => p.textContent)).toEqual(view.analysis!.summary);
  });
});
