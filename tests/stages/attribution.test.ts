import { describe, expect, it } from 'vitest';
import { analyze, expectAttributions, type Attributions } from '../helpers';
import type { Analysis } from '../../lib/types';

/** Running text of each language the tests use, so that a page of a few quoted sentences reads as an article. */
const FILLER: Record<string, string[]> = {
  en: [
    'The council met on Tuesday evening to debate the new budget, which has been delayed for months by a dispute over the cost of repairs to the old bridge.',
    'Residents filled the public gallery, and several of them held up signs about the price of bus fares and the state of the roads in the north of the town.',
    'A final vote on the budget is expected before the end of the month, after a second round of talks between the parties on the council.',
  ],
  de: [
    'Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten, der sich wegen eines Streits über die Kosten der Brückensanierung seit Monaten verzögert.',
    'Viele Bürgerinnen und Bürger verfolgten die Sitzung auf der Tribüne, einige hielten Schilder über die Fahrpreise und den Zustand der Straßen hoch.',
    'Eine endgültige Abstimmung über den Haushalt wird noch vor Ende des Monats erwartet, nach einer zweiten Gesprächsrunde zwischen den Fraktionen.',
  ],
  fr: [
    'Le conseil municipal s’est réuni mardi soir pour débattre du nouveau budget, retardé depuis des mois par un désaccord sur le coût de la rénovation du vieux pont.',
    'De nombreux habitants ont assisté à la séance, et plusieurs d’entre eux brandissaient des pancartes sur le prix des transports et l’état des routes.',
    'Le vote définitif sur le budget est attendu avant la fin du mois, après une deuxième série de discussions entre les groupes du conseil.',
  ],
  es: [
    'El pleno del ayuntamiento se reunió el martes por la tarde para debatir el nuevo presupuesto, retrasado durante meses por una disputa sobre el coste de reparar el puente viejo.',
    'Numerosos vecinos siguieron la sesión desde la tribuna, y varios de ellos mostraron carteles sobre el precio del autobús y el estado de las calles del norte.',
    'Se espera una votación definitiva sobre el presupuesto antes de que termine el mes, tras una segunda ronda de conversaciones entre los grupos municipales.',
  ],
};

/** A news page in `lang`: a headline, the paragraphs under test, then running text. */
function page(lang: string, paragraphs: readonly string[]): Analysis {
  const body = [...paragraphs, ...FILLER[lang]].map((p) => `<p>${p}</p>`).join('\n');
  return analyze(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${FILLER[lang][0].slice(0, 60)}</title></head>
    <body><article><h1>${FILLER[lang][0].slice(0, 60)}</h1>${body}</article></body></html>`);
}

function expectOnPage(lang: string, paragraphs: readonly string[], attributions: Attributions): void {
  expectAttributions(page(lang, paragraphs), attributions);
}

describe('quotations too short to tell from scare quotes by themselves', () => {
  it('count when the clause after them is a verb of saying', () => {
    expectOnPage('en', ['"It\'s over," Ryan Parker said after the vote.', 'The mayor called the plan "fake news" on Monday.'], [["It's over,", 'Ryan Parker']]);
    expectOnPage('de', ['„Nie wieder“, sagte Anna Becker nach der Abstimmung.'], [['Nie wieder', 'Anna Becker']]);
    expectOnPage('fr', ['« Jamais », a répondu Claire Martin à la sortie du conseil.'], [['Jamais', 'Claire Martin']]);
  });

  it('do not count as scare quotes without one', () => {
    const a = page('en', ['The mayor called the plan "fake news" on Monday, and the opposition called it "reckless".']);
    expect(a.quotes).toEqual([]);
  });
});

describe('names around the verb of saying', () => {
  it('reads through an abbreviation point before a comma or a closing parenthesis', () => {
    expectOnPage('en', [
      '"We will not let this bill pass," Sen. Laura Bishop (D-Ore.) said on Friday.',
      '"The votes are there to override the veto," Senate Majority Leader Tom Hendricks, R-Tenn., said Tuesday.',
    ], [
      ['We will not let this bill pass', 'Laura Bishop'],
      ['The votes are there to override', 'Tom Hendricks'],
    ]);
  });

  it('never takes a possessive name for the speaker, and reads one before a role as its article', () => {
    expectOnPage('en', [
      'Governor Alan Price said Harper\'s new budget was "a betrayal of every family in this state."',
      'Harper\'s chief of staff said the governor had "not read a single page of the plan."',
    ], [
      ['a betrayal of every family', 'Alan Price'],
      ['not read a single page', "Harper's chief of staff"],
    ]);
  });

  it('reads several honorifics before a name', () => {
    expectOnPage('en', ['"Our troops deserve better than this," said Retired Lt. Gen. Mark Ellison.'], [['Our troops deserve better', 'Mark Ellison']]);
  });

  it('keeps the modifiers between the article and the role noun in the descriptor', () => {
    const a = page('en', ['"We need change," the Ohio businessman said at the rally.']);
    expect(a.quotes[0].speaker).toBe('Ohio businessman');
  });
});
