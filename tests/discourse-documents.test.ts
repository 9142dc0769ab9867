import { describe, expect, test } from "vitest";
import { DOCUMENT_NUMBER, parseDocumentNumber } from "../src/extract/document/number.js";
import { type DocumentRef, extractDocuments } from "../src/index.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** The one document `text` cites, with the fields `want` names. */
function expectSingle(
  text: string,
  want: Partial<DocumentRef> & { issuerCode?: string },
): DocumentRef {
  const docs = extractDocuments(text);
  expect(docs, JSON.stringify(docs.map((d) => d.text))).toHaveLength(1);
  const doc = docs[0] as DocumentRef;
  const { issuerCode, ...fields } = want;
  expect(doc).toMatchObject(fields);
  if (issuerCode !== undefined) expect(doc.issuer?.code).toBe(issuerCode);
  expectSpansPointIntoSource(docs, text);
  return doc;
}

function expectNone(text: string): void {
  const docs = extractDocuments(text);
  expect(
    docs.map((d) => d.text),
    text,
  ).toEqual([]);
}

// Examples: the citation as written (short excerpts of baomoi articles or the issue's own), and
// what bantin reads from it.
const EXAMPLES: [string, Partial<DocumentRef> & { issuerCode?: string }][] = [
  [
    "Chỉ thị số 05-CT/TW",
    { type: "directive", number: "05-CT/TW", serial: "05", typeCode: "CT", issuerCode: "TW" },
  ],
  ["Kế hoạch số 12-KH/QU", { type: "plan", number: "12-KH/QU", typeCode: "KH", issuerCode: "QU" }],
  [
    "Quyết định 1234/QĐ-UBND ngày 5/8/2017",
    { type: "decision", number: "1234/QĐ-UBND", typeCode: "QĐ", issuerCode: "UBND", year: 2017 },
  ],
  ["Luật Đất đai 2013", { type: "law", name: "Đất đai", year: 2013 }],
  ["Nghị quyết năm 2017", { type: "resolution", year: 2017 }],
  [
    "Thông tư 04/2017/TT-BGDĐT ngày 25-1-2017",
    { type: "circular", year: 2017, issuerCode: "BGDĐT" },
  ],
  ["Nghị định 167/2013/ NĐ-CP", { type: "decree", number: "167/2013/NĐ-CP", issuerCode: "CP" }],
  ["Nghị định số 121/2003/NĐCP", { type: "decree", typeCode: "NĐ", issuerCode: "CP", year: 2003 }],
  ["Nghị quyết số 07 - NQ/HU", { type: "resolution", number: "07-NQ/HU", issuerCode: "HU" }],
  [
    "Nghị quyết số 333/2017/UBTVQH14 ngày 11/1/2017",
    { type: "resolution", issuerCode: "UBTVQH14", year: 2017 },
  ],
  [
    "Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT",
    { type: "joint-circular", typeCode: "TTLT", issuerCode: "BTP", otherCodes: ["BCA", "BYT"] },
  ],
  [
    "Công văn số 1866/UBND-KTN ngày 11/6/2015",
    { type: "official-letter", issuerCode: "UBND", otherCodes: ["KTN"] },
  ],
  ["văn bản số 770/TTr-VP", { type: "submission", typeCode: "TTr" }],
  ["Công điện số 2/CĐ-UBND", { type: "telegram", issuerCode: "UBND" }],
  ["quy định số 55-QĐ/TW ngày 19.12.2016", { type: "regulation", issuerCode: "TW" }],
  ["Nghị định 105 năm 2014", { type: "decree", serial: "105", year: 2014 }],
  ["Thông tư 15/2015", { type: "circular", serial: "15", year: 2015 }],
  ["Bộ luật Hình sự năm 1999", { type: "code", name: "Hình sự", year: 1999 }],
  ["Luật Tổ chức chính quyền địa phương", { type: "law", name: "Tổ chức chính quyền địa phương" }],
  [
    "Luật Bảo vệ, chăm sóc và giáo dục trẻ em",
    { type: "law", name: "Bảo vệ, chăm sóc và giáo dục trẻ em" },
  ],
  ["Luật Hôn nhân và gia đình năm 2014", { type: "law", name: "Hôn nhân và gia đình", year: 2014 }],
  ["Nghị quyết Trung ương 4 (khóa XII)", { type: "resolution", name: "Trung ương 4" }],
  [
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX",
    { type: "resolution", name: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX" },
  ],
  ["Hiến pháp năm 2013", { type: "constitution", year: 2013 }],
  [
    "Luật Ban hành các văn bản quy phạm pháp luật 2015",
    { type: "law", name: "Ban hành các văn bản quy phạm pháp luật", year: 2015 },
  ],
  [
    "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý thuế",
    { type: "law", name: "Sửa đổi, bổ sung một số điều của Luật Quản lý thuế" },
  ],
  [
    "Quyết định hành chính 166/QĐ-UBND ngày 16.1.2015",
    { type: "decision", number: "166/QĐ-UBND", issuerCode: "UBND", year: 2015 },
  ],
];

describe("document references", () => {
  test.each(EXAMPLES)("%s", (text, want) => {
    expectSingle(text, want);
  });

  test("date of issue, with its value when day, month and year are written", () => {
    const d = expectSingle(
      "Quyết định số 1665/QĐ-BCT ngày 05 tháng 4 năm 2012 của Bộ trưởng Bộ Công Thương",
      {
        type: "decision",
        issuerCode: "BCT",
      },
    );
    expect(d.date).toMatchObject({
      text: "ngày 05 tháng 4 năm 2012",
      value: { type: "value", value: "2012-04-05T00:00:00.000+07:00", grain: "day" },
    });
  });

  test("issuer after 'của' and the subject after 'về'", () => {
    const d = expectSingle(
      "theo Nghị quyết 09/NQ-TW ngày 9/02/2007 về Chiến lược biển Việt Nam đến năm 2020",
      { type: "resolution", number: "09/NQ-TW", issuerCode: "TW" },
    );
    expect(d.issuer?.name).toBe("Trung ương");
    expect(d.date?.value).toMatchObject({ value: "2007-02-09T00:00:00.000+07:00" });
    expect(d.subject?.text).toBe("về Chiến lược biển Việt Nam đến năm 2020");
    const e = expectSingle("Chỉ thị 08 của Thành ủy Hà Nội về tăng cường công tác lãnh đạo", {
      type: "directive",
      serial: "08",
    });
    expect(e.issuer).toMatchObject({ name: "Thành ủy Hà Nội", text: "Thành ủy Hà Nội" });
  });

  test("one reference per document, with every mention", () => {
    const text =
      "Thông tư số 38/2010/TT-BCA có quy định về việc này. Việc thực hiện Thông tư số 38/2010/TT-BCA đã có tác dụng.";
    const docs = extractDocuments(text);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.mentions.map((m) => m.text)).toEqual([
      "Thông tư số 38/2010/TT-BCA",
      "Thông tư số 38/2010/TT-BCA",
    ]);
  });

  // Negatives: look like a citation, are not one.
  test.each([
    ["Luật sư Nguyễn Văn A cho biết", "a lawyer"],
    ["trao đổi với Pháp Luật TP.HCM qua điện thoại", "a newspaper"],
    ["Giảng viên tại Trường Luật Harvard nói", "a law school"],
    ["Sở Kế hoạch và Đầu tư cho biết", "a department"],
    ["Vụ Kế hoạch - Tài chính (Bộ Y tế)", "a department"],
    ["thực hiện kế hoạch 5 năm", "a plan by length"],
    ["Quyết định này có hiệu lực kể từ ngày ký", "an anaphor"],
    ["theo chủ trương của Quốc hội và Chính phủ", "no document"],
    ["Hướng dẫn 5 bước chuyển file Word sang PDF", "a how-to"],
  ])("none in %s (%s)", (text) => {
    expectNone(text);
  });
});

describe("document numbers", () => {
  test("codes: type first for the party, type and issuer after the slash for the state", () => {
    expect(parseDocumentNumber("05", undefined, "-CT/TW")).toMatchObject({
      typeCode: "CT",
      type: "directive",
      issuerCode: "TW",
      issuerName: "Trung ương",
    });
    expect(parseDocumentNumber("1234", undefined, "/QĐ-UBND")).toMatchObject({
      type: "decision",
      issuerCode: "UBND",
      issuerName: "Ủy ban nhân dân",
    });
    expect(parseDocumentNumber("45", "2013", "/QH13")).toMatchObject({
      year: 2013,
      issuerCode: "QH13",
      issuerName: "Quốc hội",
      term: 13,
    });
    expect(parseDocumentNumber("152", undefined, "/TTg-CN")).toMatchObject({
      issuerCode: "TTg",
      unitCodes: ["CN"],
    });
  });

  test("the number pattern is safe and linear", () => {
    expectSafeRegex(DOCUMENT_NUMBER);
    expectLinearTime(
      (s) => extractDocuments(s),
      (n) => `Quyết định số ${"1/".repeat(n / 2)}`,
      100_000,
    );
    expectLinearTime(
      (s) => extractDocuments(s),
      (n) => "Nghị quyết Trung ương ".repeat(n / 22),
      100_000,
    );
  });
});
