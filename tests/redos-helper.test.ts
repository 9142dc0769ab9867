import { expect, test } from "vitest";
import { expectSafeRegex } from "./helpers/redos.js";

test("the ReDoS helper accepts a linear pattern and rejects a catastrophic one", () => {
  expectSafeRegex(/\p{L}+/u);
  expect(() => expectSafeRegex(/^(a+)+$/)).toThrow(/vulnerable/);
});
