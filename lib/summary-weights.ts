/**
 * The weights of the summary's sentence score (lib/summary.ts), fitted by `npm run fit:summary`
 * (scripts/fit-summary.ts) on the summary samples of ../shared, with the cross-validated figures it printed.
 * Data, not code: rewrite it with `npm run fit:summary -- --write`.
 */
export interface SummaryWeights {
  /** The lead's sentences count more: a score is multiplied by 1 + leadBonus / (1 + leadDecay × the sentence's
   *  index in the article). */
  leadBonus: number;
  leadDecay: number;
  /** Multiplies the score of a sentence naming a person the article quotes. */
  speakerBonus: number;
  /** Of two sentences saying as much, the shorter: the score is divided by (content words)^lengthPenalty. */
  lengthPenalty: number;
}

/**
 * fitted on CNN/DailyMail (100): ROUGE-1 39.64, lead of the same length 38.86 (+0.78)
 * 5-fold cross-validated on CNN/DailyMail: ROUGE-1 38.73, lead of the same length 38.86 (-0.13)
 * Arabic headline sample (100, not fitted on): ROUGE-1 16.60, lead of the same length 13.16 (+3.44)
 */
export const SUMMARY_WEIGHTS: SummaryWeights = {
  leadBonus: 1,
  leadDecay: 0.25,
  speakerBonus: 1,
  lengthPenalty: 0.6,
};
