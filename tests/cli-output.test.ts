import { describe, expect, test } from "vitest";
import { csvField, csvRow, entityRows } from "../src/cli/output/csv.js";
import { pickFields } from "../src/cli/output/fields.js";
import { ReportFolderOutput, slugOf } from "../src/cli/output/sink.js";
import { errorResult } from "../src/cli/records.js";
import { analyze } from "../src/index.js";
import { ENTITY_TYPES } from "../src/report/values.js";

/** Rows of RFC 4180 CSV (quoted fields with doubled quotes; CRLF). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

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
          id: "person-1",
          name: "Nguyễn Văn Minh",
          honorifics: [],
          titles: [],
          mentions: [
            { span: { start: 14, end: 18 }, text: "Minh", rule: "x", form: "short" },
            { span: { start: 4, end: 8 }, text: "Minh", rule: "x", form: "short" },
          ],
        },
      ],
      places: [
        {
          id: "place-1",
          name: "Quận 9",
          type: "district",
          mentions: [{ span: { start: 22, end: 28 }, text: "Quận 9", rule: "gazetteer" }],
        },
      ],
      counts: [
        {
          span: { start: 0, end: 3 },
          text: "Ông",
          rule: "x",
          kind: "count",
          value: 6,
          unit: "ý kiến",
          unitSpan: { start: 0, end: 3 },
        },
      ],
    };
    expect(entityRows("a1", result, source)).toBe(
      [
        "a1,count,Ông,6 ý kiến,0,3",
        "a1,person,Minh,Nguyễn Văn Minh,4,8",
        "a1,person,Minh,Nguyễn Văn Minh,14,18",
        "a1,place,Quận 9,Quận 9 (district),22,28",
        "",
      ].join("\r\n"),
    );
  });

  test("every collection of a real analysis has its rows: counts, money, documents too", () => {
    const source =
      "Sáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức hội nghị. Đồng chí Cao Văn Minh – Phó Bí thư " +
      "phát biểu; 06 ý kiến phát biểu. Dự án trị giá 5 tỷ đồng theo Nghị quyết số 12/NQ-TU.";
    const analysis = analyze(source);
    const rows = parseCsv(entityRows("a1", analysis, source));
    const types = new Set(rows.map((r) => r[1]));
    for (const [collection, type] of Object.entries(ENTITY_TYPES)) {
      const items = analysis[collection as keyof typeof ENTITY_TYPES];
      if (items.length > 0) expect(types, `${collection} rows`).toContain(type);
    }
    for (const type of ["date", "count", "money", "document", "person", "organisation", "place"])
      expect(types, type).toContain(type);
    // Every row's text is the source at its offsets.
    for (const r of rows) {
      expect(r).toHaveLength(6);
      expect(source.slice(Number(r[4]), Number(r[5]))).toBe(r[2]);
    }
    const money = rows.find((r) => r[1] === "money");
    expect(money?.[3]).toBe("5 tỷ đồng = 5,000,000,000 VND");
    const count = rows.find((r) => r[1] === "count");
    expect(count?.[3]).toBe("6 ý kiến phát biểu");
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
