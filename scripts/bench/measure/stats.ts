// Small statistics for latency samples.

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles (ms); NaN for an empty sample. */
export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
