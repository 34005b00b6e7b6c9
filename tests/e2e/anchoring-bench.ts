/**
 * A long news page with a thousand passages to note, and the same page edited after the notes were taken: an update
 * added at the top (every offset moves), some sentences reworded, others taken out. Written by a seeded generator,
 * so that every run reads the same page.
 */

export const BENCH_NOTES = 1000;
const REWORDED = 50;
const REMOVED = 20;
/** Sentences on the page that no note is on. */
const UNNOTED = 150;

const SUBJECTS = ['The harbour authority', 'A spokeswoman for the mayor', 'The ferry operators’ union', 'Councillor Ana Ruiz', 'The finance committee', 'Engineers on the crossing', 'Shop owners on Quay Street', 'The regional auditor', 'A lawyer for the residents', 'The transport minister'];
const VERBS = ['said', 'warned', 'confirmed', 'estimated', 'told reporters', 'wrote in a letter', 'argued', 'insisted'];
const CLAIMS = [
  (n: number, y: number) => `ferry crossings had risen by ${n} percent since ${y}`,
  (n: number, y: number) => `${n} new pontoons would be built before the end of ${y}`,
  (n: number) => `the dry dock on Mill Lane would close for ${n} weeks of repairs`,
  (n: number, y: number) => `fares could rise by ${n} pence in ${y} unless the county stepped in`,
  (n: number) => `${n} households had signed a petition against the new route`,
  (n: number, y: number) => `the dredging contract, worth ${n} million pounds, had slipped to ${y}`,
  (n: number) => `tides had flooded the lower car park ${n} times this winter`,
  (n: number, y: number) => `the sea wall built in ${y} had lost ${n} centimetres of its crest`,
];
const PLACES = ['at a public meeting', 'in a statement', 'on local radio', 'before the planning committee', 'in the council chamber', 'at the quayside'];
/** Syllables of the made-up names of streets and people that set each sentence apart from the others. */
const SYLLABLES = ['bar', 'cen', 'dor', 'fal', 'gri', 'hol', 'ket', 'lam', 'mor', 'nes', 'pel', 'quin', 'ros', 'sal', 'tur', 'val', 'wen', 'yar', 'zel', 'bro'];

/** Sentences that share no words with the others: the passages taken out, which nothing on the page resembles. */
const DISTINCT = [
  'Volunteers counted seventeen grey seals basking on the sandbank at dawn.',
  'A brass band from Ostend played sea shanties outside the lifeboat station.',
  'Schoolchildren painted murals of lighthouses along the underpass walls.',
  'The bakery on Anchor Row sold out of saffron buns before nine o’clock.',
  'Fishermen reported mackerel shoals unusually close to the breakwater.',
  'An antique telescope, donated anonymously, now stands in the museum foyer.',
  'Birdwatchers spotted a rare avocet wading near the salt marsh.',
  'Two kayakers rescued a stranded spaniel from the rocks below the cliff path.',
  'The choir rehearses every Thursday in the chapel beside the chandlery.',
  'Cyclists welcomed the resurfaced towpath between the locks and the weir.',
];

export interface BenchPassages {
  /** Every noted passage, in the order of the notes: kept, then reworded, then removed. */
  all: string[];
  kept: string[];
  reworded: { then: string; now: string }[];
  removed: string[];
}

/** A seeded generator of whole numbers below n (mulberry32). */
function seededPick(): (n: number) => number {
  let seed = 11;
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Sentences that differ from each other in more than their file number: a passage reworded on the page must not
 *  be a few characters from another one. */
function sentences(count: number): string[] {
  const pick = seededPick();
  const seen = new Set<string>();
  const made: string[] = [];
  const name = () => {
    const word = Array.from({ length: 3 }, () => SYLLABLES[pick(SYLLABLES.length)]).join('');
    return word[0].toUpperCase() + word.slice(1);
  };
  while (made.length < count) {
    const claim = CLAIMS[pick(CLAIMS.length)](2 + pick(400), 2001 + pick(25));
    const subject = SUBJECTS[pick(SUBJECTS.length)];
    const sentence = `${subject} ${VERBS[pick(VERBS.length)]} ${PLACES[pick(PLACES.length)]} on ${name()} Street that ${claim}, a point ${name()} disputed`;
    const numbers = claim.replace(/\D+/g, ' ');
    if (seen.has(sentence) || seen.has(numbers)) continue;
    seen.add(sentence);
    seen.add(numbers);
    made.push(`${sentence} (file ${made.length + 1}).`);
  }
  return made;
}

/** A news page of these sentences, five to a paragraph, laid out as markup is. */
function page(paragraphs: readonly string[][]): string {
  const body = paragraphs.map((p) => `    <p>${p.join(' ')}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A year on the harbour, in a thousand notes | The Harbour Ledger</title>
<meta property="og:type" content="article"></head>
<body>
<header><nav><a href="/">The Harbour Ledger</a> <a href="/city">City</a></nav></header>
<main>
  <article>
    <h1>A year on the harbour, in a thousand notes</h1>
${body}
  </article>
</main>
</body>
</html>`;
}

function inParagraphs(all: string[]): string[][] {
  const paragraphs: string[][] = [];
  for (let i = 0; i < all.length; i += 5) paragraphs.push(all.slice(i, i + 5));
  return paragraphs;
}

export function anchoringBenchPage(): { original: string; edited: string; passages: BenchPassages } {
  const generated = sentences(BENCH_NOTES - REMOVED + UNNOTED);
  const kept = generated.slice(0, BENCH_NOTES - REWORDED - REMOVED);
  // A word of each reworded sentence changed, as an editor does.
  const reworded = generated.slice(kept.length, kept.length + REWORDED).map((then) => ({ then, now: then.replace(' disputed', ' contested') }));
  const removed = Array.from({ length: REMOVED }, (_, i) => `${DISTINCT[i % DISTINCT.length]} (Item ${i + 1}.)`);
  const unnoted = generated.slice(kept.length + REWORDED);
  // The sentences mixed through the page: every fiftieth place a passage that will be taken out.
  const before: string[] = [];
  const after: string[] = [];
  const pool = [...kept.map((s) => [s, s]), ...reworded.map(({ then, now }) => [then, now]), ...unnoted.map((s) => [s, s])];
  const pick = seededPick();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  pool.forEach(([then, now], i) => {
    if (i % 50 === 25 && Math.floor(i / 50) < REMOVED) before.push(removed[Math.floor(i / 50)]);
    before.push(then);
    after.push(now);
  });
  const update = 'Update, 14 March: this article has been corrected and updated with the harbour authority’s figures for the winter.';
  return {
    original: page(inParagraphs(before)),
    edited: page([[update], ...inParagraphs(after)]),
    passages: { all: [...kept, ...reworded.map((r) => r.then), ...removed], kept, reworded, removed },
  };
}
