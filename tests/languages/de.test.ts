import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectAttributions, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

const PAGE = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Radwege: Kabinett will Planung deutlich beschleunigen | Rheinische Rundschau</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Rheinische Rundschau</a>
    <nav><ul>
      <li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li><li><a href="/region">Region</a></li>
      <li><a href="/abo">Jetzt abonnieren</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Radwege: Kabinett will Planung deutlich beschleunigen</h1>
      <p class="byline">Von <a href="/autoren/julia-hartmann">Julia Hartmann</a> · <time datetime="2024-03-06">6. März 2024</time></p>
      <p>Die Bundesregierung will den Ausbau von Radwegen in Städten und Gemeinden deutlich beschleunigen. Das Kabinett billigte am Mittwoch einen Gesetzentwurf, der Planungsverfahren um bis zu zwei Jahre verkürzen soll.</p>
      <p>Die zuständige Ministerin Katrin Vogel (SPD) sagte am Mittwoch in Berlin: „Wer heute mit dem Rad zur Arbeit fährt, darf dabei nicht sein Leben riskieren.“</p>
      <p>„Die Kommunen warten seit Jahren auf genau dieses Signal aus Berlin“, sagte Thomas Brandt, der Präsident des Deutschen Städtetags, nach der Kabinettssitzung.</p>
      <p>Die Opposition spricht dagegen von einem „Bürokratiemonster“ und bezweifelt, dass die Länder mitziehen. Brandt lässt das nicht gelten. „Das Gesetz schafft Vorschriften ab, statt neue zu erfinden“, sagte er, „und das ist hierzulande fast schon eine Revolution.“</p>
      <aside class="related"><p>Mehr zum Thema: <a href="/fahrradstadt">Fahrradstadt Münster: Was andere Kommunen lernen können</a></p></aside>
      <p>Nach Berechnungen des Verbands fehlen bundesweit rund 40.000 Kilometer sichere Radwege entlang von Hauptstraßen. „Ohne zusätzliches Geld vom Bund wird das keine Stadt allein stemmen können“, fügte er hinzu.</p>
      <p>Sie versicherte dagegen: „Das Geld ist im Haushalt bereits eingeplant, keine Kommune muss auf ihre Projekte verzichten.“</p>
      <p>Auf die Frage nach den Gesamtkosten antwortete der Präsident des Städtetags: „Billiger als jede neue Umgehungsstraße ist es allemal.“ Die Ministerin sagte zum Abschluss: „Kopenhagen hat vor dreißig Jahren angefangen, wir fangen eben jetzt an.“</p>
      <p>Der Dokumentarfilm „Die Stadt gehört uns allen“ hatte die Debatte im vergangenen Herbst neu entfacht. Auf einem Transparent vor dem Kanzleramt stand am Mittwoch: „Mehr Platz fürs Rad, weniger für Blech!“</p>
    </article>
    <aside class="most-read">
      <h2>Meistgelesen</h2>
      <ol>
        <li><a href="/a1">Bahnstreik: Diese Verbindungen fallen am Donnerstag aus</a></li>
        <li><a href="/a2">Bundesliga: Trainerwechsel beim Tabellenletzten perfekt</a></li>
        <li><a href="/a3">Mieten in Köln steigen schneller als im Bundesdurchschnitt</a></li>
      </ol>
    </aside>
  </main>
  <footer>
    <p>© 2024 Rheinische Rundschau GmbH. Alle Rechte vorbehalten.</p>
    <ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutzerklärung</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
  </footer>
</body>
</html>`;

const a = analyze(PAGE);

/** Attribution rules, each with the quotes that show it. */
const ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it': [['Wer heute mit dem Rad', 'Katrin Vogel']],
  'attributes a quote to a speaker named after it ("…", sagte X)': [['Die Kommunen warten', 'Thomas Brandt']],
  'gives both halves of a quote split by "sagte er" to the same speaker': [
    ['Das Gesetz schafft Vorschriften ab', 'Thomas Brandt'],
    ['fast schon eine Revolution', 'Thomas Brandt'],
  ],
  'gives "fügte er hinzu" to the previous speaker': [['Ohne zusätzliches Geld vom Bund', 'Thomas Brandt']],
  'gives "Sie" (singular verb) to the last woman who spoke, not the last speaker': [['Das Geld ist im Haushalt', 'Katrin Vogel']],
  'resolves descriptors ("der Präsident", "die Ministerin") to the person first named with them': [
    ['Billiger als jede neue', 'Thomas Brandt'],
    ['Kopenhagen hat vor dreißig Jahren', 'Katrin Vogel'],
  ],
  'leaves a quote with no speaker in reach unattributed': [['Mehr Platz fürs Rad', null]],
};

describe('German article', () => {
  it('is recognised as an article in German, left to right, with the headline as title', () => {
    expectArticle(a, { lang: 'de', dir: 'ltr', title: 'Radwege: Kabinett will Planung deutlich beschleunigen' });
    expect(a.byline ?? '').toContain('Julia Hartmann');
  });

  it('keeps the body and leaves navigation, related links and footer out of the text', () => {
    expectContainsAll(a.text, ['Die Bundesregierung will den Ausbau', 'Der Dokumentarfilm']);
    expectContainsNone(a.text, [
      'Meistgelesen', 'Bahnstreik', 'Trainerwechsel', 'Mieten in Köln', 'Impressum', 'Alle Rechte vorbehalten',
      'Datenschutzerklärung', 'Jetzt abonnieren', 'Fahrradstadt Münster',
    ]);
  });

  it('returns quotations without their marks', () => {
    for (const q of a.quotes) expect(q.text).not.toMatch(/^[\s„“”»«‚‘"]|[\s„“”»«‚‘"]$/u);
    expect(quoteWith(a, 'Die Kommunen warten').text).toBe('Die Kommunen warten seit Jahren auf genau dieses Signal aus Berlin');
  });

  itAttributes(a, ATTRIBUTIONS);

  it('leaves out scare quotes and titles of works', () => {
    expectNoQuoteContaining(a, ['Bürokratiemonster', 'Die Stadt gehört uns allen']);
    expect(a.quotes).toHaveLength(9);
  });

  it('lists each person once, with aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'Thomas Brandt', name: 'Thomas Brandt', quotes: 5, aliases: ['Brandt', /präsident/i] },
      { find: 'Katrin Vogel', name: 'Katrin Vogel', quotes: 3, aliases: [/ministerin/i] },
    ]);
    expectConsistent(a);
  });
});

const SHORT_PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Klinikum Nord: Notaufnahme wird erweitert | Stadtanzeiger</title></head>
<body>
  <header><a href="/">Stadtanzeiger</a><nav><a href="/lokales">Lokales</a> <a href="/sport">Sport</a></nav></header>
  <article>
    <h1>Klinikum Nord: Notaufnahme wird erweitert</h1>
    <p>Das Klinikum Nord erweitert seine Notaufnahme um zwölf Behandlungsplätze. Der Umbau soll im Frühjahr beginnen und rund 18 Millionen Euro kosten.</p>
    <p>„An manchen Wochenenden warten Patienten inzwischen mehr als sechs Stunden“, sagte Dr. Markus Weber, der Ärztliche Direktor des Klinikums.</p>
    <p>Laut Frau Sabine Keller, der Pflegedirektorin, „fehlen derzeit vor allem erfahrene Pflegekräfte für die Nachtschichten“.</p>
    <p>Der Betriebsrat begrüßte die Pläne grundsätzlich, mahnte aber eine frühzeitige Einbindung der Beschäftigten in die Planung der neuen Abläufe an.</p>
    <p>„Ohne zusätzliches Personal bringen uns neue Räume wenig“, so Weber.</p>
  </article>
  <footer>© Stadtanzeiger – Impressum</footer>
</body></html>`;

describe('German article: honorifics, source phrases and "so"', () => {
  const b = analyze(SHORT_PAGE);

  it('reads a name after the honorific "Dr." as the speaker after a quote', () => {
    expectAttributions(b, [['An manchen Wochenenden', 'Markus Weber']]);
  });

  it('gives a quote introduced by "Laut Frau X" to X and one closed by "so X" to X', () => {
    expectAttributions(b, [['fehlen derzeit vor allem', 'Sabine Keller'], ['Ohne zusätzliches Personal', 'Markus Weber']]);
    expect(b.speakers.map((s) => s.name).sort()).toEqual(['Markus Weber', 'Sabine Keller']);
  });
});
