import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

// The page claims lang="en" (a template default): the text is Arabic and must win. Guillemets «…» throughout.
const WATER = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>وزير الخارجية يدعو إلى استئناف مفاوضات مياه النهر قبل نهاية العام | صحيفة الأفق</title>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">صحيفة الأفق</a>
    <nav><ul>
      <li><a href="/local">محليات</a></li><li><a href="/world">عربي ودولي</a></li><li><a href="/economy">اقتصاد</a></li>
      <li><a href="/sport">رياضة</a></li><li><a href="/opinion">آراء</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>وزير الخارجية يدعو إلى استئناف مفاوضات مياه النهر قبل نهاية العام</h1>
      <p class="byline">بقلم: ليلى حداد</p>
      <p>دعت الحكومة، اليوم الثلاثاء، إلى استئناف المفاوضات المتعثرة حول تقاسم مياه النهر قبل نهاية العام الجاري، في ظل تراجع منسوب المياه إلى أدنى مستوى له منذ ثلاثين عاما.</p>
      <p>وقال وزير الخارجية أحمد سالم: «بلادنا لن تقبل بأي اتفاق لا يضمن حصتها العادلة من مياه النهر، لكننا مستعدون للعودة إلى طاولة الحوار غدا».</p>
      <p>وأضاف أن «الخيار العسكري ليس مطروحا، والدبلوماسية ستبقى طريقنا الوحيد مهما طال الوقت».</p>
      <p>من جهته، أوضح الناطق باسم وزارة الري خالد عمران أن منسوب المياه في السدود تراجع بنسبة أربعين في المئة خلال عامين. وقال عمران: «المزارعون في الجنوب هم أول من يدفع الثمن، وقد خسر كثير منهم محصول القمح هذا الموسم».</p>
      <p>وأشار الوزير إلى أن «الوساطة الإقليمية ما زالت ممكنة إذا توفرت الإرادة السياسية لدى جميع الأطراف».</p>
      <p>«لن نوقع على أي وثيقة قبل أن يطلع عليها البرلمان ويناقشها علنا»، قال سالم ردا على سؤال أحد الصحفيين.</p>
      <p>وتابع: «نحن لا نطلب أكثر من حقنا في مياه النهر، ولن نقبل بأقل منه تحت أي ظرف».</p>
      <p>وقال الناطق باسم الوزارة إن «الأولوية الآن لمياه الشرب، ثم لري المحاصيل الأساسية في المناطق الأكثر تضررا».</p>
      <p>وكان التلفزيون الرسمي قد خصص حلقة من برنامج «صباح الخير» لأزمة المياه، فيما تداول ناشطون على مواقع التواصل ما يسمى «خريطة العطش» التي تظهر القرى المتضررة، ووصف معارضون خطة الحكومة بأنها «مسكنات». وفي ساحة البلدية، رفع عشرات المزارعين لافتة ضخمة جاء فيها «الماء حياة، فلا تبيعوا حقوقنا في النهر».</p>
    </article>
    <aside class="most-read">
      <h2>الأكثر قراءة</h2>
      <ul>
        <li><a href="/1">ارتفاع أسعار الذهب في السوق المحلية للأسبوع الثالث على التوالي</a></li>
        <li><a href="/2">المنتخب الوطني يتأهل إلى نهائي البطولة العربية بعد فوز مثير</a></li>
      </ul>
    </aside>
    <section class="comments">
      <h3>التعليقات (2)</h3>
      <div class="comment">
        <span class="comment-author author">أبو خالد</span>
        <p>كلام جميل، لكن الوزير قال «سنعود إلى الحوار» قبل عامين ولم يتغير شيء على الأرض.</p>
      </div>
      <div class="comment">
        <span class="comment-author author">سمية</span>
        <p>الله يعين المزارعين في الجنوب.</p>
      </div>
    </section>
  </main>
  <footer><p>© 2025 صحيفة الأفق. جميع الحقوق محفوظة.</p><a href="/privacy">سياسة الخصوصية</a> <a href="/contact">اتصل بنا</a></footer>
</body>
</html>`;

// No lang attribute and no byline: the text must say Arabic. Straight quotes "…" mostly, one «…».
const TRAFFIC = `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>بلدية المدينة تطلق خطة بمئتي مليون دينار لمكافحة الازدحام المروري - موقع الخبر</title>
</head>
<body>
  <header><a href="/">موقع الخبر</a><nav><a href="/news">أخبار</a> <a href="/cities">مدن</a> <a href="/cars">سيارات</a> <a href="/video">فيديو</a></nav></header>
  <main>
    <article>
      <h1>بلدية المدينة تطلق خطة بمئتي مليون دينار لمكافحة الازدحام المروري</h1>
      <p>أطلقت بلدية المدينة، أمس الأحد، خطة شاملة لمكافحة الازدحام المروري في وسط المدينة، تتضمن إنشاء ثلاثة خطوط جديدة للحافلات وتوسيع شبكة الطرق الدائرية بتكلفة تقارب مئتي مليون دينار.</p>
      <p>وقالت رئيسة البلدية هدى العلي خلال حفل الإطلاق: "هذه الخطة ليست حلا سحريا، لكنها ستختصر زمن الوصول إلى العمل بنحو نصف ساعة يوميا لكل موظف".</p>
      <p>وأشارت العلي إلى أن "العمل في الخط الأول سيبدأ مطلع الشهر المقبل، على أن ينتهي قبل صيف العام المقبل".</p>
      <p>من جهته، قال مدير إدارة المرور سامي الحسن إن "عدد السيارات في المدينة تضاعف خلال عشر سنوات، بينما بقيت الطرق على حالها تقريبا".</p>
      <p>"نعرف أن الأشهر المقبلة ستكون صعبة على السكان بسبب أعمال الحفر"، قالت رئيسة البلدية، "لكننا سنعمل ليلا قدر الإمكان حتى لا نعطل حركة السير".</p>
      <p>وحسب الخبير في التخطيط العمراني نبيل يوسف، فإن "المشكلة الحقيقية ليست في عدد الطرق، بل في غياب نقل عام يثق به الناس".</p>
      <p>وأكد المدير أن «الشرطة ستنشر مئة عنصر إضافي في التقاطعات الرئيسية خلال ساعات الذروة طوال فترة الأشغال».</p>
      <p>وردا على سؤال حول مصير المحال التجارية في الشوارع التي ستغلق، أوضحت العلي أن البلدية ستقدم تعويضات للمتضررين. وتابعت: "لن يخسر أي تاجر مصدر رزقه بسبب هذا المشروع".</p>
      <p>وكانت البلدية قد أطلقت العام الماضي حملة بعنوان "مدينتي أجمل" لم تحقق النتائج المرجوة، فيما يصف تجار السوق القديم الخطة الجديدة بأنها "مغامرة".</p>
    </article>
    <aside class="related">
      <h2>أخبار ذات صلة</h2>
      <ul>
        <li><a href="/r1">افتتاح جسر المشاة الجديد فوق الطريق السريع الشهر المقبل</a></li>
        <li><a href="/r2">ارتفاع عدد الحوادث المرورية في الربع الأول من العام</a></li>
      </ul>
    </aside>
    <section id="comments">
      <h3>أضف تعليقك</h3>
      <div class="comment">
        <span class="author">محمد العمر</span>
        <p>نسمع عن هذه الخطط كل سنة ولا نرى شيئا على أرض الواقع.</p>
      </div>
    </section>
  </main>
  <footer>جميع الحقوق محفوظة © موقع الخبر 2025 — شروط الاستخدام</footer>
</body>
</html>`;

/** Attribution rules on the water page, each with the quotes that show it. */
const WATER_ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it (وقال وزير الخارجية أحمد سالم: «…»)': [['بلادنا لن تقبل بأي اتفاق', 'أحمد سالم']],
  'continues the person spoken of after a subjectless verb (وأضاف أن «…»)': [['الخيار العسكري ليس مطروحا', 'أحمد سالم']],
  'attributes a quote to a surname before it (وقال عمران: «…»)': [['المزارعون في الجنوب هم أول', 'خالد عمران']],
  'resolves الوزير to the minister, not to the spokesman quoted just before (وأشار الوزير إلى أن «…»)': [['الوساطة الإقليمية ما زالت ممكنة', 'أحمد سالم']],
  'attributes a quote to a surname after it («…»، قال سالم)': [['لن نوقع على أي وثيقة', 'أحمد سالم']],
  'continues the previous speaker after وتابع: «…»': [['نحن لا نطلب أكثر من حقنا', 'أحمد سالم']],
  'resolves الناطق باسم الوزارة to the spokesman, not to the minister who spoke last': [['الأولوية الآن لمياه الشرب', 'خالد عمران']],
  'leaves a banner slogan with no speaker in reach unattributed': [['الماء حياة', null]],
};

/** Attribution rules on the traffic page, each with the quotes that show it. */
const TRAFFIC_ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it, with a phrase before the colon (وقالت رئيسة البلدية هدى العلي خلال …: "…")': [
    ['هذه الخطة ليست حلا سحريا', 'هدى العلي'],
  ],
  'attributes a quote after وأشارت العلي إلى أن': [['العمل في الخط الأول سيبدأ', 'هدى العلي']],
  'attributes a quote after قال مدير إدارة المرور سامي الحسن إن': [['عدد السيارات في المدينة تضاعف', 'سامي الحسن']],
  'gives both halves of a quote split by قالت رئيسة البلدية to the mayor, not to the man who spoke before': [
    ['نعرف أن الأشهر المقبلة ستكون صعبة', 'هدى العلي'],
    ['لكننا سنعمل ليلا قدر الإمكان', 'هدى العلي'],
  ],
  'attributes a quote after a source phrase (وحسب الخبير … نبيل يوسف، فإن "…")': [['المشكلة الحقيقية ليست في عدد الطرق', 'نبيل يوسف']],
  'resolves المدير to the traffic director, not to the mayor (وأكد المدير أن «…»)': [['الشرطة ستنشر مئة عنصر إضافي', 'سامي الحسن']],
  'continues the woman the paragraph is about after وتابعت: "…"': [['لن يخسر أي تاجر مصدر رزقه', 'هدى العلي']],
};

describe('Arabic: foreign minister on the river talks (page wrongly marked lang="en")', () => {
  const a = analyze(WATER);

  it('is an article in Arabic, right to left, whatever the markup says, titled without the site name', () => {
    expectArticle(a, { lang: 'ar', dir: 'rtl', title: 'وزير الخارجية يدعو إلى استئناف مفاوضات مياه النهر قبل نهاية العام' });
  });

  it('reads the byline after بقلم and never the comment author', () => {
    expect(a.byline).toBe('ليلى حداد');
  });

  it('keeps the article body and leaves out navigation, most read, comments and footer', () => {
    expectContainsAll(a.text, ['دعت الحكومة، اليوم الثلاثاء', 'رفع عشرات المزارعين لافتة ضخمة']);
    const furniture = [
      'الأكثر قراءة', 'أسعار الذهب', 'المنتخب الوطني', 'التعليقات', 'أبو خالد', 'سنعود إلى الحوار', 'الله يعين',
      'جميع الحقوق محفوظة', 'سياسة الخصوصية', 'عربي ودولي',
    ];
    expectContainsNone(a.text, furniture);
    expectContainsNone(a.summary.join(' '), furniture);
  });

  it('returns quotations without their marks', () => {
    expect(quoteWith(a, 'بلادنا لن تقبل').text).toBe(
      'بلادنا لن تقبل بأي اتفاق لا يضمن حصتها العادلة من مياه النهر، لكننا مستعدون للعودة إلى طاولة الحوار غدا',
    );
    for (const q of a.quotes) expect(q.text).not.toMatch(/^[\s«»"“”]|[\s«»"“”]$/u);
  });

  itAttributes(a, WATER_ATTRIBUTIONS);

  it('leaves out a programme title, a so-called phrase and a one-word scare quote', () => {
    expectNoQuoteContaining(a, ['صباح الخير', 'خريطة العطش', 'مسكنات', 'سنعود إلى الحوار']);
    expect(a.quotes).toHaveLength(8);
  });

  it('lists each person once, with surname and role as aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'سالم', name: 'أحمد سالم', quotes: 5, aliases: ['سالم', 'الوزير', /وزير الخارجية/] },
      { find: 'عمران', name: 'خالد عمران', quotes: 2, aliases: ['عمران', 'الناطق باسم الوزارة', /الناطق باسم وزارة الري/] },
    ]);
    expectConsistent(a);
  });
});

describe('Arabic: city traffic plan (no lang attribute, no byline)', () => {
  const a = analyze(TRAFFIC);

  it('is an article in Arabic, right to left, titled without the " - Site" suffix', () => {
    expectArticle(a, { lang: 'ar', dir: 'rtl', title: 'بلدية المدينة تطلق خطة بمئتي مليون دينار لمكافحة الازدحام المروري' });
  });

  it('has no byline, and never takes the comment author for one', () => {
    expect(a.byline).toBeNull();
  });

  it('keeps the article body and leaves out navigation, related news, comments and footer', () => {
    expectContainsAll(a.text, ['أطلقت بلدية المدينة، أمس الأحد', 'حملة بعنوان']);
    const furniture = ['أخبار ذات صلة', 'جسر المشاة', 'الحوادث المرورية', 'أضف تعليقك', 'محمد العمر', 'على أرض الواقع', 'جميع الحقوق محفوظة', 'شروط الاستخدام', 'فيديو'];
    expectContainsNone(a.text, furniture);
    expectContainsNone(a.summary.join(' '), furniture);
  });

  it('returns the halves of a split quote without their marks', () => {
    expect(quoteWith(a, 'نعرف أن الأشهر المقبلة').text).toBe('نعرف أن الأشهر المقبلة ستكون صعبة على السكان بسبب أعمال الحفر');
    expect(quoteWith(a, 'لكننا سنعمل ليلا').text).toBe('لكننا سنعمل ليلا قدر الإمكان حتى لا نعطل حركة السير');
  });

  itAttributes(a, TRAFFIC_ATTRIBUTIONS);

  it('leaves out a campaign title and a one-word scare quote', () => {
    expectNoQuoteContaining(a, ['مدينتي أجمل', 'مغامرة']);
    expect(a.quotes).toHaveLength(8);
  });

  it('lists each person once, with surname and role as aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'هدى', name: 'هدى العلي', quotes: 5, aliases: ['العلي', /رئيسة البلدية/] },
      { find: 'سامي', name: 'سامي الحسن', quotes: 2, aliases: ['المدير', /مدير إدارة المرور/] },
      { find: 'نبيل', name: 'نبيل يوسف', quotes: 1, aliases: [/الخبير/] },
    ]);
    expectConsistent(a);
  });
});

