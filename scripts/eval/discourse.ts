/**
 * Directives, events and document references on real news (`--suite discourse`).
 *
 * Hand labels (scripts/eval/labels/discourse.json): 38 baomoi articles about party, government and
 * public affairs, each read in full and labelled by a person (see the file's `about` for the
 * conventions). bantin runs `analyze` on each article's text (title + paragraphs joined by line
 * breaks) and the suite scores:
 * - directives: found (the predicted speech act lies in the labelled `at` phrase), precision and
 *   recall; then, separately, the issuer, the addressees and the actions (by their first words);
 * - events: found (a predicted mention lies in the labelled `at` phrase), precision and recall;
 *   type, topic, chairs, attendees, date and place of the events found;
 * - document references: type plus number or name, precision and recall.
 *
 * Names match when, folded and with spaces collapsed, one contains the other or they share most
 * syllables, so that "Chủ tịch UBND TP" and "Chủ tịch UBND TP Nguyễn Đức Chung" both count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDiscourse } from "../../src/extract/discourse/index.js";
import { Doc } from "../../src/extract/doc.js";
import { analyze } from "../../src/index.js";
import { normalize } from "../../src/normalize/normalize.js";
import type { Directive, DocumentRef, EventEntity } from "../../src/schema/discourse.js";
import type { Span } from "../../src/schema/span.js";
import type { TimeValue } from "../../src/schema/time.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface LabelDirective {
  at: string;
  nth?: number;
  act: string;
  issuer: string | null;
  addressees: string[];
  actions: string[];
  deadline?: string;
}
interface LabelEvent {
  at: string;
  nth?: number;
  type: string;
  topic?: string;
  chairs?: string[];
  attendees?: string[];
  organiser?: string;
  date?: string;
  place?: string;
}
interface LabelDocument {
  type: string;
  number?: string;
  name?: string;
  date?: string;
}
interface ArticleLabels {
  directives: LabelDirective[];
  events: LabelEvent[];
  documents: LabelDocument[];
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .toLowerCase()
    .replace(/[“”"'’‘]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();

/** Two names of the same party or thing: containment either way, or most syllables shared. */
function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(/[\s,;:.()–-]+/u).filter(Boolean));
  const wy = y.split(/[\s,;:.()–-]+/u).filter(Boolean);
  let shared = 0;
  for (const w of wy) if (wx.has(w)) shared++;
  return shared / Math.max(1, Math.min(wx.size, wy.length)) >= 0.7;
}

/** An action starts like its label: the same first words (up to three). */
function sameStart(action: string, label: string): boolean {
  const words = (s: string) =>
    fold(s)
      .split(/[\s,;:]+/u)
      .filter(Boolean);
  const l = words(label).slice(0, 3);
  const a = words(action).slice(0, l.length);
  return l.length > 0 && l.every((w, i) => a[i] === w);
}

/** Where the labelled phrase is in the text (its nth occurrence, default the first). */
function locate(text: string, at: string, nth = 1): Span | undefined {
  let from = 0;
  for (let k = 1; ; k++) {
    const i = text.indexOf(at, from);
    if (i < 0) return undefined;
    if (k === nth) return { start: i, end: i + at.length };
    from = i + 1;
  }
}

/** The instant a date value starts at (ISO 8601). */
const startOf = (v: TimeValue | undefined): string | undefined =>
  v === undefined ? undefined : v.type === "value" ? v.value : v.from?.value;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  failures: string[];
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, failures: [] });

function pr(name: string, t: Tally): Score[] {
  return [
    ratio(
      `${name} precision`,
      t.tp,
      t.tp + t.fp,
      t.failures.filter((f) => f.startsWith("FP")),
    ),
    ratio(
      `${name} recall`,
      t.tp,
      t.tp + t.fn,
      t.failures.filter((f) => f.startsWith("FN")),
    ),
  ];
}

/** One-to-one matching of predicted items to labels by a predicate, in order. */
function matchItems<P, L>(
  preds: readonly P[],
  labels: readonly L[],
  same: (p: P, l: L) => boolean,
): { pairs: [P, L][]; extraPreds: P[]; missedLabels: L[] } {
  const used = new Set<number>();
  const pairs: [P, L][] = [];
  const missedLabels: L[] = [];
  for (const l of labels) {
    const i = preds.findIndex((p, k) => !used.has(k) && same(p, l));
    if (i < 0) {
      missedLabels.push(l);
      continue;
    }
    used.add(i);
    pairs.push([preds[i] as P, l]);
  }
  return { pairs, extraPreds: preds.filter((_, k) => !used.has(k)), missedLabels };
}

function loadArticles(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const path = join(dataDir, "news", "baomoi-paragraphs.jsonl");
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title?: string; body_paragraphs?: string[] };
    out.set(a.id, [a.title ?? "", ...(a.body_paragraphs ?? [])].join("\n"));
  }
  return out;
}

/** The discourse items of one article, through the whole pipeline when it runs. */
function run(text: string): {
  directives: Directive[];
  events: EventEntity[];
  documents: DocumentRef[];
  fallback: boolean;
} {
  try {
    const r = analyze(text);
    return { directives: r.directives, events: r.events, documents: r.documents, fallback: false };
  } catch {
    // Another stage failing must not hide this one's scores; the failure is counted below.
    const r = extractDiscourse(Doc.fromNormalized(normalize(text)));
    return { ...r, fallback: true };
  }
}

interface SampleItem {
  at: string;
  directive: boolean;
  issuer?: string | string[] | null;
  addressees?: string[];
  actions?: { from: string; to: string }[];
  note?: string;
}

/**
 * The corpus sample (labels/discourse-sample.json): directives drawn at random from articles never
 * labelled nor tuned on, judged in context. A judged directive is fully right when bantin reports
 * one at its speech act with the same issuer, addressees and actions (by first and last words);
 * a judged non-directive is right when bantin reports none there.
 */
function corpusSample(texts: Map<string, string>, file: string, name: string): Score[] {
  const path = new URL(`./labels/${file}`, import.meta.url);
  const labels = JSON.parse(readFileSync(path, "utf8")) as {
    articles: Record<string, SampleItem[]>;
  };
  const exact = (a: string, b: string) => fold(a) === fold(b);
  let right = 0;
  let all = 0;
  let real = 0;
  let realRight = 0;
  let rejected = 0;
  let notReal = 0;
  const failures: string[] = [];
  for (const id of Object.keys(labels.articles).sort()) {
    const text = texts.get(id);
    const items = labels.articles[id] as SampleItem[];
    if (text === undefined) {
      all += items.length;
      failures.push(`${id}: article not found`);
      continue;
    }
    const out = run(text).directives;
    for (const l of items) {
      all++;
      const at = locate(text, l.at);
      const p = at ? out.find((d) => overlaps(d.speechAct.span, at)) : undefined;
      if (!l.directive) {
        notReal++;
        if (!p) {
          right++;
          rejected++;
        } else failures.push(`${id}: not a directive (${l.at})`);
        continue;
      }
      real++;
      if (!p) {
        failures.push(`${id}: missed (${l.at})`);
        continue;
      }
      const wrong: string[] = [];
      const issuers = l.issuer === undefined || l.issuer === null ? [] : [l.issuer].flat();
      const issuerOk =
        issuers.length === 0
          ? !p.issuer
          : !!p.issuer && issuers.some((x) => exact(x, p.issuer?.text ?? ""));
      if (!issuerOk) wrong.push(`issuer "${p.issuer?.text ?? ""}"`);
      const want = l.addressees ?? [];
      const addresseesOk =
        want.length === p.addressees.length &&
        want.every((x, k) => exact(x, p.addressees[k]?.text ?? ""));
      if (!addresseesOk) wrong.push(`addressees [${p.addressees.map((x) => x.text).join(" | ")}]`);
      const acts = l.actions ?? [];
      const actionsOk =
        acts.length === p.actions.length &&
        acts.every((x, k) => {
          const a = fold(p.actions[k]?.text ?? "");
          return a.startsWith(fold(x.from)) && a.endsWith(fold(x.to));
        });
      if (!actionsOk)
        wrong.push(`actions [${p.actions.map((x) => x.text.slice(0, 40)).join(" | ")}]`);
      if (wrong.length === 0) {
        right++;
        realRight++;
      } else failures.push(`${id}: ${wrong.join("; ")} (${l.at})`);
    }
  }
  return [
    ratio(`${name}: directives fully right`, right, all, failures),
    ratio(`${name}: real directives fully right`, realRight, real),
    ratio(`${name}: non-directives rejected`, rejected, notReal),
  ];
}

export const discourseSuite: EvalSuite = {
  name: "discourse",
  description:
    "directives, events and document references on 38 hand-labelled baomoi articles, and directive precision on a random corpus sample judged in context",
  run(dataDir: string): Score[] {
    const labelsPath = new URL("./labels/discourse.json", import.meta.url);
    const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as {
      articles: Record<string, ArticleLabels>;
    };
    const texts = loadArticles(dataDir);
    const dirs = tally();
    const issuers = tally();
    const addressees = tally();
    const actions = tally();
    const deadlines = tally();
    const events = tally();
    const docs = tally();
    let typeOk = 0;
    let typeAll = 0;
    const topic = tally();
    const chairs = tally();
    const attendees = tally();
    const dates = tally();
    const places = tally();
    let pipelineOk = 0;
    let articles = 0;
    const failures: string[] = [];

    for (const id of Object.keys(labels.articles).sort()) {
      const label = labels.articles[id] as ArticleLabels;
      const text = texts.get(id);
      if (text === undefined) {
        failures.push(`${id}: article not found`);
        continue;
      }
      articles++;
      const out = run(text);
      if (!out.fallback) pipelineOk++;

      // Directives.
      const located = label.directives.map((d) => ({ d, at: locate(text, d.at, d.nth) }));
      const m = matchItems(out.directives, located, (p, l) =>
        l.at !== undefined ? overlaps(p.speechAct.span, l.at) : false,
      );
      dirs.tp += m.pairs.length;
      dirs.fp += m.extraPreds.length;
      dirs.fn += m.missedLabels.length;
      for (const p of m.extraPreds) dirs.failures.push(`FP ${id}: ${p.text.slice(0, 90)}`);
      for (const l of m.missedLabels) dirs.failures.push(`FN ${id}: ${l.d.at}`);
      for (const [p, { d: l }] of m.pairs) {
        // Issuer.
        if (l.issuer && p.issuer && sameName(p.issuer.text, l.issuer)) issuers.tp++;
        else {
          if (p.issuer) {
            issuers.fp++;
            issuers.failures.push(
              `FP ${id}: "${p.issuer.text}" for ${l.issuer ?? "none"} (${l.at})`,
            );
          }
          if (l.issuer) {
            issuers.fn++;
            issuers.failures.push(`FN ${id}: ${l.issuer} got "${p.issuer?.text ?? ""}" (${l.at})`);
          }
        }
        // Addressees.
        const a = matchItems(p.addressees, l.addressees, (x, y) => sameName(x.text, y));
        addressees.tp += a.pairs.length;
        addressees.fp += a.extraPreds.length;
        addressees.fn += a.missedLabels.length;
        for (const x of a.extraPreds) addressees.failures.push(`FP ${id}: "${x.text}" (${l.at})`);
        for (const y of a.missedLabels) addressees.failures.push(`FN ${id}: "${y}" (${l.at})`);
        // Actions.
        const c = matchItems(p.actions, l.actions, (x, y) => sameStart(x.text, y));
        actions.tp += c.pairs.length;
        actions.fp += c.extraPreds.length;
        actions.fn += c.missedLabels.length;
        for (const x of c.extraPreds)
          actions.failures.push(`FP ${id}: "${x.text.slice(0, 60)}" (${l.at})`);
        for (const y of c.missedLabels) actions.failures.push(`FN ${id}: "${y}" (${l.at})`);
        // Deadline.
        if (l.deadline) {
          const found = p.actions.some(
            (x) => x.deadline && fold(x.deadline.text).includes(fold(l.deadline as string)),
          );
          if (found) deadlines.tp++;
          else {
            deadlines.fn++;
            deadlines.failures.push(`FN ${id}: ${l.deadline} (${l.at})`);
          }
        }
      }
      // Everything a wrong directive says is wrong too.
      for (const p of m.extraPreds) {
        if (p.issuer) issuers.fp++;
        addressees.fp += p.addressees.length;
        actions.fp += p.actions.length;
      }
      for (const { d } of m.missedLabels) {
        if (d.issuer) issuers.fn++;
        addressees.fn += d.addressees.length;
        actions.fn += d.actions.length;
      }

      // Events.
      const locatedEvents = label.events.map((e) => ({ e, at: locate(text, e.at, e.nth) }));
      const em = matchItems(out.events, locatedEvents, (p, l) =>
        l.at !== undefined ? p.mentions.some((x) => overlaps(x.span, l.at as Span)) : false,
      );
      events.tp += em.pairs.length;
      events.fp += em.extraPreds.length;
      events.fn += em.missedLabels.length;
      for (const p of em.extraPreds)
        events.failures.push(`FP ${id}: ${p.type} "${p.text.slice(0, 60)}"`);
      for (const l of em.missedLabels) events.failures.push(`FN ${id}: ${l.e.type} "${l.e.at}"`);
      for (const [p, { e: l }] of em.pairs) {
        typeAll++;
        if (p.type === l.type) typeOk++;
        else failures.push(`${id}: event type ${p.type} for ${l.type} (${l.at})`);
        if (l.topic) {
          if (p.topic && sameName(p.topic.text, l.topic)) topic.tp++;
          else {
            topic.fn++;
            topic.failures.push(`FN ${id}: "${l.topic}" got "${p.topic?.text ?? ""}"`);
          }
        }
        const people = (
          pred: readonly { text: string }[],
          lab: readonly string[] | undefined,
          t: Tally,
        ) => {
          if (!lab) return;
          const r = matchItems(pred, lab, (x, y) => sameName(x.text, y));
          t.tp += r.pairs.length;
          t.fp += r.extraPreds.length;
          t.fn += r.missedLabels.length;
          for (const x of r.extraPreds) t.failures.push(`FP ${id}: "${x.text}"`);
          for (const y of r.missedLabels) t.failures.push(`FN ${id}: "${y}"`);
        };
        people(p.chairs, l.chairs, chairs);
        people(p.attendees, l.attendees, attendees);
        if (l.date) {
          const ok =
            p.date !== undefined &&
            (fold(p.date.text).includes(fold(l.date)) ||
              startOf(p.date.value)?.startsWith(l.date) === true);
          if (ok) dates.tp++;
          else {
            dates.fn++;
            dates.failures.push(
              `FN ${id}: ${l.date} got "${p.date?.text ?? ""}" ${startOf(p.date?.value) ?? ""}`,
            );
          }
        }
        if (l.place) {
          if (p.place && sameName(p.place.text, l.place)) places.tp++;
          else {
            places.fn++;
            places.failures.push(`FN ${id}: ${l.place} got "${p.place?.text ?? ""}"`);
          }
        }
      }

      // Documents.
      const canon = (s: string) => fold(s).replace(/\s+/gu, "");
      const dm = matchItems(out.documents, label.documents, (p, l) => {
        if (p.type !== l.type) return false;
        if (l.number) return p.number !== undefined && canon(p.number) === canon(l.number);
        if (l.name) return p.name !== undefined && sameName(p.name, l.name);
        return false;
      });
      docs.tp += dm.pairs.length;
      docs.fp += dm.extraPreds.length;
      docs.fn += dm.missedLabels.length;
      for (const p of dm.extraPreds) docs.failures.push(`FP ${id}: ${p.type} "${p.text}"`);
      for (const l of dm.missedLabels)
        docs.failures.push(`FN ${id}: ${l.type} ${l.number ?? l.name ?? ""}`);
    }

    return [
      ratio("articles analysed by the whole pipeline", pipelineOk, articles, failures),
      ...pr("directives", dirs),
      ...pr("directive issuers", issuers),
      ...pr("directive addressees", addressees),
      ...pr("directive actions", actions),
      ratio(
        "directive deadlines found",
        deadlines.tp,
        deadlines.tp + deadlines.fn,
        deadlines.failures,
      ),
      ...pr("events", events),
      ratio("event types of events found", typeOk, typeAll),
      ratio("event topics", topic.tp, topic.tp + topic.fn, topic.failures),
      ...pr("event chairs", chairs),
      ...pr("event attendees", attendees),
      ratio("event dates", dates.tp, dates.tp + dates.fn, dates.failures),
      ratio("event places", places.tp, places.tp + places.fn, places.failures),
      ...pr("documents", docs),
      // Drawn before the precision fixes (and used to find them), then drawn after them.
      ...corpusSample(texts, "discourse-sample.json", "corpus sample"),
      ...corpusSample(texts, "discourse-sample-2.json", "corpus sample 2"),
    ];
  },
};
