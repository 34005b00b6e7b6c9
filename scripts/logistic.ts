/** Weighted logistic regression with an L2 penalty, fitted by Newton's method: small dense problems only. */

export interface Example {
  x: readonly number[];
  y: 0 | 1;
  weight: number;
}

const ITERATIONS = 30;
const TOLERANCE = 1e-7;

/** Weights minimising the weighted log loss plus `penalty`/2 · |w|² (the bias, feature 0, unpenalised). */
export function fitLogistic(examples: readonly Example[], dims: number, penalty: number): number[] {
  let w = new Array<number>(dims).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = w.map((v, k) => (k === 0 ? 0 : penalty * v));
    const hessian = Array.from({ length: dims }, (_, k) => Array.from({ length: dims }, (_, l) => (k === l && k > 0 ? penalty : 0)));
    for (const { x, y, weight } of examples) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k], 0)));
      const g = weight * (p - y);
      const h = weight * p * (1 - p);
      for (let k = 0; k < dims; k++) {
        if (!x[k]) continue;
        gradient[k] += g * x[k];
        for (let l = 0; l < dims; l++) if (x[l]) hessian[k][l] += h * x[k] * x[l];
      }
    }
    const step = solve(hessian, gradient);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < TOLERANCE) break;
  }
  return w;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; a column with no pivot gets 0. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    if (Math.abs(m[col][col]) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      if (factor) for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]));
}

/** One choice among candidates: their features, and which of them are right (none right: nobody said it). */
export interface Choice {
  candidates: readonly (readonly number[])[];
  right: readonly boolean[];
  weight: number;
}

/**
 * Conditional logit with an L2 penalty, fitted by Newton's method: the probability of candidate c is
 * exp(w·x_c) / (1 + Σ exp(w·x_k)), the 1 standing for nobody (the quotation has no speaker among them). Maximises
 * the weighted log-likelihood of the right candidates (or of nobody, when none is right).
 */
export function fitConditionalLogit(choices: readonly Choice[], dims: number, penalty: number): number[] {
  let w = new Array<number>(dims).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = w.map((v) => penalty * v);
    const hessian = Array.from({ length: dims }, (_, k) => Array.from({ length: dims }, (_, l) => (k === l ? penalty : 0)));
    for (const choice of choices) addChoice(choice, w, gradient, hessian);
    const step = solve(hessian, gradient);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < TOLERANCE) break;
  }
  return w;
}

/** Adds one choice's gradient and Hessian of the negative log-likelihood. */
function addChoice({ candidates, right, weight }: Choice, w: readonly number[], gradient: number[], hessian: number[][]): void {
  const dims = w.length;
  const scores = candidates.map((x) => Math.exp(Math.min(50, x.reduce((s, v, k) => s + v * w[k], 0))));
  const total = 1 + scores.reduce((a, b) => a + b, 0);
  const p = scores.map((s) => s / total);
  // The target: the right candidates, in proportion to their probability; nobody when none is right.
  const rightTotal = scores.reduce((a, s, i) => a + (right[i] ? s : 0), 0);
  const target = scores.map((s, i) => (right[i] ? s / rightTotal : 0));
  const mean = new Array<number>(dims).fill(0);
  candidates.forEach((x, i) => x.forEach((v, k) => (mean[k] += p[i] * v)));
  candidates.forEach((x, i) => {
    const g = weight * (p[i] - (rightTotal > 0 ? target[i] : 0));
    for (let k = 0; k < dims; k++) {
      if (!x[k]) continue;
      gradient[k] += g * x[k];
      for (let l = 0; l < dims; l++) if (x[l]) hessian[k][l] += weight * p[i] * x[k] * x[l];
    }
  });
  for (let k = 0; k < dims; k++) {
    if (!mean[k]) continue;
    for (let l = 0; l < dims; l++) hessian[k][l] -= weight * mean[k] * mean[l];
  }
}
