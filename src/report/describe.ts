/**
 * Short human descriptions of any extracted item, without knowing its exact schema: a label (the
 * name), a value (what it resolves to), and detail lines for the tooltip. The extractors' shapes
 * grow over time; these readers look for the fields the schemas use (`name`, `value`, `titles`,
 * `grain`...) and fall back to a compact rendering of whatever is there.
 */

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `{ start, end }` with numbers: the span shape. */
export function isSpan(v: unknown): v is { start: number; end: number } {
  return isObject(v) && typeof v.start === "number" && typeof v.end === "number";
}

const LABEL_FIELDS = [
  "name",
  "canonical",
  "canonicalName",
  "fullName",
  "normalized",
  "label",
  "title",
] as const;

/** The name of an item: its canonical name, else its text. */
export function labelOf(item: unknown): string {
  if (typeof item === "string") return item;
  if (typeof item === "number" || typeof item === "boolean") return String(item);
  if (!isObject(item)) return "";
  for (const f of LABEL_FIELDS) {
    const v = item[f];
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  if (typeof item.value === "string" || typeof item.value === "number") return String(item.value);
  if (typeof item.text === "string") return item.text;
  return "";
}

/** A value object (a date, an interval, an amount) as one short line. */
export function formatValue(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v))
    return v
      .map((x) => formatValue(x, depth + 1))
      .filter((s) => s !== "")
      .join("; ");
  if (!isObject(v) || depth > 2) return "";
  const from = v.from ?? v.start;
  const to = v.to ?? v.end;
  const point = (x: unknown): boolean => typeof x === "string" || (isObject(x) && "value" in x);
  if ((point(from) || point(to)) && !isSpan(v)) {
    const a = formatValue(isObject(from) ? from.value : from, depth + 1);
    const b = formatValue(isObject(to) ? to.value : to, depth + 1);
    return `${a || "…"} – ${b || "…"}`;
  }
  if ("value" in v) {
    const inner = formatValue(v.value, depth + 1);
    const unit = typeof v.unit === "string" ? ` ${v.unit}` : "";
    const grain = typeof v.grain === "string" ? ` (${v.grain})` : "";
    return `${inner}${unit}${grain}`;
  }
  const label = labelOf(v);
  if (label !== "") return label;
  return compact(v);
}

/** Compact JSON, cut at `max` characters. */
export function compact(v: unknown, max = 120): string {
  let s: string;
  try {
    s = JSON.stringify(v, (k, x) => (k === "span" || k === "mentions" ? undefined : x)) ?? "";
  } catch {
    s = "";
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

const TITLE_FIELDS = ["titles", "title", "roles", "role", "positions", "position"] as const;

/** The titles of a person (an item with a `name` and titles), as readable strings, without repeats. */
export function titlesOf(item: unknown): string[] {
  if (!isObject(item) || typeof item.name !== "string") return [];
  for (const f of TITLE_FIELDS) {
    const v = item[f];
    const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    const out = list.map((t) => (typeof t === "string" ? t : titleText(t))).filter((s) => s !== "");
    if (out.length > 0) return [...new Set(out)];
  }
  return [];
}

function titleText(t: unknown): string {
  if (!isObject(t)) return "";
  const parts: string[] = [];
  for (const f of ["acting", "former"] as const) if (t[f] === true) parts.push(f);
  const text = labelOf(t) || (typeof t.role === "string" ? t.role : "");
  if (text === "") return "";
  return parts.length > 0 ? `${text} (${parts.join(", ")})` : text;
}

/**
 * The value of an item in one line, for the CSV `value` column and the tooltip's first line:
 * the resolved value when there is one, else the name (with titles for a person).
 */
export function valueText(item: unknown): string {
  if (!isObject(item)) return typeof item === "string" ? item : "";
  if ("value" in item && item.value !== undefined && item.value !== null) {
    const v = formatValue(item.value);
    const unit = typeof item.unit === "string" && !isObject(item.value) ? ` ${item.unit}` : "";
    const grain = typeof item.grain === "string" && !isObject(item.value) ? ` (${item.grain})` : "";
    if (v !== "") return `${qualifierOf(item)}${v}${unit}${grain}`;
  }
  const label = labelOf(item);
  const titles = titlesOf(item);
  if (titles.length > 0 && label !== "") return `${label} (${titles.join("; ")})`;
  if (label !== "" && label !== item.text) return label;
  // Named only by its text (a title, an event): what its descriptive fields say.
  const parts: string[] = [];
  for (const f of DESCRIPTIVE_FIELDS) {
    const v = item[f];
    if (typeof v === "string" && v !== "" && v !== item.text && !parts.includes(v)) parts.push(v);
  }
  for (const f of ["acting", "former"] as const) if (item[f] === true) parts.push(f);
  return parts.join(" · ");
}

/** Fields that say what an item is, in the order a reader wants them (`Phó Bí thư · Thường trực`). */
const DESCRIPTIVE_FIELDS = [
  "role",
  "qualifier",
  "organisationName",
  "placeName",
  "type",
  "kind",
  "lemma",
  "what",
  "form",
] as const;

function qualifierOf(item: Obj): string {
  const q = item.qualifier ?? item.approximation ?? item.modifier;
  return typeof q === "string" && q !== "" ? `${q} ` : "";
}

/** Fields never worth a tooltip line. */
const QUIET_FIELDS = new Set(["span", "text", "mentions", "id", "textSpan", "alignment"]);

/** Detail lines for a tooltip: each small field of the item as `key: value`, `rule` last. */
export function detailsOf(item: unknown, max = 8): [string, string][] {
  if (!isObject(item)) return [];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(item)) {
    if (QUIET_FIELDS.has(k) || k === "rule") continue;
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    let s: string;
    if (isSpan(v)) continue;
    if (Array.isArray(v) && v.every((x) => isObject(x) && isSpan(x.span))) {
      s = v.map((x) => labelOf(x)).join("; ");
    } else {
      s = typeof v === "object" ? formatValue(v) || compact(v) : String(v);
    }
    if (s === "") continue;
    out.push([k, s.length > 160 ? `${s.slice(0, 159)}…` : s]);
    if (out.length >= max) break;
  }
  if (typeof item.rule === "string") out.push(["rule", item.rule]);
  return out;
}
