// The summaries the benchmarks print: median, quartiles and range of a set of runs.

/** @typedef {{n: number, median: number, q1: number, q3: number, min: number, max: number}} Summary */

/**
 * @param {number[]} sorted
 * @param {number} q
 */
function quantile(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/**
 * @param {number[]} values
 * @returns {Summary}
 */
export function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  return {n: s.length, median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s[s.length - 1]};
}
