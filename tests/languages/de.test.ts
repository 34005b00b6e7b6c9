import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import type { Analysis, Quote } from '../../lib/types';

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

function analyze(html: string): Analysis {
  return analyzeDocument(new DOMParser().parseFromString(html, 'text/html'));
}

const a = analyze(PAGE);

/** The one quote whose text contains `fragment`. */
function quote(fragment: string): Quote {
  const found = a.quotes.filter((q) => q.text.includes(fragment));
  expect(found, `exactly one quote containing "${fragment}"; quotes: ${JSON.stringify(a.quotes.map((q) => q.text))}`).toHaveLength(1);
  return found[0]!;
}

describe('German article', () => {
  it('is recognised as an article in German, left to right, with the headline as title', () => {
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('de');
    expect(a.dir).toBe('ltr');
    expect(a.title).toBe('Radwege: Kabinett will Planung deutlich beschleunigen');
    expect(a.byline ?? '').toContain('Julia Hartmann');
  });

  it('keeps the body and leaves navigation, related links and footer out of the text', () => {
    expect(a.text).toContain('Die Bundesregierung will den Ausbau');
    expect(a.text).toContain('Der Dokumentarfilm');
    for (const boilerplate of [
      'Meistgelesen', 'Bahnstreik', 'Trainerwechsel', 'Mieten in Köln', 'Impressum', 'Alle Rechte vorbehalten',
      'Datenschutzerklärung', 'Jetzt abonnieren', 'Fahrradstadt Münster',
    ]) {
      expect(a.text, boilerplate).not.toContain(boilerplate);
    }
  });

  it('returns quotations without their marks', () => {
    for (const q of a.quotes) expect(q.text).not.toMatch(/^[\s„“”»«‚‘"]|[\s„“”»«‚‘"]$/u);
    expect(quote('Die Kommunen warten').text).toBe('Die Kommunen warten seit Jahren auf genau dieses Signal aus Berlin');
  });

  it('attributes a quote to a speaker named before it', () => {
    expect(quote('Wer heute mit dem Rad').speaker).toBe('Katrin Vogel');
  });

  it('attributes a quote to a speaker named after it ("…", sagte X)', () => {
    expect(quote('Die Kommunen warten').speaker).toBe('Thomas Brandt');
  });

  it('gives both halves of a quote split by "sagte er" to the same speaker', () => {
    expect(quote('Das Gesetz schafft Vorschriften ab').speaker).toBe('Thomas Brandt');
    expect(quote('fast schon eine Revolution').speaker).toBe('Thomas Brandt');
  });

  it('gives "fügte er hinzu" to the previous speaker', () => {
    expect(quote('Ohne zusätzliches Geld vom Bund').speaker).toBe('Thomas Brandt');
  });

  it('gives "Sie" (singular verb) to the last woman who spoke, not the last speaker', () => {
    expect(quote('Das Geld ist im Haushalt').speaker).toBe('Katrin Vogel');
  });

  it('resolves descriptors ("der Präsident", "die Ministerin") to the person first named with them', () => {
    expect(quote('Billiger als jede neue').speaker).toBe('Thomas Brandt');
    expect(quote('Kopenhagen hat vor dreißig Jahren').speaker).toBe('Katrin Vogel');
  });

  it('leaves out scare quotes and titles of works', () => {
    const texts = a.quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes('Bürokratiemonster'))).toBe(false);
    expect(texts.some((t) => t.includes('Die Stadt gehört uns allen'))).toBe(false);
    expect(a.quotes).toHaveLength(9);
  });

  it('leaves a quote with no speaker in reach unattributed', () => {
    const banner = quote('Mehr Platz fürs Rad');
    expect(banner.speaker).toBeNull();
    expect(banner.speakerIndex).toBeNull();
  });

  it('lists each person once, with aliases and the right number of quotes', () => {
    expect(a.speakers.map((s) => s.name).sort()).toEqual(['Katrin Vogel', 'Thomas Brandt']);
    const brandt = a.speakers.find((s) => s.name === 'Thomas Brandt')!;
    const vogel = a.speakers.find((s) => s.name === 'Katrin Vogel')!;
    expect(brandt.quotes).toBe(5);
    expect(vogel.quotes).toBe(3);
    expect(brandt.aliases).toContain('Brandt');
    expect(brandt.aliases.some((alias) => /präsident/i.test(alias))).toBe(true);
    expect(vogel.aliases.some((alias) => /ministerin/i.test(alias))).toBe(true);
    for (const q of a.quotes) {
      if (q.speaker === null) continue;
      expect(q.speakerIndex).not.toBeNull();
      expect(a.speakers[q.speakerIndex!]!.name).toBe(q.speaker);
    }
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
  const find = (fragment: string) => b.quotes.find((q) => q.text.includes(fragment));

  it('reads a name after the honorific "Dr." as the speaker after a quote', () => {
    expect(find('An manchen Wochenenden')?.speaker).toBe('Markus Weber');
  });

  it('gives a quote introduced by "Laut Frau X" to X and one closed by "so X" to X', () => {
    expect(find('fehlen derzeit vor allem')?.speaker).toBe('Sabine Keller');
    expect(find('Ohne zusätzliches Personal')?.speaker).toBe('Markus Weber');
    expect(b.speakers.map((s) => s.name).sort()).toEqual(['Markus Weber', 'Sabine Keller']);
  });
});
