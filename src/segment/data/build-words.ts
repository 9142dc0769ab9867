/**
 * Builds `words.json`, the lexicon of the optional word segmenter (run by hand, not at install):
 *
 *   npm pack @vntk/dictionary && tar xzf vntk-dictionary-1.0.0.tgz
 *   npx tsx src/segment/data/build-words.ts package/data/Viet74K.txt /work/shared/data
 *
 * It keeps the multi-syllable entries of the Viet74K word list shipped in @vntk/dictionary (MIT,
 * (c) 2017 VNTK) that occur at least twice in the 7,600 baomoi news articles of the shared data and
 * whose syllables occur together more often than chance (pointwise mutual information >= 0: this
 * drops the list's accidental phrases such as "được của", "có của", "một và"), with their corpus
 * counts (used to break ties between segmentations). Single syllables are words by default and
 * need no entry. The output is sorted, so a rebuild is byte-identical.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [listPath, dataDir] = process.argv.slice(2);
if (!listPath || !dataDir) {
  process.stderr.write("usage: build-words.ts <Viet74K.txt> <shared/data>\n");
  process.exit(2);
}
const entries = new Set<string>();
for (const line of readFileSync(listPath, "utf8").split(/\r?\n/u)) {
  const w = line.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " ");
  const n = w.split(" ").length;
  if (n >= 2 && n <= 4 && /^[\p{L} ]+$/u.test(w)) entries.add(w);
}
const counts = new Map<string, number>();
const unigrams = new Map<string, number>();
let total = 0;
const files = ["news/baomoi-paragraphs.jsonl", "news/baomoi-flat-sample.jsonl"];
for (const f of files) {
  for (const line of readFileSync(join(dataDir, f), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const texts = [r.title, r.sapo, r.body, ...((r.body_paragraphs as string[]) ?? [])];
    for (const t of texts) {
      if (typeof t !== "string") continue;
      for (const run of t
        .normalize("NFC")
        .toLowerCase()
        .split(/[^\p{L}\s]+/u)) {
        const syl = run.split(/\s+/u).filter((s) => s.length > 0);
        for (const x of syl) unigrams.set(x, (unigrams.get(x) ?? 0) + 1);
        total += syl.length;
        for (let n = 2; n <= 4; n++) {
          for (let i = 0; i + n <= syl.length; i++) {
            const g = syl.slice(i, i + n).join(" ");
            if (entries.has(g)) counts.set(g, (counts.get(g) ?? 0) + 1);
          }
        }
      }
    }
  }
}
const out: Record<string, number> = {};
for (const w of [...counts.keys()].sort()) {
  const c = counts.get(w) ?? 0;
  let expected = total;
  for (const x of w.split(" ")) expected *= (unigrams.get(x) ?? 0) / total;
  if (c >= 2 && Math.log(c / expected) >= 0) out[w] = c;
}
writeFileSync(new URL("./words.json", import.meta.url), `${JSON.stringify(out)}\n`);
process.stdout.write(`${Object.keys(out).length} words\n`);
