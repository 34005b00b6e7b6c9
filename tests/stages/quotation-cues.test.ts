import { describe, expect, it } from 'vitest';
import { analysisTable } from '../../lib/languages';
import { lexiconFor } from '../../lib/quotes/lexicon';
import { tokenize } from '../../lib/text/tokens';
import { expectNoQuoteContaining } from '../helpers';
import { expectOnPage, page } from '../pages';

/** A naming cue of the language ends the words `text`, as the quotation stage reads the words before a span. */
function namingCueEnds(lang: string, text: string): boolean {
  const tokens = tokenize(text, lang);
  return lexiconFor(analysisTable(lang)).namingCueEndsAt(tokens, tokens.length, text);
}

describe('a naming cue ending a compound word', () => {
  it('names what follows where the language writes compounds as one word', () => {
    expect(namingCueEnds('de', 'in der neuen Krimiserie')).toBe(true);
    expect(namingCueEnds('de', 'mit dem Friedenspreis')).toBe(true);
    expect(namingCueEnds('de', 'in seinem Abschlussbericht')).toBe(true);
  });

  it('does not when the cue is short enough to end a common word, or the word is the cue with a letter or two', () => {
    expect(namingCueEnds('de', 'in seiner Antwort')).toBe(false);
    expect(namingCueEnds('de', 'das Gründungsmitglied')).toBe(false);
    expect(namingCueEnds('de', 'in einer ersten Reaktion')).toBe(false);
  });

  it('does not where the language writes compounds apart: the cue must be a word of its own', () => {
    expect(namingCueEnds('en', 'during the military operation')).toBe(true);
    expect(namingCueEnds('en', 'testing network interoperation')).toBe(false);
  });

  it('leaves out the title after one', () => {
    const a = page('de', ['Die Schauspielerin Hanna Berger spielt ab Herbst in der Familienserie „Wir halten immer zusammen“ eine Lehrerin.']);
    expectNoQuoteContaining(a, ['Wir halten immer zusammen']);
  });
});

describe('a category or a topic named in quotation marks', () => {
  it('is no quotation after "Bereich" or "Themen wie"', () => {
    const a = page('de', [
      'Im Bereich „politisch motivierte Sachbeschädigung“ stieg die Zahl der Fälle im vergangenen Jahr deutlich an.',
      'Auf der Tagung ging es um Themen wie „Die Geschichte der Straßenbahn in unserer Stadt“ und den Bau neuer Linien.',
    ]);
    expectNoQuoteContaining(a, ['politisch motivierte', 'Geschichte der Straßenbahn']);
  });
});

describe('German verbs that quote a noun phrase', () => {
  it('"sprach von", "riet zu" and "prangerte an" make the words after them a quotation of the speaker', () => {
    expectOnPage('de', [
      'Bürgermeister Jan Vogt sprach von einer „Gefahr für Leib und Leben“.',
      'Die Kinderärztin Lena Krüger riet den Eltern zu „Ruhe und Geduld“.',
      'Die Abgeordnete Sabine Keller prangerte an, dass die Verwaltung die „Kürzungen bei den Kitas“ verschweige.',
    ], [
      ['Gefahr für Leib und Leben', 'Jan Vogt'],
      ['Ruhe und Geduld', 'Lena Krüger'],
      ['Kürzungen bei den Kitas', 'Sabine Keller'],
    ]);
  });
});

describe('German words that introduce a quotation', () => {
  it('"mit den Worten" does, even in another language', () => {
    expectOnPage('de', ['Die Pilotin Sara Lind meldete sich nach der Landung mit den Worten: „Tower, Alpha Kilo Seven here. The Falcon is down.“ (Sinngemäß: Die Maschine ist gelandet.)'], [
      ['Tower, Alpha Kilo Seven here. The Falcon is down.', 'Sara Lind'],
    ]);
  });
});
