import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectAttributions, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

const PAGE = `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Valencia aprueba un plan de 85 millones para salvar la Albufera | El Correo de Levante</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">El Correo de Levante</a>
    <nav><ul>
      <li><a href="/actualidad">Actualidad</a></li><li><a href="/politica">Política</a></li>
      <li><a href="/economia">Economía</a></li><li><a href="/deportes">Deportes</a></li><li><a href="/cultura">Cultura</a></li>
      <li><a href="/suscripcion">Suscríbete</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Valencia aprueba un plan de 85 millones para salvar la Albufera</h1>
      <p class="byline">Por <a href="/autores/maria-jose-soler">María José Soler</a> · <time datetime="2024-04-11">11 de abril de 2024</time></p>
      <p>El pleno del Ayuntamiento de Valencia aprobó este jueves un plan de 85 millones de euros para frenar el deterioro de la Albufera, el mayor lago de agua dulce de la península, amenazado por la sequía y los vertidos.</p>
      <p>La alcaldesa Laura Giménez aseguró tras la votación: «La Albufera no es un decorado para turistas, es el pulmón de esta ciudad y la vamos a cuidar como tal».</p>
      <p>«Llevamos veinte años pidiendo que alguien se tome en serio la salinización de los arrozales», dijo Andrés Molina, presidente de la asociación de arroceros de Sueca.</p>
      <p>Algunos ecologistas temen que el plan se quede en «postureo» verde y denuncian la falta de un calendario claro. Molina no lo ve así. «Si el agua del Júcar no llega, no hay plan que valga», explicó, «y eso lo sabe todo el mundo en la huerta».</p>
      <aside class="related"><p>Te puede interesar: <a href="/sequia-campo">La sequía deja sin cosecha a uno de cada tres arroceros valencianos</a></p></aside>
      <p>El plan incluye también ayudas directas para los agricultores que reduzcan el uso de fertilizantes en los campos que rodean el lago. «Es un primer paso, pero llega tarde», añadió.</p>
      <p>Ella, por su parte, prometió: «Las primeras depuradoras estarán funcionando antes del verano de 2026».</p>
      <p>Preguntado por el coste para los agricultores, el presidente de los arroceros respondió: «Nosotros ya hemos puesto el dinero; ahora le toca a la Administración». La alcaldesa zanjó: «Nadie entendería que dejáramos morir la Albufera por no ponernos de acuerdo».</p>
      <p>El documental «El lago que se muere», estrenado el mes pasado en la Mostra de València, había reavivado el debate. En una pancarta colgada frente al consistorio podía leerse: «¡Agua limpia para la Albufera ya!».</p>
    </article>
    <aside class="most-read">
      <h2>Lo más leído</h2>
      <ol>
        <li><a href="/a1">Huelga de metro: servicios mínimos del 50% este viernes</a></li>
        <li><a href="/a2">El Valencia CF cierra el fichaje de un delantero uruguayo</a></li>
        <li><a href="/a3">El precio del alquiler en Ruzafa sube un 12% en un año</a></li>
      </ol>
    </aside>
  </main>
  <footer>
    <p>© 2024 El Correo de Levante. Todos los derechos reservados.</p>
    <ul><li><a href="/aviso-legal">Aviso legal</a></li><li><a href="/privacidad">Política de privacidad</a></li><li><a href="/contacto">Contacto</a></li></ul>
  </footer>
</body>
</html>`;

const a = analyze(PAGE);

/** Attribution rules, each with the quotes that show it. */
const ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it': [['La Albufera no es un decorado', 'Laura Giménez']],
  'attributes a quote to a speaker named after it («…», dijo X)': [['Llevamos veinte años', 'Andrés Molina']],
  'gives both halves of a quote split by a subjectless "explicó" to the speaker just named': [
    ['Si el agua del Júcar no llega', 'Andrés Molina'],
    ['todo el mundo en la huerta', 'Andrés Molina'],
  ],
  'gives "añadió" with no subject to the previous speaker': [['Es un primer paso', 'Andrés Molina']],
  'gives "Ella" to the last woman who spoke, not the last speaker': [['Las primeras depuradoras', 'Laura Giménez']],
  'resolves descriptors ("el presidente", "la alcaldesa") to the person first named with them': [
    ['Nosotros ya hemos puesto el dinero', 'Andrés Molina'],
    ['Nadie entendería', 'Laura Giménez'],
  ],
  'leaves a quote with no speaker in reach unattributed': [['Agua limpia para la Albufera', null]],
};

describe('Spanish article', () => {
  it('is recognised as an article in Spanish, left to right, with the headline as title', () => {
    expectArticle(a, { lang: 'es', dir: 'ltr', title: 'Valencia aprueba un plan de 85 millones para salvar la Albufera' });
    expect(a.byline ?? '').toContain('María José Soler');
  });

  it('keeps the body and leaves navigation, related links and footer out of the text', () => {
    expectContainsAll(a.text, ['El pleno del Ayuntamiento de Valencia', 'El documental']);
    expectContainsNone(a.text, [
      'Lo más leído', 'Huelga de metro', 'fichaje de un delantero', 'alquiler en Ruzafa', 'Aviso legal',
      'Todos los derechos reservados', 'Política de privacidad', 'Suscríbete', 'sin cosecha a uno de cada tres',
    ]);
  });

  it('returns quotations without their marks', () => {
    for (const q of a.quotes) expect(q.text).not.toMatch(/^[\s«»“”‘’"]|[\s«»“”‘’"]$/u);
    expect(quoteWith(a, 'Llevamos veinte años').text).toBe(
      'Llevamos veinte años pidiendo que alguien se tome en serio la salinización de los arrozales',
    );
  });

  itAttributes(a, ATTRIBUTIONS);

  it('leaves out scare quotes and titles of works', () => {
    expectNoQuoteContaining(a, ['postureo', 'El lago que se muere']);
    expect(a.quotes).toHaveLength(9);
  });

  it('lists each person once, with aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'Andrés Molina', name: 'Andrés Molina', quotes: 5, aliases: ['Molina', /presidente/i] },
      { find: 'Laura Giménez', name: 'Laura Giménez', quotes: 3, aliases: [/alcaldesa/i] },
    ]);
    expectConsistent(a);
  });
});

const SHORT_PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>El hospital de Cruces amplía sus urgencias | Diario del Norte</title></head>
<body>
  <header><a href="/">Diario del Norte</a><nav><a href="/bizkaia">Bizkaia</a> <a href="/deportes">Deportes</a></nav></header>
  <article>
    <h1>El hospital de Cruces amplía sus urgencias</h1>
    <p>El hospital de Cruces ampliará su servicio de urgencias con doce nuevos boxes de atención. Las obras comenzarán en primavera y costarán unos 18 millones.</p>
    <p>«Algunos fines de semana los pacientes esperan más de seis horas para ser atendidos», dijo el Dr. Javier Urrutia, jefe del servicio de urgencias.</p>
    <p>Según la Sra. Ainhoa Etxeberria, directora de enfermería del centro, «faltan sobre todo enfermeras con experiencia para los turnos de noche».</p>
    <p>El comité de empresa ha acogido el proyecto con cautela y reclama que la plantilla participe en el diseño de los nuevos circuitos de atención.</p>
    <p>De acuerdo con Javier Urrutia, «sin más personal, los nuevos espacios servirán de poco».</p>
  </article>
  <footer>© Diario del Norte — Aviso legal</footer>
</body></html>`;

describe('Spanish article: honorifics and source phrases', () => {
  const b = analyze(SHORT_PAGE);

  it('reads a name after the honorific "Dr." as the speaker after a quote', () => {
    expectAttributions(b, [['Algunos fines de semana', 'Javier Urrutia']]);
  });

  it('gives a quote introduced by "Según la Sra. X" and "De acuerdo con X" to X', () => {
    expectAttributions(b, [['faltan sobre todo enfermeras', 'Ainhoa Etxeberria'], ['sin más personal', 'Javier Urrutia']]);
    expect(b.speakers.map((s) => s.name).sort()).toEqual(['Ainhoa Etxeberria', 'Javier Urrutia']);
  });
});
