import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

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

/** Attribution rules, each with the quotes that show it. */
const ATTRIBUTIONS: Record<string, Attributions> = {
  'continues the previous speaker after "وی افزود"': [['ساخت چهار هزار مگاوات', 'علی رضایی']],
  'attributes a quote to a second speaker introduced with a compound verb (اظهار داشت)': [['صنایع هنوز نگران قطعی‌های ناگهانی', 'مریم احمدی']],
  'resolves the descriptor وزیر نیرو to the minister named earlier, not to the spokeswoman in between': [['هیچ محدودیتی برای برق بیمارستان‌ها', 'علی رضایی']],
  'attributes a quote after a source phrase and a surname (به گفته رضایی، «…»)': [['همکاری مردم در کاهش مصرف', 'علی رضایی']],
  'leaves a quote with no speaker in reach unattributed (… آمده است: «…»)': [['برق را هدر ندهیم', null]],
};

describe('Persian: energy minister on summer blackouts (page with no lang attribute)', () => {
  const a = analyze(ELECTRICITY);

  it('is an article in Persian (not Arabic), right to left, titled without the site name', () => {
    expectArticle(a, { lang: 'fa', dir: 'rtl', title: 'وزیر نیرو: تابستان امسال خاموشی برنامه‌ریزی‌شده نخواهیم داشت' });
  });

  it('keeps the article body and leaves out navigation, most read and footer', () => {
    expectContainsAll(a.text, ['کارشناسان حوزه انرژی']);
    expectContainsNone(a.text, ['پربازدیدترین', 'قیمت طلا و سکه', 'تمامی حقوق', 'ورزشی']);
  });

  it('attributes a quote introduced by name, apposition and verb (علی رضایی، وزیر نیرو، … گفت: «…»)', () => {
    const q = quoteWith(a, 'با افزایش ظرفیت نیروگاه‌های خورشیدی');
    expect(q.text).toBe(
      'با افزایش ظرفیت نیروگاه‌های خورشیدی، تابستان امسال خاموشی برنامه‌ریزی‌شده برای مشترکان خانگی نخواهیم داشت',
    );
    expect(q.speaker).toBe('علی رضایی');
  });

  itAttributes(a, ATTRIBUTIONS);

  it('does not take scare quotes and programme names for quotations', () => {
    // No quote starts with (or contains) the scare-quoted words.
    expectNoQuoteContaining(a, ['ناترازی', 'مدیریت مصرف']);
  });

  it('lists each person once, with the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'رضایی', name: 'علی رضایی', quotes: 4 },
      { find: 'احمدی', name: 'مریم احمدی', quotes: 1 },
    ]);
    expectConsistent(a);
  });
});
