/** One line of the benchmark report. */
export interface BenchRow {
  /** What was measured, e.g. `normalize (clean NFC)`. */
  name: string;
  /** Megabytes (UTF-8 bytes of input / 1e6) per second, when that is the measure. */
  mbPerSec?: number;
  /** Items per second (articles, lines), when that is the measure. */
  perSec?: number;
  /** Any other figure, with its unit in `note`. */
  value?: number;
  /** Ratio to the baseline named in `note` (e.g. 0.35 × native NFC). */
  ratio?: number;
  note?: string;
}

/** A benchmark over the real data (read by path, never bundled). */
export interface BenchSuite {
  name: string;
  run(dataDir: string): Promise<BenchRow[]> | BenchRow[];
}

/**
 * Runs `fn` repeatedly for at least `minMs` (after one warm-up call) and returns the mean time of
 * one call in milliseconds.
 */
export function timeIt(fn: () => unknown, minMs = 1000): number {
  fn();
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return elapsed / runs;
}
