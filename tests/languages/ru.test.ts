import { describe, it, expect, beforeAll } from 'vitest';
import { analyzeDocument } from '@/lib/analyze';
import type { Analysis, Quote } from '@/lib/types';

function analyze(html: string): Analysis {
  return analyzeDocument(new DOMParser().parseFromString(html, 'text/html')) as Analysis;
}

/** The one quote whose text contains `fragment`. */
function quoteWith(a: Analysis, fragment: string): Quote {
  const found = a.quotes.filter((q) => q.text.includes(fragment));
  expect(found, `one quote containing «${fragment}» in ${JSON.stringify(a.quotes.map((q) => q.text))}`).toHaveLength(1);
  return found[0]!;
}

/** Speakers that stand for a person: by canonical name or by any alias containing `surname`. */
function speakersFor(a: Analysis, surname: string) {
  return a.speakers.filter((s) => s.name.includes(surname) || s.aliases.some((alias) => alias.includes(surname)));
}

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

describe('Russian: news article about the Yakutia power line', () => {
  let a: Analysis;
  beforeAll(() => {
    a = analyze(ENERGY_BRIDGE);
  });

  it('is an article in Russian, written left to right, titled without the site name', () => {
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('ru');
    expect(a.dir).toBe('ltr');
    expect(a.title).toBe('Министр энергетики пообещал достроить энергомост в Якутии до конца 2026 года');
  });

  it('keeps the article body and leaves out navigation, related links and footer', () => {
    expect(a.text).toContain('Линия электропередачи протяжённостью более 600 километров');
    expect(a.text).toContain('самодельный плакат');
    expect(a.text).not.toContain('Самое читаемое');
    expect(a.text).not.toContain('мост через реку Лену');
    expect(a.text).not.toContain('Все права защищены');
    expect(a.text).not.toContain('Перепечатка материалов');
    expect(a.text).not.toContain('Спорт');
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
    const first = quoteWith(a, 'Мы не отступим от утверждённого графика');
    const second = quoteWith(a, 'Каждый месяц задержки обходится');
    expect(first.speaker).toBe('Иван Петров');
    expect(second.speaker).toBe('Иван Петров');
    for (const q of a.quotes) expect(q.text).not.toContain('сказал он');
  });

  it('continues the previous speaker after "Он добавил"', () => {
    expect(quoteWith(a, 'Если подрядчик снова сорвёт сроки').speaker).toBe('Иван Петров');
  });

  it('resolves a feminine pronoun ("— сказала она") to the woman just named, nested „…“ quote kept inside', () => {
    const q = quoteWith(a, 'Люди каждый день спрашивают меня');
    expect(q.text).toContain('„Когда у нас будет свет?“');
    expect(q.text).toContain('ответить им честно');
    expect(q.speaker).toBe('Анна Смирнова');
  });

  it('resolves the descriptor "министр" to the minister named earlier, not to the governor in between', () => {
    expect(quoteWith(a, 'Все сроки согласованы с подрядчиком').speaker).toBe('Иван Петров');
  });

  it('leaves a quote with no speaker in reach unattributed', () => {
    expect(quoteWith(a, 'Обещали свет к зиме').speaker).toBeNull();
  });

  it('does not take scare quotes and quoted names for quotations', () => {
    for (const fragment of ['вечным долгостроем', 'Северсетьстрой', 'Энергетика Севера', 'Северные вести']) {
      expect(a.quotes.some((q) => q.text.includes(fragment)), fragment).toBe(false);
    }
  });

  it('lists each person once, with the right number of quotes', () => {
    const petrov = speakersFor(a, 'Петров');
    expect(petrov).toHaveLength(1);
    expect(petrov[0]!.name).toBe('Иван Петров');
    // The split quote may be one quotation or two, but nothing else.
    const split = a.quotes.filter((q) => /Мы не отступим|Каждый месяц задержки/.test(q.text)).length;
    expect([1, 2]).toContain(split);
    expect(petrov[0]!.quotes).toBe(4 + split);

    const smirnova = speakersFor(a, 'Смирнов');
    expect(smirnova).toHaveLength(1);
    expect(smirnova[0]!.name).toBe('Анна Смирнова');
    expect(smirnova[0]!.quotes).toBe(1);

    expect(a.speakers).toHaveLength(2);
  });

  it('keeps quotes and speakers consistent', () => {
    for (const q of a.quotes) {
      if (q.speakerIndex === null) expect(q.speaker).toBeNull();
      else expect(a.speakers[q.speakerIndex]!.name).toBe(q.speaker);
      expect(a.text.slice(q.start, q.end)).toContain(q.text.slice(0, 10));
    }
  });
});
