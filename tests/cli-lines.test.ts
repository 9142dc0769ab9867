import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { HEAD_BYTES, type Line, splitLines } from "../src/cli/input/lines.js";
import { idPeeker } from "../src/cli/input/peek-id.js";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

async function lines(chunks: (string | Uint8Array)[], max = 1 << 20): Promise<Line[]> {
  async function* source() {
    for (const c of chunks) yield typeof c === "string" ? enc.encode(c) : c;
  }
  const out: Line[] = [];
  for await (const l of splitLines(source(), max)) out.push(l);
  return out;
}

const texts = (ls: Line[]) =>
  ls.map((l) => ("bytes" in l ? dec.decode(l.bytes) : { tooLong: l.tooLong }));

describe("splitLines", () => {
  test("LF and CRLF endings, a last line without newline, empty lines kept", async () => {
    expect(texts(await lines(["a\r\nb\n\nc"]))).toEqual(["a", "b", "", "c"]);
    expect((await lines(["a\n\n"])).map((l) => l.number)).toEqual([1, 2]);
  });

  test("a final newline does not add an empty line; empty input has no line", async () => {
    expect(texts(await lines(["x\n"]))).toEqual(["x"]);
    expect(await lines([])).toEqual([]);
    expect(await lines([""])).toEqual([]);
  });

  test("a UTF-8 BOM at the start is dropped, elsewhere kept", async () => {
    expect(texts(await lines(["\ufeffa\n\ufeffb"]))).toEqual(["a", "\ufeffb"]);
  });

  test("lines across chunks, multi-byte characters split between chunks", async () => {
    const bytes = enc.encode("Quận ủy\nhội nghị\n");
    const parts = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)];
    expect(texts(await lines(parts))).toEqual(["Quận ủy", "hội nghị"]);
  });

  test("a line longer than the limit is counted, not kept, and the next line is fine", async () => {
    const long = "x".repeat(50);
    expect(texts(await lines([`a\n${long.slice(0, 20)}`, `${long.slice(20)}\nb\n`], 30))).toEqual([
      "a",
      { tooLong: 50 },
      "b",
    ]);
    expect(texts(await lines([`${long}`], 30))).toEqual([{ tooLong: 50 }]);
    expect(texts(await lines([`${"y".repeat(30)}\n`], 30))).toEqual(["y".repeat(30)]);
  });

  test("a line longer than the limit keeps its head, across chunks, so its id can be read", async () => {
    const record = `{"id":"long-1","text":"${"x".repeat(200)}"}`;
    const out = await lines(
      [`a\n${record.slice(0, 7)}`, `${record.slice(7, 40)}`, `${record.slice(40)}\nb\n`],
      30,
    );
    const long = out[1] as Extract<Line, { tooLong: number }>;
    expect(long.tooLong).toBe(record.length);
    expect(dec.decode(long.head)).toBe(record);
    expect(idPeeker("id")(long.head)).toBe("long-1");
    // Only the first HEAD_BYTES bytes are kept, whatever the line's length.
    const huge = await lines([`${"z".repeat(HEAD_BYTES * 3)}\n`], HEAD_BYTES);
    expect((huge[0] as Extract<Line, { tooLong: number }>).head.length).toBe(HEAD_BYTES);
  });

  test("each line owns its bytes (safe to move to a worker)", async () => {
    const out = await lines([Buffer.from("ab\ncd\n")]);
    for (const l of out)
      if ("bytes" in l) expect(l.bytes.buffer.byteLength).toBe(l.bytes.byteLength);
  });

  test("property: any chunking of any text gives the same lines as split('\\n')", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("\n", "\r\n", "ệ", "\n\n")), {
          maxLength: 30,
        }),
        fc.array(fc.nat(20), { maxLength: 10 }),
        async (pieces, cuts) => {
          const text = pieces.join("");
          const bytes = enc.encode(text);
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (const c of cuts) {
            chunks.push(bytes.subarray(at, Math.min(bytes.length, at + c)));
            at = Math.min(bytes.length, at + c);
          }
          chunks.push(bytes.subarray(at));
          const expected = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
          if (expected[expected.length - 1] === "") expected.pop();
          if (expected[0]?.startsWith("\ufeff")) expected[0] = expected[0].slice(1);
          expect(texts(await lines(chunks))).toEqual(
            expected.map((l) => dec.decode(enc.encode(l))),
          );
        },
      ),
      { numRuns: 300, seed: 20170804 },
    );
  });
});

describe("peeking a JSONL line's id (for records of lines no worker finished)", () => {
  const peek = idPeeker("id");
  const id = (line: string, field = "id") => idPeeker(field)(enc.encode(line));

  test("strings and finite numbers are ids; anything else is none", () => {
    expect(peek(enc.encode('{"id":"a1","text":"x"}'))).toBe("a1");
    expect(id('  {  "id" : 42 , "text":"x"}')).toBe(42);
    expect(id('{"id":-1.5e3}')).toBe(-1500);
    expect(id('{"id":null,"text":"x"}')).toBeNull();
    expect(id('{"id":true}')).toBeNull();
    expect(id('{"id":{"x":1}}')).toBeNull();
    expect(id('{"id":["a"]}')).toBeNull();
    expect(id('{"text":"x"}')).toBeNull();
  });

  test("after long, escaped and nested values; a nested id is not the record's", () => {
    const text = `Quận 9 \\"trích\\" ${"ệ".repeat(1000)} \\\\`;
    expect(id(`{"text":"${text}","meta":{"id":"inner","a":[1,{"id":2}]},"id":"outer"}`)).toBe(
      "outer",
    );
    expect(id('{"meta":{"id":"inner"}}')).toBeNull();
    expect(id('{"a":"}\\"{","id":"x"}')).toBe("x");
    expect(id('{"id":"Quận \\u0039 \\"9\\""}')).toBe('Quận 9 "9"');
  });

  test("escaped keys, other field names, a BOM", () => {
    expect(id('{"\\u0069d":"esc"}')).toBe("esc");
    expect(id('{"id":"no","doc_id":"yes"}', "doc_id")).toBe("yes");
    expect(id('{"mã":"vn","id":"x"}', "mã")).toBe("vn");
    expect(id('\ufeff{"id":"bom"}')).toBe("bom");
  });

  test("not an object, broken or cut off: none", () => {
    for (const line of [
      "",
      "not json",
      '["id","x"]',
      '{"id"',
      '{"id":',
      '{"id":"open',
      '{"id":12',
      '{"text":"x" "id":"y"}',
      '{"text":"never closed, "id":"y"',
      "{id:1}",
    ])
      expect(id(line), line).toBeNull();
  });

  test("property: agrees with JSON.parse on any object (the first of repeated keys aside)", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string(), fc.constant("id")), value, { maxKeys: 6 }),
        fc.boolean(),
        (record, spaced) => {
          const line = JSON.stringify(record, null, spaced ? 1 : undefined).replace(/\n/g, " ");
          const raw = (JSON.parse(line) as Record<string, unknown>).id;
          const expected =
            typeof raw === "string" || (typeof raw === "number" && Number.isFinite(raw))
              ? raw
              : null;
          expect(peek(enc.encode(line))).toEqual(expected);
        },
      ),
      { numRuns: 1000, seed: 20170804 },
    );
  });
});
