/** The lines that close an article without being part of it are left out of its text, in the article's language. */
import { describe, expect, it } from 'vitest';
import { withoutClosingLines, withoutPageLines } from '../../lib/article/closing-lines';
import type { LanguageTable } from '../../lib/languages';
import { arabic } from '../../lib/languages/ar';
import { english } from '../../lib/languages/en';
import { german } from '../../lib/languages/de';
import { french } from '../../lib/languages/fr';
import { spanish } from '../../lib/languages/es';
import { hebrew } from '../../lib/languages/he';
import { analyze } from '../helpers';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const textsOf = (kept: readonly { text: string }[]) => kept.map((p) => p.text);
/** The paragraphs without the lines a language's table marks as the page's, wherever they stand. */
const withoutLinesOf = <T extends { text: string; inBlockquote?: boolean }>(paragraphs: readonly T[], table: LanguageTable) =>
  withoutPageLines(paragraphs, { creditLabels: table.creditLabels ?? [], interfaceLines: table.interfaceLines ?? [] });

describe('withoutClosingLines', () => {
  const body = lines(
    'The city council voted on Tuesday to ban cars from the historic centre from next spring.',
    'Additional reporting by the Evening Post found that most shop owners feared the ban would drive customers away.',
    'Cycling groups welcomed the decision and said the centre would become safer and quieter.',
  );

  it('drops credits, invitations and contact lines at the end, in the table’s language', () => {
    const closing = lines(
      'Additional reporting by Jane Doe; editing by John Roe',
      'Sign up for our morning newsletter.',
      'Email the author at jdoe@example.com or follow her @janedoe.',
    );
    expect(textsOf(withoutClosingLines([...body, ...closing], english.closingCues!))).toEqual(textsOf(body));
    const arabicBody = lines('افتتح رئيس الوزراء يوم السبت أكبر محطة لتحلية مياه البحر في مدينة العلمين الجديدة.');
    expect(textsOf(withoutClosingLines([...arabicBody, ...lines('تابعونا على فيسبوك وتويتر'), ...lines('جميع الحقوق محفوظة © 2024')], arabic.closingCues!))).toEqual(
      textsOf(arabicBody),
    );
    const frenchBody = lines('Le conseil municipal a voté mardi l’interdiction des voitures dans le centre historique.');
    expect(textsOf(withoutClosingLines([...frenchBody, ...lines('Lire aussi : la ville piétonne, un pari gagnant ?')], french.closingCues!))).toEqual(textsOf(frenchBody));
  });

  it('keeps a phrase in the middle of the text, a long last paragraph, and the first paragraph', () => {
    expect(withoutClosingLines(body, english.closingCues!)).toBe(body);
    const long = lines(`Readers who sign up for the scheme ${'will pay less for buses and trains, the council said, '.repeat(6)}`);
    expect(withoutClosingLines([...body, ...long], english.closingCues!)).toHaveLength(4);
    expect(textsOf(withoutClosingLines(lines('Sign up for our newsletter.'), english.closingCues!))).toEqual(['Sign up for our newsletter.']);
  });

  it('drops a handle in brackets and an invitation to get the news by e-mail', () => {
    const closing = lines('Follow the Opinion section on Facebook and Twitter (@OpinionDesk).', 'Get the top headlines delivered to your inbox every morning.');
    expect(textsOf(withoutClosingLines([...body, ...closing], english.closingCues!))).toEqual(textsOf(body));
    const arabicBody = lines('افتتح رئيس الوزراء يوم السبت أكبر محطة لتحلية مياه البحر في مدينة العلمين الجديدة.');
    expect(textsOf(withoutClosingLines([...arabicBody, ...lines('لمتابعة آخر الأخبار (@akhbar_news)')], arabic.closingCues!))).toEqual(textsOf(arabicBody));
  });

  it('keeps the signature of a quotation set apart at the end (an embedded post)', () => {
    const post = [{ text: 'We will keep the centre open to buses.', inBlockquote: true }, { text: '— Jane Doe (@janedoe) 19 November 2019', inBlockquote: true }];
    expect(withoutClosingLines([...body, ...post], english.closingCues!)).toHaveLength(5);
  });

  it('leaves a list of links at the end alone', () => {
    const list = lines('1) A board game for children https://example.com/a', '2) A puzzle https://example.com/b');
    expect(withoutClosingLines([...body, ...list], english.closingCues!)).toHaveLength(5);
  });
});

describe('an analysed article', () => {
  it('has no closing credit in its text', () => {
    const paragraphs = [
      'The city council voted on Tuesday to ban cars from the historic centre of Bristol from next spring, ending a two-year dispute.',
      'Under the plan, only buses, taxis, delivery vans and residents will be allowed to drive through the old town by day.',
      'Cycling groups welcomed the decision and said the centre would become safer and quieter for everyone who lives there.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>Bristol bans cars</title></head><body><article>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>Keith Bradsher contributed reporting from Hong Kong.</p></article></body></html>`;
    expect(analyze(html).text).toBe(paragraphs.join('\n\n'));
  });
});

describe('withoutPageLines: pictures’ credits', () => {
  it('drops a picture’s short credit line wherever it stands, by the language’s labels or an agency’s name', () => {
    const story = lines(
      'Der Stadtrat hat am Dienstag beschlossen, die Altstadt ab dem Frühjahr für Autos zu sperren.',
      'Foto: Anna Becker',
      'Die Händler fürchten, dass ihre Kunden ausbleiben, die Radfahrer freuen sich auf ruhigere Straßen.',
      'Thomas Brandt/Getty Images',
      'Im Herbst soll der Rat die Sperrung noch einmal prüfen.',
    );
    expect(textsOf(withoutLinesOf(story, german))).toEqual([story[0].text, story[2].text, story[4].text]);
    const frenchStory = lines('Le conseil municipal a voté mardi l’interdiction des voitures.', 'Crédit photo : Claire Martin / AFP', 'Les commerçants craignent une baisse de fréquentation.');
    expect(textsOf(withoutLinesOf(frenchStory, french))).toEqual([frenchStory[0].text, frenchStory[2].text]);
  });

  it('keeps sentences that name an agency or open with a label’s word, long lines, and quotations set apart', () => {
    const story = lines(
      'The city council voted on Tuesday to ban cars from the historic centre from next spring.',
      'Reuters / Ipsos polling found most residents in favour.',
      'Photographers at AFP covered the vote, which passed by a wide margin after a long debate in the council chamber.',
    );
    expect(withoutLinesOf(story, english)).toBe(story);
    const quoted = [{ text: 'Photo: a reader’s caption', inBlockquote: true }];
    expect(withoutLinesOf(quoted, english)).toBe(quoted);
  });
});

describe('withoutPageLines: the site’s interface', () => {
  it('drops a line that is one of the site’s buttons or prompts, whole, wherever it stands', () => {
    const story = lines(
      'Der Stadtrat hat am Dienstag beschlossen, die Altstadt ab dem Frühjahr für Autos zu sperren.',
      'Weiterlesen ›',
      'Die Händler fürchten, dass ihre Kunden ausbleiben, die Radfahrer freuen sich auf ruhigere Straßen.',
      'War der Artikel nützlich?',
      'Rezept drucken',
    );
    expect(textsOf(withoutLinesOf(story, german))).toEqual([story[0].text, story[2].text]);
    const english_ = lines('The council voted on Tuesday to close the old bridge to lorries.', 'CONTINUE READING BELOW', 'Shop owners on the east bank welcomed the vote.');
    expect(textsOf(withoutLinesOf(english_, english))).toEqual([english_[0].text, english_[2].text]);
    const spanishStory = lines('El pleno aprobó el martes cerrar el puente a los camiones.', '¿Te gustó este artículo?', 'Los comerciantes celebraron la decisión.');
    expect(textsOf(withoutLinesOf(spanishStory, spanish))).toEqual([spanishStory[0].text, spanishStory[2].text]);
    const hebrewStory = lines('מועצת העיר החליטה ביום שלישי לסגור את הגשר למשאיות.', 'קראו גם:', 'בעלי החנויות בירכו על ההחלטה.');
    expect(textsOf(withoutLinesOf(hebrewStory, hebrew))).toEqual([hebrewStory[0].text, hebrewStory[2].text]);
  });

  it('keeps sentences that hold a button’s words, a quotation set apart, and a line of another language’s interface', () => {
    const story = lines(
      'The council voted on Tuesday to close the old bridge to lorries.',
      'Read more about the vote in the minutes, which the council will print and share with every household.',
      'Share.',
    );
    const quoted = [...story.slice(0, 2), { text: 'Share', inBlockquote: true }];
    expect(textsOf(withoutLinesOf(story, english))).toEqual(textsOf(story.slice(0, 2)));
    expect(withoutLinesOf(quoted, english)).toBe(quoted);
    expect(withoutLinesOf(lines('Le conseil a voté mardi.', 'Weiterlesen'), french)).toHaveLength(2);
  });
});
