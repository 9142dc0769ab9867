import { checkSync } from "recheck";
import { expect } from "vitest";

/**
 * Asserts that a regular expression cannot backtrack catastrophically, using the `recheck` ReDoS
 * checker (automaton analysis with a fuzzing fallback). Use it on every exported pattern.
 */
export function expectSafeRegex(re: RegExp): void {
  const result = checkSync(re.source, re.flags);
  expect(
    result.status,
    `${re} is ${result.status}${result.status === "vulnerable" ? ` (attack: ${JSON.stringify(result.attack?.string?.slice(0, 40))})` : ""}`,
  ).toBe("safe");
}

/**
 * Times `fn` on a pathological input of `size` characters and on one twice as long: a linear
 * algorithm takes about twice as long; the bound is loose so that a loaded machine does not fail it,
 * while quadratic behaviour (4x) or worse still does.
 */
export function expectLinearTime(
  fn: (input: string) => unknown,
  make: (size: number) => string,
  size = 500_000,
): void {
  const small = make(size);
  const large = make(size * 2);
  fn(small); // warm up
  const t0 = performance.now();
  fn(small);
  const t1 = performance.now();
  fn(large);
  const t2 = performance.now();
  const ratio = (t2 - t1) / Math.max(t1 - t0, 1);
  expect(ratio, `time ratio for doubled input: ${ratio.toFixed(2)}`).toBeLessThan(3.5);
}
