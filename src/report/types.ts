/**
 * The kinds of thing the report highlights, as data: which collection of the analysis (or which
 * field inside an item) gives which type, and how each type looks. Collections that appear later
 * (a new extractor) get a type and a colour from the fallback rules, so the report grows without a
 * rewrite.
 */

/** How one type is drawn. `long` types (whole clauses) are underlined instead of filled. */
export interface TypeStyle {
  /** Plural, for the legend and panels. */
  readonly label: string;
  /** Singular, for one highlighted item. */
  readonly one: string;
  readonly color: string;
  readonly tint: string;
  readonly long: boolean;
}

const STYLES: Readonly<Record<string, TypeStyle>> = Object.freeze({
  person: { label: "People", one: "Person", color: "#1d4ed8", tint: "#dbeafe", long: false },
  title: { label: "Titles", one: "Title", color: "#7e22ce", tint: "#f3e8ff", long: false },
  organisation: {
    label: "Organisations",
    one: "Organisation",
    color: "#047857",
    tint: "#d1fae5",
    long: false,
  },
  place: { label: "Places", one: "Place", color: "#c2410c", tint: "#ffedd5", long: false },
  date: { label: "Dates", one: "Date", color: "#be123c", tint: "#ffe4e6", long: false },
  count: { label: "Counts", one: "Count", color: "#a16207", tint: "#fef3c7", long: false },
  number: { label: "Numbers", one: "Number", color: "#475569", tint: "#e2e8f0", long: false },
  money: { label: "Money", one: "Money", color: "#0e7490", tint: "#cffafe", long: false },
  document: { label: "Documents", one: "Document", color: "#4338ca", tint: "#e0e7ff", long: false },
  addressee: {
    label: "Addressees",
    one: "Addressee",
    color: "#0f766e",
    tint: "#ccfbf1",
    long: false,
  },
  event: { label: "Events", one: "Event", color: "#6d28d9", tint: "#ede9fe", long: true },
  directive: {
    label: "Directives",
    one: "Directive",
    color: "#b91c1c",
    tint: "#fef2f2",
    long: true,
  },
  action: { label: "Actions", one: "Action", color: "#db2777", tint: "#fdf2f8", long: true },
});

/** Legend order: the types editors look for first. */
const ORDER = Object.keys(STYLES);

/** Collection names of the analysis to the type of their items. */
const COLLECTION_TYPES: Readonly<Record<string, string>> = Object.freeze({
  people: "person",
  persons: "person",
  organisations: "organisation",
  organizations: "organisation",
  places: "place",
  dates: "date",
  times: "date",
  numbers: "number",
  money: "money",
  counts: "count",
  directives: "directive",
  events: "event",
  documents: "document",
});

/**
 * Fields inside an item whose spans are findings of their own, to their type: shown like the
 * top-level collections. Other spanned fields (a directive's speech act, an action's verb or
 * markers, an event's topic or chair...) are details: marked too, but hidden until the reader turns
 * them on, so that the article is not buried under grammar.
 */
const FIELD_TYPES: Readonly<Record<string, string>> = Object.freeze({
  title: "title",
  titles: "title",
  role: "title",
  roles: "title",
  position: "title",
  positions: "title",
  addressee: "addressee",
  addressees: "addressee",
  action: "action",
  actions: "action",
  subActions: "action",
  subactions: "action",
});

/** Top-level fields that are not collections of findings. */
export const NOT_FINDINGS: ReadonlySet<string> = new Set([
  "schemaVersion",
  "id",
  "input",
  "normalized",
  "metadata",
  "sections",
  "sentences",
  "tokens",
  "words",
  "paragraphs",
  "error",
]);

/** Fields of an item that are its own position or bookkeeping, not nested findings. */
export const ITEM_OWN_FIELDS: ReadonlySet<string> = new Set([
  "span",
  "text",
  "rule",
  "mentions",
  "id",
]);

function singular(name: string): string {
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name.endsWith("ses")) return name.slice(0, -2);
  if (name.endsWith("s") && !name.endsWith("ss")) return name.slice(0, -1);
  return name;
}

/** The type of the items of a top-level collection. */
export function typeOfCollection(name: string): string {
  return COLLECTION_TYPES[name] ?? singular(name);
}

/** The type of spanned things in an item's field, e.g. `titles` of a person; `detail` when secondary. */
export function typeOfField(name: string): { type: string; detail: boolean } {
  const known = FIELD_TYPES[name];
  return known ? { type: known, detail: false } : { type: singular(name), detail: true };
}

/** Stable colours for types no table knows yet, chosen by a hash of the name (deterministic). */
const FALLBACK: readonly (readonly [string, string])[] = [
  ["#9333ea", "#f3e8ff"],
  ["#0891b2", "#cffafe"],
  ["#65a30d", "#ecfccb"],
  ["#e11d48", "#ffe4e6"],
  ["#ca8a04", "#fef9c3"],
  ["#2563eb", "#dbeafe"],
  ["#0d9488", "#ccfbf1"],
  ["#7c2d12", "#ffedd5"],
];

/** Whether a type is one the table knows (the main findings). */
export function isKnownType(type: string): boolean {
  return STYLES[type] !== undefined;
}

/** How a type is drawn; unknown types get a readable label and a fallback colour. */
export function styleOf(type: string): TypeStyle {
  const known = STYLES[type];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  const [color, tint] = FALLBACK[h % FALLBACK.length] as readonly [string, string];
  const words = type.replace(/[-_]+/g, " ");
  const one = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return { label: one, one, color, tint, long: false };
}

/** Sorts types for the legend: known ones in their order, then the others by name. */
export function compareTypes(a: string, b: string): number {
  const ia = ORDER.indexOf(a);
  const ib = ORDER.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A CSS class-safe name for a type (types come from field names, which could be anything). */
export function typeClass(type: string): string {
  return `t-${type.replace(/[^0-9a-z-]/gi, "_")}`;
}
