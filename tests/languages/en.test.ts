import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

// A city-desk story: the mayor and the union leader trade quotes in every common English pattern.
const STRIKE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Riverton bus drivers strike over pay as mayor vows to keep the city moving | The Riverton Herald</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Riverton Herald</a>
    <nav><ul>
      <li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Riverton bus drivers strike over pay as mayor vows to keep the city moving</h1>
      <p class="byline">By <a href="/staff/emily-carter">Emily Carter</a> · <time datetime="2025-03-04">March 4, 2025</time></p>
      <p>Hundreds of bus drivers in Riverton walked off the job on Monday, leaving tens of thousands of commuters stranded in the first transit strike the city has seen in almost two decades.</p>
      <p>Mayor Jane Doe said: "We will not let a dispute over a contract bring this city to a standstill, and I have asked both sides to return to the table tonight."</p>
      <p>"The offer on the table is generous," she said, "and it is more than most workers in this city received this year."</p>
      <p>"Our members have gone four years without a real raise while the cost of living has gone through the roof," said John Smith, the union leader. "Nobody wants to strike, but the city has left us no other choice," Smith said.</p>
      <p>The transit authority has offered a raise of 2 percent a year, which drivers on the picket line called "insulting". They are asking for a "fair deal" that matches the pay of drivers in neighbouring Lakeside, where a new contract was signed in January.</p>
      <p>Smith, a former driver who has led the union since 2019, spent the morning on the picket line outside the Central Street depot. He added that "drivers will stay out for as long as it takes to win a contract they can live on."</p>
      <p>She said: "Extra shuttle vans will run for hospital staff and patients from six o'clock tomorrow morning."</p>
      <p>"Every day this strike goes on costs local businesses money they cannot afford to lose," the mayor said on Tuesday. "We are ready to talk tonight, tomorrow, whenever the city is serious," the union leader said.</p>
      <p>"Riverton has come through far worse than this, and it will come through this too," she added.</p>
      <p>A commuter group calling itself "Riders United" has started a petition demanding refunds for monthly passes. The Grand Cinema on Main Street postponed Wednesday's screening of the film "The Long Way Home", a documentary about the last strike, in 2006. Outside the depot, a banner stretched across the gates read: "Fair pay keeps Riverton moving."</p>
    </article>
    <aside class="most-read">
      <h2>Most read</h2>
      <ol>
        <li><a href="/a1">Lakeside school board approves four-day week for next autumn</a></li>
        <li><a href="/a2">Riverton Rovers sign veteran striker on a two-year deal</a></li>
        <li><a href="/a3">House prices in the old town fall for a third month in a row</a></li>
      </ol>
    </aside>
    <section id="comments" class="comments">
      <h2>3 comments</h2>
      <div class="comment">
        <p class="comment-author author">Dave Rutherford</p>
        <p>The mayor said "no new taxes" last year as well. I will believe it when I see the buses running again.</p>
      </div>
      <div class="comment">
        <p class="comment-author author">Linda Okafor</p>
        <p>Good luck to the drivers, they deserve every penny and more.</p>
      </div>
    </section>
  </main>
  <footer>
    <p>© 2025 The Riverton Herald. All rights reserved.</p>
    <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul>
  </footer>
</body>
</html>`;

// A health story: a quote announced by a paragraph ending in a colon, a speaker named after a long appositive,
// two women and a man, and a descriptor that must pick the right one of two roles. No byline on this page.
const HOSPITAL = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Minister promises 500 new nurses as St Mary's waiting times hit a record - Northgate Daily</title>
</head>
<body>
  <header>
    <a href="/" class="logo">Northgate Daily</a>
    <nav><a href="/local">Local</a> <a href="/health">Health</a> <a href="/education">Education</a> <a href="/weather">Weather</a></nav>
  </header>
  <main>
    <article>
      <h1>Minister promises 500 new nurses as St Mary's waiting times hit a record</h1>
      <p>Waiting times at St Mary's Hospital in Northgate reached a record high last month, with patients spending an average of eleven hours in the emergency department before being admitted, according to figures published on Wednesday.</p>
      <p>Health Minister Robert Hale announced plans to recruit 500 additional nurses for the region over the next two years. The minister told parliament:</p>
      <p>"We have heard the patients and we have heard the staff. These nurses will be on the wards by next winter, and the money to pay them is already in this year's budget."</p>
      <p>"We are exhausted, and some nights there are only two of us for forty patients," Maria Lopez, a nurse who has worked at the hospital for twenty years, said on Tuesday. "I love this job, but I cannot keep doing it like this," she added.</p>
      <p>Dr Sarah Chen, the hospital's chief executive, welcomed the announcement but warned that recruitment would take time. "Five hundred nurses is a good start, but we are competing with every hospital in the country for the same people," Chen said.</p>
      <p>Hale, speaking to reporters after the debate, said the government would also pay for forty extra beds. "Nobody should spend a night on a trolley in a corridor," he said.</p>
      <p>She said the hospital was ready: "We have beds we cannot open today because we do not have the staff to run them."</p>
      <p>"This is not a promise, it is a plan with a budget behind it," the minister said. "We will hold the government to every word of it," the chief executive said.</p>
      <p>Staff say the so-called "corridor care" has become routine since the winter. The new urgent treatment unit, nicknamed "the Lighthouse" by nurses, opens in June. Outside the main entrance on Wednesday evening, a handful of protesters held placards reading "Patients before profits, nurses before managers."</p>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/r1">Northgate ambulance response times improve for the first time in two years</a></li>
        <li><a href="/r2">New maternity ward opens at Westfield General after long delays</a></li>
      </ul>
    </aside>
    <section class="comments">
      <h3>Join the conversation</h3>
      <div class="comment">
        <span class="author">Pat Morgan</span>
        <p>My mother waited fourteen hours in that department in February. Five hundred nurses will not fix it overnight.</p>
      </div>
    </section>
  </main>
  <footer>© Northgate Daily 2025. Registered in England and Wales. Cookie settings.</footer>
</body>
</html>`;

/** Attribution rules on the strike page, each with the quotes that show it. */
const STRIKE_ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote to a speaker named before it (Mayor Jane Doe said: "…")': [['We will not let a dispute', 'Jane Doe']],
  'attributes quotes to a speaker named after them ("…," said John Smith, the union leader / "…," Smith said)': [
    ['Our members have gone four years', 'John Smith'],
    ['Nobody wants to strike', 'John Smith'],
  ],
  'gives both halves of a quote split by "she said" to her': [
    ['The offer on the table is generous', 'Jane Doe'],
    ['more than most workers in this city', 'Jane Doe'],
  ],
  'gives "He added that" to the man the paragraph is about': [['drivers will stay out for as long', 'John Smith']],
  'gives "She said" to the last-named woman although a man spoke in between': [['Extra shuttle vans will run', 'Jane Doe']],
  'resolves "the mayor" and "the union leader" to the two people named with those roles': [
    ['Every day this strike goes on', 'Jane Doe'],
    ['We are ready to talk tonight', 'John Smith'],
  ],
  'gives "she added" with no name to the woman who spoke last': [['Riverton has come through far worse', 'Jane Doe']],
  'leaves a banner slogan with no speaker in reach unattributed': [['Fair pay keeps Riverton moving', null]],
};

/** Attribution rules on the hospital page, each with the quotes that show it. */
const HOSPITAL_ATTRIBUTIONS: Record<string, Attributions> = {
  'gives a paragraph that is only a quote to the speaker announced by the paragraph before ("The minister told parliament:")': [
    ['We have heard the patients', 'Robert Hale'],
  ],
  'attributes a quote to a speaker named after it across a long appositive': [['some nights there are only two of us', 'Maria Lopez']],
  'gives "she added" to the woman who just spoke': [['I love this job', 'Maria Lopez']],
  'attributes a quote to a surname after it ("…," Chen said)': [['Five hundred nurses is a good start', 'Sarah Chen']],
  'gives "he said" to the man the paragraph is about': [['Nobody should spend a night on a trolley', 'Robert Hale']],
  'gives "She said" to the last-named woman although a man spoke in between': [['We have beds we cannot open', 'Sarah Chen']],
  'resolves "the minister" and "the chief executive" to the right one of two people': [
    ['This is not a promise', 'Robert Hale'],
    ['We will hold the government to every word', 'Sarah Chen'],
  ],
  'leaves placard slogans with no speaker in reach unattributed': [['Patients before profits', null]],
};

describe('English: Riverton bus strike', () => {
  const a = analyze(STRIKE);

  it('is an article in English, left to right, titled without the site name, with the byline', () => {
    expectArticle(a, { lang: 'en', dir: 'ltr', title: 'Riverton bus drivers strike over pay as mayor vows to keep the city moving' });
    expect(a.byline).toBe('Emily Carter');
  });

  it('keeps the article body and leaves out navigation, most read, comments and footer', () => {
    expectContainsAll(a.text, ['Hundreds of bus drivers in Riverton', 'The transit authority has offered', 'Riders United']);
    const furniture = [
      'Most read', 'four-day week', 'veteran striker', 'House prices in the old town', 'Dave Rutherford', 'no new taxes',
      'Linda Okafor', 'deserve every penny', 'All rights reserved', 'Privacy policy', 'Subscribe', 'Opinion',
    ];
    expectContainsNone(a.text, furniture);
    expectContainsNone(a.summary.join(' '), furniture);
    expect(a.summary.length).toBeGreaterThanOrEqual(2);
  });

  it('returns quotations without their marks', () => {
    expect(quoteWith(a, 'We will not let a dispute').text).toBe(
      'We will not let a dispute over a contract bring this city to a standstill, and I have asked both sides to return to the table tonight.',
    );
    expect(quoteWith(a, 'The offer on the table').text).toBe('The offer on the table is generous,');
    for (const q of a.quotes) expect(q.text).not.toMatch(/^[\s"“”]|[\s"“”]$/u);
  });

  itAttributes(a, STRIKE_ATTRIBUTIONS);

  it('leaves out scare quotes, the name of a group and the title of a film', () => {
    expectNoQuoteContaining(a, ['insulting', 'fair deal', 'Riders United', 'The Long Way Home', 'no new taxes']);
    expect(a.quotes).toHaveLength(11);
  });

  it('lists each person once, with surname and role as aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'Doe', name: 'Jane Doe', quotes: 6, aliases: [/mayor/i] },
      { find: 'Smith', name: 'John Smith', quotes: 4, aliases: ['Smith', /union leader/i] },
    ]);
    expect(a.speakers.map((s) => s.name)).not.toContain('Emily Carter');
    expectConsistent(a);
  });
});

describe('English: nurses for St Mary\'s Hospital (no byline)', () => {
  const a = analyze(HOSPITAL);

  it('is an article in English, left to right, titled without the " - Site" suffix', () => {
    expectArticle(a, { lang: 'en', dir: 'ltr', title: "Minister promises 500 new nurses as St Mary's waiting times hit a record" });
  });

  it('has no byline, and never takes the comment author for one', () => {
    expect(a.byline).toBeNull();
  });

  it('keeps the article body and leaves out navigation, related stories, comments and footer', () => {
    expectContainsAll(a.text, ['Waiting times at St Mary', 'The minister told parliament:', 'corridor care']);
    const furniture = [
      'Related stories', 'ambulance response times', 'maternity ward', 'Join the conversation', 'Pat Morgan',
      'fourteen hours', 'Registered in England', 'Cookie settings', 'Weather',
    ];
    expectContainsNone(a.text, furniture);
    expectContainsNone(a.summary.join(' '), furniture);
  });

  it('takes the whole quote-only paragraph as one quotation', () => {
    expect(quoteWith(a, 'We have heard the patients').text).toBe(
      "We have heard the patients and we have heard the staff. These nurses will be on the wards by next winter, and the money to pay them is already in this year's budget.",
    );
  });

  itAttributes(a, HOSPITAL_ATTRIBUTIONS);

  it('leaves out a so-called phrase and a nickname', () => {
    expectNoQuoteContaining(a, ['corridor care', 'the Lighthouse']);
    expect(a.quotes).toHaveLength(9);
  });

  it('lists each person once, with aliases and the right number of quotes', () => {
    expectSpeakers(a, [
      { find: 'Hale', name: 'Robert Hale', quotes: 3, aliases: ['Hale', /minister/i] },
      { find: 'Lopez', name: 'Maria Lopez', quotes: 2, aliases: [/nurse/i] },
      { find: 'Chen', name: 'Sarah Chen', quotes: 3, aliases: ['Chen', /chief executive/i] },
    ]);
    expectConsistent(a);
  });
});
