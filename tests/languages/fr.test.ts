import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectAttributions, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

// French typography: narrow no-break space (U+202F) or no-break space (U+00A0) inside « » and before : ! ?
const N = '\u202f';
const B = '\u00a0';

const PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Lyon : la métropole adopte un plan contre les îlots de chaleur | Le Courrier du Rhône</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Le Courrier du Rhône</a>
    <nav><ul>
      <li><a href="/actualites">Actualités</a></li><li><a href="/politique">Politique</a></li>
      <li><a href="/economie">Économie</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
      <li><a href="/abonnement">S'abonner</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Lyon${B}: la métropole adopte un plan contre les îlots de chaleur</h1>
      <p class="byline">Par <a href="/auteurs/claire-fontaine">Claire Fontaine</a> · Publié le <time datetime="2024-05-14">14 mai 2024</time></p>
      <p>La métropole de Lyon a adopté lundi soir un plan de 120 millions d'euros destiné à rafraîchir les quartiers les plus exposés aux vagues de chaleur, après un débat de près de cinq heures au conseil.</p>
      <p>Venue à Lyon pour l'occasion, la ministre de la Transition écologique Marie Dupont a déclaré${N}: «${N}Les villes qui n'agissent pas maintenant paieront le prix fort dans dix ans, et ce sont les plus modestes qui en souffriront.${N}»</p>
      <p>«${B}Nous allons planter trente mille arbres d'ici à 2030 et transformer toutes les cours d'école en îlots de fraîcheur${B}», a déclaré Jean Martin, le maire de Lyon, devant le conseil de la métropole.</p>
      <p>L'opposition de droite dénonce une «${N}écologie punitive${N}» et juge le calendrier irréaliste. Martin balaie ces critiques. «${N}Chaque euro investi aujourd'hui nous fera économiser trois euros demain${N}», a-t-il dit, «${N}et ce ne sont pas les écologistes qui l'affirment, ce sont les assureurs.${N}»</p>
      <aside class="related"><p>À lire aussi${B}: <a href="/canicule-2023">Canicule${B}: les hôpitaux lyonnais sous tension pendant tout l'été 2023</a></p></aside>
      <p>Le plan prévoit aussi l'installation de fontaines publiques dans chacun des neuf arrondissements de la ville. «${N}Les habitants des quartiers populaires seront servis en premier, parce que ce sont eux qui souffrent le plus de la chaleur${N}», a-t-il ajouté.</p>
      <p>De son côté, elle a assuré${N}: «${N}L'État financera un tiers des travaux, à condition que les chantiers démarrent avant l'été prochain.${N}»</p>
      <p>Interrogé sur le coût total, qui pourrait dépasser 150 millions d'euros, le maire a répondu${N}: «${N}Nous ne toucherons pas aux impôts locaux, c'est un engagement que je prends devant les Lyonnais.${N}» La ministre a conclu${N}: «${N}Lyon doit servir de modèle aux autres grandes villes, de Marseille à Lille.${N}»</p>
      <p>Le documentaire «${N}La Ville en surchauffe${N}», diffusé la semaine dernière sur France 5, avait relancé le débat. Sur une banderole déployée devant l'hôtel de ville, on pouvait lire${N}: «${N}Des arbres, pas des promesses${N}!${N}»</p>
    </article>
    <aside class="most-read">
      <h2>Les plus lus</h2>
      <ol>
        <li><a href="/a1">Grève à la SNCF${B}: le trafic fortement perturbé jeudi sur les lignes régionales</a></li>
        <li><a href="/a2">Olympique lyonnais${B}: l'entraîneur prolongé jusqu'en 2027</a></li>
        <li><a href="/a3">Immobilier${B}: les prix baissent enfin dans le centre de Villeurbanne</a></li>
      </ol>
    </aside>
  </main>
  <footer>
    <p>© 2024 Le Courrier du Rhône. Tous droits réservés.</p>
    <ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/contact">Contact</a></li><li><a href="/cgu">Conditions générales d'utilisation</a></li></ul>
  </footer>
</body>
</html>`;

const a = analyze(PAGE);

/** Attribution rules, each with the quotes that show it. */
const ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it': [['Les villes qui n', 'Marie Dupont']],
  'attributes a quote to a speaker named after it': [['Nous allons planter', 'Jean Martin']],
  'gives both halves of a quote split by "a-t-il dit" to the same speaker': [
    ['Chaque euro investi', 'Jean Martin'],
    ['ce sont les assureurs', 'Jean Martin'],
  ],
  'gives "a-t-il ajouté" with no subject to the previous speaker': [['Les habitants des quartiers populaires', 'Jean Martin']],
  'gives a feminine pronoun subject to the last woman who spoke, not the last speaker': [["L'État financera un tiers", 'Marie Dupont']],
  'resolves descriptors ("le maire", "la ministre") to the person first named with them': [
    ['Nous ne toucherons pas aux impôts', 'Jean Martin'],
    ['Lyon doit servir de modèle', 'Marie Dupont'],
  ],
  'leaves a quote with no speaker in reach unattributed': [['Des arbres, pas des promesses', null]],
};

describe('French article', () => {
  it('is recognised as an article in French, left to right, with the headline as title', () => {
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('fr');
    expect(a.dir).toBe('ltr');
    // The <h1> has a no-break space before the colon, the <title> an ordinary one: either is right.
    expect(a.title.replace(/[\u00a0\u202f]/g, ' ')).toBe('Lyon : la métropole adopte un plan contre les îlots de chaleur');
    expect(a.title).not.toContain('Courrier du Rhône');
    expect(a.byline ?? '').toContain('Claire Fontaine');
  });

  it('keeps the body and leaves navigation, related links and footer out of the text', () => {
    expectContainsAll(a.text, ['un plan de 120 millions', 'Le documentaire']);
    expectContainsNone(a.text, [
      'Les plus lus', 'Grève à la SNCF', 'prolongé jusqu', 'les prix baissent enfin', 'Mentions légales',
      'Tous droits réservés', 'Conditions générales', "S'abonner", 'les hôpitaux lyonnais sous tension',
    ]);
  });

  it('returns quotations without their marks or the spaces inside them', () => {
    for (const q of a.quotes) {
      expect(q.text).not.toMatch(/^[\s«»“”"\u202f\u00a0]|[\s«»“”"\u202f\u00a0]$/u);
    }
    expect(quoteWith(a, 'Nous allons planter').text).toBe(
      "Nous allons planter trente mille arbres d'ici à 2030 et transformer toutes les cours d'école en îlots de fraîcheur",
    );
  });

  itAttributes(a, ATTRIBUTIONS);

  it('leaves out scare quotes and titles of works', () => {
    const texts = a.quotes.map((q) => q.text);
    expect(texts).not.toContain('écologie punitive');
    expect(texts).not.toContain('La Ville en surchauffe');
    expectNoQuoteContaining(a, ['écologie punitive', 'La Ville en surchauffe']);
    expect(a.quotes).toHaveLength(9);
  });

  it('lists each person once, with aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'Jean Martin', name: 'Jean Martin', quotes: 5, aliases: ['Martin', /maire/i] },
      { find: 'Marie Dupont', name: 'Marie Dupont', quotes: 3, aliases: [/ministre/i] },
    ]);
    expectConsistent(a);
  });
});

const SHORT_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Rennes : la rénovation de la gare prendra quatre ans | Ouest Matin</title></head>
<body>
  <header><a href="/">Ouest Matin</a><nav><a href="/bretagne">Bretagne</a> <a href="/sports">Sports</a></nav></header>
  <article>
    <h1>Rennes : la rénovation de la gare prendra quatre ans</h1>
    <p>Le conseil municipal de Rennes a longuement débattu mardi du projet de rénovation de la gare, dont le coût est estimé à 90 millions d'euros.</p>
    <p>«${N}Nous tiendrons les délais fixés par la région, quoi qu'en disent les sceptiques${N}», a déclaré M. Paul Girard, adjoint chargé des mobilités.</p>
    <p>Selon Mme Hélène Roux, directrice régionale de SNCF Gares &amp; Connexions, «${N}les travaux commenceront dès le mois de septembre et la gare restera ouverte${N}».</p>
    <p>Les associations d'usagers réclament de leur côté une information plus régulière sur les fermetures de quais prévues pendant les vacances scolaires.</p>
    <p>D'après Paul Girard, «${N}aucun train ne sera supprimé pendant la durée du chantier${N}».</p>
  </article>
  <footer>© Ouest Matin — Mentions légales</footer>
</body></html>`;

describe('French article: honorifics and source phrases', () => {
  const b = analyze(SHORT_PAGE);

  it('reads a name after the honorific "M." as the speaker after a quote', () => {
    expectAttributions(b, [['Nous tiendrons les délais', 'Paul Girard']]);
  });

  it('gives a quote introduced by "Selon Mme X" and "D\'après X" to X', () => {
    expectAttributions(b, [['les travaux commenceront', 'Hélène Roux'], ['aucun train ne sera supprimé', 'Paul Girard']]);
    expect(b.speakers.map((s) => s.name).sort()).toEqual(['Hélène Roux', 'Paul Girard']);
  });
});
