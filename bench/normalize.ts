/**
 * Normaliser throughput on the 2,604 baomoi-paragraphs articles, each figure next to its baseline in
 * the same run:
 * - clean NFC text: `normalize` against `String.prototype.normalize("NFC")` on the same text
 *   (target: at least 0.1 of native NFC's speed);
 * - NFD text, and legacy text pasted as text (TCVN3, VNI, VIQR, UTF-8 read as CP1252): MB/s
 *   (target: at least 50 MB/s), with native NFC on the same input for scale;
 * - `decode` on TCVN3/VNI/UTF-8 bytes, `fold` on clean text;
 * - a pathological 1 MB input (every pass woken up on every line), timed at 1 MB and 2 MB: the
 *   ratio should stay near 2 (linear).
 * MB are megabytes of the input as UTF-8.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHARSETS, encodeText } from "../src/decode/charsets.js";
import { decode } from "../src/decode/decode.js";
import { fold } from "../src/fold/fold.js";
import { normalize } from "../src/normalize/normalize.js";
import { type BenchRow, type BenchSuite, timeIt } from "./types.js";

interface Article {
  title: string;
  sapo?: string;
  body_paragraphs: string[];
}

const CP1252_80 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes as a CP1252 string: what pasting a legacy-font document or a mis-read UTF-8 file gives. */
function asCp1252(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes)
    s += String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_80[b - 0x80] as number) : b);
  return s;
}

function viqr(text: string): string {
  const table = new Map<string, string>();
  const marks: Record<string, string> = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0309": "?",
    "\u0303": "~",
    "\u0323": ".",
    "\u0302": "^",
    "\u0306": "(",
    "\u031b": "+",
  };
  let out = "";
  for (const ch of text) {
    let v = table.get(ch);
    if (v === undefined) {
      const d = ch.normalize("NFD");
      const rest = d.slice(1).split("");
      // VIQR writes the vowel's modifier (^ ( +) before its tone.
      const key = (m: string) => ("^(+".includes(m) ? 0 : 1);
      v =
        ch === "đ"
          ? "dd"
          : ch === "Đ"
            ? "DD"
            : d.length > 1 && rest.every((m) => marks[m] !== undefined)
              ? (d[0] as string) +
                rest
                  .map((m) => marks[m] as string)
                  .sort((a, b) => key(a) - key(b))
                  .join("")
              : ch;
      table.set(ch, v);
    }
    out += v;
  }
  return out;
}

export const normalizeSuite: BenchSuite = {
  name: "normalize",
  run(dataDir) {
    const articles = readFileSync(join(dataDir, "news/baomoi-paragraphs.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Article);
    const clean = articles.map((a) => [a.title, a.sapo ?? "", ...a.body_paragraphs].join("\n"));
    const mb = (xs: readonly string[]) =>
      xs.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
    const mbBytes = (xs: readonly Uint8Array[]) => xs.reduce((n, b) => n + b.length, 0) / 1e6;
    const rows: BenchRow[] = [];
    const time = (fn: () => void) => timeIt(fn, 2000);

    const runNfc = (xs: readonly string[]) => () => {
      for (const t of xs) t.normalize("NFC");
    };
    const runNorm = (xs: readonly string[]) => () => {
      for (const t of xs) normalize(t);
    };

    // Clean NFC text against native NFC.
    const cleanMB = mb(clean);
    const tNative = time(runNfc(clean));
    const tClean = time(runNorm(clean));
    rows.push({ name: "native NFC, clean text (baseline)", mbPerSec: cleanMB / (tNative / 1000) });
    rows.push({
      name: "normalize, clean NFC text",
      mbPerSec: cleanMB / (tClean / 1000),
      perSec: clean.length / (tClean / 1000),
      ratio: tNative / tClean,
      note: "× native NFC (target ≥ 0.1)",
    });

    // Inputs that make the repair passes work.
    const nfd = clean.map((t) => t.normalize("NFD"));
    const tcvn3Bytes = clean.map((t) => encodeText(CHARSETS.tcvn3, t, 0x3f) as Uint8Array);
    const vniBytes = clean.map((t) => encodeText(CHARSETS.vni, t, 0x3f) as Uint8Array);
    const inputs: [string, string[]][] = [
      ["NFD", nfd],
      ["TCVN3 pasted as text", tcvn3Bytes.map(asCp1252)],
      ["VNI pasted as text", vniBytes.map(asCp1252)],
      ["VIQR", clean.map(viqr)],
      ["UTF-8 read as CP1252 (mojibake)", clean.map((t) => asCp1252(new TextEncoder().encode(t)))],
    ];
    for (const [what, xs] of inputs) {
      const size = mb(xs);
      const t = time(runNorm(xs));
      const base = time(runNfc(xs));
      rows.push({
        name: `normalize, ${what}`,
        mbPerSec: size / (t / 1000),
        perSec: xs.length / (t / 1000),
        ratio: base / t,
        note: "× native NFC on the same input (target ≥ 50 MB/s)",
      });
    }

    // decode and fold.
    const utf8Bytes = clean.map((t) => new TextEncoder().encode(t));
    for (const [what, xs] of [
      ["UTF-8", utf8Bytes],
      ["TCVN3", tcvn3Bytes],
      ["VNI", vniBytes],
    ] as const) {
      const t = time(() => {
        for (const b of xs) decode(b);
      });
      rows.push({ name: `decode, ${what} bytes`, mbPerSec: mbBytes(xs) / (t / 1000) });
    }
    const tFold = time(() => {
      for (const t of clean) fold(t);
    });
    rows.push({
      name: "fold, clean text",
      mbPerSec: cleanMB / (tFold / 1000),
      ratio: tNative / tFold,
      note: "× native NFC",
    });

    // A pathological input: every pass has work on every line.
    const unit =
      "T«i ®i häc To^i ddi ho.c Quáº­n á»§y hoà baỏ ðại сho ２０１７\u00a0\u00a0 a\u200bb Vie\u0323\u0302t  \n";
    const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const one = make(1_000_000);
    const two = make(2_000_000);
    const t1 = timeIt(() => normalize(one), 3000);
    const t2 = timeIt(() => normalize(two), 3000);
    rows.push({
      name: "normalize, pathological 1M characters",
      value: t1,
      mbPerSec: mb([one]) / (t1 / 1000),
      note: "ms per call",
    });
    rows.push({
      name: "normalize, pathological 2M characters",
      value: t2,
      ratio: t2 / t1,
      note: "ms per call; ratio to 1M (linear ≈ 2)",
    });
    return rows;
  },
};
