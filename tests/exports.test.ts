import { expect, test } from "vitest";
import * as bantin from "../src/index.js";

// The public surface is a decision, not an accident: adding or removing an export must change this
// list in the same commit.
test("the list of exported names is pinned", () => {
  expect(Object.keys(bantin).sort()).toMatchInlineSnapshot(`
    [
      "AlignmentRegion",
      "Analysis",
      "BantinError",
      "Change",
      "ChangeKind",
      "CountEntity",
      "Damage",
      "DateEntity",
      "DecodeResult",
      "Directive",
      "DocumentRef",
      "EncodingInfo",
      "EncodingName",
      "EventEntity",
      "FoldResult",
      "InputInfo",
      "Metadata",
      "MoneyEntity",
      "NormalizeResult",
      "NumberEntity",
      "OffsetMap",
      "Organisation",
      "Person",
      "Place",
      "SCHEMA_VERSION",
      "Section",
      "SectionKind",
      "SegmentResult",
      "Sentence",
      "Span",
      "Token",
      "TokenKind",
      "Word",
      "analyze",
      "decode",
      "fold",
      "normalize",
      "segment",
      "splitSentences",
      "tokenize",
    ]
  `);
});
