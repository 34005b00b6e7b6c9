import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../lib/article/article-text';
import { chooseTitle, readMetadata } from '../../lib/article/metadata';
import { headingOutline, inferredOutline } from '../../lib/outline';
import { english } from '../../lib/languages/en';
import { arabic } from '../../lib/languages/ar';
import type { OutlineEntry } from '../../lib/types';
import { articleRegionOf } from '../helpers';

/** A page taken through the stages that come before the outline: region, article text and title. */
function prepare(html: string) {
  const { doc, region } = articleRegionOf(html);
  const article = new ArticleText(region.paragraphs);
  const { title, heading } = chooseTitle(doc, readMetadata(doc), region.root);
  return { doc, region, article, title, heading };
}

/** Checks every rule of an inferred outline and returns it. */
function checkInferred(outline: OutlineEntry[], article: ArticleText) {
  expect(outline.length).toBeGreaterThanOrEqual(3);
  expect(outline.length).toBeLessThanOrEqual(9);
  const paragraphStarts = article.paragraphs.map((p) => p.start);
  expect(outline[0].start).toBe(0);
  outline.forEach((entry, i) => {
    expect(entry.inferred).toBe(true);
    expect(entry.level).toBe(2);
    expect(paragraphStarts).toContain(entry.start);
    if (i > 0) expect(entry.start).toBeGreaterThan(outline[i - 1].start);
    const end = i + 1 < outline.length ? outline[i + 1].start : article.text.length;
    const section = article.text.slice(entry.start, end);
    expect(entry.text.length).toBeGreaterThan(0);
    expect(entry.text.length).toBeLessThan(80);
    expect(section, `label "${entry.text}" is taken from its section`).toContain(entry.text);
    expect(entry.text.trim().split(/\s+/).length).toBeGreaterThanOrEqual(2);
  });
  return outline;
}

const P = (topic: string) => `<p>${topic}</p>`;

describe('headingOutline', () => {
  const page = `<html lang="de"><head><title>Neues Heizungsgesetz beschlossen | Tageszeitung</title></head><body>
    <article>
      <h1>Neues Heizungsgesetz beschlossen</h1>
      <p>Der Bundestag hat am Freitag nach monatelangem Streit das neue Gebäudeenergiegesetz beschlossen, das den Einbau neuer Öl- und Gasheizungen einschränkt.</p>
      <h2>Was sich für Eigentümer ändert</h2>
      <p>Eigentümer müssen ab dem kommenden Jahr beim Austausch einer Heizung zu mindestens zwei Dritteln erneuerbare Energien nutzen, mit langen Übergangsfristen.</p>
      <h3>Förderung und Zuschüsse</h3>
      <p>Der Staat übernimmt bis zu siebzig Prozent der Kosten für eine neue Wärmepumpe, wenn das Haushaltseinkommen unter einer bestimmten Grenze liegt.</p>
      <h2>Kritik der Opposition</h2>
      <p>Die Opposition kritisierte das Gesetz als handwerklich schlecht gemacht und kündigte an, nach einem Regierungswechsel Teile davon zurückzunehmen.</p>
      <h4>Reaktionen der Verbände</h4>
      <p>Mieterverbände warnten vor steigenden Mieten, während Umweltverbände das Gesetz als zu zaghaft bezeichneten und mehr Tempo forderten.</p>
    </article></body></html>`;
  const { region, article, title, heading } = prepare(page);
  const outline = headingOutline(region.headings, article, title, heading).entries;

  it('lists h2–h6 in order with their levels, without the title <h1>', () => {
    expect(title).toBe('Neues Heizungsgesetz beschlossen');
    expect(outline.map((e) => [e.level, e.text, e.inferred])).toEqual([
      [2, 'Was sich für Eigentümer ändert', false],
      [3, 'Förderung und Zuschüsse', false],
      [2, 'Kritik der Opposition', false],
      [4, 'Reaktionen der Verbände', false],
    ]);
  });

  it('starts each section at the paragraph following its heading', () => {
    const starts = article.paragraphs.map((p) => p.start);
    expect(outline.map((e) => e.start)).toEqual(starts.slice(1));
    expect(article.text.slice(outline[0].start).startsWith('Eigentümer müssen')).toBe(true);
    expect(article.text.slice(outline[3].start).startsWith('Mieterverbände warnten')).toBe(true);
  });

  it('gives a heading with no paragraph after it the end of the text as start', () => {
    const { region: r, article: a, title: t, heading: h } = prepare(`<body><article><h1>Titel des Artikels</h1>
      <p>Ein erster Absatz mit genügend Text, damit der Artikel als Artikel erkannt wird und gut lesbar ist.</p>
      <h2>Schluss ohne Absatz</h2></article></body>`);
    const o = headingOutline(r.headings, a, t, h).entries;
    expect(o).toEqual([{ level: 2, text: 'Schluss ohne Absatz', inferred: false, start: a.text.length }]);
  });

  it('gives a bold-line heading a level below the real headings', () => {
    const { region: r, article: a, title: t, heading: h } = prepare(`<body><article><h1>Título principal de la noticia</h1>
      <p>El Gobierno aprobó el martes la reforma de las pensiones tras meses de negociación con los sindicatos y la patronal.</p>
      <h2>Qué cambia</h2>
      <p>La edad de jubilación se mantiene en sesenta y siete años, pero se amplía el periodo de cálculo de la pensión.</p>
      <p><strong>Las críticas</strong></p>
      <p>La oposición considera que la reforma no garantiza la sostenibilidad del sistema a largo plazo y pide más cambios.</p>
    </article></body>`);
    expect(headingOutline(r.headings, a, t, h).entries.map((e) => [e.level, e.text])).toEqual([[2, 'Qué cambia'], [3, 'Las críticas']]);
  });
});

const FLOOD = [
  'Heavy rain flooded dozens of streets in the river district on Monday night, forcing firefighters to rescue residents trapped in their cars near the old bridge.',
  'The river rose by almost two metres in six hours, and the flood barriers along the embankment were overwhelmed shortly after midnight, the fire brigade said.',
  'Residents of the river district described water pouring into basements and shops, and several families spent the night in a school gym used as a flood shelter.',
  'Firefighters pumped water from flooded basements until dawn, and the river level began to fall slowly on Tuesday morning as the rain finally eased.',
];
const SCHOOLS = [
  'Separately, the education department announced that twelve primary schools will close for the rest of the week because of damaged classrooms and heating systems.',
  'Teachers at the closed schools will set lessons online, and parents were told that pupils would receive laptops from the education department if they need them.',
  'The teachers union criticised the decision to close schools without consulting parents, and said online lessons leave the youngest pupils behind.',
  'The education department said the schools would reopen on Monday once engineers have checked the classrooms, the heating and the electrical wiring.',
];
const BUDGET = [
  'The disaster has also reopened the debate over the city budget, which cut spending on drainage and flood defences by a third over the past five years.',
  'Opposition councillors accused the finance committee of ignoring warnings from engineers, and demanded an emergency budget vote before the end of the month.',
  'The finance committee chairman said the budget for drainage would be doubled next year, paid for by selling council land and raising parking charges.',
  'Economists warned that the budget plan relies on optimistic land sales, and that taxpayers could face higher council tax bills if the sales fall short.',
];

describe('inferredOutline: English article without headings', () => {
  const page = `<html lang="en"><head><title>Floods hit river district</title></head><body><article>
    <h1>Floods hit river district</h1>${[...FLOOD, ...SCHOOLS, ...BUDGET].map(P).join('\n')}</article></body></html>`;
  const { region, article, title, heading } = prepare(page);

  it('has no headings besides the title', () => {
    expect(headingOutline(region.headings, article, title, heading).entries).toEqual([]);
    expect(article.paragraphs).toHaveLength(12);
  });

  const outline = inferredOutline(article, english).entries;

  it('infers 3–9 sections with labels taken from their sections, under 80 characters', () => {
    checkInferred(outline, article);
  });

  it('cuts at the topic shifts: schools and budget start new sections', () => {
    const starts = outline.map((e) => e.start);
    expect(starts).toContain(article.paragraphs[4].start);
    expect(starts).toContain(article.paragraphs[8].start);
  });

  it('is deterministic', () => {
    expect(inferredOutline(article, english).entries).toEqual(outline);
  });
});

const AR_PARAGRAPHS = [
  'ضربت عاصفة رملية قوية مدينة الرياض مساء الاثنين، وانعدمت الرؤية في عدد من الطرق السريعة، وأعلنت الأرصاد الجوية حالة التأهب في المناطق الوسطى.',
  'وقالت الأرصاد الجوية إن العاصفة الرملية ستستمر حتى صباح الأربعاء، ودعت السكان إلى البقاء في منازلهم وتجنب القيادة على الطرق السريعة.',
  'وأدت العاصفة الرملية إلى تأخير عشرات الرحلات في مطار الملك خالد الدولي، وعلق المسافرون ساعات طويلة في صالات المطار.',
  'وفي سياق آخر، أعلنت وزارة التعليم تعليق الدراسة الحضورية في المدارس يومين، والتحول إلى التعليم عن بعد عبر منصة مدرستي.',
  'وأوضحت وزارة التعليم أن المعلمين سيقدمون الدروس عبر منصة مدرستي، وأن الطلاب سيحصلون على الواجبات من خلال المنصة نفسها.',
  'وانتقد بعض أولياء الأمور قرار وزارة التعليم المتأخر، وقالوا إن الطلاب كانوا قد غادروا إلى المدارس قبل صدور القرار.',
  'اقتصادياً، قدرت غرفة التجارة خسائر المتاجر والأسواق بسبب الإغلاق بملايين الريالات، خاصة في الأسواق الشعبية المفتوحة.',
  'وطالب التجار غرفة التجارة بتعويض خسائر الأسواق، مشيرين إلى أن المتاجر الصغيرة تضررت أكثر من المراكز التجارية الكبرى.',
  'وقال رئيس غرفة التجارة إن الغرفة ستدرس طلبات التعويض، وإن خسائر التجار ستعرض على وزارة التجارة خلال الأسبوع المقبل.',
];

describe('inferredOutline: Arabic article without headings', () => {
  const page = `<html lang="ar" dir="rtl"><head><title>عاصفة رملية تضرب الرياض</title></head><body><article>
    <h1>عاصفة رملية تضرب الرياض</h1>${AR_PARAGRAPHS.map(P).join('\n')}</article></body></html>`;
  const { region, article, title, heading } = prepare(page);
  const outline = inferredOutline(article, arabic).entries;

  it('finds the nine paragraphs and no headings', () => {
    expect(article.paragraphs).toHaveLength(9);
    expect(headingOutline(region.headings, article, title, heading).entries).toEqual([]);
  });

  it('infers 3 sections with Arabic labels taken from their sections', () => {
    checkInferred(outline, article);
    expect(outline).toHaveLength(3);
    for (const entry of outline) expect(entry.text).toMatch(/^[\p{Script=Arabic}\s]+$/u);
  });

  it('cuts at the topic shifts: education, then commerce', () => {
    expect(outline.map((e) => e.start)).toEqual([0, article.paragraphs[3].start, article.paragraphs[6].start]);
  });
});

describe('inferredOutline: short articles', () => {
  it('gives nothing for a one-paragraph article', () => {
    const { article } = prepare(`<body><article><p>${FLOOD[0]}</p></article></body>`);
    expect(inferredOutline(article, english).entries).toEqual([]);
  });

  it('gives an article of two or three paragraphs a section for each, labelled from it', () => {
    for (const count of [2, 3]) {
      const { article } = prepare(`<body><article>${FLOOD.slice(0, count).map(P).join('')}</article></body>`);
      const { entries, firstParagraphs } = inferredOutline(article, english);
      expect(firstParagraphs).toEqual([0, 1, 2].slice(0, count));
      entries.forEach((entry, i) => {
        expect(entry.start).toBe(article.paragraphs[i].start);
        expect(article.paragraphText(i)).toContain(entry.text);
      });
    }
  });
});
