import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SegmentResult } from "../src/schema/sections.js";
import { segment } from "../src/segment/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** Pieces that real articles are made of, so that random texts hit the rules, not only junk. */
const piece = fc.constantFrom(
  "Quận 9: Tổ chức hội nghị",
  "Bản tin quận 9",
  "\u00a0\u00a0\u00a0Sáng ngày 04/8/2017,Quận ủy tổ chức hội nghị.",
  "Ảnh: Ngọc Thắm",
  "(Ảnh minh họa)",
  "Theo VnExpress",
  "TTXVN",
  "PV.",
  "HÀ NỘI - ",
  "(Chinhphu.vn) -",
  "GS.TS. Nguyễn Văn A",
  "TP.HCM",
  "v.v...",
  "1. ",
  "- ",
  "“",
  "”",
  "&amp;",
  "&nbsp;",
  "<p>",
  "</p>",
  "<h1>",
  "</h1>",
  "<br>",
  "<figcaption>",
  "<script>",
  "<!--",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  " ",
  "                                        ",
  "\u0301",
  "\ud800",
  "Ngọc Thắm",
  "140.000đ 20% F-16 53S5 vinh@zing.com.vn https://a.vn/x",
);

const article = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((xs) => xs.join(""));

describe("any text or markup", () => {
  test("gives a valid result whose spans point into the input (plain)", () => {
    fc.assert(
      fc.property(article, (input) => {
        const r = segment(input, { format: "plain", words: true });
        expect(SegmentResult.safeParse(r).success).toBe(true);
        expectSpansPointIntoSource(r, input);
      }),
      { numRuns: 300 },
    );
  });

  test("gives a valid result whose spans point into the input (HTML)", () => {
    fc.assert(
      fc.property(article, (input) => {
        const r = segment(`<html><body><article>${input}</article></body></html>`, {
          format: "html",
          words: true,
        });
        expect(SegmentResult.safeParse(r).success).toBe(true);
        expectSpansPointIntoSource(r, `<html><body><article>${input}</article></body></html>`);
      }),
      { numRuns: 300 },
    );
  });

  test("sections never overlap and come in order; the same input gives the same JSON", () => {
    fc.assert(
      fc.property(article, fc.constantFrom("plain" as const, "html" as const), (input, format) => {
        const r = segment(input, { format, tokens: false });
        for (let i = 1; i < r.sections.length; i++) {
          expect((r.sections[i]?.span.start ?? 0) >= (r.sections[i - 1]?.span.end ?? 0)).toBe(true);
        }
        expect(JSON.stringify(segment(input, { format, tokens: false }))).toBe(JSON.stringify(r));
      }),
      { numRuns: 200 },
    );
  });
});
