import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectAttributions, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

const ENERGY_BRIDGE = `<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Министр энергетики пообещал достроить энергомост в Якутии до конца 2026 года | Северные вести</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Северные вести</a>
    <nav>
      <ul>
        <li><a href="/politics">Политика</a></li>
        <li><a href="/economy">Экономика</a></li>
        <li><a href="/society">Общество</a></li>
        <li><a href="/sport">Спорт</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>Министр энергетики пообещал достроить энергомост в Якутии до конца 2026 года</h1>
      <p class="byline">Мария Кузнецова, Якутск</p>
      <p>Министр энергетики Иван Петров заявил на выездном совещании в Якутске: «Строительство энергомоста будет завершено до конца 2026 года, несмотря на все трудности с поставками оборудования».</p>
      <p>«Мы не отступим от утверждённого графика, — сказал он. — Каждый месяц задержки обходится федеральному бюджету в сотни миллионов рублей».</p>
      <p>Линия электропередачи протяжённостью более 600 километров должна соединить изолированные энергосистемы западной и центральной Якутии. Генподрядчиком по госпрограмме «Энергетика Севера» выступает компания «Северсетьстрой», которую в регионе уже прозвали «вечным долгостроем»: сроки сдачи объекта переносились дважды.</p>
      <p>«Мы понимаем, что жители устали ждать, и не будем просить правительство ещё об одной отсрочке», — сказал Петров журналистам после совещания.</p>
      <p>Он добавил: «Если подрядчик снова сорвёт сроки, министерство расторгнет контракт и проведёт новый конкурс уже этой осенью».</p>
      <p>Губернатор Якутии Анна Смирнова назвала проект ключевым для экономики республики. «Люди каждый день спрашивают меня: „Когда у нас будет свет?“ — и я хочу наконец ответить им честно», — сказала она.</p>
      <p>«Все сроки согласованы с подрядчиком, и мы будем проверять их выполнение каждый месяц», — подчеркнул министр.</p>
      <p>Жители отдалённых посёлков пока настроены скептически. На въезде в посёлок Тас-Юрях кто-то повесил самодельный плакат: «Обещали свет к зиме, а мы всё ещё сидим с дизельным генератором».</p>
    </article>
    <aside class="related">
      <h2>Самое читаемое</h2>
      <ul>
        <li><a href="/1">В Якутске после трёх лет ремонта открыли мост через реку Лену</a></li>
        <li><a href="/2">Морозы до минус пятидесяти: школы Якутска перешли на дистанционное обучение</a></li>
        <li><a href="/3">Цены на бензин на Дальнем Востоке выросли на восемь процентов</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2025 «Северные вести». Все права защищены. Перепечатка материалов возможна только с письменного согласия редакции.</p>
  </footer>
</body>
</html>`;

/** Attribution rules, each with the quotes that show it. */
const ATTRIBUTIONS: Record<string, Attributions> = {
  'continues the previous speaker after "Он добавил"': [['Если подрядчик снова сорвёт сроки', 'Иван Петров']],
  'resolves the descriptor "министр" to the minister named earlier, not to the governor in between': [['Все сроки согласованы с подрядчиком', 'Иван Петров']],
  'leaves a quote with no speaker in reach unattributed': [['Обещали свет к зиме', null]],
};

describe('Russian: news article about the Yakutia power line', () => {
  const a = analyze(ENERGY_BRIDGE);

  it('is an article in Russian, written left to right, titled without the site name', () => {
    expectArticle(a, { lang: 'ru', dir: 'ltr', title: 'Министр энергетики пообещал достроить энергомост в Якутии до конца 2026 года' });
  });

  it('keeps the article body and leaves out navigation, related links and footer', () => {
    expectContainsAll(a.text, ['Линия электропередачи протяжённостью более 600 километров', 'самодельный плакат']);
    expectContainsNone(a.text, ['Самое читаемое', 'мост через реку Лену', 'Все права защищены', 'Перепечатка материалов', 'Спорт']);
  });

  it('attributes a quote introduced by the speaker ("Министр Иван Петров заявил: «…»")', () => {
    const q = quoteWith(a, 'Строительство энергомоста будет завершено');
    expect(q.text).toBe(
      'Строительство энергомоста будет завершено до конца 2026 года, несмотря на все трудности с поставками оборудования',
    );
    expect(q.speaker).toBe('Иван Петров');
  });

  it('attributes a quote followed by a dash and the speaker ("«…», — сказал Петров")', () => {
    const q = quoteWith(a, 'жители устали ждать');
    expect(q.text).toBe('Мы понимаем, что жители устали ждать, и не будем просить правительство ещё об одной отсрочке');
    expect(q.speaker).toBe('Иван Петров');
  });

  it('gives both halves of a split quote («A, — сказал он. — B») to the speaker, without the author\'s words', () => {
    expectAttributions(a, [['Мы не отступим от утверждённого графика', 'Иван Петров'], ['Каждый месяц задержки обходится', 'Иван Петров']]);
    for (const q of a.quotes) expect(q.text).not.toContain('сказал он');
  });

  it('resolves a feminine pronoun ("— сказала она") to the woman just named, nested „…“ quote kept inside', () => {
    const q = quoteWith(a, 'Люди каждый день спрашивают меня');
    expect(q.text).toContain('„Когда у нас будет свет?“');
    expect(q.text).toContain('ответить им честно');
    expect(q.speaker).toBe('Анна Смирнова');
  });

  itAttributes(a, ATTRIBUTIONS);

  it('does not take scare quotes and quoted names for quotations', () => {
    expectNoQuoteContaining(a, ['вечным долгостроем', 'Северсетьстрой', 'Энергетика Севера', 'Северные вести']);
  });

  it('lists each person once, with the right number of quotes', () => {
    // The split quote may be one quotation or two, but nothing else.
    const split = a.quotes.filter((q) => /Мы не отступим|Каждый месяц задержки/.test(q.text)).length;
    expect([1, 2]).toContain(split);
    expectSpeakers(a, [
      { find: 'Петров', name: 'Иван Петров', quotes: 4 + split },
      { find: 'Смирнов', name: 'Анна Смирнова', quotes: 1 },
    ]);
  });

  it('keeps quotes and speakers consistent', () => {
    expectConsistent(a);
  });
});
