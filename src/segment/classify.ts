import type { SectionKind } from "../schema/sections.js";
import { type ParagraphView, viewOf } from "./features.js";
import type { Paragraph } from "./paragraphs.js";
import { captionCueRule, captionScore } from "./rules/caption.js";
import { boilerplateRule, bylineRule, sourceRule } from "./rules/credits.js";
import { gluedCredit } from "./rules/glued.js";
import { headingRule, listMarker, quoteRule } from "./rules/structure.js";
import {
  type DatelineMatch,
  kickerRule,
  matchDateline,
  stampRule,
  titleRule,
} from "./rules/top.js";

/** A classified stretch of the normalised text. */
export interface RawSection {
  kind: SectionKind;
  start: number;
  end: number;
  rule: string;
  /** Index of the paragraph it comes from. */
  paragraph: number;
  /** For a dateline: its parts, relative to `start`. */
  dateline?: DatelineMatch;
  /** For a date stamp line: the ISO date it states. */
  stamp?: string;
}

/** Score from which a paragraph without a photo cue is taken for a caption. */
export const CAPTION_THRESHOLD = 5;

/** How far from the end credits (byline, source, boilerplate) are looked for. */
const TRAILING_WINDOW = 10;

/** HTML hints that decide a paragraph's kind outright. */
const HINT_KINDS: Readonly<Record<string, SectionKind>> = Object.freeze({
  title: "title",
  kicker: "kicker",
  lead: "lead",
  heading: "heading",
  caption: "caption",
  quote: "quote",
  list: "list",
  byline: "byline",
  source: "source",
  other: "other",
});

type Trailing = "source" | "byline" | "other" | "link" | null;

function trailingKind(v: ParagraphView): { kind: Trailing; rule: string } {
  const s = sourceRule(v);
  if (s) return { kind: "source", rule: s };
  const b = bylineRule(v);
  if (b) return { kind: "byline", rule: b };
  if (v.p.indent >= 20 && v.words <= 8 && !v.endsTerminal)
    return { kind: "byline", rule: "byline-right-aligned" };
  const o = boilerplateRule(v);
  if (o) return { kind: "other", rule: o };
  if (v.words <= 25 && !v.endsTerminal && v.length <= 160)
    return { kind: "link", rule: "trailing-link" };
  return { kind: null, rule: "" };
}

/**
 * Classifies paragraphs into sections. Order of decisions: HTML hints; the credits at the end
 * (source, byline, trailing boilerplate); the title, kicker and date stamp at the top; then, for
 * the paragraphs in between, photo captions with a cue, lists, quotes, headings, captions without
 * a cue (scored), and body. The first body paragraph after the title block is the lead, and a
 * dateline at its start becomes its own section.
 */
export function classifyParagraphs(text: string, paragraphs: readonly Paragraph[]): RawSection[] {
  const n = paragraphs.length;
  const views = paragraphs.map((p, i) => viewOf(text, p, i));
  const kinds: (SectionKind | null)[] = new Array(n).fill(null);
  const rules: string[] = new Array(n).fill("");
  const stamps: (string | undefined)[] = new Array(n).fill(undefined);
  const set = (i: number, kind: SectionKind, rule: string) => {
    kinds[i] = kind;
    rules[i] = rule;
  };
  const hinted = paragraphs.some((p) => p.hint !== undefined);

  // 1. HTML hints.
  for (let i = 0; i < n; i++) {
    const hint = paragraphs[i]?.hint;
    const kind = hint ? HINT_KINDS[hint] : undefined;
    if (kind) set(i, kind, `html-${hint}`);
  }

  // 2. Credits at the end: the earliest source or byline in the last paragraphs after which only
  // credits, boilerplate and short link lines follow.
  // Walking up from the end: related links and boilerplate may follow the credits, not precede
  // them; a photo caption or a body paragraph ends the walk.
  let creditsFrom = n;
  let seenCredit = false;
  for (let j = n - 1; j >= Math.max(1, n - TRAILING_WINDOW); j--) {
    const v = views[j] as ParagraphView;
    if (kinds[j] !== null && kinds[j] !== "byline" && kinds[j] !== "source") break;
    const t = trailingKind(v);
    if (t.kind !== "byline" && t.kind !== "source" && captionCueRule(v)) break;
    if (t.kind === null || (t.kind === "link" && seenCredit)) break;
    if (t.kind === "source" || t.kind === "byline") {
      creditsFrom = j;
      seenCredit = true;
    }
  }
  for (let j = creditsFrom; j < n; j++) {
    if (kinds[j] !== null) continue;
    const t = trailingKind(views[j] as ParagraphView);
    if (t.kind === "source" || t.kind === "byline" || t.kind === "other") set(j, t.kind, t.rule);
    else set(j, "other", t.rule || "trailing-other");
  }
  // Sources standing alone elsewhere ("(Nguồn: Reuters)" under a photo is a caption: see below).
  for (let i = 0; i < creditsFrom; i++) {
    if (kinds[i] !== null) continue;
    const v = views[i] as ParagraphView;
    if (/^[\s(]*nguồn\s*:/iu.test(v.text) && i <= 2) continue;
    // Away from the end only an explicit credit counts: an agency name alone there is usually a
    // fragment of a sentence cut by markup ("Reuters / dẫn tuyên bố ...").
    const s = i > 0 ? sourceRule(v) : null;
    if (s === "source-theo" || s === "source-compiled") set(i, "source", s);
  }

  // 3. Top: title, then a kicker and date stamps.
  let top = 0;
  if (!hinted && n >= 2 && creditsFrom > 0 && kinds[0] === null) {
    const v0 = views[0] as ParagraphView;
    const v1 = views[1] as ParagraphView;
    // A rubric above the headline: short, capitals, then a longer title.
    if (
      n >= 3 &&
      v0.upperCase &&
      v0.words <= 4 &&
      kinds[1] === null &&
      titleRule(v1) &&
      v1.length > v0.length * 1.5
    ) {
      set(0, "kicker", "kicker-above-title");
      set(1, "title", "title-after-kicker");
      top = 2;
    } else if (titleRule(v0) && !(captionCueRule(v0) && v1.length < v0.length)) {
      set(0, "title", titleRule(v0) ?? "title-first-line");
      top = 1;
    }
  } else if (hinted) {
    top = kinds.lastIndexOf("title") + 1;
  }
  for (let i = top; i < Math.min(n, top + 3); i++) {
    if (kinds[i] !== null) continue;
    const stamp = stampRule((views[i] as ParagraphView).text);
    if (stamp) {
      set(i, "other", "date-stamp");
      stamps[i] = stamp.date;
      top = i + 1;
    }
  }
  if (!hinted && top > 0 && top < creditsFrom - 1 && kinds[top] === null) {
    const v = views[top] as ParagraphView;
    const next = views[top + 1] as ParagraphView;
    if (
      kickerRule(v) &&
      v.p.blankBefore > 0 &&
      v.p.blankAfter > 0 &&
      next.length > v.length * 2 &&
      !captionCueRule(v)
    ) {
      set(top, "kicker", "kicker-short-line");
      top++;
    }
  }

  // 4. The paragraphs in between.
  const bodyIndent = typicalIndent(views, kinds, top, creditsFrom);
  const usualBlank = typicalBlank(views, top, creditsFrom);
  // The paragraph right after the lead is where web articles put their top photo.
  let leadAt = kinds.indexOf("lead");
  for (let i = top; i < creditsFrom; i++) {
    if (kinds[i] !== null) continue;
    const v = views[i] as ParagraphView;
    const prev = views[i - 1];
    const next = views[i + 1];
    const cue = captionCueRule(v);
    if (cue) {
      set(i, "caption", cue);
    } else if (
      prev &&
      kinds[i - 1] === "caption" &&
      v.words <= 6 &&
      /(?:[Ảả]nh|[Nn]guồn|[Ảả]nh minh họa)\s*:?\s*$/u.test(prev.text)
    ) {
      // "... Ảnh:" then the photographer's name on its own line.
      set(i, "caption", "caption-credit-continued");
    } else if (/^[\s(]*nguồn\s*:/iu.test(v.text) && v.words <= 10) {
      set(i, "caption", "caption-credit");
    } else if (listMarker(v) === "bullet") {
      set(i, "list", "list-bullet");
    } else if (
      listMarker(v) === "number" &&
      ((prev && listMarker(prev) === "number") || (next && listMarker(next) === "number")) &&
      !(v.words <= 10 && !v.endsTerminal && next && next.length > v.length * 2)
    ) {
      set(i, "list", "list-numbered");
    } else {
      const q = quoteRule(v);
      const h = q
        ? null
        : headingRule(
            v,
            next,
            kinds[i - 1] === "body" || kinds[i - 1] === "lead" ? prev : undefined,
          );
      const afterLead = leadAt >= 0 && leadAt === i - 1 && kinds.includes("title");
      const ctx = { bodyIndent, usualBlank, prev, next, afterLead, first: i === top };
      const score = captionScore(v, ctx);
      if (q) set(i, "quote", q);
      else if (score >= CAPTION_THRESHOLD) set(i, "caption", `caption-scored-${score}`);
      else if (h) set(i, "heading", h);
      else {
        set(i, "body", "body");
        if (leadAt < 0) leadAt = i;
      }
    }
  }

  // 5. The lead: the first body paragraph after the top block, unless the text has no title.
  if (!kinds.includes("lead")) {
    for (let i = top; i < creditsFrom && i < top + 4; i++) {
      // A sapo may open with a quotation: right under the title, a quote paragraph is the lead.
      if (kinds[i] === "body" || (kinds[i] === "quote" && i === top && !hinted)) {
        const v = views[i] as ParagraphView;
        if (kinds.includes("title") && (i === top || v.length <= 900))
          set(i, "lead", kinds[i] === "quote" ? "lead-quoted" : "lead-first-paragraph");
        break;
      }
      if (kinds[i] !== "caption" && kinds[i] !== "heading" && kinds[i] !== "other") break;
    }
  }

  // 6. Output, with the dateline cut from the start of the lead (or first body paragraph).
  const out: RawSection[] = [];
  let datelineDone = false;
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i] as Paragraph;
    const kind = kinds[i] ?? "other";
    if (!datelineDone && (kind === "lead" || kind === "body") && i <= top + 3) {
      datelineDone = true;
      const d = matchDateline(text.slice(p.start, Math.min(p.end, p.start + 200)));
      if (d && d.length < p.end - p.start) {
        let dEnd = p.start + d.length;
        while (dEnd > p.start && /\s/u.test(text.charAt(dEnd - 1))) dEnd--;
        out.push({
          kind: "dateline",
          start: p.start,
          end: dEnd,
          rule: d.rule,
          paragraph: i,
          dateline: d,
        });
        out.push({
          kind,
          start: p.start + d.length,
          end: p.end,
          rule: rules[i] ?? "",
          paragraph: i,
        });
        continue;
      }
    }
    const stamp = stamps[i];
    out.push({
      kind,
      start: p.start,
      end: p.end,
      rule: rules[i] || "unclassified",
      paragraph: i,
      ...(stamp ? { stamp } : {}),
    });
  }
  splitGluedCredit(text, out, kinds.includes("title") || hinted);
  return out;
}

/**
 * In flattened text the byline or source is glued to the last body paragraph: cut it off as its
 * own section, when no credit line was found apart.
 */
function splitGluedCredit(text: string, out: RawSection[], hasTitle: boolean): void {
  if (!hasTitle || out.some((s) => s.kind === "byline" || s.kind === "source")) return;
  let k = out.length - 1;
  while (k >= 0 && (out[k] as RawSection).kind === "other") k--;
  const last = out[k];
  if (!last || (last.kind !== "body" && last.kind !== "lead")) return;
  const credits = gluedCredit(text, last.start, last.end);
  const first = credits[0];
  if (!first) return;
  let bodyEnd = first.start;
  while (bodyEnd > last.start && /\s/u.test(text.charAt(bodyEnd - 1))) bodyEnd--;
  out.splice(
    k + 1,
    0,
    ...credits.map((c) => ({
      kind: c.kind,
      start: c.start,
      end: c.end,
      rule: c.rule,
      paragraph: last.paragraph,
    })),
  );
  last.end = bodyEnd;
}

/** The indentation most body-like paragraphs share (within 3 columns), or -1 when they do not agree. */
function typicalIndent(
  views: readonly ParagraphView[],
  kinds: readonly (SectionKind | null)[],
  from: number,
  to: number,
): number {
  const indents: number[] = [];
  for (let i = from; i < to; i++) {
    const v = views[i] as ParagraphView;
    if (kinds[i] === null && v.length >= 100) indents.push(v.p.indent);
  }
  if (indents.length < 2) return -1;
  indents.sort((a, b) => a - b);
  const median = indents[Math.floor(indents.length / 2)] as number;
  const near = indents.filter((x) => Math.abs(x - median) <= 3).length;
  return near >= indents.length * 0.6 ? median : -1;
}

/** The number of blank lines that usually separates paragraphs. */
function typicalBlank(views: readonly ParagraphView[], from: number, to: number): number {
  const counts = [0, 0, 0, 0];
  for (let i = from + 1; i < to; i++) {
    const b = Math.min(3, (views[i] as ParagraphView).p.blankBefore);
    counts[b] = (counts[b] ?? 0) + 1;
  }
  let best = 0;
  for (let b = 1; b < 4; b++) if ((counts[b] ?? 0) > (counts[best] ?? 0)) best = b;
  return best;
}
