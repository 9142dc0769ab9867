import { describe, expect, test } from "vitest";
import { foldKey, nameKey, punctKey, syllableKey } from "../src/text/key.js";
import { PhraseMatcher } from "../src/text/phrase-matcher.js";
import { startsLine, type Token, tokenize } from "../src/text/tokens.js";
import { expectLinearTime } from "./helpers/redos.js";

const texts = (ts: readonly Token[]) => ts.map((t) => t.text);

describe("tokenize", () => {
  test("words, numbers and marks, with offsets into the text", () => {
    const text = "Ngày 04/8/2017,Quận ủy H'Hen có 12A U23 – UBND.";
    const ts = tokenize(text);
    expect(texts(ts)).toEqual([
      "Ngày",
      "04",
      "/",
      "8",
      "/",
      "2017",
      ",",
      "Quận",
      "ủy",
      "H'Hen",
      "có",
      "12A",
      "U23",
      "–",
      "UBND",
      ".",
    ]);
    for (const t of ts) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(ts.map((t) => t.kind).slice(0, 3)).toEqual(["word", "number", "punct"]);
    expect(ts.find((t) => t.text === "12A")).toMatchObject({ kind: "number", key: "12a" });
    expect(ts.find((t) => t.text === "–")?.key).toBe("-");
    expect(ts.find((t) => t.text === "UBND")).toMatchObject({ cap: true, upper: true });
    expect(ts.find((t) => t.text === "U23")).toMatchObject({ cap: true, upper: false });
    expect(ts.find((t) => t.text === "ủy")).toMatchObject({ cap: false, upper: false });
  });

  test("the gap before each token: none, space, line, paragraph", () => {
    const ts = tokenize("Hà Nội,\nngày 5\r\n\r\nTheo TTXVN");
    expect(ts.map((t) => t.gap)).toEqual([
      "paragraph",
      "space",
      "none",
      "line",
      "space",
      "paragraph",
      "space",
    ]);
    expect(ts.map(startsLine)).toEqual([true, false, false, true, false, true, false]);
    // `\r\n` is one line break, not a blank line.
    expect(tokenize("a\r\nb")[1]?.gap).toBe("line");
  });

  test("NFD, tone placement and case give one key", () => {
    const [a, b, c] = tokenize("Hoà hòa HO\u0300A");
    expect(a?.key).toBe("hòa");
    expect(b?.key).toBe("hòa");
    expect(c?.key).toBe("hòa");
    expect(a?.cap).toBe(true);
  });

  test("never throws; whitespace is no token, a zero-width space is a mark", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" \u00a0\ufeff\t\n")).toEqual([]);
    expect(texts(tokenize("a\u200bb"))).toEqual(["a", "\u200b", "b"]);
    const odd = tokenize("a\ud800b \udc00 😀");
    expect(texts(odd)).toEqual(["a", "\ud800", "b", "\udc00", "😀"]);
  });

  test("linear time on a long run of words and numbers", () => {
    expectLinearTime(
      (s) => tokenize(s).length,
      (n) => "Nguyễn 04/8/2017 UBND, H'Hen ".repeat(Math.ceil(n / 29)),
      800_000,
    );
  });
});

describe("keys", () => {
  test("syllable keys ignore case and tone placement style", () => {
    expect(syllableKey("Uỷ")).toBe(syllableKey("ủy"));
    expect(syllableKey("khoẻ")).toBe("khỏe");
    expect(syllableKey("thuý")).toBe("thúy");
    // `qu` is a consonant; closed syllables and marked clusters keep their mark.
    expect(syllableKey("quý")).toBe("quý");
    expect(syllableKey("hoàng")).toBe("hoàng");
    expect(syllableKey("thuế")).toBe("thuế");
  });

  test("name keys unify spacing, dashes and apostrophes; fold keys drop every mark", () => {
    expect(nameKey("  Thanh  Hoá – Ea H’leo ")).toBe("thanh hóa - ea h'leo");
    expect(foldKey("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(punctKey("—")).toBe("-");
    expect(punctKey("’")).toBe("'");
    expect(punctKey("“")).toBe('"');
  });
});

describe("PhraseMatcher", () => {
  const lexicon = [
    ["Ủy ban nhân dân", "ubnd"],
    ["Ủy ban", "ủy ban"],
    ["Anh", "country"],
    ["UBND", "ubnd"],
  ] as const;

  test("longest first, tone style and spacing ignored, never across a line", () => {
    const m = new PhraseMatcher(lexicon);
    const ts = tokenize("uỷ ban nhân dân\nUỷ ban\nnhân dân");
    expect(m.longestAt(ts, 0)).toMatchObject({ start: 0, end: 4, value: "ubnd" });
    expect(m.longestAt(ts, 4)).toMatchObject({ start: 4, end: 6, value: "ủy ban" });
    expect(m.findAll(ts).map((x) => x.value)).toEqual(["ubnd", "ủy ban"]);
    expect(m.longestAt(ts, 0, 3)?.end).toBe(2);
    expect(m.longestAt(ts, -1)).toBeUndefined();
    expect(m.hasPhrase("ỦY BAN")).toBe(true);
    expect(m.startsWith("ủy")).toBe(true);
  });

  test("the lexicon case rule: capitals and all-caps phrase tokens need them in the text", () => {
    const m = new PhraseMatcher(lexicon, { case: "lexicon" });
    const at = (s: string) => m.longestAt(tokenize(s), 0)?.value;
    expect(at("Anh")).toBe("country");
    expect(at("anh")).toBeUndefined();
    expect(at("UBND")).toBe("ubnd");
    expect(at("Ubnd")).toBeUndefined();
    expect(new PhraseMatcher(lexicon).longestAt(tokenize("anh"), 0)?.value).toBe("country");
  });

  test("compiled on first use, not when made", () => {
    let reads = 0;
    const m = new PhraseMatcher(() => {
      reads++;
      return lexicon;
    });
    expect(reads).toBe(0);
    expect(m.maxTokens).toBe(4);
    m.longestAt(tokenize("Anh"), 0);
    expect(reads).toBe(1);
  });
});
