/**
 * What each end-to-end test page should show: the pages written for these tests (`pages/`) with their expected
 * analysis written out here, and the seed pages (`../shared/seed`) with theirs read from `gold.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEED_DIR, SEED_VARIANTS } from './server';

export interface ExpectedQuote {
  /** The quotation without its marks, exactly as it stands in the page. */
  text: string;
  /** Every acceptable name of its speaker (canonical name and aliases). */
  speaker: string[];
}

export interface ExpectedSpeaker {
  names: string[];
  quotes: number;
}

export interface ArticleCase {
  id: string;
  /** Path on the test server. */
  path: string;
  title: string;
  dir: 'ltr' | 'rtl';
  /** The headings the outline lists, in order; `null` when the page has none (the outline is inferred). */
  headings: string[] | null;
  /** The article text, for checking inferred outline labels; `null`: the page's `<article>` text. */
  articleText: string | null;
  /** In article order. */
  quotes: ExpectedQuote[];
  /** In order of their first quote. */
  speakers: ExpectedSpeaker[];
}

const FERREIRA = ['Ana Ferreira', 'Ferreira', 'Mayor Ana Ferreira'];
const OKAFOR = ['Tom Okafor', 'Okafor'];
const KHATIB = ['سامي الخطيب', 'الخطيب', 'وزير المياه سامي الخطيب'];
const HADDAD = ['ليلى حداد', 'حداد'];

export const EN_ARTICLE: ArticleCase = {
  id: 'en-article',
  path: '/en-article.html',
  title: 'Harbour bridge to stay open until its replacement is ready',
  dir: 'ltr',
  headings: ['A reversal after months of pressure', 'What the engineers found', 'Costs and timetable', 'Reaction on the east bank'],
  articleText: null,
  quotes: [
    { text: 'We will not close the bridge before the new one opens,', speaker: FERREIRA },
    { text: 'Safety comes first, but so does the livelihood of every family on the east bank,', speaker: FERREIRA },
    {
      text: 'The corrosion is real, but it is slow, and the load limits we have set give the frame a comfortable margin.',
      speaker: OKAFOR,
    },
    { text: 'If the readings change, we will know within a week, and we will close it the same day,', speaker: OKAFOR },
    {
      text: 'Every month we spend arguing about paperwork is a month the old bridge has to carry the load alone,',
      speaker: FERREIRA,
    },
  ],
  speakers: [
    { names: FERREIRA, quotes: 3 },
    { names: OKAFOR, quotes: 2 },
  ],
};

export const AR_ARTICLE: ArticleCase = {
  id: 'ar-article',
  path: '/ar-article.html',
  title: 'افتتاح أكبر محطة لتحلية المياه في المدينة الساحلية',
  dir: 'rtl',
  headings: null,
  articleText: null,
  quotes: [
    { text: 'هذه المحطة ستغطي حاجة نصف سكان المدينة من مياه الشرب، ولن نعود إلى جداول التقنين بعد اليوم', speaker: KHATIB },
    { text: 'نعمل الآن على ربط المحطة بشبكة التوزيع في الأحياء الشرقية قبل نهاية العام', speaker: KHATIB },
    { text: 'نحن لا نعارض المحطة، لكننا نطالب بنشر نتائج مراقبة جودة مياه البحر كل شهر', speaker: HADDAD },
    { text: 'الصيادون في القرى الجنوبية لاحظوا تراجعا في كميات الصيد منذ بدء التشغيل التجريبي', speaker: HADDAD },
  ],
  speakers: [
    { names: KHATIB, quotes: 2 },
    { names: HADDAD, quotes: 2 },
  ],
};

/** A home page of linked headlines: not an article. */
export const HOME_PATH = '/home.html';

interface Gold {
  title: string;
  dir: 'ltr' | 'rtl';
  text: string;
  outline: { level: number; text: string }[];
  hasHeadings: boolean;
  quotes: { text: string; speaker: string[] }[];
  speakers: string[][];
}

export const SEED_PRESENT = SEED_VARIANTS.every((v) => existsSync(resolve(SEED_DIR, v, 'gold.json')));

/** The seed pages as cases, or `[]` where `../shared/seed` is absent. */
export function seedCases(): ArticleCase[] {
  if (!SEED_PRESENT) return [];
  return SEED_VARIANTS.map((variant) => {
    const gold = JSON.parse(readFileSync(resolve(SEED_DIR, variant, 'gold.json'), 'utf8')) as Gold;
    const speakers = gold.speakers.map((names) => ({
      names,
      quotes: gold.quotes.filter((q) => q.speaker.some((n) => names.includes(n))).length,
    }));
    return {
      id: `seed-${variant}`,
      path: `/seed/${variant}.html`,
      title: gold.title,
      dir: gold.dir,
      headings: gold.hasHeadings ? gold.outline.map((o) => o.text) : null,
      articleText: gold.text,
      quotes: gold.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
      speakers,
    };
  });
}

/** The article a single-page site puts in place of the English one, at a new address, without a page load. */
export const SPA_NEXT = {
  path: '/news/ferry-timetable',
  headings: ['New crossings at dawn', 'What riders think'],
  quotes: ['Nobody should have to choose between the first shift and the first ferry.'],
  html: `
    <h1>Ferries to run earlier from next month</h1>
    <p>The harbour ferry service will add three early crossings on weekdays from next month, the transport board announced on Thursday, after a year of complaints from shift workers on the east bank.</p>
    <h2>New crossings at dawn</h2>
    <p>The first boat will leave the east pier at five in the morning, forty minutes earlier than now, and two more crossings will follow before the usual timetable begins at half past six.</p>
    <p>"Nobody should have to choose between the first shift and the first ferry." said the board's chair, Linda Osei, who promised that fares would not rise to pay for the extra crossings.</p>
    <h2>What riders think</h2>
    <p>Riders waiting at the west pier on Thursday evening welcomed the change, though several said the boats were already crowded at the busiest hours and needed to be larger as well as earlier.</p>
    <p>The board said it would review the new timetable after six months and publish the figures for every crossing, including how many passengers were turned away when boats were full.</p>`,
};
