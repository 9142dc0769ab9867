import data from "../../data/gazetteer.json" with { type: "json" };
import { jsonData } from "../../data/load.js";
import type { AdminEra, AdminLevel, AdminUnitRef } from "../../schema/entities.js";
import { foldKey, nameKey } from "../../text/key.js";

export type { AdminLevel } from "../../schema/entities.js";

/** One version of an administrative unit: a code with one name, type and parent over a period. */
export interface AdminUnit {
  /** `gso:<code>`, with `@<validFrom>` when the version starts after the catalogue's first record. */
  readonly id: string;
  readonly code: string;
  readonly level: AdminLevel;
  /** Official type: `Quận`, `Tỉnh`, `Thành phố Trung ương`... */
  readonly type: string;
  /** The name without its type word: `9`, `Hà Nội`, `Thủ Đức`. */
  readonly name: string;
  /** The official name: `Quận 9`, `Thành phố Hà Nội`. */
  readonly fullName: string;
  readonly parentCode?: string;
  /** YYYY-MM-DD, first day in force; absent when in force since the catalogue began (2004). */
  readonly validFrom?: string;
  /** YYYY-MM-DD, first day no longer in force; absent when in force now. */
  readonly validTo?: string;
  readonly successors: readonly string[];
}

/** The date the July 2025 reform took effect: districts abolished, 63 provinces merged into 34. */
export const REFORM_DATE = "2025-07-01";

interface GazetteerData {
  readonly reform: string;
  readonly types: readonly string[];
  readonly units: string;
}

const isoDate = (ymd: string): string | undefined =>
  ymd.length === 8 ? `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}` : undefined;
const levelOf = (code: string): AdminLevel =>
  code.length <= 2 ? "province" : code.length === 3 ? "district" : "commune";

/** Whether a version is in force at some point of a year (`2017`), or at a date (`2017-02-06`). */
export function inForceAt(unit: AdminUnit, when: string): boolean {
  const from = when.length === 4 ? `${when}-12-31` : when;
  const to = when.length === 4 ? `${when}-01-01` : when;
  return (!unit.validFrom || unit.validFrom <= from) && (!unit.validTo || unit.validTo > to);
}

/** Which period of the map a version belongs to. */
export function eraOf(unit: AdminUnit): AdminEra {
  if (!unit.validTo) return "current";
  return unit.validTo === REFORM_DATE ? "pre-reform" : "historical";
}

const NO_SUCCESSORS: readonly string[] = Object.freeze([]);

/**
 * One version of a unit as the catalogue holds it: 17,500 of them, so the id and the official name
 * are computed when read rather than stored, and the many versions without successors share one
 * empty list.
 */
class Unit implements AdminUnit {
  readonly level: AdminLevel;
  readonly parentCode?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly successors: readonly string[];

  constructor(
    readonly code: string,
    readonly type: string,
    readonly name: string,
    parent: string,
    validFrom: string | undefined,
    validTo: string | undefined,
    successors: string,
  ) {
    this.level = levelOf(code);
    if (parent) this.parentCode = parent;
    if (validFrom) this.validFrom = validFrom;
    if (validTo) this.validTo = validTo;
    this.successors = successors ? Object.freeze(successors.split(",")) : NO_SUCCESSORS;
    Object.freeze(this);
  }

  get id(): string {
    return `gso:${this.code}${this.validFrom ? `@${this.validFrom}` : ""}`;
  }

  /** The name written as the official list does: "Thành phố Hà Nội", "Quận 9". */
  get fullName(): string {
    return `${this.type === "Thành phố Trung ương" ? "Thành phố" : this.type} ${this.name}`;
  }
}

/**
 * The administrative-unit catalogue shipped with bantin (`src/data/gazetteer.json`, built by
 * `scripts/build-gazetteer.ts` from the GSO catalogue and its history): every version of every
 * province, district and commune from 2004 to after the July 2025 reform, indexed by name.
 *
 * Built once, on first use, and never changed afterwards.
 */
export class Gazetteer {
  readonly units: readonly AdminUnit[];
  private readonly byPhrase = new Map<string, AdminUnit[]>();
  /** Built on first use: only text typed without diacritics needs it. */
  private byFold: Map<string, AdminUnit[]> | undefined;
  private readonly byCode = new Map<string, AdminUnit[]>();
  /** Built on first use: the pipeline looks units up by name and code, not by id. */
  private byId: Map<string, AdminUnit> | undefined;

  constructor(source: GazetteerData) {
    const units: AdminUnit[] = [];
    // A few hundred distinct dates among 17,500 versions: one string each.
    const dates = new Map<string, string | undefined>();
    const iso = (ymd: string): string | undefined => {
      if (!dates.has(ymd)) dates.set(ymd, isoDate(ymd));
      return dates.get(ymd);
    };
    for (const line of source.units.split("\n")) {
      const [code = "", typeIndex = "", name = "", parent = "", from = "", to = "", succ = ""] =
        line.split("|");
      const type = source.types[Number(typeIndex)] ?? "";
      const validFrom = iso(from);
      const validTo = to === "R" ? REFORM_DATE : iso(to);
      const unit = new Unit(code, type, name, parent, validFrom, validTo, succ);
      units.push(unit);
      push(this.byPhrase, phraseKey(name), unit);
      push(this.byCode, code, unit);
    }
    this.units = Object.freeze(units);
  }

  /** Every version whose bare name is `name` (case, tone style, spacing and dashes ignored). */
  byBareName(name: string): readonly AdminUnit[] {
    return this.byPhrase.get(phraseKey(name)) ?? [];
  }

  /** Every version whose name has this phrase key (token keys joined by one space). */
  byPhraseKey(key: string): readonly AdminUnit[] {
    return this.byPhrase.get(key) ?? [];
  }

  /** Built on first use: names keyed without their inner spaces. */
  private byCompact: Map<string, AdminUnit[]> | undefined;

  /**
   * Every version whose phrase key, spaces left out, is `compact`: ethnic-minority names are
   * written with their syllables split or joined (`Krông Ana` is the catalogue's `Krông A Na`,
   * `Ea H'leo` / `Ea Hleo`).
   */
  byCompactKey(compact: string): readonly AdminUnit[] {
    if (!this.byCompact) {
      const byCompact = new Map<string, AdminUnit[]>();
      for (const u of this.units) push(byCompact, compactKey(phraseKey(u.name)), u);
      this.byCompact = byCompact;
    }
    return this.byCompact.get(compactKey(compact)) ?? [];
  }

  /** Like {@link byBareName} but without diacritics, for text typed without them. */
  byFoldedName(name: string): readonly AdminUnit[] {
    if (!this.byFold) {
      const byFold = new Map<string, AdminUnit[]>();
      for (const u of this.units) push(byFold, foldKey(u.name), u);
      this.byFold = byFold;
    }
    return this.byFold.get(foldKey(name)) ?? [];
  }

  /** Every version of a GSO code, earliest first. */
  versions(code: string): readonly AdminUnit[] {
    return this.byCode.get(code) ?? [];
  }

  /** The version with this id (`gso:763`). */
  get(id: string): AdminUnit | undefined {
    if (!this.byId) {
      const byId = new Map<string, AdminUnit>();
      for (const u of this.units) byId.set(u.id, u);
      this.byId = byId;
    }
    return this.byId.get(id);
  }

  /** The parent's version in force while `unit` was (the latest such, if several). */
  parentOf(unit: AdminUnit): AdminUnit | undefined {
    if (!unit.parentCode) return undefined;
    const versions = this.versions(unit.parentCode);
    let best: AdminUnit | undefined;
    for (const p of versions) {
      const overlaps =
        (!p.validTo || !unit.validFrom || p.validTo > unit.validFrom) &&
        (!unit.validTo || !p.validFrom || p.validFrom < unit.validTo);
      if (overlaps) best = p;
    }
    return best ?? versions[versions.length - 1];
  }

  /** The units above `unit`, nearest first. */
  ancestors(unit: AdminUnit): AdminUnit[] {
    const out: AdminUnit[] = [];
    let p = this.parentOf(unit);
    while (p && out.length < 3) {
      out.push(p);
      p = this.parentOf(p);
    }
    return out;
  }

  /** Whether `unit` lies within the unit with code `code` (or is it). */
  isWithin(unit: AdminUnit, code: string): boolean {
    if (unit.code === code) return true;
    return this.ancestors(unit).some((a) => a.code === code);
  }

  /** The JSON form of a version, as results carry it. */
  toRef(unit: AdminUnit): AdminUnitRef {
    return {
      id: unit.id,
      code: unit.code,
      name: unit.fullName,
      level: unit.level,
      unitType: unit.type,
      within: this.ancestors(unit).map((a) => a.fullName),
      ...(unit.validFrom ? { validFrom: unit.validFrom } : {}),
      ...(unit.validTo ? { validTo: unit.validTo } : {}),
      era: eraOf(unit),
      successors: [...unit.successors],
    };
  }
}

/** Token keys joined by one space: `Bà Rịa-Vũng Tàu` and `Bà Rịa - Vũng Tàu` agree. */
export function phraseKey(text: string): string {
  return nameKey(text)
    .replace(/([^\s\p{L}\p{M}\p{N}'])/gu, " $1 ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A phrase key without its spaces, dashes and apostrophes: `krông a na` → `krôngana`. */
export function compactKey(key: string): string {
  return key.replace(/[\s'-]+/gu, "");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let shared: Gazetteer | undefined;

/** The shipped catalogue, parsed on first use (about 17,500 unit versions). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(jsonData<GazetteerData>(data));
  return shared;
}
