/**
 * Every spanned finding of an analysis, whatever its collection: one entry per mention, with its
 * type, the entity it belongs to and a short description. The CSV output (one row per entity
 * mention) and the HTML report (one highlight per mention) both read this list, so both pick up a
 * new extractor's output without change.
 */
import { detailsOf, isObject, isSpan, labelOf, valueText } from "./describe.js";
import {
  ITEM_OWN_FIELDS,
  isKnownType,
  NOT_FINDINGS,
  typeOfCollection,
  typeOfField,
} from "./types.js";
import { type EntityCollection, entityValue, isEntityCollection } from "./values.js";

/** One mention of something found, in source coordinates. */
export interface Found {
  /** Display type: `person`, `title`, `organisation`, `date`... */
  readonly type: string;
  /** Which entity this is a mention of: `people/0`, `people/0/titles/1`. All mentions share it. */
  readonly ref: string;
  /** Offsets into the source string (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** `source.slice(start, end)`. */
  readonly text: string;
  /** A detail of another finding (a verb, a marker, a topic), not a finding editors look for. */
  readonly detail: boolean;
}

/** What is known about one entity (shared by all its mentions). */
export interface FoundEntity {
  readonly ref: string;
  readonly type: string;
  readonly label: string;
  readonly value: string;
  readonly details: [string, string][];
  readonly rule: string | undefined;
  /** The item itself, for panels that read more of it. */
  readonly item: unknown;
}

/** The findings of one analysis: mentions sorted by position, entities by ref. */
export interface Findings {
  readonly mentions: Found[];
  readonly entities: Map<string, FoundEntity>;
}

/** How deep nested findings are looked for (item → titles → organisation). */
const MAX_DEPTH = 3;

/**
 * Collects the findings of `result` (an Analysis or any object of collections). `source` is the
 * string spans point into; spans outside it are dropped rather than trusted.
 */
export function collectFindings(result: unknown, source: string): Findings {
  const mentions: Found[] = [];
  const entities = new Map<string, FoundEntity>();
  if (!isObject(result)) return { mentions, entities };
  const seen = new Set<string>();

  const add = (type: string, ref: string, start: number, end: number, detail: boolean): void => {
    if (
      !(
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end <= source.length &&
        start < end
      )
    )
      return;
    const key = `${type}\u0000${ref}\u0000${start}\u0000${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push({ type, ref, start, end, text: source.slice(start, end), detail });
  };

  const visit = (
    item: unknown,
    type: string,
    ref: string,
    depth: number,
    detail: boolean,
    collection?: EntityCollection,
  ): void => {
    if (!isObject(item)) return;
    let spanned = false;
    if (isSpan(item.span)) {
      add(type, ref, item.span.start, item.span.end, detail);
      spanned = true;
    }
    if (Array.isArray(item.mentions)) {
      for (const m of item.mentions) {
        const span = isSpan(m) ? m : isObject(m) && isSpan(m.span) ? m.span : undefined;
        if (span) {
          add(type, ref, span.start, span.end, detail);
          spanned = true;
        }
      }
    }
    if (spanned || depth === 0) {
      entities.set(ref, {
        ref,
        type,
        // An entity of the analysis is labelled by its name, else by what the text says (a count's
        // `06 ý kiến phát biểu`, not its bare value).
        label:
          (collection &&
            (typeof item.name === "string" && item.name !== ""
              ? item.name
              : typeof item.text === "string"
                ? item.text
                : "")) ||
          labelOf(item),
        value: (collection && entityValue(collection, item)) || valueText(item),
        details: detailsOf(item),
        rule: typeof item.rule === "string" ? item.rule : undefined,
        item,
      });
    }
    if (depth >= MAX_DEPTH) return;
    for (const [key, value] of Object.entries(item)) {
      if (ITEM_OWN_FIELDS.has(key)) continue;
      const field = typeOfField(key);
      // Inside a detail everything is a detail. A detail named like a main type (an event's
      // `date`) gets its own name, so that it is not counted as one more date.
      const nestedDetail = detail || field.detail;
      const nested = {
        type: nestedDetail && isKnownType(field.type) ? `${type}-${field.type}` : field.type,
      };
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (hasSpans(value[i])) {
            visit(value[i], nested.type, `${ref}/${key}/${i}`, depth + 1, nestedDetail);
          }
        }
      } else if (hasSpans(value)) {
        visit(value, nested.type, `${ref}/${key}`, depth + 1, nestedDetail);
      }
    }
  };

  for (const [name, collection] of Object.entries(result)) {
    if (NOT_FINDINGS.has(name) || !Array.isArray(collection)) continue;
    const type = typeOfCollection(name);
    for (let i = 0; i < collection.length; i++)
      visit(
        collection[i],
        type,
        `${name}/${i}`,
        0,
        false,
        isEntityCollection(name) ? name : undefined,
      );
  }
  mentions.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
  );
  return { mentions, entities };
}

/** Whether a value is (or directly holds) something with a span. */
function hasSpans(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (isSpan(v.span)) return true;
  return (
    Array.isArray(v.mentions) &&
    v.mentions.some((m) => isSpan(m) || (isObject(m) && isSpan(m.span)))
  );
}
