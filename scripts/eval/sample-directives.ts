/**
 * Draws a reproducible random sample of the directives bantin finds in the news corpus, for a
 * person to judge in context (scripts/eval/labels/discourse-sample.json holds the judgements; the
 * discourse suite scores them as "corpus sample" precision).
 *
 *   npx tsx scripts/eval/sample-directives.ts --data /work/shared/data [--seed 20261128] [--n 45]
 *     [--dump all.jsonl] [--exclude labels/discourse-sample.json]
 *
 * Articles hand-labelled for the suite are left out (their directives are scored there), and so
 * are the articles of any label file given with `--exclude` (an earlier sample). The
 * sample is drawn from all directives of all other articles with a seeded generator, so the same
 * code and seed give the same sample.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/index.js";
import { seeded } from "../seeded.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const dataDir = arg("data", "../shared/data");
const seed = Number(arg("seed", "20261128"));
const n = Number(arg("n", "45"));
const dump = arg("dump", "");

const articlesOf = (path: string | URL): string[] =>
  Object.keys(
    (JSON.parse(readFileSync(path, "utf8")) as { articles: Record<string, unknown> }).articles,
  );
const labelled = new Set(articlesOf(new URL("./labels/discourse.json", import.meta.url)));
const exclude = arg("exclude", "");
if (exclude) for (const id of articlesOf(new URL(exclude, import.meta.url))) labelled.add(id);
interface Row {
  id: string;
  k: number;
  text: string;
  context: string;
  act: string;
  actAt: number;
  form: string;
  issuer: string | null;
  addressees: string[];
  actions: string[];
}
const rows: Row[] = [];
const path = join(dataDir, "news", "baomoi-paragraphs.jsonl");
for (const line of readFileSync(path, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; title?: string; body_paragraphs?: string[] };
  if (labelled.has(a.id)) continue;
  const text = [a.title ?? "", ...(a.body_paragraphs ?? [])].join("\n");
  const r = analyze(text);
  r.directives.forEach((d, k) => {
    const from = Math.max(0, text.lastIndexOf("\n", d.span.start) + 1);
    const nl = text.indexOf("\n", d.span.end);
    rows.push({
      id: a.id,
      k,
      text: d.text,
      context: text.slice(from, nl < 0 ? text.length : nl),
      act: d.speechAct.text,
      actAt: d.speechAct.span.start,
      form: d.form,
      issuer: d.issuer?.text ?? null,
      addressees: d.addressees.map((x) => x.text),
      actions: d.actions.map((x) => x.text),
    });
  });
}
if (dump) writeFileSync(dump, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
const next = seeded(seed);
const order = rows.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [order[i], order[j]] = [order[j] as number, order[i] as number];
}
const picked = order
  .slice(0, n)
  .map((i) => rows[i] as Row)
  .sort((a, b) => a.id.localeCompare(b.id) || a.k - b.k);
console.log(`# ${rows.length} directives in the corpus; ${picked.length} drawn with seed ${seed}`);
for (const r of picked) console.log(JSON.stringify(r));
