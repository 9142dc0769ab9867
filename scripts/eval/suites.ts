import { corpusSuite } from "./corpus.js";
import { discourseSuite } from "./discourse.js";
import { entitiesSuite } from "./entities.js";
import { normalizeSuite } from "./normalize.js";
import { quantitySuite } from "./quantity.js";
import { segmentSuite } from "./segment.js";
import { timeSuite } from "./time.js";
import type { EvalSuite } from "./types.js";

/** Every evaluation suite, in the order they run. Each lives in its own file next to this one. */
export const SUITES: EvalSuite[] = [
  normalizeSuite,
  segmentSuite,
  entitiesSuite,
  discourseSuite,
  timeSuite,
  quantitySuite,
  corpusSuite,
];
