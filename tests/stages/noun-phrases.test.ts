import { describe, expect, it } from 'vitest';
import type { LanguageTable } from '../../lib/languages';
import { arabic } from '../../lib/languages/ar';
import { chinese } from '../../lib/languages/zh';
import { english } from '../../lib/languages/en';
import { french } from '../../lib/languages/fr';
import { german } from '../../lib/languages/de';
import { hebrew } from '../../lib/languages/he';
import { persian } from '../../lib/languages/fa';
import { russian } from '../../lib/languages/ru';
import { spanish } from '../../lib/languages/es';
import { phraseRoles, wordEvidence } from '../../lib/text/noun-phrases';
import { SegmentedText } from '../../lib/text/tokens';

/** Every noun phrase of one to six words the roles allow in `text` (as the outline's labels are taken). */
function phrases(text: string, table: LanguageTable): string[] {
  const { tokens } = new SegmentedText(text, table.code);
  const roles = phraseRoles(text, tokens, table, wordEvidence(tokens, table));
  const out: string[] = [];
  roles.forEach((first, i) => {
    if (first.startAt < 0) return;
    for (let j = i, words = 0; j < tokens.length && words < 6; j++) {
      if (roles[j].role === 'break' || (j > i && !roles[j].continues)) break;
      if (roles[j].role === 'joiner') continue;
      words++;
      if (roles[j].role === 'word' && roles[j].canEnd) out.push(text.slice(first.startAt, tokens[j].end));
    }
  });
  return out;
}

describe('phraseRoles', () => {
  it('English: a phrase begins after an article and stops at an auxiliary', () => {
    const found = phrases('The Iran nuclear deal will be passed by the Senate.', english);
    expect(found).toContain('Iran nuclear deal');
    expect(found.some((p) => /will|passed/.test(p))).toBe(false);
  });

  it('English: a participle that the text never writes after an article ends no phrase', () => {
    const found = phrases('That could be an issue forced onto the agenda of the talks.', english);
    expect(found).not.toContain('issue forced');
    expect(found).toContain('agenda of the talks');
    expect(found.some((p) => p.startsWith('That') || p.endsWith('onto'))).toBe(false);
  });

  it('English: a word the text writes after an article is a noun, ending or not in -ing', () => {
    const found = phrases('The hearing lasted an hour. Senators asked about the Senate hearing of the nominee.', english);
    expect(found).toContain('Senate hearing of the nominee');
  });

  it('English: an article inside a phrase follows a preposition, not a word', () => {
    const found = phrases('In case a target is missing, check the price of a monitor.', english);
    expect(found).toContain('price of a monitor');
    expect(found.some((p) => p.includes('case a'))).toBe(false);
  });

  it('Arabic: a phrase begins after a joined preposition when the word after it is definite', () => {
    const found = phrases('وأشاد بوتين بالتعاون الاقتصادي المتنامي بين بلاده والصين.', arabic);
    expect(found).toContain('التعاون الاقتصادي المتنامي');
    expect(found.some((p) => p.startsWith('بالتعاون') || p.startsWith('وأشاد'))).toBe(false);
  });

  it('Arabic: an adverb after a joined preposition ends no phrase', () => {
    const found = phrases('وقد ضغط القادة الأوروبيون على الصين لسنوات لإنهاء دعمها.', arabic);
    expect(found.some((p) => p.endsWith('لسنوات'))).toBe(false);
  });

  it('Arabic: an indefinite word after a definite one is a predicate, and a construct head ends no phrase', () => {
    const found = phrases('وأشار الرئيس إلى أن شراكتنا في مجال الطاقة مفيدة للطرفين.', arabic);
    expect(found).toContain('مجال الطاقة');
    expect(found.some((p) => p.includes('مفيدة'))).toBe(false);
    expect(found).not.toContain('مجال');
  });

  it('Arabic: a definite word after its subject is the verb’s object, not its adjective', () => {
    const found = phrases('وأعلنت النقابة الإضراب بعد انهيار المفاوضات حول الأجور.', arabic);
    expect(found).not.toContain('النقابة الإضراب');
    expect(found).toContain('الأجور');
  });

  it('Hebrew: a construct head ends no phrase', () => {
    const found = phrases('השיחות עם ראש הממשלה נמשכו שעתיים.', hebrew);
    expect(found).toContain('ראש הממשלה');
    expect(found).not.toContain('ראש');
  });

  it('German: a phrase ends with a noun, and a small word right after a noun is a verb', () => {
    const found = phrases('Das neue Gesetz kostet viel Geld.', german);
    expect(found).toContain('neue Gesetz');
    expect(found.some((p) => p.includes('kostet'))).toBe(false);
  });

  it('French: prepositions and articles stand inside a phrase, an infinitive does not', () => {
    const found = phrases('Le gouvernement présente le projet de loi sur les retraites pour reprendre le dialogue.', french);
    expect(found).toContain('projet de loi sur les retraites');
    expect(found.some((p) => p.includes('reprendre'))).toBe(false);
  });

  it('French: a verb in the future or a modal ends no phrase, a noun in -ra written after an article does', () => {
    const found = phrases('La commission pourra ensuite saisir le tribunal. Le service doit filmer la caméra de la mairie.', french);
    expect(found).toContain('commission');
    expect(found).toContain('caméra de la mairie');
    expect(found.some((p) => /pourra|doit/.test(p))).toBe(false);
  });

  it('Spanish: an infinitive is no part of a phrase', () => {
    const found = phrases('El Gobierno descartó nuevas leyes para obligar a los estibadores.', spanish);
    expect(found).toContain('estibadores');
    expect(found.some((p) => p.includes('obligar'))).toBe(false);
  });

  it('Russian: a phrase begins after a preposition, and holds one only inside', () => {
    const found = phrases('Начались переговоры о помощи для портовых рабочих.', russian);
    expect(found).toContain('портовых рабочих');
    expect(found).toContain('помощи для портовых рабочих');
    expect(found.some((p) => p.startsWith('для') || p.endsWith('для'))).toBe(false);
  });

  it('Persian: a verb is no part of a phrase, a preposition may be inside one', () => {
    const found = phrases('قیمت سوخت در هلند بالا رفت و دولت برای وادار کردن کارگران تلاش کرد.', persian);
    expect(found).toContain('قیمت سوخت در هلند');
    expect(found.some((p) => /رفت|کردن|کرد$/.test(p))).toBe(false);
  });

  it('Chinese: 的 stands inside a phrase, never at its edge', () => {
    const found = phrases('欧洲最大的港口陷入停顿。', chinese);
    expect(found.some((p) => p.includes('的'))).toBe(true);
    expect(found.some((p) => p.startsWith('的') || p.endsWith('的'))).toBe(false);
  });

  it('no phrase runs across a line break', () => {
    const found = phrases('The strike began in Kenya\n\nDespite the talks, the port stayed shut.', english);
    expect(found.some((p) => p.includes('\n'))).toBe(false);
  });
});
