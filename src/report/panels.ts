/**
 * The side panels of the report: people with their titles, organisations as a tree, the timeline of
 * dates, directives with addressees and actions, then one generic panel per other collection and
 * what the normaliser did. Each reads its collection tolerantly (field names the schemas use, with
 * fallbacks), so a richer extractor output shows up without a change here.
 */
import type { Findings } from "./collect.js";
import { isObject, labelOf, titlesOf, valueText } from "./describe.js";
import { escapeHtml as h, wellFormed } from "./escape.js";
import { NOT_FINDINGS, styleOf, typeClass, typeOfCollection } from "./types.js";
import { entityValue, isEntityCollection } from "./values.js";

type Obj = Record<string, unknown>;

const esc = (s: string): string => h(wellFormed(s));

/** How many mentions each entity ref has (its own and those of nested findings are separate). */
function mentionCounts(findings: Findings): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of findings.mentions) counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  return counts;
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A clickable entry; disabled when the entity has no mention to jump to. */
function item(
  ref: string,
  count: number,
  name: string,
  subs: readonly string[],
  badges: readonly string[] = [],
): string {
  const sub = subs
    .filter((s) => s !== "")
    .map((s) => `<span class="sub">${esc(s)}</span>`)
    .join("");
  const bad = badges.map((b) => `<span class="badge">${esc(b)}</span>`).join("");
  const cnt = count > 0 ? `<span class="count">×${count}</span>` : "";
  return `<button type="button" class="item" data-ref="${esc(ref)}"${count > 0 ? "" : " disabled"}>${cnt}<span class="name">${esc(name)}</span>${bad}${sub}</button>`;
}

function panel(
  id: string,
  title: string,
  type: string | undefined,
  count: number,
  body: string,
): string {
  const sw = type
    ? `<span class="swatch ${typeClass(type)}${styleOf(type).long ? " long" : ""}"></span>`
    : "";
  return `<section class="panel" id="${esc(id)}"><h2>${sw}${esc(title)}<span class="n">${count}</span></h2>${body}</section>`;
}

const NONE = (what: string): string => `<p class="none">No ${esc(what)} found.</p>`;

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

function peoplePanel(people: unknown[], counts: Map<string, number>): string {
  const rows = people.map((p, i) => {
    const ref = `people/${i}`;
    const o = isObject(p) ? p : {};
    const honorific = labelOf(o.honorific) || arr(o.honorifics).map(labelOf).join(", ");
    const badges = [honorific, str(o.role) === "author" ? "author" : ""].filter((b) => b !== "");
    return `<li>${item(ref, counts.get(ref) ?? 0, labelOf(p) || "(unnamed)", titlesOf(p), badges)}</li>`;
  });
  return panel(
    "p-people",
    "People",
    "person",
    people.length,
    rows.length ? `<ul>${rows.join("")}</ul>` : NONE("people"),
  );
}

/** The id another item uses to point at this one, and the parent it points at. */
function idOf(o: Obj, i: number): string {
  return str(o.id) || String(i);
}

function parentOf(o: Obj): string {
  for (const f of ["parent", "parentId", "parent_id", "partOf"] as const) {
    const v = o[f];
    if (typeof v === "string" || typeof v === "number") return String(v);
    if (isObject(v)) return str(v.id) || str(v.ref) || labelOf(v);
  }
  return "";
}

function organisationsPanel(orgs: unknown[], counts: Map<string, number>): string {
  const nodes = orgs.map((org, i) => ({
    o: isObject(org) ? org : {},
    i,
    children: [] as number[],
  }));
  const byKey = new Map<string, number>();
  for (const n of nodes) {
    byKey.set(idOf(n.o, n.i), n.i);
    const label = labelOf(n.o);
    if (label !== "" && !byKey.has(`name:${label}`)) byKey.set(`name:${label}`, n.i);
  }
  const roots: number[] = [];
  for (const n of nodes) {
    const p = parentOf(n.o);
    const parent = p === "" ? undefined : (byKey.get(p) ?? byKey.get(`name:${p}`));
    if (parent === undefined || parent === n.i) roots.push(n.i);
    else nodes[parent]?.children.push(n.i);
  }
  const drawn = new Set<number>();
  const draw = (i: number): string => {
    if (drawn.has(i)) return "";
    drawn.add(i);
    const n = nodes[i];
    if (!n) return "";
    const ref = `organisations/${i}`;
    const badges = [str(n.o.abbreviation), str(n.o.type) || str(n.o.kind), str(n.o.level)].filter(
      (b) => b !== "",
    );
    const group = n.o.group === true || n.o.isGroup === true || str(n.o.kind) === "group";
    if (group) badges.push("group");
    const subs = str(n.o.expansion) ? [str(n.o.expansion)] : [];
    const kids = n.children.map(draw).join("");
    return `<li${group ? ' class="group"' : ""}>${item(ref, counts.get(ref) ?? 0, labelOf(n.o) || "(unnamed)", subs, badges)}${kids ? `<ul>${kids}</ul>` : ""}</li>`;
  };
  let html = roots.map(draw).join("");
  // Items caught in a parent cycle are still listed.
  for (const n of nodes) if (!drawn.has(n.i)) html += draw(n.i);
  return panel(
    "p-organisations",
    "Organisations",
    "organisation",
    orgs.length,
    orgs.length ? `<ul class="tree">${html}</ul>` : NONE("organisations"),
  );
}

/** The first ISO date (or date-time) in a date's value, to sort the timeline by. */
function dateKey(d: unknown): string {
  const candidates: unknown[] = [];
  if (isObject(d)) {
    candidates.push(d.value, d.from, d.start, d.date, d.resolved);
    if (isObject(d.value))
      candidates.push(d.value.value, d.value.from, d.value.start, d.value.date);
  }
  for (const c of candidates) {
    const s = typeof c === "string" ? c : isObject(c) ? str(c.value) : "";
    const m = /^[+-]?\d{4}(?:-\d{2}(?:-\d{2}(?:T[0-9:.]+)?)?)?/.exec(s);
    if (m) return m[0];
  }
  return "";
}

const GRAIN_UNITS: Readonly<Record<string, "year" | "month" | "day">> = Object.freeze({
  year: "year",
  month: "month",
  day: "day",
});

/** `YYYY-MM-DD` plus `n` units (negative to go back), in UTC; undefined when not a date. */
function addUnits(iso: string, unit: "year" | "month" | "day", n: number): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  if (unit === "year") d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** An ISO value cut to its grain: `2017` for a year, `2017-08` for a month, date and time else. */
function cut(iso: string, grain: string): string {
  if (grain === "year") return iso.slice(0, 4);
  if (grain === "month") return iso.slice(0, 7);
  if (grain === "quarter") {
    const month = Number(iso.slice(5, 7));
    return Number.isFinite(month) && month > 0
      ? `${iso.slice(0, 4)} Q${Math.ceil(month / 3)}`
      : iso.slice(0, 4);
  }
  if (grain === "day" || grain === "week" || iso.length <= 10) return iso.slice(0, 10);
  return iso.slice(0, 16).replace("T", " ");
}

/**
 * A date's value as a reader wants it: one unit of its grain when it is one (`2017`, `2017-08`,
 * `2017-08-04`), else a range with its last unit included (values' interval ends are exclusive).
 */
function whenOf(o: Obj, key: string): string {
  if (key === "") return "unresolved";
  const v = o.value;
  const grain = str(o.grain) || (isObject(v) ? str(v.grain) : "");
  const toRaw = isObject(v) ? (v.to ?? v.end) : undefined;
  const to = typeof toRaw === "string" ? toRaw : isObject(toRaw) ? str(toRaw.value) : "";
  if (to === "") return cut(key, grain);
  const unit = GRAIN_UNITS[grain];
  if (unit && addUnits(key, unit, 1) === to.slice(0, 10)) return cut(key, grain);
  const last = unit ? addUnits(to, unit, -1) : undefined;
  return `${cut(key, grain)} – ${last ? cut(last, grain) : cut(to, grain)}`;
}

function timelinePanel(dates: unknown[], counts: Map<string, number>): string {
  const rows = dates.map((d, i) => ({ d, i, key: dateKey(d) }));
  rows.sort((a, b) =>
    a.key === b.key ? a.i - b.i : a.key === "" ? 1 : b.key === "" ? -1 : a.key < b.key ? -1 : 1,
  );
  const html = rows.map(({ d, i, key }) => {
    const ref = `dates/${i}`;
    const o = isObject(d) ? d : {};
    const when = whenOf(o, key);
    const part = str(o.partOfDay) || str(o.part_of_day) || str(o.dayPart);
    const grain = str(o.grain) || (isObject(o.value) ? str(o.value.grain) : "");
    const subs = [
      str(o.text) ? `“${clip(str(o.text), 80)}”` : "",
      [part, grain].filter((x) => x).join(" · "),
    ];
    return `<li class="${key === "" ? "unresolved" : ""}">${item(ref, counts.get(ref) ?? 0, when, subs)}</li>`;
  });
  return panel(
    "p-timeline",
    "Timeline",
    "date",
    dates.length,
    dates.length ? `<ol class="timeline">${html.join("")}</ol>` : NONE("dates"),
  );
}

/** A word as its dictionary form: a string, or an object's `lemma` (else its text). */
function lemmaOf(v: unknown): string {
  if (typeof v === "string") return v;
  return isObject(v) ? str(v.lemma) || str(v.text) : "";
}

/** A reference to another entity (an id, a ref like `organisations/2`, or an inline object) as a name. */
function nameOfRef(v: unknown, all: Obj): string {
  if (isObject(v)) {
    // A reference phrase that names a known entity (`personId`, `organisationId`...): its name.
    for (const f of ["personId", "organisationId", "placeId", "eventId", "documentId"] as const) {
      const id = str(v[f]);
      if (id) {
        const named = nameOfRef(id, all);
        if (named !== id) return named;
      }
    }
    const label = labelOf(v);
    if (label) return label;
    const r = str(v.ref) || str(v.id);
    return r ? nameOfRef(r, all) : "";
  }
  const s = str(v);
  if (s === "") return "";
  const slash = /^([a-z]+)\/(\d+)$/i.exec(s);
  if (slash) return labelOf(arr(all[slash[1] as string])[Number(slash[2])]) || s;
  for (const coll of ["people", "organisations", "places"]) {
    const found = arr(all[coll]).find((x) => isObject(x) && str(x.id) === s);
    if (found) return labelOf(found) || s;
  }
  return s;
}

function directivesPanel(directives: unknown[], counts: Map<string, number>, all: Obj): string {
  const html = directives.map((d, i) => {
    const ref = `directives/${i}`;
    const o = isObject(d) ? d : {};
    const issuer = nameOfRef(o.issuer ?? o.by ?? o.speaker, all);
    const act = lemmaOf(o.act) || lemmaOf(o.speechAct) || lemmaOf(o.verb) || str(o.kind);
    const addressees = arr(o.addressees ?? o.addressee)
      .map((a) => nameOfRef(a, all))
      .filter((x) => x);
    const actions = arr(o.actions).map((a, j) => {
      const text = isObject(a) ? str(a.text) || labelOf(a) : str(a);
      const aref = `${ref}/actions/${j}`;
      const verb = isObject(a) ? lemmaOf(a.verb) || lemmaOf(a.mainVerb) : "";
      const markers = isObject(a)
        ? arr(a.modality ?? a.markers)
            .map(labelOf)
            .filter((x) => x)
        : [];
      return `<li>${item(aref, counts.get(aref) ?? 0, clip(text, 160), [[verb, ...markers].filter((x) => x).join(" · ")])}</li>`;
    });
    const goal =
      str(o.goal) ||
      str(o.purpose) ||
      (isObject(o.goal) ? str(o.goal.text) : "") ||
      (isObject(o.purpose) ? str(o.purpose.text) : "");
    const who = [
      issuer ? `<b>${esc(issuer)}</b>` : "",
      act ? `<span class="badge">${esc(act)}</span>` : "",
      addressees.length ? `→ ${esc(addressees.join("; "))}` : "",
    ]
      .filter((x) => x)
      .join(" ");
    const head = item(
      ref,
      counts.get(ref) ?? 0,
      clip(str(o.text) || labelOf(o) || `Directive ${i + 1}`, 140),
      [],
    );
    return `<div class="directive">${head}${who ? `<div class="who">${who}</div>` : ""}${actions.length ? `<ol>${actions.join("")}</ol>` : ""}${goal ? `<div class="goal">Goal: ${esc(clip(goal, 200))}</div>` : ""}</div>`;
  });
  return panel(
    "p-directives",
    "Directives",
    "directive",
    directives.length,
    directives.length ? html.join("") : NONE("directives"),
  );
}

function genericPanel(name: string, items: unknown[], counts: Map<string, number>): string {
  const type = typeOfCollection(name);
  const style = styleOf(type);
  const rows = items.map((it, i) => {
    const ref = `${name}/${i}`;
    // Entities of the analysis: what the text says, then what it resolves to (`06 ý kiến phát
    // biểu` → `6 ý kiến phát biểu`; `5 tỷ đồng` → `5 tỷ đồng = 5,000,000,000 VND`).
    const known = isEntityCollection(name) ? name : undefined;
    const named = isObject(it) && typeof it.name === "string" ? it.name : "";
    const written = isObject(it) && typeof it.text === "string" ? it.text : "";
    const label = (known ? named || written : "") || labelOf(it) || `${style.label} ${i + 1}`;
    const value = (known && entityValue(known, it)) || valueText(it);
    return `<li>${item(ref, counts.get(ref) ?? 0, clip(label, 140), value && value !== label ? [clip(value, 160)] : [])}</li>`;
  });
  return panel(
    `p-${name}`,
    style.label,
    type,
    items.length,
    rows.length ? `<ul>${rows.join("")}</ul>` : NONE(style.label.toLowerCase()),
  );
}

function normalisationPanel(analysis: Obj): string {
  const n = isObject(analysis.normalized) ? analysis.normalized : undefined;
  if (!n) return "";
  const enc = isObject(n.encoding) ? n.encoding : {};
  const byKind = new Map<string, number>();
  for (const c of arr(n.changes)) {
    const k = isObject(c) ? str(c.kind) || "other" : "other";
    byKind.set(k, (byKind.get(k) ?? 0) + 1);
  }
  const rows: [string, string][] = [
    [
      "encoding",
      `${str(enc.name) || "?"}${typeof enc.confidence === "number" ? ` (${Math.round(enc.confidence * 100)}%)` : ""}`,
    ],
  ];
  const repaired = arr(enc.repaired)
    .map(str)
    .filter((x) => x);
  if (repaired.length) rows.push(["repaired", repaired.join(", ")]);
  rows.push([
    "changes",
    byKind.size ? [...byKind].map(([k, c]) => `${k} ${c}`).join(", ") : "none",
  ]);
  const damage = arr(n.damage);
  rows.push([
    "damage",
    damage.length ? damage.map((d) => (isObject(d) ? str(d.kind) : "")).join(", ") : "none",
  ]);
  const body = `<dl class="kv">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
  return panel("p-normalisation", "Normalisation", undefined, arr(n.changes).length, body);
}

/** All panels for one analysis, in reading order. */
export function renderPanels(analysis: Obj, findings: Findings): string {
  const counts = mentionCounts(findings);
  const out: string[] = [];
  const special = new Set(["people", "organisations", "dates", "directives"]);
  if (Array.isArray(analysis.people)) out.push(peoplePanel(analysis.people, counts));
  if (Array.isArray(analysis.organisations))
    out.push(organisationsPanel(analysis.organisations, counts));
  if (Array.isArray(analysis.dates)) out.push(timelinePanel(analysis.dates, counts));
  if (Array.isArray(analysis.directives))
    out.push(directivesPanel(analysis.directives, counts, analysis));
  for (const [name, value] of Object.entries(analysis)) {
    if (special.has(name) || NOT_FINDINGS.has(name) || !Array.isArray(value)) continue;
    if (value.length === 0) continue; // empty generic collections would only add noise
    out.push(genericPanel(name, value, counts));
  }
  out.push(normalisationPanel(analysis));
  return out.join("");
}
