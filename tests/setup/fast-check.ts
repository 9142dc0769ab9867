/**
 * fast-check settings for every property test (vitest `setupFiles`).
 *
 * CI is deterministic: every property runs with the same seed, so a red build is a real failure
 * that reproduces. Developers fuzz with `npm run test:fuzz` (`BANTIN_FUZZ=1`): a fresh random seed
 * per run (printed, and in fast-check's failure report) and `BANTIN_FUZZ_RUNS` times as many runs
 * (default 20) for tests that size their runs with {@link runs}. Replay a failure with
 * `BANTIN_FUZZ_SEED=<seed>` (and the `path` fast-check prints).
 */
import fc from "fast-check";

/** The seed CI uses. */
export const CI_SEED = 20_171_105;

const fuzzing = process.env.BANTIN_FUZZ === "1";
const replay = process.env.BANTIN_FUZZ_SEED;
const seed =
  replay !== undefined && replay !== ""
    ? Number(replay)
    : fuzzing
      ? // A fresh seed per run is the point of fuzzing (tests only; the library never does this).
        Math.floor(Math.random() * 0x7fffffff)
      : CI_SEED;
const factor = fuzzing ? Math.max(1, Number(process.env.BANTIN_FUZZ_RUNS ?? "20") || 20) : 1;

if (fuzzing) console.log(`fast-check fuzzing: seed ${seed}, runs x${factor}`);
fc.configureGlobal({ seed, ...(fuzzing ? { numRuns: 100 * factor } : {}) });

/** Number of runs for a property: `n` in CI, `n` times the fuzz factor when fuzzing. */
export function runs(n: number): number {
  return n * factor;
}
