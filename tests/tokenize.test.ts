import { describe, expect, test } from "vitest";
import { tokenize } from "../src/segment/index.js";
import {
  ABBREVIATION_RE,
  CLOCK_RE,
  CODE_RE,
  DATE_RE,
  DOMAIN_RE,
  DOTTED_RE,
  EMAIL_RE,
  EMOTICON_RE,
  GLUED_ABBREVIATION_RE,
  HOUR_RE,
  NUMBER_RE,
  scanTokens,
  TERMINAL_RUN_RE,
  UNIT_RE,
  URL_RE,
  WORD_RE,
} from "../src/segment/tokenize.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** Tokens as `text/kind` strings, the compact form the examples below are written in. */
const tok = (text: string) => tokenize(text).map((t) => `${t.text}/${t.kind}`);

/** The text is one token of this kind. */
function expectSingle(text: string, kind: string) {
  expect(tok(text)).toEqual([`${text}/${kind}`]);
}

describe("tokens that stay together (the issue's list)", () => {
  test.each([
    ["04/8/2017", "date"],
    ["140.000đ", "measure"],
    ["20%", "measure"],
    ["UBND", "word"],
    ["TP.HCM", "abbreviation"],
    ["H'Mông", "word"],
    ["F-16", "code"],
    ["53S5", "code"],
    ["5-2002", "date"],
    ["vinh@zing.com.vn", "email"],
    [
      "https://www.facebook.com/photo.php?fbid=1627680357512432&set=a.1406713109609159&type=1",
      "url",
    ],
    ["ftp://mp3.zing.vn", "url"],
    ["baodautu.vn", "url"],
  ])("%s is one %s", (text, kind) => expectSingle(text, kind));
});

describe("corpus: one example per token kind", () => {
  test.each([
    // dates and times
    ["29-10-2004", "date"],
    ["6/2/2014", "date"],
    ["6-2-99", "date"],
    ["7.3.2014", "date"],
    ["2004/09/15", "date"],
    ["2/2014", "date"],
    ["6/2", "date"],
    ["8.2", "date"],
    ["08:41:40", "time"],
    ["10h30", "time"],
    // numbers
    ["1.234,5", "number"],
    ["60.542.000", "number"],
    ["100,000,000", "number"],
    ["3,5", "number"],
    ["06", "number"],
    ["½", "number"],
    // measures
    ["1.600m", "measure"],
    ["10kg", "measure"],
    ["200ml", "measure"],
    ["3,5mm", "measure"],
    ["60km/h", "measure"],
    // codes
    ["3897/QĐ-UBND", "code"],
    ["CNC.02.DAPT/13", "code"],
    ["U23", "code"],
    ["QL1A", "code"],
    ["K13+250", "code"],
    // abbreviations
    ["GS.TS.", "abbreviation"],
    ["PGS.TS", "abbreviation"],
    ["ThS.", "abbreviation"],
    ["BS.", "abbreviation"],
    ["Q.9", "abbreviation"],
    ["v.v...", "abbreviation"],
    ["T.T.M.", "abbreviation"],
    ["L.ANH", "abbreviation"],
    ["Ng.Quang", "abbreviation"],
    // words
    ["Nga-Mỹ", "word"],
    ["vô-lăng", "word"],
    ["E&C", "word"],
    ["GD&ĐT", "word"],
    // symbols
    [":))", "symbol"],
    ["<3", "symbol"],
  ])("%s is one %s", (text, kind) => expectSingle(text, kind));
});

describe("negative corpus: things that must split", () => {
  test.each([
    ["04/8/2017,Quận", ["04/8/2017/date", ",/punct", "Quận/word"]],
    ["2010-2015", ["2010/number", "-/punct", "2015/number"]],
    ["Hyogo.Cùng", ["Hyogo/word", "./punct", "Cùng/word"]],
    ["năm 2017.Sau", ["năm/word", "2017/number", "./punct", "Sau/word"]],
    ["mã.ftp://a.vn", ["mã/word", "./punct", "ftp://a.vn/url"]],
    ["TP.HCM.", ["TP.HCM/abbreviation", "./punct"]],
    ["UBND.", ["UBND/word", "./punct"]],
    ["(IS).", ["(/punct", "IS/word", ")/punct", "./punct"]],
    ["“hủy hoại”", ["“/punct", "hủy/word", "hoại/word", "”/punct"]],
    ["1.600m-2.000m", ["1.600m/measure", "-/punct", "2.000m/measure"]],
    ["UBND.Tuy", ["UBND/word", "./punct", "Tuy/word"]],
    ["32/12", ["32/number", "//punct", "12/number"]],
    ["TP.Biên Hòa", ["TP./abbreviation", "Biên/word", "Hòa/word"]],
    ["PGS.TS.Nguyễn", ["PGS.TS./abbreviation", "Nguyễn/word"]],
  ])("%s", (text, expected) => expect(tok(text)).toEqual(expected));
});

describe("offsets", () => {
  test("spans point into NFD and NBSP input", () => {
    const input = "Vie\u0323\u0302t\u00a0Nam 04/8/2017 TP.HCM";
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(["Vie\u0323\u0302t", "Nam", "04/8/2017", "TP.HCM"]);
    expect(expectSpansPointIntoSource(tokens, input)).toBe(4);
  });

  test("never throws and stays linear on pathological input", () => {
    for (const junk of [
      "",
      "\u0000\ud800",
      "@".repeat(1000),
      "a.".repeat(2000),
      "1.".repeat(2000),
    ]) {
      expect(() => scanTokens(junk)).not.toThrow();
    }
    expectLinearTime(
      (s) => scanTokens(s),
      (n) => "a.a@".repeat(n / 4),
      200_000,
    );
    expectLinearTime(
      (s) => scanTokens(s),
      (n) => "1.2/".repeat(n / 4),
      200_000,
    );
    expectLinearTime(
      (s) => scanTokens(s),
      (n) => "TP.H".repeat(n / 4),
      200_000,
    );
  });
});

describe("every exported pattern is safe from catastrophic backtracking", () => {
  test.each([
    ["URL_RE", URL_RE],
    ["EMAIL_RE", EMAIL_RE],
    ["DOMAIN_RE", DOMAIN_RE],
    ["WORD_RE", WORD_RE],
    ["CODE_RE", CODE_RE],
    ["CLOCK_RE", CLOCK_RE],
    ["HOUR_RE", HOUR_RE],
    ["DATE_RE", DATE_RE],
    ["NUMBER_RE", NUMBER_RE],
    ["UNIT_RE", UNIT_RE],
    ["ABBREVIATION_RE", ABBREVIATION_RE],
    ["DOTTED_RE", DOTTED_RE],
    ["GLUED_ABBREVIATION_RE", GLUED_ABBREVIATION_RE],
    ["TERMINAL_RUN_RE", TERMINAL_RUN_RE],
    ["EMOTICON_RE", EMOTICON_RE],
  ])("%s", (_name, re) => expectSafeRegex(re));
});
