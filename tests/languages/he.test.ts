import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectAttributions, expectConsistent, expectContainsAll, expectContainsNone, expectSpeakers, itAttributes, quoteWith } from '../helpers';

// The page claims lang="en" (a template default): the text is Hebrew and must win.
const RAILWAY = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>ראש הממשלה מבטיח: הרכבת לקריית שמונה תיפתח עד סוף 2028 | חדשות הצפון</title>
</head>
<body>
  <header>
    <a href="/" class="logo">חדשות הצפון</a>
    <nav><a href="/news">חדשות</a> <a href="/politics">פוליטיקה</a> <a href="/sport">ספורט</a> <a href="/culture">תרבות</a></nav>
  </header>
  <main>
    <article>
      <h1>ראש הממשלה מבטיח: הרכבת לקריית שמונה תיפתח עד סוף 2028</h1>
      <p class="byline">מאת נועה ברק</p>
      <p>ראש הממשלה יוסי כהן אמר אתמול בטקס הנחת אבן הפינה לתחנה בקריית שמונה: "הרכבת תגיע לגליל העליון עד סוף 2028, ולא נאפשר עוד עיכובים".</p>
      <p>לפי נתוני משרד התחבורה, עלות הפרויקט מוערכת ב-12 מיליארד שקלים. בצה"ל ביקשו לשלב בתוואי גם חיבור לבסיסים בצפון, ומנכ"ל רכבת ישראל הציג את מה שכינה "המסלול המהיר" לאישור התוכניות בוועדות התכנון.</p>
      <p>שרת התחבורה מירב לוי הבהירה כי התקציב לשלב הראשון כבר אושר. "הכסף נמצא, התוכניות מוכנות, ועכשיו צריך רק לעבוד בלי הפסקה", אמרה השרה.</p>
      <p>היא הוסיפה: "אני מבקשת מתושבי הצפון סבלנות לשנתיים נוספות של עבודות, ומבטיחה שהתוצאה תהיה שווה את זה".</p>
      <p>"אנחנו לא מוותרים על הצפון", אמר כהן, "והצפון יקבל סוף סוף את התחבורה הציבורית שמגיעה לו כבר עשרות שנים".</p>
      <p>"זו הבטחה אישית שלי לכל תושב ותושבת בגליל ובעמק החולה", הדגיש ראש הממשלה בסיום דבריו.</p>
      <p>לדברי ד"ר עמית שגיא, מומחה לתכנון תחבורה מהטכניון, "לוחות הזמנים שהוצגו אופטימיים מאוד, אבל הם לא בלתי אפשריים אם הממשלה תעמוד בהתחייבויות".</p>
      <p>בינתיים בעיר עצמה הספקנות גדולה. על שלט ענק שנתלה בכניסה לקריית שמונה נכתב "הרכבת כבר כאן, רק עוד עשרים שנה", ותושבים רבים מצטלמים לידו.</p>
    </article>
    <aside>
      <h2>הכי נקראות</h2>
      <ul>
        <li><a href="/1">סערה בכנרת: גובה המים עלה בעשרה סנטימטרים בשבוע אחד</a></li>
        <li><a href="/2">הפועל קריית שמונה ניצחה בדרבי הצפוני מול מכבי חיפה</a></li>
      </ul>
    </aside>
  </main>
  <footer>כל הזכויות שמורות © 2025 חדשות הצפון. אין להעתיק תכנים ללא אישור בכתב.</footer>
</body>
</html>`;

// Gershayim (U+05F4) as quotation marks, and also inside acronyms (מנכ״ל): only the former are quotes.
const STARTUP = `<!doctype html>
<html lang="he" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>חברת הסייבר "מגן" תגייס 300 עובדים חדשים בבאר שבע | כלכלה היום</title>
</head>
<body>
  <header><a href="/">כלכלה היום</a><nav><a href="/market">שוק ההון</a> <a href="/tech">הייטק</a> <a href="/realestate">נדל"ן</a></nav></header>
  <article>
    <h1>חברת הסייבר "מגן" תגייס 300 עובדים חדשים בבאר שבע</h1>
    <p>מנכ״ל חברת הסייבר מגן, רון דהן, אמר הבוקר בכנס הייטק בבאר שבע: ״אנחנו מתכננים להכפיל את מספר העובדים שלנו בדרום בשנה הקרובה, ורובם יהיו בוגרי האוניברסיטה המקומית״.</p>
    <p>החברה, שהוקמה לפני שמונה שנים על ידי יוצאי יחידה 8200 בצה״ל, מעסיקה כיום כ-450 עובדים בישראל ובארה״ב. בשנה שעברה גייסה 120 מיליון דולר בסבב בהובלת קרן הון סיכון אמריקנית.</p>
    <p>״הנגב הוא לא פריפריה בשבילנו, הוא המרכז החדש של תעשיית הסייבר הישראלית״, הוסיף המנכ״ל.</p>
    <p>ראשת העיר באר שבע, אורית שמעוני, בירכה על ההחלטה. ״כל משרה כזאת משאירה בעיר משפחה צעירה שהייתה עוזבת למרכז״, אמרה.</p>
    <p>עם זאת, גורמים בענף מזהירים מפני מחסור במהנדסים מנוסים באזור, ומציינים כי חברות רבות בדרום נאלצות לגייס עובדים שגרים בגוש דן ומגיעים ברכבת.</p>
  </article>
  <aside><h2>עוד באתר</h2><ul><li><a href="/z">מדד המחירים לצרכן עלה ב-0.4% בחודש שעבר</a></li></ul></aside>
  <footer>© כלכלה היום 2025. כל הזכויות שמורות.</footer>
</body>
</html>`;

/** Attribution rules on the railway page, each with the quotes that show it. */
const RAILWAY_ATTRIBUTIONS: Record<string, Attributions> = {
  'continues the previous speaker after "היא הוסיפה"': [['אני מבקשת מתושבי הצפון סבלנות', 'מירב לוי']],
  'resolves the descriptor ראש הממשלה after the verb to the prime minister named earlier': [['זו הבטחה אישית שלי', 'יוסי כהן']],
  'leaves a quote with no speaker in reach unattributed': [['הרכבת כבר כאן', null]],
};

/** Attribution rules on the startup page, each with the quotes that show it. */
const STARTUP_ATTRIBUTIONS: Record<string, Attributions> = {
  'resolves the descriptor המנכ״ל after the verb (״…״, הוסיף המנכ״ל) to the CEO named earlier': [['הנגב הוא לא פריפריה', 'רון דהן']],
  'attributes a quote ended by a subjectless feminine verb (״…״, אמרה) to the mayor just named': [['כל משרה כזאת משאירה בעיר', 'אורית שמעוני']],
};

describe('Hebrew: railway to Kiryat Shmona (page wrongly marked lang="en")', () => {
  const a = analyze(RAILWAY);

  it('is an article in Hebrew, right to left, whatever the markup says, titled without the site name', () => {
    expectArticle(a, { lang: 'he', dir: 'rtl', title: 'ראש הממשלה מבטיח: הרכבת לקריית שמונה תיפתח עד סוף 2028' });
  });

  it('keeps the article body and leaves out navigation, most read and footer', () => {
    expectContainsAll(a.text, ['עלות הפרויקט מוערכת ב-12 מיליארד שקלים', 'בצה"ל ביקשו']);
    expectContainsNone(a.text, ['הכי נקראות', 'סערה בכנרת', 'כל הזכויות שמורות', 'פוליטיקה']);
  });

  it('attributes a quote introduced by the speaker (ראש הממשלה יוסי כהן אמר: "…")', () => {
    const q = quoteWith(a, 'הרכבת תגיע לגליל העליון');
    expect(q.text).toBe('הרכבת תגיע לגליל העליון עד סוף 2028, ולא נאפשר עוד עיכובים');
    expect(q.speaker).toBe('יוסי כהן');
  });

  it('attributes a quote followed by verb and descriptor ("…", אמרה השרה) to the minister just named', () => {
    const q = quoteWith(a, 'הכסף נמצא');
    expect(q.text).toBe('הכסף נמצא, התוכניות מוכנות, ועכשיו צריך רק לעבוד בלי הפסקה');
    expect(q.speaker).toBe('מירב לוי');
  });

  it('gives both halves of a split quote ("A", אמר כהן, "B") to the speaker', () => {
    expect(quoteWith(a, 'אנחנו לא מוותרים על הצפון').text).toBe('אנחנו לא מוותרים על הצפון');
    expectAttributions(a, [['אנחנו לא מוותרים על הצפון', 'יוסי כהן'], ['והצפון יקבל סוף סוף', 'יוסי כהן']]);
  });

  itAttributes(a, RAILWAY_ATTRIBUTIONS);

  it('attributes a quote after a source phrase with an honorific (לדברי ד"ר עמית שגיא, …, "…")', () => {
    const q = quoteWith(a, 'לוחות הזמנים שהוצגו אופטימיים');
    expect(q.speaker).toMatch(/עמית שגיא$/);
  });

  it('does not take acronyms (צה"ל, מנכ"ל, ד"ר) or scare quotes for quotations', () => {
    expect(a.quotes.some((q) => q.text.includes('המסלול המהיר'))).toBe(false);
    for (const q of a.quotes) {
      expect(q.text).not.toMatch(/^ל ביקשו|^ל רכבת|^ר עמית/);
      expect(q.text).not.toContain('ביקשו לשלב');
    }
  });

  it('lists each person once, with the right number of quotes', () => {
    const sagi = quoteWith(a, 'לוחות הזמנים שהוצגו אופטימיים').speaker!;
    expect(sagi).toMatch(/עמית שגיא$/);
    expectSpeakers(a, [
      { find: 'כהן', name: 'יוסי כהן', quotes: 4 },
      { find: 'לוי', name: 'מירב לוי', quotes: 2 },
      { find: 'שגיא', name: sagi, quotes: 1 },
    ]);
    expectConsistent(a);
  });
});

describe('Hebrew: cyber company hiring in Beersheba (gershayim quotes)', () => {
  const a = analyze(STARTUP);

  it('is an article in Hebrew, titled without the site name', () => {
    expectArticle(a, { lang: 'he', dir: 'rtl', title: 'חברת הסייבר "מגן" תגייס 300 עובדים חדשים בבאר שבע' });
    expectContainsNone(a.text, ['עוד באתר', 'מדד המחירים', 'כל הזכויות שמורות']);
  });

  it('reads ״…״ as quotation marks and ignores the gershayim of מנכ״ל, צה״ל and ארה״ב', () => {
    const q = quoteWith(a, 'אנחנו מתכננים להכפיל');
    expect(q.text).toBe('אנחנו מתכננים להכפיל את מספר העובדים שלנו בדרום בשנה הקרובה, ורובם יהיו בוגרי האוניברסיטה המקומית');
    expect(q.speaker).toBe('רון דהן');
    for (const quote of a.quotes) expect(quote.text).not.toContain('יוצאי יחידה 8200');
  });

  itAttributes(a, STARTUP_ATTRIBUTIONS);

  it('lists each person once, with the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'דהן', name: 'רון דהן', quotes: 2 },
      { find: 'שמעוני', name: 'אורית שמעוני', quotes: 1 },
    ]);
    expectConsistent(a);
  });
});
