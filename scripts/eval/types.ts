/** One figure an evaluation suite reports. Higher is better for every score. */
export interface Score {
  /** Stable name, used as the key of its floor. */
  name: string;
  /** Cases that passed (or true positives, for precision/recall). */
  passed: number;
  /** Cases in all. */
  total: number;
  /** The score itself, 0..1 (usually passed / total). */
  value: number;
  /** Up to a few failing cases, to show what is left. */
  failures?: string[];
}

/** An evaluation over the real data in ../shared/data (never bundled with the package). */
export interface EvalSuite {
  name: string;
  /** What the suite measures, in a line. */
  description: string;
  run(dataDir: string): Promise<Score[]> | Score[];
}

/** A score from passed and total counts. */
export function ratio(name: string, passed: number, total: number, failures?: string[]): Score {
  return {
    name,
    passed,
    total,
    value: total === 0 ? 0 : passed / total,
    ...(failures && failures.length > 0 ? { failures: failures.slice(0, 10) } : {}),
  };
}
