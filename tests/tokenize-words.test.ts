import { describe, expect, test } from "vitest";
import { segment } from "../src/segment/index.js";
import { expectLinearTime } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** The word forms of a one-paragraph text. */
const words = (text: string) =>
  segment(text, { words: true, tokens: false }).sections.flatMap((s) =>
    s.sentences.flatMap((x) => (x.words ?? []).map((w) => w.form)),
  );

describe("word segmentation", () => {
  test("multi-syllable words from the lexicon", () => {
    expect(words("Quận ủy tổ chức hội nghị chuyên đề về công tác phát triển đảng viên.")).toEqual([
      "Quận_ủy",
      "tổ_chức",
      "hội_nghị",
      "chuyên_đề",
      "về",
      "công_tác",
      "phát_triển",
      "đảng_viên",
      ".",
    ]);
  });

  test("proper names join, and stop before a title", () => {
    expect(
      words("Phát biểu tại hội nghị, đồng chí Cao Văn Minh Phó Bí thư Quận ủy nhấn mạnh."),
    ).toEqual([
      "Phát_biểu",
      "tại",
      "hội_nghị",
      ",",
      "đồng_chí",
      "Cao_Văn_Minh",
      "Phó",
      "Bí_thư",
      "Quận_ủy",
      "nhấn_mạnh",
      ".",
    ]);
  });

  test("a capital at the start of a sentence is not a name unless it is a family name", () => {
    expect(words("Thời Trần, những người đứng đầu xã.")[0]).toBe("Thời");
    expect(words("Nguyễn Văn An cho biết.")[0]).toBe("Nguyễn_Văn_An");
  });

  test("tokens that are not syllables stay words of their own", () => {
    expect(words("Ngày 04/8/2017, giá 140.000đ tại TP.HCM.")).toEqual([
      "Ngày",
      "04/8/2017",
      ",",
      "giá",
      "140.000đ",
      "tại",
      "TP.HCM",
      ".",
    ]);
  });

  test("syllables across punctuation never join", () => {
    expect(words("hội, nghị")).toEqual(["hội", ",", "nghị"]);
  });

  test("word spans point into the input, also for NFD input", () => {
    const input = "Hội nghị phát triển đảng viên".normalize("NFD");
    const r = segment(input, { words: true });
    expect(expectSpansPointIntoSource(r, input)).toBeGreaterThan(5);
    const ws = r.sections.flatMap((s) => s.sentences.flatMap((x) => x.words ?? []));
    expect(ws.map((w) => w.form)).toEqual(["Hội_nghị", "phát_triển", "đảng_viên"]);
    expect(ws.map((w) => w.rule)).toEqual(["dictionary", "dictionary", "dictionary"]);
  });

  test("linear time on a long sentence", () => {
    expectLinearTime(
      (t) => segment(t, { words: true, tokens: false }),
      (n) => "hội nghị phát triển đảng viên Cao Văn Minh ".repeat(n / 44),
      100_000,
    );
  });
});
