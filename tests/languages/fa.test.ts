import { describe, it, expect, beforeAll } from 'vitest';
import { analyzeDocument } from '@/lib/analyze';
import type { Analysis, Quote } from '@/lib/types';

function analyze(html: string): Analysis {
  return analyzeDocument(new DOMParser().parseFromString(html, 'text/html')) as Analysis;
}

/** The one quote whose text contains `fragment`. */
function quoteWith(a: Analysis, fragment: string): Quote {
  const found = a.quotes.filter((q) => q.text.includes(fragment));
  expect(found, `one quote containing «${fragment}» in ${JSON.stringify(a.quotes.map((q) => q.text))}`).toHaveLength(1);
  return found[0]!;
}

function speakersFor(a: Analysis, name: string) {
  return a.speakers.filter((s) => s.name.includes(name) || s.aliases.some((alias) => alias.includes(name)));
}

function expectConsistent(a: Analysis) {
  for (const q of a.quotes) {
    if (q.speakerIndex === null) expect(q.speaker).toBeNull();
    else expect(a.speakers[q.speakerIndex]!.name).toBe(q.speaker);
    expect(a.text.slice(q.start, q.end)).toContain(q.text.slice(0, 8));
  }
}

// No lang attribute at all: the text (Persian letters گ پ چ ژ ی ک) must say Persian, not Arabic.
// Persian news puts the speaker before the quote ("…، گفت: «…»"); a speaker-after pattern is not natural
// Persian news style, so this page has none.
const ELECTRICITY = `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>وزیر نیرو: تابستان امسال خاموشی برنامه‌ریزی‌شده نخواهیم داشت | پارس‌نیوز</title>
</head>
<body>
  <header>
    <a href="/" class="logo">پارس‌نیوز</a>
    <nav><a href="/politics">سیاسی</a> <a href="/economy">اقتصادی</a> <a href="/society">اجتماعی</a> <a href="/sport">ورزشی</a></nav>
  </header>
  <main>
    <article>
      <h1>وزیر نیرو: تابستان امسال خاموشی برنامه‌ریزی‌شده نخواهیم داشت</h1>
      <p class="byline">گروه اقتصادی پارس‌نیوز</p>
      <p>علی رضایی، وزیر نیرو، روز سه‌شنبه در جمع خبرنگاران گفت: «با افزایش ظرفیت نیروگاه‌های خورشیدی، تابستان امسال خاموشی برنامه‌ریزی‌شده برای مشترکان خانگی نخواهیم داشت».</p>
      <p>وی افزود: «ساخت چهار هزار مگاوات نیروگاه تجدیدپذیر جدید از ابتدای سال آغاز شده و تا پایان شهریور به شبکه سراسری متصل می‌شود».</p>
      <p>کارشناسان حوزه انرژی پیش‌تر نسبت به «ناترازی» برق هشدار داده بودند. بر اساس آمار رسمی، مصرف برق کشور در اوج تابستان گذشته از ۷۵ هزار مگاوات گذشت و طرح «مدیریت مصرف» در بسیاری از شهرها به اجرا درآمد.</p>
      <p>مریم احمدی، سخنگوی سندیکای صنعت برق، در گفت‌وگو با خبرنگار ما اظهار داشت: «صنایع هنوز نگران قطعی‌های ناگهانی هستند و وعده‌های وزارتخانه باید با جدول زمانی مشخص همراه باشد».</p>
      <p>وزیر نیرو همچنین تأکید کرد: «هیچ محدودیتی برای برق بیمارستان‌ها، مدارس و واحدهای تولیدی اعمال نخواهد شد».</p>
      <p>به گفته رضایی، «همکاری مردم در کاهش مصرف در ساعات اوج، مهم‌ترین عامل عبور از تابستان بدون خاموشی است».</p>
      <p>در بخشی از پیامی که این روزها در شبکه‌های اجتماعی دست‌به‌دست می‌شود آمده است: «برق را هدر ندهیم؛ تابستان امسال آزمونی برای همه ماست و هر کیلووات صرفه‌جویی به حساب می‌آید».</p>
    </article>
    <aside class="most-read">
      <h2>پربازدیدترین</h2>
      <ul>
        <li><a href="/1">قیمت طلا و سکه امروز در بازار تهران کاهش یافت</a></li>
        <li><a href="/2">بارش برف و باران در استان‌های شمالی از فردا آغاز می‌شود</a></li>
      </ul>
    </aside>
  </main>
  <footer>تمامی حقوق این سایت متعلق به پارس‌نیوز است. استفاده از مطالب با ذکر منبع آزاد است.</footer>
</body>
</html>`;

describe('Persian: energy minister on summer blackouts (page with no lang attribute)', () => {
  let a: Analysis;
  beforeAll(() => {
    a = analyze(ELECTRICITY);
  });

  it('is an article in Persian (not Arabic), right to left, titled without the site name', () => {
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('fa');
    expect(a.dir).toBe('rtl');
    expect(a.title).toBe('وزیر نیرو: تابستان امسال خاموشی برنامه‌ریزی‌شده نخواهیم داشت');
  });

  it('keeps the article body and leaves out navigation, most read and footer', () => {
    expect(a.text).toContain('کارشناسان حوزه انرژی');
    expect(a.text).not.toContain('پربازدیدترین');
    expect(a.text).not.toContain('قیمت طلا و سکه');
    expect(a.text).not.toContain('تمامی حقوق');
    expect(a.text).not.toContain('ورزشی');
  });

  it('attributes a quote introduced by name, apposition and verb (علی رضایی، وزیر نیرو، … گفت: «…»)', () => {
    const q = quoteWith(a, 'با افزایش ظرفیت نیروگاه‌های خورشیدی');
    expect(q.text).toBe(
      'با افزایش ظرفیت نیروگاه‌های خورشیدی، تابستان امسال خاموشی برنامه‌ریزی‌شده برای مشترکان خانگی نخواهیم داشت',
    );
    expect(q.speaker).toBe('علی رضایی');
  });

  it('continues the previous speaker after "وی افزود"', () => {
    expect(quoteWith(a, 'ساخت چهار هزار مگاوات').speaker).toBe('علی رضایی');
  });

  it('attributes a quote to a second speaker introduced with a compound verb (اظهار داشت)', () => {
    expect(quoteWith(a, 'صنایع هنوز نگران قطعی‌های ناگهانی').speaker).toBe('مریم احمدی');
  });

  it('resolves the descriptor وزیر نیرو to the minister named earlier, not to the spokeswoman in between', () => {
    expect(quoteWith(a, 'هیچ محدودیتی برای برق بیمارستان‌ها').speaker).toBe('علی رضایی');
  });

  it('attributes a quote after a source phrase and a surname (به گفته رضایی، «…»)', () => {
    expect(quoteWith(a, 'همکاری مردم در کاهش مصرف').speaker).toBe('علی رضایی');
  });

  it('leaves a quote with no speaker in reach unattributed (… آمده است: «…»)', () => {
    expect(quoteWith(a, 'برق را هدر ندهیم').speaker).toBeNull();
  });

  it('does not take scare quotes and programme names for quotations', () => {
    for (const fragment of ['ناترازی', 'مدیریت مصرف']) {
      expect(a.quotes.some((q) => q.text === fragment || q.text.startsWith(fragment)), fragment).toBe(false);
    }
  });

  it('lists each person once, with the right number of quotes', () => {
    const rezaei = speakersFor(a, 'رضایی');
    expect(rezaei).toHaveLength(1);
    expect(rezaei[0]!.name).toBe('علی رضایی');
    expect(rezaei[0]!.quotes).toBe(4);
    const ahmadi = speakersFor(a, 'احمدی');
    expect(ahmadi).toHaveLength(1);
    expect(ahmadi[0]!.name).toBe('مریم احمدی');
    expect(ahmadi[0]!.quotes).toBe(1);
    expect(a.speakers).toHaveLength(2);
    expectConsistent(a);
  });
});
