/**
 * The floors of `npm run eval`: for each figure, the least (or, for counts of failures, the most) it may be
 * before the evaluation fails. Each is the figure measured when it was set, less a small margin; the engine is
 * deterministic, so the margin only absorbs the scorers' rounding, not noise between runs. Raise a floor in the
 * commit that raises its figure. Keys are the figures' ids in scripts/eval.ts.
 */

export interface Floor {
  /** The figure must be at least this. */
  min?: number;
  /** The figure must be at most this (errors, pages missed). */
  max?: number;
}

export const FLOORS: Record<string, Floor> = {
  // The founding example must stay exactly right.
  'seed.exact': { min: 1 },
  // The 181-page extraction benchmark (scripts tuned on it since the start: a development figure).
  'benchmark.f1': { min: 0.968 },
  'benchmark.precision': { min: 0.974 },
  'benchmark.recall': { min: 0.963 },
  // trafilatura's evaluation set, development half.
  'trafilatura.f': { min: 0.928 },
  'trafilatura.precision': { min: 0.938 },
  'trafilatura.recall': { min: 0.918 },
  'trafilatura.noArticle': { max: 4 },
  'trafilatura.langAgreement': { min: 0.955 },
  // PolNeAR: train and dev are for development, test is held out (reported, never tuned on).
  'polnear-train.quoteF1': { min: 0.969 },
  'polnear-train.attribution': { min: 0.93 },
  'polnear-train.speakerPrecision': { min: 0.95 },
  'polnear-dev.quoteF1': { min: 0.969 },
  'polnear-dev.attribution': { min: 0.95 },
  // At the target: the no-speaker threshold is chosen on train and dev together at that precision, and dev
  // alone (about 450 speakers given, a standard error near 0.009) moves by 0.004 with each speaker.
  'polnear-dev.speakerPrecision': { min: 0.95 },
  'polnear-test.quoteF1': { min: 0.978 },
  // Held out: the targets (attribution 0.92, precision 0.95) less one standard error of a set this size
  // (about 0.01 for each, over some 450 quotations), not the last figure less a margin. The no-speaker threshold is
  // chosen at exactly the precision target on train and dev, so at the target itself the held-out figure would fall
  // below it about half the time with no change of behaviour; a floor that low still catches a real regression, and
  // each note reports the figures against the targets themselves.
  'polnear-test.attribution': { min: 0.91 },
  'polnear-test.speakerPrecision': { min: 0.94 },
  // German Wikinews, train split.
  'de-wikinews.quoteF1': { min: 0.835 },
  'de-wikinews.quote3F1': { min: 0.945 },
  'de-wikinews.attribution': { min: 0.82 },
  'de-wikinews.speakerPrecision': { min: 0.9 },
  'de-wikinews.speakerPrecisionAll': { min: 0.79 },
  // Summaries: ROUGE-1 F×100, and its margin over a lead of the same length. About one line in eight sentences
  // (issue 23) makes the CNN/DailyMail summaries 4.1 lines against Lead-3's 3, and the Arabic ones two lines where
  // the reference is a one-line headline (a single line scored 22.7 there).
  'cnndm.rouge1': { min: 39.5 },
  'cnndm.overLead': { min: 0.6 },
  'cnndm.overLead3': { min: -0.1 },
  'ar.rouge1': { min: 16.2 },
  'ar.overLead': { min: 3.4 },
  // What a reader sees first (scripts/eval-reading.ts): inferred labels that begin or end with a function word, in
  // each language the corpora have (Hebrew and Persian only in the unit tests), and their length in words; summary
  // lines without their sentence's final punctuation, and lines saying again what an earlier line said.
  ...Object.fromEntries(['ar', 'de', 'en', 'es', 'fr', 'ru', 'zh'].flatMap((lang) => [
    [`labels.${lang}.functionWordEdge`, { max: 0 }],
    [`labels.${lang}.words`, { min: 2, max: 6 }],
  ])),
  'summaryLines.unpunctuated': { max: 0 },
  'summaryLines.repeats': { max: 0 },
  // Every page of Readability's and the benchmark's corpora, and the generated torture set.
  'readability.readerable': { min: 128 },
  'pages.errors': { max: 0 },
  'pages.timeOuts': { max: 0 },
  'torture.crashes': { max: 0 },
  'torture.timeOuts': { max: 0 },
};
