import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Unit } from "../src/cli/input/sources.js";
import type { TaskSettings } from "../src/cli/records.js";
import { runTask } from "../src/cli/task.js";
import { CHARSETS, encodeText } from "../src/decode/charsets.js";
import { Analysis } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");
const enc = new TextEncoder();

const settings = (over: Partial<TaskSettings> = {}): TaskSettings => ({
  command: "analyze",
  format: "jsonl",
  multi: true,
  fields: undefined,
  pretty: false,
  inputEncoding: "auto",
  idField: "id",
  textFields: ["text"],
  htmlField: "html",
  tone: undefined,
  referenceDate: undefined,
  tokens: undefined,
  words: undefined,
  generator: "bantin test",
  indexHref: undefined,
  ...over,
});

const line = (text: string | Uint8Array, n = 1): Unit => {
  const bytes = typeof text === "string" ? enc.encode(text) : text;
  return {
    seq: n - 1,
    origin: "in.jsonl",
    line: n,
    size: bytes.length,
    payload: { kind: "line", bytes },
  };
};
const doc = (
  text: string | Uint8Array,
  origin = "a.txt",
  format: "plain" | "html" = "plain",
): Unit => {
  const bytes = typeof text === "string" ? enc.encode(text) : text;
  return {
    seq: 0,
    origin,
    line: undefined,
    size: bytes.length,
    payload: { kind: "document", bytes, format },
  };
};

describe("runTask on JSONL lines", () => {
  test("a line gives one JSONL record: id first, then the analysis", () => {
    const r = runTask(line(JSON.stringify({ id: "x1", text: seed })), settings());
    expect(r.status).toBe("ok");
    expect(r.out.endsWith("\n")).toBe(true);
    expect(r.out.indexOf("\n")).toBe(r.out.length - 1);
    const record = JSON.parse(r.out);
    expect(Object.keys(record)[0]).toBe("id");
    expect(record.id).toBe("x1");
    const { id: _id, ...analysis } = record;
    expect(Analysis.safeParse(analysis).success).toBe(true);
    expectSpansPointIntoSource(analysis, seed);
  });

  test("numeric ids stay numbers; a missing id is null", () => {
    expect(JSON.parse(runTask(line('{"id":42,"text":"a"}'), settings()).out).id).toBe(42);
    expect(JSON.parse(runTask(line('{"text":"a"}'), settings()).out).id).toBe(null);
  });

  test("configurable field names; several text fields and paragraph arrays are joined by a blank line", () => {
    const s = settings({ idField: "doc", textFields: ["title", "sapo", "body_paragraphs"] });
    const r = JSON.parse(
      runTask(line(JSON.stringify({ doc: "d", title: "T", body_paragraphs: ["p1", "p2"] })), s).out,
    );
    expect(r.id).toBe("d");
    expect(r.input.length).toBe("T\n\np1\n\np2".length);
  });

  test("an html field is read when no text field is there", () => {
    const r = runTask(line(JSON.stringify({ id: 1, html: "<p>Quận 9</p>" })), settings());
    expect(r.status).toBe("ok");
  });

  test.each([
    ["invalid JSON", "{not json", "invalid-json", null],
    ["an array", "[1,2]", "not-an-object", null],
    ["a string", '"text"', "not-an-object", null],
    ["null", "null", "not-an-object", null],
    ["no text field", '{"id":"z","body":"x"}', "no-text", "z"],
    ["a text that is not a string", '{"id":"z","text":5}', "no-text", "z"],
  ])("%s gives an error record and keeps the id when known", (_name, text, code, id) => {
    const r = runTask(line(text, 5), settings());
    expect(r.status).toBe("failed");
    expect(JSON.parse(r.out)).toMatchObject({ id, error: { code, line: 5, file: "in.jsonl" } });
  });

  test("a line that is not UTF-8 is decoded, and the record says spans index the decoded text", () => {
    const bytes = new Uint8Array([
      ...enc.encode('{"id":"l","text":"Qu'),
      0xe1,
      0xba,
      ...enc.encode('n"}'),
    ]);
    const r = runTask(line(bytes), settings());
    expect(r.status).toBe("ok");
    const record = JSON.parse(r.out);
    expect(record.input.kind).toBe("bytes");
    expect(typeof record.input.decodedText).toBe("string");
    expect(record.normalized.encoding.name).not.toBe("unicode");
  });

  test("--fields keeps id and the named fields", () => {
    const r = runTask(
      line(JSON.stringify({ id: "f", text: seed })),
      settings({ fields: ["sections", "normalized.text"] }),
    );
    expect(Object.keys(JSON.parse(r.out))).toEqual(["id", "sections", "normalized"]);
  });
});

describe("runTask on documents", () => {
  test("a document's id is its path; single JSON has no id and validates", () => {
    const r = runTask(
      doc(seed, "fixtures/seed/seed.txt"),
      settings({ format: "json", multi: false }),
    );
    expect(r.id).toBe("fixtures/seed/seed.txt");
    const analysis = JSON.parse(r.out);
    expect(analysis.id).toBeUndefined();
    expect(Analysis.parse(analysis)).toEqual(analysis);
  });

  test("bytes that are not UTF-8 go to the library's decoder: spans index input.decodedText", () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(seed).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const r = runTask(doc(utf16), settings({ format: "json", multi: false }));
    const analysis = JSON.parse(r.out);
    expect(analysis.input.kind).toBe("bytes");
    expect(analysis.input.decodedText).toBe(seed);
  });

  test.each([
    ["tcvn3", "Tôi đi học ở Quận 9, Thành phố Hồ Chí Minh"],
    ["vni", "Đồng chí Cao Văn Minh phát biểu chỉ đạo"],
    ["viscii", "Hội nghị chuyên đề về công tác phát triển đảng viên"],
    ["cp1258", "Việt Nam"],
  ] as const)(
    "--input-encoding %s reads the bytes with that table and marks the result",
    (encoding, text) => {
      const bytes = encodeText(CHARSETS[encoding], text);
      if (!bytes) throw new Error(`cannot encode the example in ${encoding}`);
      const r = runTask(
        doc(bytes),
        settings({ format: "json", multi: false, inputEncoding: encoding }),
      );
      const analysis = JSON.parse(r.out);
      expect(analysis.normalized.text).toBe(text);
      expect(analysis.normalized.encoding.name).toBe(encoding);
      expect(analysis.input.kind).toBe("bytes");
      expectSpansPointIntoSource(analysis, analysis.input.decodedText);
    },
  );

  test("a JSONL line in a legacy encoding parses once decoded", () => {
    const bytes = encodeText(CHARSETS.tcvn3, '{"id":"t","text":"Quận ủy Quận 9"}');
    if (!bytes) throw new Error("cannot encode");
    const r = runTask(line(bytes), settings({ inputEncoding: "tcvn3" }));
    const record = JSON.parse(r.out);
    expect(record.id).toBe("t");
    expect(record.normalized.text).toBe("Quận ủy Quận 9");
  });

  test("normalize as text; segment keeps sections and metadata only", () => {
    expect(
      runTask(doc("Quận uỷ"), settings({ command: "normalize", format: "text", multi: false })).out,
    ).toMatch(/\n$/);
    const seg = JSON.parse(
      runTask(doc(seed), settings({ command: "segment", format: "json", multi: false })).out,
    );
    expect(Object.keys(seg)).toEqual(["schemaVersion", "input", "metadata", "sections"]);
    expect(seg.sections.length).toBeGreaterThan(0);
  });

  test("csv rows and an html page with an index summary", () => {
    const csv = runTask(doc(seed), settings({ format: "csv" }));
    expect(csv.status).toBe("ok");
    const html = runTask(
      doc(seed, "seed.txt"),
      settings({ format: "html", indexHref: "../index.html" }),
    );
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain('href="../index.html"');
    expect(html.summary?.characters).toBe(seed.length);
  });

  test("an error payload becomes an error record", () => {
    const unit: Unit = {
      seq: 0,
      origin: "big.txt",
      line: undefined,
      size: 0,
      payload: { kind: "error", code: "too-large", message: "too big" },
    };
    const r = runTask(unit, settings());
    expect(JSON.parse(r.out)).toEqual({
      id: "big.txt",
      error: { code: "too-large", message: "too big", file: "big.txt" },
    });
  });
});

describe("the worker entry (--jobs N)", () => {
  test("a batch gives one result per unit, in order; stream formats come back as UTF-8 bytes", async () => {
    const { default: work } = await import("../src/cli/worker.js");
    const units = [
      line(JSON.stringify({ id: "w1", text: "Quận 9 họp." }), 1),
      line("not json", 2),
      line(JSON.stringify({ id: "w3", text: "Sáng 4-8, UBND quận họp." }), 3),
    ];
    const results = work({ units, settings: settings({ fields: ["dates"] }) });
    expect(results.map((r) => [r.seq, r.status, r.id])).toEqual([
      [0, "ok", "w1"],
      [1, "failed", null],
      [2, "ok", "w3"],
    ]);
    // The same bytes a main-thread run would write.
    for (const [i, r] of results.entries()) {
      expect(r.out).toBe("");
      expect(new TextDecoder().decode(r.bytes)).toBe(
        runTask(units[i] as Unit, settings({ fields: ["dates"] })).out,
      );
    }
    // HTML pages (written to files by the folder output) stay strings.
    const [page] = work({ units: [doc(seed)], settings: settings({ format: "html" }) });
    expect(page?.bytes).toBeUndefined();
    expect(page?.out).toMatch(/^<!doctype html>/i);
  });

  test("the heap trimmer collects only when the heap grew by more than its slack", async () => {
    const { heapTrimmer } = await import("../src/cli/heap.js");
    const v8 = await import("node:v8");
    const trim = heapTrimmer(8);
    trim(); // the first call sets the floor
    const before = v8.getHeapStatistics().total_heap_size;
    let junk: number[][] | undefined = Array.from({ length: 40 }, () => new Array(100_000).fill(1));
    expect(junk.length).toBe(40);
    junk = undefined;
    trim();
    expect(v8.getHeapStatistics().total_heap_size).toBeLessThan(before + 8 * 1024 * 1024);
  });
});
