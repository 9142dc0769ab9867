import { describe, expect, test } from "vitest";
import { csvField, csvRow, entityRows } from "../src/cli/output/csv.js";
import { pickFields } from "../src/cli/output/fields.js";
import { ReportFolderOutput, slugOf } from "../src/cli/output/sink.js";
import { errorResult } from "../src/cli/records.js";

describe("CSV (RFC 4180)", () => {
  test("quotes only when needed, doubles quotes, CRLF rows", () => {
    expect(csvField("Quận 9")).toBe("Quận 9");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvRow(["1", "person", "Cao Văn Minh", "", "0", "12"])).toBe(
      "1,person,Cao Văn Minh,,0,12\r\n",
    );
  });

  test("one row per mention, in text order, with the entity's value", () => {
    const source = "Ông Minh, ông Minh và Quận 9.";
    const result = {
      people: [
        {
          id: "p",
          name: "Nguyễn Văn Minh",
          mentions: [
            { start: 14, end: 18 },
            { start: 4, end: 8 },
          ],
        },
      ],
      places: [{ name: "Quận 9", span: { start: 22, end: 28 }, text: "Quận 9", rule: "gazetteer" }],
      counts: [{ span: { start: 0, end: 3 }, text: "Ông", rule: "x", value: 6, unit: "ý kiến" }],
    };
    expect(entityRows("a1", result, source)).toBe(
      [
        "a1,count,Ông,6 ý kiến,0,3",
        "a1,person,Minh,Nguyễn Văn Minh,4,8",
        "a1,person,Minh,Nguyễn Văn Minh,14,18",
        "a1,place,Quận 9,,22,28",
        "",
      ].join("\r\n"),
    );
  });
});

describe("--fields", () => {
  const result = {
    schemaVersion: "1",
    people: [1],
    normalized: { text: "t", changes: [] },
    places: [],
  };
  test("keeps the named fields in the order given", () => {
    expect(JSON.stringify(pickFields(result, ["places", "people"]))).toBe(
      '{"places":[],"people":[1]}',
    );
  });
  test("dotted paths keep one nested field; missing fields are left out", () => {
    expect(pickFields(result, ["normalized.text", "nothing", "people.x"])).toEqual({
      normalized: { text: "t" },
    });
  });
  test("no --fields keeps everything", () => {
    expect(pickFields(result, undefined)).toBe(result);
  });
});

describe("error records", () => {
  const unit = { seq: 3, origin: "in.jsonl", line: 7 };
  test("JSONL: one line with id, code, message, line and file", () => {
    const r = errorResult(
      unit,
      { format: "jsonl", multi: true, pretty: false },
      "a7",
      "invalid-json",
      "bad",
    );
    expect(r.status).toBe("failed");
    expect(r.out).toBe(
      '{"id":"a7","error":{"code":"invalid-json","message":"bad","line":7,"file":"in.jsonl"}}\n',
    );
  });
  test("stdin has no file; an empty line is skipped, not failed", () => {
    const r = errorResult(
      { seq: 0, origin: "-", line: 2 },
      { format: "jsonl", multi: true, pretty: false },
      null,
      "empty-line",
      "empty line",
    );
    expect(r.status).toBe("skipped");
    expect(JSON.parse(r.out)).toEqual({
      id: null,
      error: { code: "empty-line", message: "empty line", line: 2 },
    });
  });
  test("CSV: an error row; single JSON and text: nothing on stdout", () => {
    expect(
      errorResult(unit, { format: "csv", multi: true, pretty: false }, null, "no-text", "no text")
        .out,
    ).toBe("in.jsonl:7,error,no text,no-text,,\r\n");
    expect(
      errorResult(unit, { format: "json", multi: false, pretty: false }, null, "no-text", "x").out,
    ).toBe("");
    expect(
      errorResult(unit, { format: "text", multi: false, pretty: false }, null, "no-text", "x").out,
    ).toBe("");
  });
});

describe("report folder names", () => {
  test("accent-free slugs of ids and file names", () => {
    expect(slugOf("bulletins/Quận 9 – Hội nghị.txt")).toBe("quan-9-hoi-nghi");
    expect(slugOf(21454551)).toBe("21454551");
    expect(slugOf("Đảng bộ.html.gz")).toBe("dang-bo");
    expect(slugOf("<script>")).toBe("script");
    expect(slugOf(null)).toBe("");
  });
  test("page paths are numbered by input position", () => {
    expect(ReportFolderOutput.pageOf(0, "a/b.txt")).toBe("articles/000001-b.html");
    expect(ReportFolderOutput.pageOf(41, null)).toBe("articles/000042.html");
  });
});
