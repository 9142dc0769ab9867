/**
 * What the entity tables and the timeline keep of one article: its people with their titles, its
 * organisations, and its dated things (date mentions, events, directives, documents), each reduced
 * to plain strings and counts. Small enough to cross from a worker thread to the main thread as
 * JSON, and computed from an analysis however it was obtained (`analyze`, or a JSONL line of
 * `bantin analyze`).
 */
import type { ArticleId, TimelineGrain } from "../schema/corpus.js";
import type { Organisation, Person, PersonTitle } from "../schema/entities.js";
import type { DateEntity } from "../schema/time.js";
import { type AnalysisLike, arrayOf } from "./analysis-like.js";
import { type ArticleDateSource, articleDate, isoDay } from "./article-date.js";

/** A title as the corpus tables keep it. */
export interface TitleFact {
  /** The whole title, composed: `nguyên Phó Bí thư Thường trực Quận ủy Quận 9`. */
  readonly title: string;
  readonly role: string;
  readonly qualifier?: string;
  readonly organisation?: string;
  readonly acting: boolean;
  readonly former: boolean;
}

/** A person named in the article. */
export interface PersonFact {
  readonly name: string;
  readonly mentions: number;
  /** The first mention as written. */
  readonly text: string;
  readonly titles: readonly TitleFact[];
}

/** A named organisation (sets of bodies, `các cấp ủy`, are left out). */
export interface OrganisationFact {
  readonly name: string;
  readonly type: string;
  readonly level?: string;
  readonly abbreviation?: string;
  readonly mentions: number;
  /** How it is written in the article, most frequent first. */
  readonly forms: readonly string[];
}

/** A dated thing: the date as precise as known (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
export interface DatedFact {
  readonly date: string;
  readonly text: string;
  readonly type?: string;
}

/** Everything the corpus tables need from one article. */
export interface ArticleFacts {
  readonly id: ArticleId;
  readonly title?: string;
  /** The article's own date (see `articleDate`). */
  readonly date?: string;
  readonly dateSource?: ArticleDateSource;
  readonly people: readonly PersonFact[];
  readonly organisations: readonly OrganisationFact[];
  readonly dates: readonly DatedFact[];
  readonly events: readonly DatedFact[];
  readonly directives: readonly DatedFact[];
  readonly documents: readonly DatedFact[];
}

/** The title written out: qualifiers and the organisation after the role, `nguyên`/`quyền` before. */
export function composeTitle(
  t: Pick<TitleFact, "role" | "qualifier" | "organisation" | "acting" | "former">,
): string {
  const parts = [t.role, t.qualifier, t.organisation].filter(
    (x): x is string => typeof x === "string" && x !== "",
  );
  const body = parts.join(" ");
  return t.former ? `nguyên ${body}` : t.acting ? `quyền ${body}` : body;
}

function titleFact(t: PersonTitle): TitleFact | undefined {
  if (typeof t?.role !== "string" || t.role === "") return undefined;
  const fact = {
    role: t.role,
    ...(typeof t.qualifier === "string" ? { qualifier: t.qualifier } : {}),
    ...(typeof t.organisationName === "string" ? { organisation: t.organisationName } : {}),
    acting: t.acting === true,
    former: t.former === true,
  };
  return { title: composeTitle(fact), ...fact };
}

function personFact(p: Person): PersonFact | undefined {
  if (typeof p?.name !== "string" || p.name.trim() === "") return undefined;
  const mentions = arrayOf(p.mentions);
  const titles: TitleFact[] = [];
  const seen = new Set<string>();
  for (const t of arrayOf(p.titles)) {
    const f = titleFact(t);
    if (f && !seen.has(f.title)) {
      seen.add(f.title);
      titles.push(f);
    }
  }
  return {
    name: p.name,
    mentions: mentions.length,
    text: typeof mentions[0]?.text === "string" ? mentions[0].text : p.name,
    titles,
  };
}

function organisationFact(o: Organisation): OrganisationFact | undefined {
  if (typeof o?.name !== "string" || o.name.trim() === "" || o.group === true) return undefined;
  const counts = new Map<string, number>();
  for (const m of arrayOf(o.mentions)) {
    if (typeof m?.text === "string") counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  const forms = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    name: o.name,
    type: typeof o.type === "string" ? o.type : "other",
    ...(typeof o.level === "string" ? { level: o.level } : {}),
    ...(typeof o.abbreviation === "string" ? { abbreviation: o.abbreviation } : {}),
    mentions: arrayOf(o.mentions).length,
    forms: forms.map(([f]) => f),
  };
}

const GRAIN_PRECISION: Readonly<Record<string, TimelineGrain>> = Object.freeze({
  second: "day",
  minute: "day",
  hour: "day",
  day: "day",
  // A week, a month or a quarter is placed in the month (or year) it starts in.
  week: "month",
  month: "month",
  quarter: "year",
  year: "year",
});

/** The start of a date entity's value, cut to the precision of its grain. */
function dateMention(d: Pick<DateEntity, "value" | "text">): DatedFact | undefined {
  const v = d?.value;
  if (!v) return undefined;
  const point = v.type === "value" ? v : v.from;
  if (!point || typeof point.value !== "string") return undefined;
  const precision = GRAIN_PRECISION[point.grain];
  const day = isoDay(point.value);
  if (!precision || !day) return undefined;
  const date =
    precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
  return { date, text: typeof d.text === "string" ? d.text : "" };
}

/** `YYYY` or `YYYY-MM` alone at the start of a string. */
export const YEAR_MONTH_RE = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?![\d-])/;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` at the start of a DateRef value. */
export function datePrefix(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const day = isoDay(value);
  if (day) return day;
  const m = YEAR_MONTH_RE.exec(value);
  if (!m) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The facts of one analysed article. `date` is a date the caller vouches for (a JSONL field); the
 * article's own date is used otherwise. Never throws on malformed input: what cannot be read is
 * left out.
 */
export function articleFacts(
  analysis: AnalysisLike,
  id: ArticleId,
  options?: { date?: string | undefined },
): ArticleFacts {
  const a = typeof analysis === "object" && analysis !== null ? analysis : {};
  const dated = articleDate(a, options?.date);
  const people: PersonFact[] = [];
  for (const p of arrayOf(a.people)) {
    const f = personFact(p);
    if (f) people.push(f);
  }
  const organisations: OrganisationFact[] = [];
  for (const o of arrayOf(a.organisations)) {
    const f = organisationFact(o);
    if (f) organisations.push(f);
  }
  const dates: DatedFact[] = [];
  for (const d of arrayOf(a.dates)) {
    const f = dateMention(d);
    if (f) dates.push(f);
  }
  const eventDates = new Map<string, string>();
  const events: DatedFact[] = [];
  for (const e of arrayOf(a.events)) {
    // A DateRef carries the date entity's value (older analyses: an ISO string).
    const date = (e?.date ? dateMention(e.date)?.date : undefined) ?? datePrefix(e?.date?.value);
    if (!date || typeof e.text !== "string") continue;
    if (typeof e.id === "string") eventDates.set(e.id, date);
    const topic = typeof e.topic?.text === "string" ? ` ${e.topic.text}` : "";
    events.push({ date, text: clip(`${e.head ?? e.text}${topic}`), type: String(e.type) });
  }
  const directives: DatedFact[] = [];
  for (const d of arrayOf(a.directives)) {
    if (typeof d?.text !== "string") continue;
    // A directive is given at its event, else on the day the article reports it.
    const date =
      (typeof d.eventId === "string" ? eventDates.get(d.eventId) : undefined) ?? dated?.date;
    if (!date) continue;
    directives.push({ date, text: clip(d.text), type: String(d.speechAct?.lemma ?? "") });
  }
  const documents: DatedFact[] = [];
  for (const d of arrayOf(a.documents)) {
    const date = (d?.date ? dateMention(d.date)?.date : undefined) ?? datePrefix(d?.date?.value);
    if (!date || typeof d.text !== "string") continue;
    documents.push({ date, text: clip(d.text), type: String(d.type) });
  }
  const title = a.metadata?.title;
  return {
    id,
    ...(typeof title === "string" && title !== "" ? { title: clip(title, 300) } : {}),
    ...(dated ? { date: dated.date, dateSource: dated.source } : {}),
    people,
    organisations,
    dates,
    events,
    directives,
    documents,
  };
}
