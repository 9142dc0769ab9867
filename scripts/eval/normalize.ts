/**
 * Normalisation on real data (`--suite normalize`). One score per source:
 *
 * 1. underthesea: its two `text_normalize` test pairs, and its 2,904 token rewrite rules (old-style
 *    tone placement and misplaced marks); disagreements are listed by kind (some of its expected
 *    outputs carry a stray combining mark; a few use the new style; `qui` → `quy` is a spelling
 *    choice bantin does not make).
 * 2. The legacy-encoding pairs (TCVN3, VNI, VIQR text with its Unicode twin).
 * 3. Every letter row of the Unikey charset tables in TCVN3, VNI-Windows, VISCII, CP1258 and VIQR, as
 *    text pasted (`normalize`) and as bytes (`decode`), each letter inside a carrier sentence in the
 *    same encoding (all capitals for capital letters, as TCVN3 needs to show their case).
 * 4. The mojibake snippets, against hand labels (repaired, or U+FFFD where damage is reported).
 * 5. Round trips over every article in news/ (both files): encoded by this script (from the shared
 *    tables, not from bantin's compiled ones) into TCVN3, VNI, VISCII, CP1258 (bytes and pasted text),
 *    VIQR (conformant RFC 1456 with escaped punctuation, and unescaped as people type it), UTF-8 read as CP1252 (once and twice), UTF-16 with and without BOM, NFD, and the other
 *    tone style; `normalize`/`decode` must give the article back exactly. Characters an encoding
 *    cannot represent become `?` on both sides. TCVN3 (and Unikey's VISCII) give capitals with tone
 *    marks the lower-case code: `exact` counts every character, `exact-but-case` forgives a capital
 *    of that kind that came back in lower case where nothing in the text shows its case.
 * 6. False positives: the clean articles, normalised with the defaults, must get no legacy or
 *    mojibake repair (the only expected changes are whitespace, invisibles, look-alikes and real
 *    misplaced marks).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/decode/decode.js";
import { normalize } from "../../src/normalize/normalize.js";
import type { NormalizeOptions } from "../../src/normalize/options.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface CharsetRow {
  index: number;
  unicode: string;
  TCVN3: string[] | null;
  "VNI-WIN": string[] | null;
  VISCII: string[] | null;
  "WINCP-1258": string[] | null;
  VIQR: string;
}

type ByteEnc = "tcvn3" | "vni" | "viscii" | "cp1258";
const COLUMN: Record<ByteEnc, keyof CharsetRow> = {
  tcvn3: "TCVN3",
  vni: "VNI-WIN",
  viscii: "VISCII",
  cp1258: "WINCP-1258",
};

/** Windows-1252 for bytes 0x80..0x9F (unassigned bytes as C1 controls, as WHATWG decodes them). */
const CP1252_80 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const cp1252Char = (b: number) =>
  String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_80[b - 0x80] as number) : b);
const cp1252Byte = new Map<string, number>();
for (let b = 0; b < 256; b++) cp1252Byte.set(cp1252Char(b), b);

/** An encoder built from the shared tables (independent of bantin's generated data). */
interface Encoder {
  encode(text: string): { bytes: Uint8Array; expected: string; lowered: Set<number> };
}

/** The code page an encoding's non-letter bytes come from. */
function pageOf(enc: ByteEnc): Map<string, number> {
  if (enc !== "cp1258") return cp1252Byte;
  const dec = new TextDecoder("windows-1258");
  const page = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !(b >= 0x80 && b < 0xa0 && ch.charCodeAt(0) === b)) page.set(ch, b);
  }
  return page;
}

function byteEncoder(rows: CharsetRow[], enc: ByteEnc): Encoder {
  const letters = new Map<string, number[]>();
  const used = new Set<number>();
  const page = pageOf(enc);
  const byByte = new Map<number, string[]>();
  for (const r of rows.slice(0, 186)) {
    const v = r[COLUMN[enc]] as string[] | null;
    if (!v || v.length === 0) continue;
    const bytes = v.map((h) => Number.parseInt(h, 16));
    letters.set(r.unicode, bytes);
    for (const b of bytes.slice(1)) used.add(b);
    if (bytes.length === 1) {
      used.add(bytes[0] as number);
      byByte.set(bytes[0] as number, [...(byByte.get(bytes[0] as number) ?? []), r.unicode]);
    }
  }
  // Letters that share their byte with the other case (TCVN3 capitals with tone marks).
  const sharedUpper = new Set<string>();
  for (const ls of byByte.values()) {
    if (ls.length === 2 && ls[0] !== ls[1] && ls[0]?.toLowerCase() === ls[1]?.toLowerCase()) {
      for (const l of ls) if (l !== l.toLowerCase()) sharedUpper.add(l);
    }
  }
  const viscii = enc === "viscii";
  return {
    encode(text) {
      const out: number[] = [];
      let expected = "";
      const lowered = new Set<number>();
      for (const ch of text) {
        const l = letters.get(ch);
        if (l) {
          if (sharedUpper.has(ch)) lowered.add(expected.length);
          out.push(...l);
          expected += ch;
          continue;
        }
        const code = ch.codePointAt(0) as number;
        const b = page.get(ch);
        if (code < 0x80 && !(viscii && [2, 5, 6, 0x14, 0x19, 0x1e].includes(code))) {
          out.push(code);
          expected += ch;
        } else if (b !== undefined && b >= 0x80 && !used.has(b) && !(enc === "viscii")) {
          out.push(b);
          expected += ch;
        } else {
          out.push(0x3f);
          expected += "?";
        }
      }
      return { bytes: Uint8Array.from(out), expected, lowered };
    },
  };
}

/**
 * VIQR as people type it: every letter by the shared table, punctuation left as it is (`họ.` and
 * `ho.` are both `ho.`). With `escaped`, conformant RFC 1456 VIQR: a punctuation mark that could be
 * read as a diacritic of the letter before it is preceded by a backslash (`ho\.` is "ho.", `ho.`
 * is "họ"; `Hà Nội?` is `Ha\` No^.i\?`).
 */
function viqrEncoder(rows: CharsetRow[], escaped = false): (text: string) => string {
  const map = new Map<string, string>();
  for (const r of rows.slice(0, 186))
    if (r.VIQR && r.VIQR !== r.unicode) map.set(r.unicode, r.VIQR);
  return (text) => {
    let out = "";
    let prev = "";
    for (const ch of text) {
      const v = map.get(ch) ?? ch;
      if (escaped && prev !== "" && (couldModify(prev, ch) || literalDd(prev, v))) out += "\\";
      out += v;
      prev = ch;
    }
    return out;
  };
}

const VIQR_TONES = "`'?~.";

/** A literal d followed by a d (or by đ, `dd`): RFC 1456 writes `d\\d` so they do not join. */
const literalDd = (prev: string, next: string) =>
  (prev === "d" || prev === "D") && (next[0] === "d" || next[0] === "D");

/**
 * Whether the VIQR mark `mark`, typed right after the letter `letter` (Unicode), could be read as
 * one of its diacritics: a tone after a vowel without a tone; `^` after a, e, o; `(` after a; `+`
 * after o, u (each without a modifier or tone yet).
 */
function couldModify(letter: string, mark: string): boolean {
  const d = letter.normalize("NFD");
  const base = (d[0] ?? "").toLowerCase();
  const marks = d.slice(1);
  const hasTone = /[\u0300\u0301\u0303\u0309\u0323]/u.test(marks);
  if (VIQR_TONES.includes(mark)) return "aeiouy".includes(base) && !hasTone;
  if (hasTone || marks !== "") return false;
  if (mark === "^") return "aeo".includes(base);
  if (mark === "(") return base === "a";
  if (mark === "+") return "ou".includes(base);
  return false;
}

const asText = (bytes: Uint8Array) => {
  let s = "";
  for (const b of bytes) s += cp1252Char(b);
  return s;
};

/** UTF-8 bytes read as CP1252: the most common mojibake. */
const mojibake = (text: string) => asText(new TextEncoder().encode(text));

/**
 * The other tone style, written here independently of bantin's syllable model: in an open syllable
 * ending in oa, oe or uy (not after q), the mark moves from the first vowel to the second.
 */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
function toNewStyle(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(?![\p{L}\p{M}])/gu, (word) => {
    const d = word.normalize("NFD");
    const m = /^(.*?)([oOuU])([\u0300\u0301\u0309\u0303\u0323])([aAeEyY])$/u.exec(d);
    if (!m) return word;
    const [, before, first, tone, second] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (/[qQ]$/u.test(before)) return word;
    const pair = (first + second).toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return word;
    if (/[\u0300-\u036f]/u.test(before) || !TONES.includes(tone)) return word;
    return (before + first + second + tone).normalize("NFC");
  });
}

/** Options that let only the encoding repairs act, so that a round trip compares like with like. */
const ENCODING_ONLY: NormalizeOptions = {
  tone: "keep",
  invisibles: false,
  lookalikes: false,
  whitespace: "keep",
  dashes: "keep",
  quotes: "keep",
};

interface Article {
  id: string;
  text: string;
  /** The text through the normaliser with ENCODING_ONLY: what every text round trip must give. */
  normalized: string;
}

function loadArticles(dataDir: string): Article[] {
  const out: Article[] = [];
  for (const f of ["baomoi-paragraphs.jsonl", "baomoi-flat-sample.jsonl"]) {
    for (const line of readFileSync(join(dataDir, "news", f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as {
        id: string;
        title: string;
        sapo?: string;
        body?: string;
        body_paragraphs?: string[];
      };
      const parts = [d.title, d.sapo ?? "", ...(d.body_paragraphs ?? [d.body ?? ""])];
      const text = parts.join("\n");
      out.push({
        id: `${f.startsWith("baomoi-p") ? "p" : "f"}:${d.id}`,
        text,
        normalized: normalize(text, ENCODING_ONLY).text,
      });
    }
  }
  return out;
}

/** First difference between two strings, for failure messages. */
function diff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: got ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))}, want ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

/** Equal except at `lowered` positions of `want`, where `got` may have the lower-case letter. */
function equalButCase(got: string, want: string, lowered: Set<number>): boolean {
  if (got.length !== want.length) return false;
  for (let i = 0; i < got.length; i++) {
    if (got[i] === want[i]) continue;
    if (!lowered.has(i) || got[i] !== want[i]?.toLowerCase()) return false;
  }
  return true;
}

class Tally {
  passed = 0;
  total = 0;
  failures: string[] = [];
  add(ok: boolean, what: () => string): void {
    this.total++;
    if (ok) this.passed++;
    else if (this.failures.length < (Number(process.env.NORMALIZE_EVAL_FAILURES) || 5))
      this.failures.push(what());
  }
  score(name: string): Score {
    return ratio(name, this.passed, this.total, this.failures);
  }
}

function underthesea(dataDir: string): Score[] {
  const tests = JSON.parse(readFileSync(join(dataDir, "peer-tests/underthesea.json"), "utf8")) as {
    examples: { function: string; input: string; expected: string }[];
  };
  const pairs = new Tally();
  for (const e of tests.examples.filter((x) => x.function === "text_normalize")) {
    const got = normalize(e.input).text;
    pairs.add(got === e.expected, () => `${JSON.stringify(e.input)}: ${diff(got, e.expected)}`);
  }
  const rules = JSON.parse(
    readFileSync(join(dataDir, "peer-tests/underthesea-text-normalize-rules.json"), "utf8"),
  ) as { token: Record<string, string> };
  const all = new Tally();
  const wellFormed = new Tally();
  for (const [from, to] of Object.entries(rules.token)) {
    const got = normalize(from, { tone: "old" }).text;
    const ok = got === to;
    all.add(ok, () => `${from} → ${to}: got ${got}`);
    // Expected outputs with a combining mark left over (biế́t) are not well-formed Vietnamese.
    if (to === to.normalize("NFC") && !/[\u0300-\u036f]/u.test(to)) {
      wellFormed.add(ok, () => `${from} → ${to}: got ${got}`);
    }
  }
  return [
    pairs.score("underthesea/text_normalize-pairs"),
    all.score("underthesea/token-rules"),
    wellFormed.score("underthesea/token-rules-well-formed"),
  ];
}

function legacyPairs(dataDir: string, rows: CharsetRow[]): Score {
  const data = JSON.parse(readFileSync(join(dataDir, "legacy-encodings/pairs.json"), "utf8")) as {
    pairs: {
      id: string;
      encoding: string;
      legacy_text: string;
      unicode: string;
      direction?: string;
    }[];
  };
  const vni = byteEncoder(rows, "vni");
  const t = new Tally();
  for (const p of data.pairs) {
    if (p.direction === "unicode->vni") {
      // An encoder test upstream: bantin reads the string back when told the encoding.
      const got = normalize(p.legacy_text, { legacy: "vni" }).text;
      const enc = asText(vni.encode(p.unicode).bytes);
      t.add(got === p.unicode && enc === p.legacy_text, () => `${p.id}: ${diff(got, p.unicode)}`);
      continue;
    }
    const got = normalize(p.legacy_text).text;
    t.add(got === p.unicode, () => `${p.id}: ${diff(got, p.unicode)}`);
  }
  return t.score("legacy-pairs");
}

/** Carrier sentences: the letter is the word between them, in the encoding under test. */
const CARRIER_LOWER = ["Hôm nay tôi học chữ ", " ở trường với các bạn."];
const CARRIER_UPPER = ["HÔM NAY TÔI HỌC CHỮ ", " Ở TRƯỜNG VỚI CÁC BẠN."];

function charsetRows(rows: CharsetRow[]): Score[] {
  const scores: Score[] = [];
  const letters = rows.slice(0, 186);
  for (const enc of ["tcvn3", "vni", "viscii", "cp1258"] as const) {
    const encoder = byteEncoder(rows, enc);
    const asPasted = new Tally();
    const asBytes = new Tally();
    for (const r of letters) {
      if (!(r[COLUMN[enc]] as string[] | null)?.length) continue;
      const [a, b] = r.unicode === r.unicode.toLowerCase() ? CARRIER_LOWER : CARRIER_UPPER;
      const sentence = `${a}${r.unicode}${b}`;
      const { bytes, expected } = encoder.encode(sentence);
      const got = normalize(asText(bytes), ENCODING_ONLY).text;
      asPasted.add(got === expected, () => `${r.unicode}: ${diff(got, expected)}`);
      const dec = decode(bytes).text;
      asBytes.add(dec === expected, () => `${r.unicode}: ${diff(dec, expected)}`);
    }
    scores.push(
      asPasted.score(`charset-rows/${enc}-text`),
      asBytes.score(`charset-rows/${enc}-bytes`),
    );
  }
  const viqr = viqrEncoder(rows);
  const t = new Tally();
  for (const r of letters) {
    const [a, b] = r.unicode === r.unicode.toLowerCase() ? CARRIER_LOWER : CARRIER_UPPER;
    const sentence = `${a}${r.unicode}${b}`;
    const got = normalize(viqr(sentence), ENCODING_ONLY).text;
    t.add(got === sentence, () => `${r.unicode}: ${diff(got, sentence)}`);
  }
  scores.push(t.score("charset-rows/viqr-text"));
  return scores;
}

function mojibakeSnippets(dataDir: string): Score {
  const data = JSON.parse(
    readFileSync(join(dataDir, "legacy-encodings/mojibake-snippets.json"), "utf8"),
  ) as { rows: { mojibake: string; lossy: boolean }[] };
  const labels = JSON.parse(
    readFileSync(new URL("./labels/normalize-mojibake.json", import.meta.url), "utf8"),
  ) as { rows: { row: number; unicode: string }[] };
  const t = new Tally();
  data.rows.forEach((r, i) => {
    const want = labels.rows.find((l) => l.row === i)?.unicode ?? "";
    const n = normalize(r.mojibake, ENCODING_ONLY);
    let ok = n.text === want;
    if (!ok && n.text.length === want.length) {
      // Lossy rows: U+FFFD is right where the damage is reported and nothing else differs.
      ok = true;
      for (let k = 0; k < want.length && ok; k++) {
        if (n.text[k] === want[k]) continue;
        const src = n.spanToInput({ start: k, end: k + 1 });
        ok =
          n.text[k] === "\ufffd" &&
          n.damage.some((d) => d.span.start <= src.start && d.span.end >= src.end);
      }
    }
    t.add(ok, () => `row ${i}: ${diff(n.text, want)}`);
  });
  return t.score("mojibake-snippets");
}

function roundTrips(articles: Article[], rows: CharsetRow[]): Score[] {
  const scores: Score[] = [];
  for (const enc of ["tcvn3", "vni", "viscii", "cp1258"] as const) {
    const encoder = byteEncoder(rows, enc);
    const bytesExact = new Tally();
    const bytesCase = new Tally();
    const textExact = new Tally();
    const textCase = new Tally();
    for (const a of articles) {
      const { bytes, expected, lowered } = encoder.encode(a.text);
      const dec = decode(bytes).text;
      bytesExact.add(dec === expected, () => `${a.id}: ${diff(dec, expected)}`);
      bytesCase.add(equalButCase(dec, expected, lowered), () => `${a.id}: ${diff(dec, expected)}`);
      // Text goes through the normaliser, which also repairs the article's own typos (đuợc):
      // compare with the normalised original, character for character.
      const want = a.normalized;
      const wantExpected = expected === a.text ? want : normalize(expected, ENCODING_ONLY).text;
      const got = normalize(asText(bytes), ENCODING_ONLY).text;
      textExact.add(got === wantExpected, () => `${a.id}: ${diff(got, wantExpected)}`);
      textCase.add(
        want.length === a.text.length
          ? equalButCase(got, wantExpected, lowered)
          : got.toLowerCase() === wantExpected.toLowerCase(),
        () => `${a.id}: ${diff(got, wantExpected)}`,
      );
    }
    scores.push(bytesExact.score(`roundtrip/${enc}-bytes-exact`));
    if (enc === "tcvn3" || enc === "viscii")
      scores.push(bytesCase.score(`roundtrip/${enc}-bytes-exact-but-case`));
    scores.push(textExact.score(`roundtrip/${enc}-text-exact`));
    if (enc === "tcvn3" || enc === "viscii")
      scores.push(textCase.score(`roundtrip/${enc}-text-exact-but-case`));
  }
  const viqr = viqrEncoder(rows);
  const checks: [string, (text: string) => string | Uint8Array, NormalizeOptions][] = [
    ["viqr-text", viqr, ENCODING_ONLY],
    ["viqr-rfc1456-text", viqrEncoder(rows, true), ENCODING_ONLY],
    ["utf8-as-cp1252-text", mojibake, ENCODING_ONLY],
    ["utf8-as-cp1252-twice-text", (s) => mojibake(mojibake(s)), ENCODING_ONLY],
    ["nfd-text", (s) => s.normalize("NFD"), ENCODING_ONLY],
    ["tone-new-to-old-text", toNewStyle, { ...ENCODING_ONLY, tone: "old" }],
  ];
  for (const [name, make, options] of checks) {
    const t = new Tally();
    for (const a of articles) {
      const got = normalize(make(a.text), options).text;
      const want = options === ENCODING_ONLY ? a.normalized : normalize(a.text, options).text;
      t.add(got === want, () => `${a.id}: ${diff(got, want)}`);
    }
    scores.push(t.score(`roundtrip/${name}`));
  }
  const utf16 = new Tally();
  const utf8 = new Tally();
  for (const a of articles) {
    const le = new Uint8Array(Buffer.from(a.text, "utf16le"));
    const be = new Uint8Array(Buffer.from(a.text, "utf16le")).slice();
    for (let i = 0; i + 1 < be.length; i += 2) {
      const x = be[i] as number;
      be[i] = be[i + 1] as number;
      be[i + 1] = x;
    }
    const bomLe = Uint8Array.from([0xff, 0xfe, ...le]);
    const bomBe = Uint8Array.from([0xfe, 0xff, ...be]);
    const ok = [le, be, bomLe, bomBe].every((b) => decode(b).text === a.text);
    utf16.add(ok, () => `${a.id}: a UTF-16 variant did not decode`);
    const u8 = decode(new TextEncoder().encode(a.text)).text;
    utf8.add(u8 === a.text, () => `${a.id}: ${diff(u8, a.text)}`);
  }
  scores.push(utf16.score("roundtrip/utf16-bytes-with-and-without-bom"));
  scores.push(utf8.score("roundtrip/utf8-bytes"));
  return scores;
}

function falsePositives(articles: Article[]): Score[] {
  const clean = new Tally();
  const rules = new Map<string, number>();
  for (const a of articles) {
    const n = normalize(a.text);
    const bad = n.changes.filter((c) => c.kind === "legacy" || c.kind === "mojibake");
    for (const c of n.changes)
      rules.set(`${c.kind}/${c.rule}`, (rules.get(`${c.kind}/${c.rule}`) ?? 0) + 1);
    clean.add(bad.length === 0, () => {
      const c = bad[0];
      return `${a.id}: ${c?.rule} ${JSON.stringify(c?.before)} → ${JSON.stringify(c?.after)}`;
    });
  }
  const summary = [...rules].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}: ${v}`);
  const score = clean.score("false-positives/articles-without-encoding-repair");
  score.failures = [
    ...(score.failures ?? []),
    `(changes made on the clean corpus: ${summary.join(", ")})`,
  ];
  return [score];
}

export const normalizeSuite: EvalSuite = {
  name: "normalize",
  description:
    "normaliser: underthesea pairs and rules, legacy pairs, charset rows, mojibake, round trips over news/, false positives",
  run(dataDir) {
    const rows = (
      JSON.parse(readFileSync(join(dataDir, "legacy-encodings/charset-tables.json"), "utf8")) as {
        rows: CharsetRow[];
      }
    ).rows;
    // NORMALIZE_EVAL_SAMPLE=n: every n-th article only, for quick runs while developing.
    const every = Number(process.env.NORMALIZE_EVAL_SAMPLE ?? "1") || 1;
    const articles = loadArticles(dataDir).filter((_, i) => i % every === 0);
    return [
      ...underthesea(dataDir),
      legacyPairs(dataDir, rows),
      ...charsetRows(rows),
      mojibakeSnippets(dataDir),
      ...roundTrips(articles, rows),
      ...falsePositives(articles),
    ];
  },
};
