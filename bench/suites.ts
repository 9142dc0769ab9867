import { analyzeSuite } from "./analyze.js";
import { cliSuite } from "./cli.js";
import { corpusSuite } from "./corpus.js";
import { discourseSuite } from "./discourse.js";
import { normalizeSuite } from "./normalize.js";
import { segmentSuite } from "./segment.js";
import { timeBench } from "./time.js";
import type { BenchSuite } from "./types.js";

/** Every benchmark suite, in the order they run. Each lives in its own file next to this one. */
export const SUITES: BenchSuite[] = [
  normalizeSuite,
  cliSuite,
  segmentSuite,
  timeBench,
  discourseSuite,
  analyzeSuite,
  corpusSuite,
];
