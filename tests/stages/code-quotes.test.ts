/**
 * Code is no speech: quoted addresses, paths, keys and code in running text, and anything quoted inside <pre> or
 * <code>, are no quotations, in every script; the speech beside them still is.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../lib/quotes/code';
import { page } from '../pages';

describe('quoted code in running text', () => {
  it('takes addresses, paths, keys, assignments and placeholders for code', () => {
    for (const code of ['https://example.org/submit', 'www.example.org', '/storage/notes/', 'item_name', 'application/json',
      'charset=UTF-8', 'draft-notes-04', 'the store of <account> at <host>', '{"id": 3}', 'run() before', 'a && b']) {
      expect(looksLikeCode(code), code).toBe(true);
    }
  });

  it('takes words and sentences, also with hyphens, points and marks, for speech', () => {
    for (const speech of ['We will not give up.', 'well-known', 'U.S.', 'Kritik = Terror', 'The human is <<shouting>> now',
      'We will not close the bridge <img src=x> before the new one opens,',
      'لن نتراجع عن هذا القرار', 'Мы не отступим', 'Wir geben nicht auf, sagte sie.', '我们不会放弃']) {
      expect(looksLikeCode(speech), speech).toBe(false);
    }
  });
});

describe('quotations inside code', () => {
  const cases: Record<string, [speech: string, code: string]> = {
    en: ['"We will publish the whole dataset next week," said Maria Lopez, who leads the project.', '<pre>log.info("Publishing the dataset for the whole week now");</pre>'],
    de: ['„Wir veröffentlichen den ganzen Datensatz nächste Woche“, sagte Maria Lopez, die das Projekt leitet.', '<p>Der Aufruf lautet <code>log("Der Datensatz wird jetzt für die ganze Woche veröffentlicht")</code> im Skript.</p>'],
    fr: ['« Nous publierons toutes les données la semaine prochaine », a déclaré Maria Lopez, qui dirige le projet.', '<pre>print("Les données de toute la semaine sont publiées maintenant")</pre>'],
  };
  for (const [lang, [speech, code]] of Object.entries(cases)) {
    it(`${lang}: reads the speech and not the quoted string of the code`, () => {
      const a = page(lang, [speech, code]);
      expect(a.quotes.map((q) => q.speaker)).toEqual(['Maria Lopez']);
    });
  }
});
