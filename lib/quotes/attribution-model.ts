/**
 * The model that weighs the candidates of a quotation: a logistic regression over the language-independent features
 * of candidates.ts, fitted by scripts/train-quotes.ts on annotated articles (PolNeAR train, German Wikinews
 * train) and shipped as data (attribution-model.json). Its thresholds were chosen on PolNeAR dev.
 */
import model from './attribution-model.json';
import type { Entity } from './entities';
import { FEATURES, featuresOf, type Candidate, type NameEvidence, type QuoteContext } from './candidates';

/** The thresholds of attribution, chosen with the weights (see the training script). */
export const ATTRIBUTION = {
  /** Below this likelihood the best candidate is not named: the quotation has no speaker. */
  minConfidence: model.minConfidence,
  /** Below this likelihood a speaker is shown as doubtful ("probably X"). */
  sureConfidence: model.sureConfidence,
};

/** The weights in the order of FEATURES; a feature the model file does not know weighs nothing. */
const WEIGHTS = FEATURES.map((name) => {
  const i = model.features.indexOf(name);
  return i < 0 ? 0 : model.weights[i];
});

export function score(features: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += WEIGHTS[i] * features[i];
  return sum;
}

function likelihood(features: readonly number[]): number {
  return 1 / (1 + Math.exp(-score(features)));
}

/**
 * The likeliest candidate and its likelihood, or null when none reaches `ATTRIBUTION.minConfidence`. `observe` sees
 * every candidate's features, in the order of `candidates`.
 */
export function chooseSpeaker(
  candidates: readonly Candidate[],
  context: QuoteContext,
  nameEvidence: (entity: Entity) => NameEvidence,
  observe?: (features: number[][]) => void,
): { candidate: Candidate; confidence: number } | null {
  const features = candidates.map((c) => featuresOf(c, context, nameEvidence(c.entity), candidates.length));
  observe?.(features);
  let best = -1;
  let bestLikelihood = 0;
  features.forEach((f, i) => {
    const p = likelihood(f);
    if (p > bestLikelihood) [best, bestLikelihood] = [i, p];
  });
  return best >= 0 && bestLikelihood >= ATTRIBUTION.minConfidence ? { candidate: candidates[best], confidence: bestLikelihood } : null;
}
