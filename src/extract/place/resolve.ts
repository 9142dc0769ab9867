import type { EntityMention, Place, PlaceType } from "../../schema/entities.js";
import { nameKey } from "../../text/key.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { type AdminLevel, type AdminUnit, inForceAt } from "./gazetteer.js";
import { capRunEnd, longestUnit, type RawPlace, tokensText } from "./parse.js";

/** The article's places, resolved: entities, and the way from each raw mention to its entity. */
export interface PlaceResolution {
  readonly places: Place[];
  /** The entity id of each raw mention. */
  readonly idOf: Map<RawPlace, string>;
  /** The unit each raw mention was resolved to, when one. */
  readonly unitOf: Map<RawPlace, AdminUnit>;
  /** The unit an implied `tỉnh`/`huyện`/`xã` stands for, before token `before`. */
  implied(
    levels: readonly AdminLevel[],
    types: readonly string[] | undefined,
    before: number,
  ): AdminUnit | undefined;
  /** The entity id of a unit, when the article names it. */
  idOfUnit(unit: AdminUnit): string | undefined;
  /**
   * The unit the article is about: its commune or district when it names one at least twice, else
   * its province.
   */
  focus(): AdminUnit | undefined;
}

interface Resolved {
  readonly raw: RawPlace;
  unit?: AdminUnit;
  candidates: AdminUnit[];
}

/**
 * Decides which catalogue unit each place mention is, using the article: the era (its dates), a
 * parent named next to it (`xã Gia An, huyện Tánh Linh`, `Quận ủy Thanh Khê (TP.Đà Nẵng)`), and the
 * province and district the article is mostly about. A mention the article does not decide keeps
 * its candidates rather than a guess. Also finds bare district names of the article's province
 * (`Thường Tín, Phú Xuyên` in a Hà Nội story), which only that context makes safe to read.
 */
export function resolvePlaces(
  ctx: EntityContext,
  raws: readonly RawPlace[],
  claimed: Uint8Array,
): PlaceResolution {
  const all = [...raws];
  let items: Resolved[] = all.map((raw) => ({ raw, candidates: byEra(ctx, raw.candidates) }));
  items.sort((a, b) => a.raw.start - b.raw.start);

  // 1. A parent written next to the mention narrows it: right to left, so the parent is settled first.
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as Resolved;
    const next = items[k + 1];
    if (
      next &&
      item.candidates.length > 1 &&
      next.raw.start - item.raw.end <= 2 &&
      separates(ctx, item.raw.end, next.raw.start)
    ) {
      const parents = next.unit ? [next.unit] : next.candidates;
      const within = item.candidates.filter((u) =>
        parents.some((p) => u.level !== p.level && ctx.gaz.isWithin(u, p.code)),
      );
      if (within.length > 0) item.candidates = within;
    }
    settle(item);
  }

  // 1b. Era evidence is shared within the article: a unit named in it that existed only up to a
  //     date (Kon Tum, merged in the July 2025 reform) or only from one (a post-reform commune)
  //     dates the article, and the other names take their version of that period (`tỉnh Gia Lai
  //     và tỉnh Kon Tum`: the Gia Lai of before the reform).
  if (!ctx.year) {
    const period = articlePeriod(items);
    if (period) {
      for (const item of items) {
        if (item.candidates.length <= 1) continue;
        const fit = item.candidates.filter((u) => overlaps(u, period));
        if (fit.length > 0 && fit.length < item.candidates.length) {
          item.candidates = fit;
          // (A unit settled on its latest version takes the version of the period instead.)
          if (item.unit && !fit.includes(item.unit)) delete item.unit;
          settle(item);
        }
      }
    }
  }

  // 2. The article's province and district, from what is already settled.
  const dominantProvince = dominant(ctx, items, "province");
  const dominantDistrict = dominant(ctx, items, "district", dominantProvince);

  // 3. Bare names written before their parent (`Hòa Thọ Đông, quận Cẩm Lệ`, `Định Hóa, Thái
  //    Nguyên`), and bare district names of the article's province, in text no other rule took.
  const before = bareBeforeParent(ctx, claimed, items);
  if (before.length > 0) {
    for (const raw of before) for (let k = raw.start; k < raw.end; k++) claimed[k] = 1;
    items = [...items, ...before.map((raw) => ({ raw, candidates: byEra(ctx, raw.candidates) }))];
    items.sort((a, b) => a.raw.start - b.raw.start);
    for (const it of items) settle(it);
  }
  if (dominantProvince) {
    const extra = bareDistricts(ctx, claimed, dominantProvince);
    if (extra.length > 0) {
      items = [...items, ...extra.map((raw) => ({ raw, candidates: byEra(ctx, raw.candidates) }))];
      items.sort((a, b) => a.raw.start - b.raw.start);
    }
  }

  // 4. Still ambiguous: prefer the article's district, then its province, then the bare name's
  //    highest level (`Sơn La` alone is the province, not the city).
  for (const item of items) {
    if (item.unit || item.candidates.length <= 1) {
      settle(item);
      continue;
    }
    let c = item.candidates;
    if (dominantDistrict) {
      const inDistrict = c.filter(
        (u) => u.level === "commune" && ctx.gaz.isWithin(u, dominantDistrict.code),
      );
      if (inDistrict.length > 0) c = inDistrict;
    }
    if (c.length > 1 && dominantProvince) {
      const inProvince = c.filter((u) => ctx.gaz.isWithin(u, dominantProvince.code));
      if (inProvince.length > 0) c = inProvince;
    }
    if (c.length > 1 && !item.raw.typed) {
      const top = c.some((u) => u.level === "province")
        ? "province"
        : c.some((u) => u.level === "district")
          ? "district"
          : "commune";
      c = c.filter((u) => u.level === top);
    }
    item.candidates = c;
    settle(item);
  }

  // 5. Entities: one per unit, per undecided name, per street or country.
  const places: Place[] = [];
  const idOf = new Map<RawPlace, string>();
  const unitOf = new Map<RawPlace, AdminUnit>();
  const byKey = new Map<string, Place>();
  // A name settled in one mention settles its other mentions that allow that unit (`UBND xã Xuân
  // Cẩm (Hiệp Hòa, Bắc Giang)`, then `xã Xuân Cẩm, huyện Hiệp Hòa`), when only one unit has it.
  const unitsByName = new Map<string, Set<string>>();
  for (const item of items) {
    if (!item.unit) continue;
    const k = bareKey(item.raw);
    const codes = unitsByName.get(k) ?? new Set<string>();
    codes.add(item.unit.code);
    unitsByName.set(k, codes);
  }
  for (const item of items) {
    const codes = item.unit ? undefined : unitsByName.get(bareKey(item.raw));
    if (codes?.size !== 1) continue;
    const code = [...codes][0];
    const fit = item.candidates.filter((u) => u.code === code).pop();
    if (fit) item.unit = fit;
  }
  const resolvedNames = new Map<string, string>();
  for (const item of items)
    if (item.unit) resolvedNames.set(bareKey(item.raw), `unit:${item.unit.code}`);
  for (const item of items) {
    const raw = item.raw;
    let key: string;
    if (item.unit) key = `unit:${item.unit.code}`;
    else key = resolvedNames.get(bareKey(raw)) ?? `${raw.kind}:${bareKey(raw)}`;
    let place = byKey.get(key);
    if (!place) {
      place = newPlace(ctx, item, places.length + 1);
      byKey.set(key, place);
      places.push(place);
    }
    place.mentions.push(mentionOf(ctx, raw));
    idOf.set(raw, place.id);
    if (item.unit) unitOf.set(raw, item.unit);
  }
  for (const p of places)
    p.mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const settled = items.filter((it) => it.unit);
  return {
    places,
    idOf,
    unitOf,
    implied(levels, types, before) {
      const fits = (u: AdminUnit) => levels.includes(u.level) && (!types || types.includes(u.type));
      // The nearest unit of that kind named before in the same sentence (or one containing it),
      // else the article's district or province.
      const sentence = ctx.sentenceStartOf(before);
      // The last settled mention starting before `before`, by binary search.
      let lo = 0;
      let hi = settled.length - 1;
      let from = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((settled[mid] as Resolved).raw.start < before) {
          from = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let k = from; k >= 0; k--) {
        const it = settled[k] as Resolved;
        if (it.raw.start < sentence) break;
        const unit = it.unit as AdminUnit;
        if (fits(unit)) return unit;
        const up = ctx.gaz.ancestors(unit).find(fits);
        if (up) return up;
      }
      for (const d of [dominantDistrict, dominantProvince]) {
        if (d && fits(d)) return d;
        const up = d && ctx.gaz.ancestors(d).find(fits);
        if (up) return up;
      }
      return undefined;
    },
    idOfUnit(unit) {
      return byKey.get(`unit:${unit.code}`)?.id;
    },
    focus() {
      for (const level of ["commune", "district"] as const) {
        const counts = new Map<string, { unit: AdminUnit; n: number }>();
        for (const it of settled) {
          const u = it.unit as AdminUnit;
          const at = u.level === level ? u : ctx.gaz.ancestors(u).find((a) => a.level === level);
          if (!at) continue;
          const c = counts.get(at.code);
          if (c) c.n++;
          else counts.set(at.code, { unit: at, n: 1 });
        }
        const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
        if (best && best.n >= 2 && counts.size === 1) return best.unit;
      }
      return dominantProvince;
    },
  };
}

/** The versions in force in the article's year, when it has one and any are. */
function byEra(ctx: EntityContext, candidates: readonly AdminUnit[]): AdminUnit[] {
  if (!ctx.year || candidates.length <= 1) return [...candidates];
  const year = ctx.year;
  const inForce = candidates.filter((u) => inForceAt(u, year));
  return inForce.length > 0 ? inForce : [...candidates];
}

/** A period of the map: from (inclusive) and to (exclusive), YYYY-MM-DD, either open. */
interface Period {
  readonly from?: string;
  readonly to?: string;
}

/**
 * The period the settled units of an article all share, when they narrow it: the latest first day
 * and the earliest last day among units whose every candidate agrees.
 */
function articlePeriod(items: readonly Resolved[]): Period | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const item of items) {
    // (Only units whose version is known: `Đắk Lắk` alone may be either side of the reform.)
    const u = item.unit && item.candidates.length <= 1 ? item.unit : undefined;
    if (!u) continue;
    if (u.validFrom && (!from || u.validFrom > from)) from = u.validFrom;
    if (u.validTo && (!to || u.validTo < to)) to = u.validTo;
  }
  if (from && to && from >= to) return undefined; // the units disagree: a historical article
  return from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
}

/** Whether a version was in force at some point of a period. */
function overlaps(u: AdminUnit, p: Period): boolean {
  return (
    (!p.to || !u.validFrom || u.validFrom < p.to) && (!p.from || !u.validTo || u.validTo > p.from)
  );
}

/** One unit left, or all versions of one code: settled on the latest of them. */
function settle(item: Resolved): void {
  if (item.unit) return;
  const c = item.candidates;
  if (c.length === 0) return;
  const codes = new Set(c.map((u) => u.code));
  const latest = c[c.length - 1];
  if (codes.size === 1 && latest) item.unit = latest;
  // (Several versions of that code are left as candidates: the era is undecided.)
}

/** Whether only a comma, bracket or dash lies between two mentions. */
function separates(ctx: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const key = ctx.key(k);
    if (key !== "," && key !== "(" && key !== "-" && key !== "thuộc") return false;
  }
  return true;
}

/** The province (or district) most of the article's settled places are in; the first on a tie. */
function dominant(
  ctx: EntityContext,
  items: readonly Resolved[],
  level: "province" | "district",
  within?: AdminUnit,
): AdminUnit | undefined {
  const votes = new Map<string, { unit: AdminUnit; n: number; first: number }>();
  for (const it of items) {
    const unit = it.unit;
    if (!unit) continue;
    const target =
      unit.level === level ? unit : ctx.gaz.ancestors(unit).find((a) => a.level === level);
    if (!target) continue;
    if (within && !ctx.gaz.isWithin(target, within.code)) continue;
    const v = votes.get(target.code);
    if (v) v.n++;
    else votes.set(target.code, { unit: target, n: 1, first: it.raw.start });
  }
  let best: { unit: AdminUnit; n: number; first: number } | undefined;
  for (const v of votes.values()) {
    if (!best || v.n > best.n || (v.n === best.n && v.first < best.first)) best = v;
  }
  return best?.unit;
}

/**
 * Capitalised runs no other rule took, followed by a comma or a bracket and a settled unit, that
 * name a unit within it: `Hòa Thọ Đông, quận Cẩm Lệ`.
 */
function bareBeforeParent(
  ctx: EntityContext,
  claimed: Uint8Array,
  items: readonly Resolved[],
): RawPlace[] {
  const out: RawPlace[] = [];
  for (const parent of items) {
    const unit = parent.unit;
    if (!unit || unit.level === "commune") continue;
    const sep = parent.raw.start - 1;
    if (ctx.key(sep) !== "," && ctx.key(sep) !== "(") continue;
    // The run ends right before the separator.
    let start = sep;
    while (start > 0 && start > sep - 4 && ctx.isCap(start - 1) && !claimed[start - 1]) start--;
    if (start === sep || (startsLine(ctx.at(start) as Token) && start === sep)) continue;
    for (let s = start; s < sep; s++) {
      const found = longestUnit(ctx, s, sep);
      if (!found || found.end !== sep) continue;
      const units = found.units.filter(
        (u) => u.level !== unit.level && ctx.gaz.isWithin(u, unit.code),
      );
      if (units.length === 0) continue;
      out.push({
        start: s,
        end: sep,
        kind: "admin",
        name: tokensText(ctx, s, sep),
        candidates: units,
        typed: false,
        rule: "place-before-parent",
      });
      break;
    }
  }
  return out;
}

/** Capitalised runs no other rule took that name a district of `province` (two syllables or more). */
function bareDistricts(ctx: EntityContext, claimed: Uint8Array, province: AdminUnit): RawPlace[] {
  const out: RawPlace[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (claimed[i] || !ctx.isCap(i)) continue;
    const prev = ctx.at(i - 1);
    if (prev && prev.kind === "word" && prev.cap && !startsLine(ctx.at(i) as Token)) continue;
    const end = capRunEnd(ctx, i, 4, false);
    if (end - i < 2) continue;
    let blocked = false;
    for (let k = i; k < end; k++) if (claimed[k]) blocked = true;
    if (blocked) continue;
    const found = longestUnit(ctx, i, end, ["district"]);
    if (!found || found.end - i < 2 || found.end !== end) continue;
    const units = found.units.filter((u) => ctx.gaz.isWithin(u, province.code));
    if (units.length === 0) continue;
    out.push({
      start: i,
      end: found.end,
      kind: "admin",
      name: tokensText(ctx, i, found.end),
      levels: ["district"],
      candidates: units,
      typed: false,
      rule: "district-name-in-context",
    });
    i = found.end - 1;
  }
  return out;
}

/** The name of a mention without its type word: `quận Thanh Khê` → `Thanh Khê`. */
function bareName(raw: RawPlace): string {
  return raw.name.replace(
    /^(?:tỉnh|thành phố|tp\.?|quận|q\.|huyện|h\.|thị xã|tx\.?|xã|phường|p\.|thị trấn|tt\.?|đặc khu)\s+/iu,
    "",
  );
}

/** The name key of a mention without its type word: `quận Thanh Khê` and `Thanh Khê` agree. */
function bareKey(raw: RawPlace): string {
  return nameKey(bareName(raw));
}

const TYPE_BY_LEVEL: Record<AdminLevel, PlaceType> = {
  province: "province",
  district: "district",
  commune: "commune",
};

function newPlace(ctx: EntityContext, item: Resolved, n: number): Place {
  const raw = item.raw;
  const id = `place-${n}`;
  if (raw.kind !== "admin") {
    return { id, name: raw.name, type: raw.kind as PlaceType, mentions: [] };
  }
  if (item.unit) {
    const unit = item.unit;
    // Several versions of one code and no date to choose: the latest, with every version listed.
    const versions =
      item.candidates.length > 1 && item.candidates.every((u) => u.code === unit.code);
    return {
      id,
      name: displayName(unit),
      type: TYPE_BY_LEVEL[unit.level],
      unit: ctx.gaz.toRef(unit),
      ...(versions ? { candidates: item.candidates.map((u) => ctx.gaz.toRef(u)) } : {}),
      mentions: [],
    };
  }
  const levels = new Set(item.candidates.map((u) => u.level));
  const level =
    levels.size === 1 ? [...levels][0] : raw.levels?.length === 1 ? raw.levels[0] : undefined;
  // Named as settled places are, without the type word (`Gia Lai`, `Krông Ana`), unless the name is
  // a number (`Quận 9`).
  const names = new Set(item.candidates.map(displayName));
  const name =
    names.size === 1 ? ([...names][0] as string) : /\d/u.test(raw.name) ? raw.name : bareName(raw);
  return {
    id,
    name,
    type: level ? TYPE_BY_LEVEL[level] : "province",
    ...(item.candidates.length > 0
      ? { candidates: item.candidates.slice(0, 12).map((u) => ctx.gaz.toRef(u)) }
      : {}),
    mentions: [],
  };
}

/** How an article names a unit: `Quận 9` (numbers keep their type), `Hà Nội`, `Thanh Khê`. */
export function displayName(unit: AdminUnit): string {
  return /^\d/u.test(unit.name) ? unit.fullName : unit.name;
}

function mentionOf(ctx: EntityContext, raw: RawPlace): EntityMention {
  const first = ctx.at(raw.start) as Token;
  const last = ctx.at(raw.end - 1) as Token;
  const section = ctx.sectionAt(first.start);
  return {
    ...ctx.doc.mention(first.start, last.end),
    rule: raw.rule,
    ...(section ? { section } : {}),
  };
}
