/**
 * The model that weighs the candidates of a quotation: a conditional logit (a logistic regression over the candidates
 * of one quotation and nobody) on the language-independent features of candidates.ts, fitted by scripts/train-quotes.ts on annotated articles (PolNeAR train, German Wikinews
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


/**
 * The likeliest candidate and its likelihood, or null when none reaches `ATTRIBUTION.minConfidence`. `observe` sees
 * every candidate's features, in the order of `candidates`; only those `eligible` allows compete (a rule ruled the
 * others out, and the model, fitted on every candidate the patterns propose, still sees them all).
 */
export function chooseSpeaker(
  candidates: readonly Candidate[],
  context: QuoteContext,
  nameEvidence: (entity: Entity) => NameEvidence,
  observe?: (features: number[][]) => void,
  eligible: (c: Candidate) => boolean = () => true,
): { candidate: Candidate; confidence: number } | null {
  const features = candidates.map((c) => featuresOf(c, context, nameEvidence(c.entity), candidates.length));
  observe?.(features);
  // A conditional logit: each candidate's likelihood beside the others' and nobody's (whose score is 0).
  const scores = features.map((f, i) => (eligible(candidates[i]) ? Math.exp(score(f)) : 0));
  const total = 1 + scores.reduce((a, b) => a + b, 0);
  let best = -1;
  scores.forEach((s, i) => {
    if (s > 0 && (best < 0 || s > scores[best])) best = i;
  });
  const confidence = best >= 0 ? scores[best] / total : 0;
  return best >= 0 && confidence >= ATTRIBUTION.minConfidence ? { candidate: candidates[best], confidence } : null;
}
