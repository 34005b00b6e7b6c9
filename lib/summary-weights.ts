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
 * fitted on CNN/DailyMail (100): ROUGE-1 39.67, lead of the same length 38.86 (+0.81)
 * 5-fold cross-validated on CNN/DailyMail: ROUGE-1 39.33, lead of the same length 38.86 (+0.47)
 * Arabic headline sample (100, not fitted on): ROUGE-1 16.65, lead of the same length 13.16 (+3.50)
 */
export const SUMMARY_WEIGHTS: SummaryWeights = {
  leadBonus: 5,
  leadDecay: 1,
  speakerBonus: 1.3,
  lengthPenalty: 0.8,
};
