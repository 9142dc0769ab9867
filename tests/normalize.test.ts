/**
 * The normaliser, feature by feature: a corpus of examples (input → expected text) that is both
 * documentation and test, and a negative corpus of text that must come out unchanged.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import type { NormalizeOptions } from "../src/normalize/options.js";
import { NormalizeResult } from "../src/schema/normalize.js";

/** The input normalises to `expected`, and every change maps back to exactly what it replaced. */
function expectNormalized(input: string, expected: string, options?: NormalizeOptions) {
  const n = normalize(input, options);
  expect(n.text).toBe(expected);
  for (const c of n.changes) {
    expect(c.before).toBe(input.slice(c.span.start, c.span.end));
    expect(c.textSpan.end).toBeLessThanOrEqual(n.text.length);
  }
  expect(NormalizeResult.parse(JSON.parse(JSON.stringify(n)))).toBeTruthy();
  return n;
}

/** The input comes out exactly as it went in, with no change recorded. */
function expectUnchanged(input: string, options?: NormalizeOptions) {
  const n = normalize(input, options);
  expect(n.text).toBe(input);
  expect(n.changes).toEqual([]);
}

/** The normalised text of `input` at the position of `word` maps back to `original` in the input. */
function expectMapsBack(input: string, word: string, original: string, options?: NormalizeOptions) {
  const n = normalize(input, options);
  const at = n.text.indexOf(word);
  expect(at, `"${word}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const span = n.spanToInput({ start: at, end: at + word.length });
  expect(input.slice(span.start, span.end)).toBe(original);
}

const KEEP_ALL: NormalizeOptions = { whitespace: "keep", tone: "keep" };

describe("legacy encodings pasted as text", () => {
  test.each([
    ["TCVN3", "T«i ®i häc", "Tôi đi học"],
    ["TCVN3", "Xin chµo c¸c b¹n", "Xin chào các bạn"],
    [
      "TCVN3 capitals share the lower-case code",
      "§¶NG CéNG S¶N VIÖT NAM",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
    ],
    ["TCVN3 ư is a soft hyphen", "ng­êi d©n", "người dân"],
    ["VNI-Windows", "Toâi ñi hoïc", "Tôi đi học"],
    ["VNI-Windows", "Xin chaøo caùc baïn", "Xin chào các bạn"],
    ["VNI one word", "caùc", "các"],
    ["VISCII through CP1252", "Vi®t Nam", "Việt Nam"],
    ["CP1258 through CP1252", "Viêòt Nam", "Việt Nam"],
    ["VIQR", "To^i ddi ho.c", "Tôi đi học"],
    ["VIQR", "Xin cha`o ca'c ba.n", "Xin chào các bạn"],
    ["VIQR", "To^i ye^u tie^'ng nu+o+'c to^i", "Tôi yêu tiếng nước tôi"],
    ["VIQR full stop at the end", "To^i ddi ho.c o+? Ha` No^.i.", "Tôi đi học ở Hà Nội."],
    ["VIQR escaped mark", "To^i dda~ ddi ho.c ba\\.", "Tôi đã đi học ba."],
    [
      "conformant VIQR (RFC 1456): literal marks escaped, so every other mark is a diacritic",
      "Ba'o ca'o vu.\nO^ng ho\\. Le^ no'i: \"Ba.n dda^u\\?\" Hid\\den, GD\\DDT, VDDQG, Jose' 330.000VNDD",
      'Báo cáo vụ\nÔng ho. Lê nói: "Bạn đâu?" Hidden, GDĐT, VĐQG, José 330.000VNĐ',
    ],
    [
      "VIQR without escapes: the word tells a tone from a full stop at a line end",
      "Ba'o ca'o vu.\nCo' gi` hay?\nCo^ a^'y la` me. Lan.",
      "Báo cáo vụ\nCó gì hay?\nCô ấy là mẹ Lan.",
    ],
  ])("%s: %s", (_what, input, expected) => {
    const n = expectNormalized(input, expected);
    expect(n.encoding.repaired.length).toBeGreaterThan(0);
  });

  test("a Unicode title above a TCVN3 body: each part read in its own encoding", () => {
    const n = expectNormalized(
      "Tin mới: Hà Nội\nT«i ®i häc ë tr­êng",
      "Tin mới: Hà Nội\nTôi đi học ở trường",
    );
    expect(n.encoding.repaired).toEqual(["tcvn3"]);
  });

  test("a TCVN3 quote inside a Unicode line", () => {
    expectNormalized("Tiêu đề: T«i ®i häc", "Tiêu đề: Tôi đi học");
  });

  test("a document that shows TCVN3 is read in TCVN3 also where a line alone would not tell", () => {
    // "nãi víi anh" reads as Unicode too; the document around it settles it.
    expectNormalized("T«i ®i häc ë tr­êng\nnãi víi anh", "Tôi đi học ở trường\nnói với anh");
  });

  test("TCVN3 and VNI jammed on one line: no half repair, ñ stays a letter, a fixed point", () => {
    // Found by the property test: `ñi` (VNI's đi) became `nĩ`, and a second pass changed it again.
    for (const input of ["T«i ®i häcToâi ñi hoïc", "T«i ®i häc Toâi ñi hoïc"]) {
      const once = normalize(input).text;
      expect(once).toContain("ñi");
      expect(normalize(once).text).toBe(once);
    }
    // On lines of their own, each is read in its own encoding.
    expectNormalized("T«i ®i häc.\nToâi ñi hoïc", "Tôi đi học.\nTôi đi học");
  });

  test("a named encoding is read without detection", () => {
    expectNormalized("aaùaø", "aáà", { legacy: "vni" });
  });

  test("spans of repaired text point at the legacy characters", () => {
    expectMapsBack("T«i ®i häc", "học", "häc");
    expectMapsBack("To^i ddi ho.c", "đi", "ddi");
    expectMapsBack("Xin chaøo caùc baïn", "chào", "chaøo");
  });

  test("legacy repair can be turned off", () => {
    expectUnchanged("T«i ®i häc", { legacy: false });
  });
});

describe("mojibake", () => {
  test.each([
    ["UTF-8 read as CP1252", "Quáº­n á»§y", "Quận ủy"],
    ["twice over", "QuÃ¡ÂºÂ­n Ã¡Â»Â§y", "Quận ủy"],
    ["an NBSP that became a space", "HÃ  Ná»™i, Viá»‡t Nam", "Hà Nội, Việt Nam"],
    ["inside a word", "63 tá»‰nh thÃ nh", "63 tỉnh thành"],
    ["punctuation", "1925 â€“ 1931 â€œtáº¿tâ€\u009d", "1925 – 1931 “tết”"],
    ["a lost soft hyphen, one possible letter", "phÃ¡p luáºt", "pháp luật"],
    ["a lost byte made unique by case", "KÃch thÆ°á»›c", "Kích thước"],
  ])("%s: %s", (_what, input, expected) => {
    const n = expectNormalized(input, expected);
    expect(n.encoding.repaired).toContain("mojibake");
    expect(n.damage).toEqual([]);
  });

  test("a lost byte with several possible letters is reported, not guessed", () => {
    const input = "vá»›i ná»n LMHT Viá»‡t Nam";
    const n = expectNormalized(input, "với n\ufffdn LMHT Việt Nam");
    expect(n.damage).toHaveLength(1);
    const d = n.damage[0];
    expect(d?.kind).toBe("lost-bytes");
    expect(input.slice(d?.span.start, d?.span.end)).toBe("á»");
    expect(d?.message).toContain("ề");
  });

  test("C1 controls standing for CP1252 punctuation (Latin-1 reading) become that punctuation", () => {
    expectNormalized("\u0093Xin chào\u0094 \u0085", "“Xin chào” …");
  });
});

describe("Unicode", () => {
  test("NFD becomes NFC, each letter mapped to its decomposed form", () => {
    const input = "Quận ủy".normalize("NFD");
    expectNormalized(input, "Quận ủy");
    expectMapsBack(input, "ủy", "ủy".normalize("NFD"));
  });

  test("a tone mark typed after the consonant goes to its vowel", () => {
    expectNormalized("hoan\u0300", "hoàn");
  });

  test("a duplicated mark is dropped", () => {
    expectNormalized("đượ\u0323c", "được");
  });
});

describe("tone marks", () => {
  test.each([
    // old style (the default): the first vowel of open oa, oe, uy
    ["hoà", "hòa"],
    ["thuỷ", "thủy"],
    ["Quận uỷ", "Quận ủy"],
    ["khoẻ", "khỏe"],
    ["HOÀ BÌNH", "HÒA BÌNH"],
    // closed syllables are the same in both styles
    ["hoàng", "hoàng"],
    ["thuyết", "thuyết"],
    // qu and gi are onsets
    ["quý", "quý"],
    ["qúy", "quý"],
    ["giữ", "giữ"],
    ["gía", "giá"],
    ["gìa", "già"],
    // misplaced marks
    ["baỏ", "bảo"],
    ["lựơng", "lượng"],
    ["nghịêm", "nghiệm"],
    ["mơí", "mới"],
    ["cuôí", "cuối"],
    ["ngoaì", "ngoài"],
    ["NGHỊÊM", "NGHIỆM"],
    // duplicates, lost horn, ngh before a back vowel
    ["dạị", "dại"],
    ["đuợc", "được"],
    ["Vuơng", "Vương"],
    ["nghành", "ngành"],
  ])("%s → %s", (input, expected) => {
    expectNormalized(input, expected);
  });

  test.each([
    ["hòa", "hoà"],
    ["thủy", "thuỷ"],
    ["Quận ủy", "Quận uỷ"],
    ["baỏ", "bảo"],
  ])("new style: %s → %s", (input, expected) => {
    expectNormalized(input, expected, { tone: "new" });
  });

  test("keep: both styles stay, misplaced marks are still repaired", () => {
    expectUnchanged("hòa hoà thủy thuỷ", { tone: "keep" });
    expectNormalized("baỏ hoà", "bảo hoà", { tone: "keep" });
  });

  test("foreign words keep their accents", () => {
    expectUnchanged("Müller, café, Orleáns, François, Kaurismäki");
  });

  test("the repaired word maps back to the misspelt one", () => {
    expectMapsBack("lựơng thực", "lượng", "lựơng");
  });
});

describe("look-alikes", () => {
  test.each([
    ["eth for đ", "ðại học Ðà Nẵng", "đại học Đà Nẵng"],
    ["Cyrillic с in cho", "Ba Lan сho rằng", "Ba Lan cho rằng"],
    ["Cyrillic А in a model name", "BTR-82А", "BTR-82A"],
    ["full-width digits and colon", "năm ２０１７：", "năm 2017:"],
  ])("%s", (_what, input, expected) => {
    expectNormalized(input, expected);
  });

  test("real Cyrillic, Greek and Icelandic stay", () => {
    expectUnchanged("Правда, tia α và β, Guðmundsson, Seber(ү)");
  });
});

describe("whitespace, invisibles and punctuation", () => {
  test("layout survives: breaks, blank lines, indentation (NBSP as spaces)", () => {
    expectNormalized(
      "Tiêu đề\r\n\r\n\u00a0\u00a0 Đoạn một.  Câu hai. \n\t\tNgọc Thắm  ",
      "Tiêu đề\n\n   Đoạn một. Câu hai.\n        Ngọc Thắm",
    );
  });

  test("tabs inside a line become a space (underthesea)", () => {
    expectNormalized("a\tb", "a b");
  });

  test("zero-width characters, soft hyphens, BOMs and controls go", () => {
    expectNormalized("\ufeffViệt\u200b Nam\u00ad\u0000", "Việt Nam");
  });

  test("a missing space after punctuation is left to tokenisation by default", () => {
    expectUnchanged("Sáng ngày 04/8/2017,Quận ủy Quận 9");
    expectNormalized("Sáng ngày 04/8/2017,Quận ủy", "Sáng ngày 04/8/2017, Quận ủy", {
      spaceAfterPunctuation: true,
    });
  });

  test("rare dash and quote variants are tidied; en/em dashes, curly quotes and « » stay", () => {
    expectNormalized("A‐B − C ‟D‟ – “E” « F »", "A-B - C “D“ – “E” « F »");
    expectNormalized("Cao Văn Minh – Phó Bí thư “Quận ủy”", 'Cao Văn Minh - Phó Bí thư "Quận ủy"', {
      dashes: "ascii",
      quotes: "ascii",
    });
  });

  test("whitespace can be kept as it is", () => {
    expectUnchanged("a  b \n", { whitespace: "keep" });
  });
});

describe("the seed article", () => {
  const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");
  const n = normalize(seed);

  test("NBSP indentation becomes spaces of the same width, the byline stays right-aligned", () => {
    const lines = n.text.split("\n");
    const byline = lines.find((l) => l.trim() === "Ngọc Thắm");
    expect(byline?.startsWith(" ".repeat(40))).toBe(true);
    expect(n.text).not.toContain("\u00a0");
  });

  test("what must stay does: the glued comma, the en dash, ủy, the caption", () => {
    expect(n.text).toContain("04/8/2017,Quận ủy Quận 9");
    expect(n.text).toContain("Cao Văn Minh – Phó Bí thư");
    expect(n.text).toContain(
      "Đồng chí Cao Văn Minh Phó Bí thư Thường trực Quận ủy phát biểu chỉ đạo",
    );
    expect(n.changes.every((c) => c.kind === "space")).toBe(true);
    expect(n.text.split("\n").length).toBe(seed.split("\n").length);
  });
});

describe("negative corpus: text that must not change", () => {
  test.each([
    ["English", "The Prime Minister met President Trump in Washington on Monday."],
    [
      "English contractions and times",
      "I'm at work at 8 a.m., don't call me. It's 5 p.m. e.g. i.e.",
    ],
    ["a URL", "https://vnexpress.net/thoi-su/ha-noi-3589.html?a=1&b=c.d"],
    ["an e-mail and a domain", "lienhe@baomoi.com, tuoitre.vn, a.b.c"],
    ["code", 'const x = a?.b ?? c; if (x.y) { z("e^2"); } // dd-mm'],
    ["copyright and guillemets", "© 2017 Báo Nhân Dân. « Le Monde » viết: «Hà Nội»."],
    ["numbers and units", "30°C, 4×2, ½ chén, 1.200.000đ, 2,5%, 10-12 giờ, ≥ 6.000 tỷ"],
    ["Vietnamese, old style", "Ủy ban nhân dân tỉnh Thanh Hóa, thủy điện, hòa bình."],
    [
      "Vietnamese with tone kept as is (new style)",
      "Uỷ ban nhân dân tỉnh Thanh Hoá, thuỷ điện, hoà bình.",
    ],
    ["ALL CAPS Vietnamese", "ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM"],
    ["initialisms", "UBND, HĐND, TP.HCM, ĐBSCL, BTV, KTS, DDoS, DD/MM/YYYY"],
    ["names with accents", "Thomas Müller, Jörg Ehrlich, Ürümqi, Haleakalā, Piłsudski"],
    ["ethnic place names", "Đắk Lắk, Krông Pắk, Ea H'leo, Kon Tum, Lê Kông"],
    ["Unicode words that also read as VNI", "Tôi, hoàng, quá, toán"],
    ["ñ is a letter, not a tilde to move", "señor, Año Nuevo, niño, ñi"],
  ])("%s", (_what, input) => {
    expectUnchanged(input, _what.includes("new style") ? { tone: "keep" } : undefined);
  });

  test("an unusable option value is a BantinError before any work", () => {
    const bad: unknown[] = [
      { tone: "weird" },
      { legacy: "utf8" },
      { legacy: 1 },
      { mojibake: "yes" },
      { whitespace: "none" },
      { quotes: null },
      "tidy",
    ];
    for (const o of bad) {
      expect(() => normalize("Tôi", o as NormalizeOptions)).toThrow(
        expect.objectContaining({ name: "BantinError", code: "invalid-option" }),
      );
    }
    const unset = { tone: undefined, legacy: "vni" } as unknown as NormalizeOptions;
    expect(normalize("Tôi", unset).text).toBe("Tôi");
  });

  test("the defaults are frozen", async () => {
    const { DEFAULT_NORMALIZE_OPTIONS } = await import("../src/normalize/options.js");
    expect(Object.isFrozen(DEFAULT_NORMALIZE_OPTIONS)).toBe(true);
  });
});

describe("results", () => {
  test("changes are in input order and JSON is byte-identical across runs", () => {
    const input = "hoà  T«i ®i häc\u00a0thuỷ";
    const a = JSON.stringify(normalize(input));
    expect(JSON.stringify(normalize(input))).toBe(a);
    const starts = normalize(input).changes.map((c) => c.span.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
  });

  test("bytes input is decoded first; spans point into the decoded text", () => {
    const n = normalize(new TextEncoder().encode("Quận uỷ"));
    expect(n.text).toBe("Quận ủy");
    expect(n.encoding.name).toBe("utf-8");
    expect(n.source).toBe("Quận uỷ");
  });

  test("KEEP_ALL options still repair encodings", () => {
    expect(normalize("T«i ®i häc", KEEP_ALL).text).toBe("Tôi đi học");
  });
});
