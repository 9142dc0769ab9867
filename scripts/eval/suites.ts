import { discourseSuite } from "./discourse.js";
import { entitiesSuite } from "./entities.js";
import { normalizeSuite } from "./normalize.js";
import { segmentSuite } from "./segment.js";
import type { EvalSuite } from "./types.js";

/** Every evaluation suite, in the order they run. Each lives in its own file next to this one. */
export const SUITES: EvalSuite[] = [normalizeSuite, segmentSuite, entitiesSuite, discourseSuite];
