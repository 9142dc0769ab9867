import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { OffsetMap } from "../src/normalize/offset-map.js";
import { TextBuilder } from "../src/normalize/text-builder.js";
import { runs } from "./setup/fast-check.js";

/** Applies random replacements to a string and returns the result with its map. */
function edit(source: string, ops: { at: number; del: number; ins: string }[]) {
  const b = new TextBuilder(source);
  let pos = 0;
  for (const op of [...ops].sort((x, y) => x.at - y.at)) {
    const start = Math.max(pos, Math.min(op.at, source.length));
    const end = Math.min(source.length, start + op.del);
    if (start === end && op.ins === "") continue;
    b.replace(start, end, op.ins);
    pos = end;
  }
  return b.finish();
}

const opArb = fc.record({
  at: fc.nat({ max: 60 }),
  del: fc.nat({ max: 4 }),
  ins: fc.string({ maxLength: 4 }),
});

describe("OffsetMap", () => {
  test("identity maps every offset to itself", () => {
    const m = OffsetMap.identity(10);
    expect(m.toSource(7)).toBe(7);
    expect(m.spanToSource({ start: 2, end: 5 })).toEqual({ start: 2, end: 5 });
  });

  test("a replaced region maps outward, the rest shifts", () => {
    // "a xyz b" -> "a Z b": "xyz" (2..5) became "Z" (2..3)
    const { text, map } = edit("a xyz b", [{ at: 2, del: 3, ins: "Z" }]);
    expect(text).toBe("a Z b");
    expect(map.spanToSource({ start: 2, end: 3 })).toEqual({ start: 2, end: 5 });
    expect(map.spanToSource({ start: 4, end: 5 })).toEqual({ start: 6, end: 7 });
    expect(map.spanToSource({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });

  test("a deleted character is excluded from spans that touch it", () => {
    // "ab\u200Bcd" -> "abcd"
    const { text, map } = edit("ab\u200Bcd", [{ at: 2, del: 1, ins: "" }]);
    expect(text).toBe("abcd");
    expect(map.spanToSource({ start: 2, end: 4 })).toEqual({ start: 3, end: 5 });
    expect(map.spanToSource({ start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
  });

  test("edits that touch stay apart: a span next to an edit is not widened over it", () => {
    // "<p>&ldquo;Tôi" -> "“Tôi": the tag is deleted, the entity replaced, two touching regions.
    const { text, map } = edit("<p>&ldquo;Tôi", [
      { at: 0, del: 3, ins: "" },
      { at: 3, del: 7, ins: "“" },
    ]);
    expect(text).toBe("“Tôi");
    expect(map.size).toBe(2);
    expect(map.spanToSource({ start: 0, end: 4 })).toEqual({ start: 3, end: 13 });
    expect(map.spanToSource({ start: 1, end: 4 })).toEqual({ start: 10, end: 13 });
    // The same from plain edits.
    const m = OffsetMap.fromEdits(map.edits(), 13, 4);
    expect(m.edits()).toEqual(map.edits());
  });

  test("overlapping edits merge; zero-width edits at one point keep their order", () => {
    const m = OffsetMap.fromEdits(
      [
        { srcStart: 0, srcEnd: 2, tgtStart: 0, tgtEnd: 1 },
        { srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 2 },
        { srcStart: 5, srcEnd: 5, tgtStart: 4, tgtEnd: 5 },
        { srcStart: 5, srcEnd: 5, tgtStart: 5, tgtEnd: 6 },
      ],
      8,
      9,
    );
    expect(m.edits()).toEqual([
      { srcStart: 0, srcEnd: 3, tgtStart: 0, tgtEnd: 2 },
      { srcStart: 5, srcEnd: 5, tgtStart: 4, tgtEnd: 5 },
      { srcStart: 5, srcEnd: 5, tgtStart: 5, tgtEnd: 6 },
    ]);
  });

  test("composition keeps touching regions apart and joins overlapping ones", () => {
    // "a\r\nb" -> "a\nb" (CRLF), then "a\nb" -> "a\n\u201cb" (an insertion after the break).
    const one = edit("a\r\nb", [{ at: 1, del: 2, ins: "\n" }]);
    const two = edit(one.text, [{ at: 2, del: 0, ins: "\u201c" }]);
    const c = one.map.compose(two.map);
    expect(c.edits()).toEqual([
      { srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 2 },
      { srcStart: 3, srcEnd: 3, tgtStart: 2, tgtEnd: 3 },
    ]);
    // "b" maps to "b" alone, not to the line break before it.
    expect(c.spanToSource({ start: 3, end: 4 })).toEqual({ start: 3, end: 4 });
    // A second edit over the first one's output joins it.
    const three = edit(one.text, [{ at: 1, del: 1, ins: " " }]);
    expect(one.map.compose(three.map).edits()).toEqual([
      { srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 2 },
    ]);
  });

  test("junk where every character changes keeps one region per change", () => {
    const source = "\u0001".repeat(50);
    const { map } = edit(
      source,
      Array.from({ length: 50 }, (_, i) => ({ at: i, del: 1, ins: "" })),
    );
    expect(map.size).toBe(50);
    const again = map.compose(OffsetMap.identity(0));
    expect(again.size).toBe(50);
  });

  test("mapped spans always lie inside the source and cover their text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(opArb, { maxLength: 6 }), (s, ops) => {
        const { text, map } = edit(s, ops);
        for (let a = 0; a <= text.length; a++) {
          for (let b = a; b <= text.length; b++) {
            const sp = map.spanToSource({ start: a, end: b });
            expect(sp.start).toBeGreaterThanOrEqual(0);
            expect(sp.end).toBeLessThanOrEqual(s.length);
            expect(sp.start).toBeLessThanOrEqual(sp.end);
          }
        }
        // Unchanged text maps back to identical text.
        for (const e of map.edits()) expect(e.srcStart).toBeLessThanOrEqual(e.srcEnd);
      }),
    );
  });

  test("composition agrees with mapping through each map in turn", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(opArb, { maxLength: 5 }),
        fc.array(opArb, { maxLength: 5 }),
        (s, ops1, ops2) => {
          const one = edit(s, ops1);
          const two = edit(one.text, ops2);
          const composed = one.map.compose(two.map);
          expect(composed.sourceLength).toBe(s.length);
          expect(composed.targetLength).toBe(two.text.length);
          for (let a = 0; a <= two.text.length; a++) {
            for (let b = a + 1; b <= two.text.length; b++) {
              const direct = composed.spanToSource({ start: a, end: b });
              const stepwise = one.map.spanToSource(two.map.spanToSource({ start: a, end: b }));
              // Composition may merge neighbouring regions, so it can only widen a span.
              expect(direct.start).toBeLessThanOrEqual(stepwise.start);
              expect(direct.end).toBeGreaterThanOrEqual(stepwise.end);
              expect(direct.end).toBeLessThanOrEqual(s.length);
            }
          }
          // Text outside every region is identical on both sides.
          let prevS = 0;
          let prevT = 0;
          for (const e of [
            ...composed.edits(),
            {
              srcStart: s.length,
              srcEnd: s.length,
              tgtStart: two.text.length,
              tgtEnd: two.text.length,
            },
          ]) {
            expect(s.slice(prevS, e.srcStart)).toBe(two.text.slice(prevT, e.tgtStart));
            prevS = e.srcEnd;
            prevT = e.tgtEnd;
          }
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
