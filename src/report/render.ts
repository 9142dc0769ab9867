/**
 * One article's visual report: a self-contained HTML page (inline style and script, no external
 * resources) with the article's sections outlined, every finding highlighted by type, a legend,
 * tooltips with values, and side panels. Every string from the article is escaped.
 *
 * The article is shown as normalised text (what a reader should see, also for legacy-encoded or
 * HTML input); findings' spans, which index the original input, are mapped onto it through the
 * normaliser's alignment. Tooltips show the original text and offsets.
 */
import { OffsetMap } from "../normalize/offset-map.js";
import { collectFindings, type Findings } from "./collect.js";
import { isObject, isSpan, labelOf } from "./describe.js";
import { escapeHtml as h, jsonForScript, wellFormed } from "./escape.js";
import { type Mark, renderMarked } from "./layout.js";
import { renderPanels } from "./panels.js";
import { REPORT_SCRIPT } from "./script.js";
import { BASE_CSS, typeRules } from "./style.js";
import { compareTypes, NOT_FINDINGS, styleOf, typeClass, typeOfCollection } from "./types.js";

type Obj = Record<string, unknown>;

const esc = (s: string): string => h(wellFormed(s));

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The article's id (file name or JSONL id), shown in the header. */
  readonly id?: string | number | null;
  /** Link back to the index page, for reports written into a folder. */
  readonly indexHref?: string;
  /** `bantin 1.2.3`, shown in the footer. */
  readonly generator?: string;
}

/** What the index page lists about an article. */
export interface ReportSummary {
  readonly title: string;
  /** Entities per type (top-level items, not mentions). */
  readonly counts: Readonly<Record<string, number>>;
  readonly sections: number;
  readonly characters: number;
}

/** The text shown and the way to map source spans onto it. */
interface Display {
  readonly text: string;
  toDisplay(start: number, end: number): { start: number; end: number };
}

function displayOf(analysis: Obj, source: string): Display {
  const n = isObject(analysis.normalized) ? analysis.normalized : undefined;
  if (n && typeof n.text === "string" && Array.isArray(n.alignment)) {
    try {
      const edits = n.alignment
        .filter(
          (r): r is number[] =>
            Array.isArray(r) && r.length === 4 && r.every((x) => Number.isInteger(x)),
        )
        .map(([srcStart, srcEnd, tgtStart, tgtEnd]) => ({
          srcStart: srcStart as number,
          srcEnd: srcEnd as number,
          tgtStart: tgtStart as number,
          tgtEnd: tgtEnd as number,
        }));
      const map = OffsetMap.fromEdits(edits, source.length, n.text.length);
      return { text: n.text, toDisplay: (start, end) => map.spanToTarget({ start, end }) };
    } catch {
      // An alignment that does not fit this source: show the source itself.
    }
  }
  return { text: source, toDisplay: (start, end) => ({ start, end }) };
}

/** A block of the article: a section, or (without segmentation) a paragraph of the text. */
interface Block {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly labelled: boolean;
}

/** A blank line (spaces allowed) between paragraphs, for text that has no sections. */
export const BLANK_LINES = /\n[ \t\u00a0\u3000]*(?:\r?\n)+|\r\n[ \t\u00a0\u3000]*(?:\r\n)+/;

function blocksOf(analysis: Obj, display: Display): Block[] {
  const sections = Array.isArray(analysis.sections) ? analysis.sections : [];
  const blocks: Block[] = [];
  for (const s of sections) {
    if (!isObject(s) || !isSpan(s.span)) continue;
    const d = display.toDisplay(s.span.start, s.span.end);
    const kind = typeof s.kind === "string" ? s.kind : "other";
    blocks.push({ kind, start: d.start, end: d.end, labelled: true });
  }
  if (blocks.length > 0) {
    blocks.sort((a, b) => a.start - b.start || b.end - a.end);
    // Overlapping sections (should not happen) are clipped so that no text is shown twice.
    const out: Block[] = [];
    let at = 0;
    for (const b of blocks) {
      const start = Math.max(b.start, at);
      if (start >= b.end) continue;
      out.push({ ...b, start });
      at = b.end;
    }
    return out;
  }
  // No sections: paragraphs separated by blank lines, unlabelled (not a segmentation claim).
  const text = display.text;
  const re = new RegExp(BLANK_LINES.source, "g");
  let at = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    pushTrimmed(blocks, text, at, end);
    if (!m) break;
    at = m.index + m[0].length;
  }
  return blocks;
}

function pushTrimmed(blocks: Block[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s < e) blocks.push({ kind: "text", start: s, end: e, labelled: false });
}

/**
 * A highlight's title: the label, then the value when it says more (`Count: 06 ý kiến phát biểu =
 * 6 ý kiến phát biểu`; an organisation whose value repeats its name is shown by its value alone);
 * a clause-long label (a directive) is cut, so that the value stays readable.
 */
function tipLine(label: string, value: string): string {
  if (value === "" || value === label) return label;
  if (value.startsWith(label)) return value;
  const short = label.length > 100 ? `${label.slice(0, 99)}…` : label;
  return `${short} = ${value}`;
}

function marksOf(findings: Findings, display: Display, source: string): Mark[] {
  const marks: Mark[] = [];
  let order = 0;
  for (const f of findings.mentions) {
    const d = display.toDisplay(f.start, f.end);
    if (d.end <= d.start) continue;
    const entity = findings.entities.get(f.ref);
    const style = styleOf(f.type);
    const cls = typeClass(f.type);
    const label = entity?.label || f.text;
    const tip = `${style.one}: ${tipLine(label, entity?.value ?? "")}`;
    const attrs = `data-ref="${esc(f.ref)}" data-tc="${cls}" data-s="${f.start}" data-e="${f.end}" data-text="${esc(source.slice(f.start, f.end))}" title="${esc(tip)}"`;
    const base = `e ${cls}${style.long ? " long" : ""}`;
    marks.push({
      start: d.start,
      end: d.end,
      order: order++,
      open: (continued) => `<mark class="${base}${continued ? " cont" : ""}" ${attrs}>`,
      close: "</mark>",
    });
  }
  return marks;
}

function titleOf(
  analysis: Obj,
  display: Display,
  blocks: readonly Block[],
  id: ReportOptions["id"],
): string {
  const meta = isObject(analysis.metadata) ? analysis.metadata : {};
  if (typeof meta.title === "string" && meta.title.trim() !== "") return meta.title.trim();
  const titled = blocks.find((b) => b.kind === "title") ?? blocks[0];
  const fromText = titled
    ? display.text.slice(titled.start, titled.end).replace(/\s+/g, " ").trim()
    : "";
  if (fromText !== "") return fromText.length > 160 ? `${fromText.slice(0, 159)}…` : fromText;
  return id === undefined || id === null ? "Untitled article" : String(id);
}

/** Entities per type, for the legend and the index: top-level items and nested findings. */
function countsOf(findings: Findings): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of findings.mentions) {
    if (seen.has(m.ref)) continue;
    seen.add(m.ref);
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  }
  return counts;
}

/** Types of every collection (panels draw their swatch even when nothing was highlighted). */
function panelTypes(a: Obj): string[] {
  const out = ["person", "organisation", "date", "directive"];
  for (const [name, value] of Object.entries(a)) {
    if (Array.isArray(value) && !NOT_FINDINGS.has(name)) out.push(typeOfCollection(name));
  }
  return out;
}

/** Names of the items that have an `id`, in every collection: `org-1` gives `Quận ủy Quận 9`. */
function namesById(a: Obj): Map<string, string> {
  const names = new Map<string, string>();
  for (const value of Object.values(a)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (!isObject(item) || (typeof item.id !== "string" && typeof item.id !== "number")) continue;
      const label = labelOf(item);
      if (label !== "" && !names.has(String(item.id))) names.set(String(item.id), label);
    }
  }
  return names;
}

/**
 * Renders one article's report. `analysis` is an `Analysis` (or any object of collections in that
 * style); `source` is the string its spans point into (the input, or `input.decodedText`).
 */
export function renderReport(
  analysis: unknown,
  source: string,
  options: ReportOptions = {},
): { html: string; summary: ReportSummary } {
  const a: Obj = isObject(analysis) ? analysis : {};
  const display = displayOf(a, source);
  const findings = collectFindings(a, source);
  const blocks = blocksOf(a, display);
  const marks = marksOf(findings, display, source);
  const counts = countsOf(findings);
  // Detail types (verbs, markers, topics...) are marked but start hidden.
  const detailTypes = new Set(findings.mentions.filter((m) => m.detail).map((m) => m.type));
  for (const m of findings.mentions) if (!m.detail) detailTypes.delete(m.type);
  const types = [
    ...new Set([...counts.keys(), ...["person", "organisation", "place", "date"]]),
  ].sort(compareTypes);
  const mainTypes = types.filter((t) => !detailTypes.has(t));
  const hiddenTypes = types.filter((t) => detailTypes.has(t));
  const mainMentions = findings.mentions.filter((m) => !detailTypes.has(m.type)).length;
  const title = titleOf(a, display, blocks, options.id);

  const body: string[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start > at) {
      const gap = display.text.slice(at, b.start);
      if (gap.trim() !== "")
        body.push(`<div class="gap">${renderMarked(display.text, marks, at, b.start)}</div>`);
    }
    const label = b.labelled ? `<span class="sec-label">${esc(b.kind)}</span>` : "";
    body.push(
      `<section class="sec k-${esc(b.kind.replace(/[^0-9a-z-]/gi, "_"))}" data-kind="${esc(b.kind)}">${label}${renderMarked(display.text, marks, b.start, b.end)}</section>`,
    );
    at = Math.max(at, b.end);
  }
  if (at < display.text.length && display.text.slice(at).trim() !== "") {
    body.push(
      `<div class="gap">${renderMarked(display.text, marks, at, display.text.length)}</div>`,
    );
  }
  if (body.length === 0) body.push(`<p class="empty">This article has no text.</p>`);

  const chip = (t: string, on: boolean): string => {
    const s = styleOf(t);
    const cls = typeClass(t);
    return `<label class="chip${on ? "" : " minor"}"><input type="checkbox"${on ? " checked" : ""} data-tc="${cls}"><span class="swatch ${cls}${s.long ? " long" : ""}"></span>${esc(s.label)} <span class="n">${counts.get(t) ?? 0}</span></label>`;
  };
  const legend =
    mainTypes.map((t) => chip(t, true)).join("") +
    (hiddenTypes.length
      ? `<span class="more">Details:</span>${hiddenTypes.map((t) => chip(t, false)).join("")}`
      : "");

  const meta = isObject(a.metadata) ? a.metadata : {};
  const authors = Array.isArray(meta.authors) ? meta.authors.map(labelOf).filter((x) => x) : [];
  const sectionCount = Array.isArray(a.sections) ? a.sections.length : 0;
  const facts: string[] = [];
  if (options.id !== undefined && options.id !== null)
    facts.push(`<li>id <b>${esc(String(options.id))}</b></li>`);
  if (authors.length) facts.push(`<li>by <b>${esc(authors.join(", "))}</b></li>`);
  facts.push(`<li><b>${source.length.toLocaleString("en-US")}</b> characters</li>`);
  facts.push(`<li><b>${sectionCount}</b> section${sectionCount === 1 ? "" : "s"}</li>`);
  facts.push(`<li><b>${mainMentions}</b> highlighted mention${mainMentions === 1 ? "" : "s"}</li>`);

  // Items point at each other by id (a title's organisation, a directive's issuer): show names.
  const names = namesById(a);
  const named = (v: string): string => names.get(v) ?? v;
  const entities: Record<string, { t: string; l: string; v: string; d: [string, string][] }> = {};
  for (const [ref, e] of findings.entities)
    entities[ref] = {
      t: e.type,
      l: wellFormed(e.label),
      v: wellFormed(e.value),
      d: e.details.map(([k, v]) => [k, wellFormed(named(v))]),
    };
  const labels: Record<string, string> = {};
  for (const t of new Set(findings.mentions.map((m) => m.type))) labels[t] = styleOf(t).one;

  const nav = options.indexHref
    ? `<nav><a href="${esc(options.indexHref)}">← All articles</a></nav>`
    : "";
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(options.generator ?? "bantin")}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)} · bantin</title>
<style>${BASE_CSS}
${typeRules([...new Set([...types, ...panelTypes(a)])])}</style>
</head>
<body class="${hiddenTypes.map((t) => `hide-${typeClass(t)}`).join(" ")}">
<header class="top"><div class="bar"><div class="brand"><b>bantin</b> · article report</div>${nav}</div>
<div class="inner"><h1>${esc(title)}</h1><ul class="meta">${facts.join("")}</ul></div></header>
<div class="legend"><div class="inner">${legend}<span class="hint">Hover a highlight for its value · click to see every mention</span></div></div>
<main class="layout">
<article class="doc" lang="vi">${body.join("\n")}</article>
<aside class="panels">${renderPanels(a, findings)}</aside>
</main>
<footer class="foot">Generated by ${esc(options.generator ?? "bantin")} · schema ${esc(typeof a.schemaVersion === "string" ? a.schemaVersion : "?")} · offsets are UTF-16 code units into the original input · this page works offline.</footer>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="bantin-data">${jsonForScript({ entities, labels })}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
  const summaryCounts: Record<string, number> = {};
  for (const t of mainTypes)
    if ((counts.get(t) ?? 0) > 0) summaryCounts[t] = counts.get(t) as number;
  return {
    html,
    summary: { title, counts: summaryCounts, sections: sectionCount, characters: source.length },
  };
}
