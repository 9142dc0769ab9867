/**
 * What each entity of an analysis resolves to, in one line a reader understands: the CSV `value`
 * column, the first line of a highlight's tooltip and the side panels' sub-lines. Written against
 * the schema types, one reader per collection of {@link Analysis}: when a collection is added or a
 * field changes shape, the compiler says so here (the generic readers in `describe.ts` remain for
 * nested findings and for anything that is not an analysis).
 */
import type { Analysis } from "../schema/analysis.js";
import type { DateEntity, TimePoint, TimeValue } from "../schema/time.js";

/** The collections of entities of an analysis (every array of spanned items). */
export type EntityCollection = Exclude<
  keyof Analysis,
  "schemaVersion" | "input" | "normalized" | "metadata" | "sections"
>;

/** One item of a collection. */
export type EntityOf<K extends EntityCollection> = Analysis[K][number];

/** The kind of thing each collection holds: the CSV `type` column and the report's type. */
export const ENTITY_TYPES: Readonly<Record<EntityCollection, string>> = Object.freeze({
  dates: "date",
  numbers: "number",
  money: "money",
  counts: "count",
  people: "person",
  organisations: "organisation",
  places: "place",
  directives: "directive",
  events: "event",
  documents: "document",
});

/** The collections in the order a reader of the CSV or the legend expects them. */
export const ENTITY_COLLECTIONS: readonly EntityCollection[] = Object.freeze(
  Object.keys(ENTITY_TYPES) as EntityCollection[],
);

/** Whether `name` is a collection of entities of an analysis. */
export function isEntityCollection(name: string): name is EntityCollection {
  return Object.hasOwn(ENTITY_TYPES, name);
}

/** Thousands separated by commas, up to 6 decimals (`5,000,000,000`, `12.5`). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** `5`, or a range `5–7`, with the qualifier's word first (`hơn 5`). */
function amount(
  value: number,
  upper: number | undefined,
  qualifier: { word: string } | undefined,
  format: (n: number) => string = formatNumber,
): string {
  const n =
    upper !== undefined && upper !== value ? `${format(value)}–${format(upper)}` : format(value);
  return qualifier ? `${qualifier.word} ${n}` : n;
}

/**
 * An ISO value cut to its grain: `2017` for a year, `2017-08` for a month, `2017-Q3` for a
 * quarter, `2017-08-04` for a day or week, date and time (to the minute, with its offset) else.
 */
export function cutToGrain(iso: string, grain: DateEntity["grain"]): string {
  switch (grain) {
    case "year":
      return iso.slice(0, 4);
    case "quarter": {
      const month = Number(iso.slice(5, 7));
      return month > 0 ? `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}` : iso.slice(0, 4);
    }
    case "month":
      return iso.slice(0, 7);
    case "week":
    case "day":
      return iso.slice(0, 10);
    default: {
      // 2017-08-04T08:30:00.000+07:00 → 2017-08-04T08:30+07:00
      const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/.exec(
        iso,
      );
      if (!m) return iso;
      return `${m[1]}${grain === "second" ? iso.slice(16, 19) : ""}${m[2] ?? ""}`;
    }
  }
}

function point(p: TimePoint | undefined): string {
  return p ? cutToGrain(p.value, p.grain) : "…";
}

/** A date value: `2017-08-04 (day)`, `2017-08-04T04:00+07:00 – 2017-08-04T12:00+07:00 (morning)`. */
export function timeValueText(v: TimeValue, grain: DateEntity["grain"]): string {
  if (v.type === "value") return `${cutToGrain(v.value, v.grain)} (${v.grain})`;
  return `${point(v.from)} – ${point(v.to)} (${grain})`;
}

function dateText(d: EntityOf<"dates">): string {
  const parts: string[] = [];
  const v = d.value;
  if (v && v.type !== "value" && v.type !== "interval") throw new TypeError("not a TimeValue");
  if (!v) parts.push(`unresolved (${d.grain})`);
  else if (v.type === "interval" && d.partOfDay && v.from && v.to && sameDay(v.from, v.to)) {
    // A part of a day: `2017-08-04 morning (04:00–12:00)`.
    const hours = `${v.from.value.slice(11, 16)}–${v.to.value.slice(11, 16)}`;
    parts.push(`${v.from.value.slice(0, 10)} ${d.partOfDay} (${hours})`);
  } else {
    const s = timeValueText(v, d.grain);
    parts.push(d.partOfDay ? s.replace(/\)$/, `, ${d.partOfDay})`) : s);
  }
  if (d.lunar) {
    const l = d.lunar;
    const day = l.day ? `-${String(l.day).padStart(2, "0")}` : "";
    parts.push(
      `lunar ${l.year}-${String(l.month).padStart(2, "0")}${day}${l.leap ? " (leap month)" : ""}`,
    );
  }
  if (d.approximate) parts.push("approximate");
  if (d.relative && d.anchor) parts.push(`relative to ${ANCHORS[d.anchor]}`);
  return parts.join("; ");
}

const ANCHORS: Readonly<Record<NonNullable<DateEntity["anchor"]>, string>> = Object.freeze({
  reference: "the reference date",
  article: "the article's date",
  "previous-date": "the date before it",
});

function sameDay(a: TimePoint, b: TimePoint): boolean {
  return a.value.slice(0, 10) === b.value.slice(0, 10) && a.value.length > 10;
}

function numberText(n: EntityOf<"numbers">): string {
  const v = amount(n.value, n.upper, n.qualifier);
  if (n.kind === "percent") return `${v}%`;
  if (n.kind === "ordinal") return `ordinal ${v}`;
  return v;
}

function moneyText(m: EntityOf<"money">): string {
  const per = m.per ? ` per ${m.per}` : "";
  return `${m.text} = ${amount(m.value, m.upper, m.qualifier)} ${m.currency}${per}`;
}

function countText(c: EntityOf<"counts">): string {
  const v = amount(c.value, c.upper, c.qualifier);
  if (c.kind === "percent") return `${v}% ${c.unit}`.trim();
  return `${v} ${c.unit}`;
}

function personText(p: EntityOf<"people">): string {
  const titles = [...new Set(p.titles.map((t) => t.text))];
  return titles.length > 0 ? `${p.name} (${titles.join("; ")})` : p.name;
}

function organisationText(o: EntityOf<"organisations">): string {
  const extra = [o.abbreviation, o.unit?.name, o.country].filter(
    (x): x is string => typeof x === "string" && x !== "" && !o.name.includes(x),
  );
  return extra.length > 0 ? `${o.name} (${extra.join(", ")})` : o.name;
}

function placeText(p: EntityOf<"places">): string {
  // The unit it was linked to, with what it lies within (and until when it existed).
  const u = p.unit;
  if (!u) {
    const n = p.candidates?.length ?? 0;
    return n > 1 ? `${p.name} (${p.type}; ${n} candidate units)` : `${p.name} (${p.type})`;
  }
  const where = [u.name, ...u.within].join(", ");
  return u.validTo ? `${where} (${u.level}, until ${u.validTo})` : `${where} (${u.level})`;
}

function directiveText(d: EntityOf<"directives">): string {
  const who = d.issuer ? `${d.issuer.text}: ` : "";
  const to = d.addressees.map((a) => a.text);
  const n = d.actions.length;
  return `${who}${d.speechAct.lemma}${to.length > 0 ? ` → ${to.join("; ")}` : ""} (${d.form}, ${n} action${n === 1 ? "" : "s"})`;
}

function eventText(e: EntityOf<"events">): string {
  const parts = [`${e.type}: ${e.head}${e.topic ? ` ${e.topic.text}` : ""}`];
  if (e.date) parts.push(e.date.text);
  if (e.place) parts.push(e.place.text);
  return parts.join(" · ");
}

function documentText(d: EntityOf<"documents">): string {
  const code = d.number ?? (d.year !== undefined ? String(d.year) : "");
  const parts = [`${d.typeText}${code ? ` ${code}` : ""} (${d.type})`];
  if (d.name) parts.push(d.name);
  if (d.issuer) parts.push(d.issuer.name);
  if (d.date) parts.push(d.date.text);
  return parts.join(" · ");
}

/** One reader per collection: the compiler checks that every collection has one. */
const READERS: { readonly [K in EntityCollection]: (item: EntityOf<K>) => string } = {
  dates: dateText,
  numbers: numberText,
  money: moneyText,
  counts: countText,
  people: personText,
  organisations: organisationText,
  places: placeText,
  directives: directiveText,
  events: eventText,
  documents: documentText,
};

/** What a template string shows for a missing field. */
const MISSING_FIELD = /(?<![\p{L}\p{N}])(?:undefined|NaN)(?![\p{L}\p{N}])|\[object Object\]/u;

/**
 * The value of an entity of `collection` in one line. The item comes from JSON (an analysis read
 * back, or trimmed by `--fields`): a reader that meets a shape it does not know gives "" rather
 * than throwing, and the caller falls back to a generic description.
 */
export function entityValue(collection: EntityCollection, item: unknown): string {
  if (typeof item !== "object" || item === null) return "";
  try {
    const text = (READERS[collection] as (item: unknown) => string)(item);
    // A field the reader expected was missing (an older or hand-made shape).
    return MISSING_FIELD.test(text) ? "" : text;
  } catch {
    return "";
  }
}
