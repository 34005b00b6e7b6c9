/** The lines that close an article without being part of it are left out of its text, in the article's language. */
import { describe, expect, it } from 'vitest';
import { withoutClosingLines, withoutCreditLines } from '../../lib/article/closing-lines';
import { arabic } from '../../lib/languages/ar';
import { english } from '../../lib/languages/en';
import { german } from '../../lib/languages/de';
import { french } from '../../lib/languages/fr';
import { analyze } from '../helpers';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const textsOf = (kept: readonly { text: string }[]) => kept.map((p) => p.text);

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

describe('withoutCreditLines', () => {
  it('drops a picture’s short credit line wherever it stands, by the language’s labels or an agency’s name', () => {
    const story = lines(
      'Der Stadtrat hat am Dienstag beschlossen, die Altstadt ab dem Frühjahr für Autos zu sperren.',
      'Foto: Anna Becker',
      'Die Händler fürchten, dass ihre Kunden ausbleiben, die Radfahrer freuen sich auf ruhigere Straßen.',
      'Thomas Brandt/Getty Images',
      'Im Herbst soll der Rat die Sperrung noch einmal prüfen.',
    );
    expect(textsOf(withoutCreditLines(story, german.creditLabels!))).toEqual([story[0].text, story[2].text, story[4].text]);
    const frenchStory = lines('Le conseil municipal a voté mardi l’interdiction des voitures.', 'Crédit photo : Claire Martin / AFP', 'Les commerçants craignent une baisse de fréquentation.');
    expect(textsOf(withoutCreditLines(frenchStory, french.creditLabels!))).toEqual([frenchStory[0].text, frenchStory[2].text]);
  });

  it('keeps sentences that name an agency or open with a label’s word, long lines, and quotations set apart', () => {
    const story = lines(
      'The city council voted on Tuesday to ban cars from the historic centre from next spring.',
      'Reuters / Ipsos polling found most residents in favour.',
      'Photographers at AFP covered the vote, which passed by a wide margin after a long debate in the council chamber.',
    );
    expect(withoutCreditLines(story, english.creditLabels!)).toBe(story);
    const quoted = [{ text: 'Photo: a reader’s caption', inBlockquote: true }];
    expect(withoutCreditLines(quoted, english.creditLabels!)).toBe(quoted);
  });
});
