/**
 * Every regular expression the normaliser exports passes the `recheck` ReDoS checker; the ones used
 * inside passes on user text are checked too.
 */
import { describe, test } from "vitest";
import { GLUED_PUNCTUATION } from "../src/normalize/passes/punctuation-space.js";
import { ASCII_SPACE_ISSUES } from "../src/normalize/passes/whitespace.js";
import { expectSafeRegex } from "./helpers/redos.js";

describe("regular expressions are safe from catastrophic backtracking", () => {
  test.each([
    ["GLUED_PUNCTUATION", GLUED_PUNCTUATION],
    ["ASCII_SPACE_ISSUES", ASCII_SPACE_ISSUES],
    // Used on words and lines inside the passes.
    ["word split (lookalike)", /[\p{L}\p{M}\p{N}]/u],
    ["cluster search (syllable)", /[êơ]/u],
    ["line end (decode)", /[.!?…:]\s*$|^\s*$/u],
    ["token split (legacy)", /[ \t]+/u],
  ])("%s", (_name, re) => {
    expectSafeRegex(re);
  });
});
