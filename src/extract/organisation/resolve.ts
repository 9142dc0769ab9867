import type { OrganisationLevel as HeadLevel } from "../../data/organisations.js";
import type { EntityMention, Organisation, OrganisationLevel } from "../../schema/entities.js";
import { nameKey } from "../../text/key.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { lexicons } from "../entities/lexicons.js";
import type { AdminLevel, AdminUnit } from "../place/gazetteer.js";
import { displayName, type PlaceResolution } from "../place/resolve.js";
import type { RawOrg } from "./parse.js";

/** The article's organisations, resolved: entities, and each raw mention's entity. */
export interface OrganisationResolution {
  readonly organisations: Organisation[];
  readonly idOf: Map<RawOrg, string>;
  /** The canonical name of each entity, by id. */
  readonly nameOf: Map<string, string>;
  /** The entity id of a canonical name. */
  readonly idByName: Map<string, string>;
}

const COMMITTEE_OF_TYPE: Record<string, string> = {
  Tỉnh: "Tỉnh ủy",
  "Thành phố Trung ương": "Thành ủy",
  "Thành phố": "Thành ủy",
  Quận: "Quận ủy",
  Huyện: "Huyện ủy",
  "Thị xã": "Thị ủy",
};

/**
 * The body a role written with a place stands for: `Bí thư Quận 2` is the Bí thư of the Quận ủy
 * Quận 2, `Chủ tịch Hà Nội` the Chủ tịch of the UBND thành phố Hà Nội. Undefined for other roles.
 */
export function bodyOfPlace(role: string, unit: AdminUnit): string | undefined {
  const r = role.replace(/^Phó /u, "");
  if (r === "Bí thư") {
    const head = COMMITTEE_OF_TYPE[unit.type];
    return head ? `${head} ${placePhrase(unit, true)}` : `Đảng ủy ${placePhrase(unit, false)}`;
  }
  if (r === "Chủ tịch") return `Ủy ban nhân dân ${placePhrase(unit, false)}`;
  return undefined;
}

/**
 * The canonical name of the committee a bare head stands for at token `before` (`Thành ủy` in a Đà
 * Nẵng story: `Thành ủy Đà Nẵng`), or the head alone when the article names no such place.
 */
export function impliedBodyName(head: string, places: PlaceResolution, before: number): string {
  const rule = IMPLIED_BY_HEAD[head];
  const unit = rule ? places.implied(rule.levels, rule.types, before) : undefined;
  return unit ? `${head} ${placePhrase(unit, true)}` : head;
}

/** Party departments that belong to a committee even when the text leaves it out (`Ban Tổ chức`). */
const PARTY_DOMAINS = new Set([
  "Tổ chức",
  "Tuyên giáo",
  "Dân vận",
  "Nội chính",
  "Kiểm tra",
  "Cán sự Đảng",
]);
/** Heads whose bare mention stands for the article's own body (`Quận ủy`, `UBND tỉnh`). */
const IMPLIED_BY_HEAD: Record<string, { levels: AdminLevel[]; types?: string[] }> = {
  "Tỉnh ủy": { levels: ["province"], types: ["Tỉnh"] },
  "Thành ủy": { levels: ["province", "district"], types: ["Thành phố Trung ương", "Thành phố"] },
  "Huyện ủy": { levels: ["district"], types: ["Huyện"] },
  "Quận ủy": { levels: ["district"], types: ["Quận"] },
  "Thị ủy": { levels: ["district"], types: ["Thị xã"] },
  "Tỉnh đoàn": { levels: ["province"], types: ["Tỉnh"] },
  "Thành đoàn": { levels: ["province", "district"], types: ["Thành phố Trung ương", "Thành phố"] },
  "Huyện đoàn": { levels: ["district"], types: ["Huyện"] },
  "Quận đoàn": { levels: ["district"], types: ["Quận"] },
  Sở: { levels: ["province"] },
  Phòng: { levels: ["district"] },
};

/** Company-type words, left out of a company's identity. */
const COMPANY_FORMS_IN_NAME =
  /(?<=^(?:công ty|tổng công ty|ngân hàng)) (?:cổ phần|cp|tnhh|mtv|một thành viên|tmcp|trách nhiệm hữu hạn|thương mại cổ phần)(?= )/gu;

/** Bodies every place has, whose bare mention is that of the place the story is about. */
const IMPLIED_NEAREST = new Set([
  "Ủy ban nhân dân",
  "Hội đồng nhân dân",
  "Ban Quản lý dự án",
  "Đảng ủy",
  "Đảng bộ",
]);

interface Draft {
  readonly raw: RawOrg;
  key: string;
  name: string;
  abbreviation?: string;
  type: Organisation["type"];
  level?: OrganisationLevel;
  parent?: Draft;
  placeId?: string;
  unit?: AdminUnit;
  country?: string;
  /** A company's country, part of its name (`Samsung Việt Nam`: the Vietnamese subsidiary). */
  branch?: string;
  implied: boolean;
  /** A committee the department belongs to, named from its place (`Ban Tổ chức Quận 2`). */
  committee?: string;
}

/**
 * Turns organisation mentions into entities: each gets its canonical name (abbreviations expanded,
 * its place written out), type, level, parent and place, given in the text or implied by it (a bare
 * `Quận ủy` in a Quận 9 bulletin is the Quận ủy Quận 9; `Ban Tổ chức` alone belongs to the nearest
 * party committee), and mentions of the same body are merged.
 */
export function resolveOrganisations(
  ctx: EntityContext,
  raws: readonly RawOrg[],
  places: PlaceResolution,
): OrganisationResolution {
  const sorted = [...raws].sort((a, b) => a.start - b.start || b.end - a.end);
  const drafts = new Map<RawOrg, Draft>();
  // The last body of each head named with its place: a bare `HĐND` later in the same sentence is
  // that one (`Ban Bầu cử HĐND xã Quế Tân không tổ chức họp ... đánh giá HĐND khóa 2011-2016`).
  const lastPlaced = new Map<string, RawOrg>();
  const sameBodyBefore = (raw: RawOrg): AdminUnit | undefined => {
    const r = raw.head ? lastPlaced.get(raw.head.canonical) : undefined;
    if (!r?.place || r.end > raw.start || r.start < ctx.sentenceStartOf(raw.start))
      return undefined;
    return places.unitOf.get(r.place);
  };
  const draftOf = (raw: RawOrg): Draft => {
    const existing = drafts.get(raw);
    if (existing) return existing;
    const d = makeDraft(raw, places, draftOf, sameBodyBefore);
    drafts.set(raw, d);
    return d;
  };
  for (const raw of sorted) {
    draftOf(raw);
    if (raw.head && raw.place && !raw.group) lastPlaced.set(raw.head.canonical, raw);
  }

  // Departments without their committee, boards without their body: the nearest committee.
  const committees = sorted.filter((r) => r.head?.pattern === "committee" && !r.group);
  const companies = sorted.filter(
    (r) =>
      !r.group &&
      ((r.head?.type === "company" && r.head.pattern === "name") ||
        r.known?.type === "company" ||
        r.head?.type === "bank" ||
        r.known?.type === "bank"),
  );
  for (const raw of sorted) {
    const d = draftOf(raw);
    if (d.parent || raw.group || !raw.head) continue;
    const needsParent =
      (raw.head.pattern === "parent" && raw.head.type === "party") ||
      (raw.head.canonical === "Ban" && raw.domain !== undefined && PARTY_DOMAINS.has(raw.domain));
    // A company's board without its company: the company named next to it (`Chủ tịch HĐQT kiêm
    // Tổng Giám đốc Công ty Tasco`).
    const board = raw.head.pattern === "parent" && raw.head.type === "company";
    if ((!needsParent && !board) || raw.place || raw.levelOnly) continue;
    const near = nearest(board ? companies : committees, raw);
    if (near) {
      d.parent = draftOf(near);
      d.implied = true;
      finish(d);
    }
  }

  const organisations: Organisation[] = [];
  const idOf = new Map<RawOrg, string>();
  const nameOf = new Map<string, string>();
  const idByName = new Map<string, string>();
  const byKey = new Map<string, Organisation>();
  // Parents first, so that a child's key can name its parent's entity.
  for (const raw of sorted) {
    const d = draftOf(raw);
    if (!keep(ctx, raw, d)) continue;
    const key = fullKey(d);
    let org = byKey.get(key);
    if (!org) {
      org = {
        id: `organisation-${organisations.length + 1}`,
        name: d.name,
        ...(d.abbreviation ? { abbreviation: d.abbreviation } : {}),
        type: d.type,
        ...(d.level ? { level: d.level } : {}),
        group: raw.group,
        ...(d.placeId ? { placeId: d.placeId } : {}),
        ...(d.unit ? { unit: ctx.gaz.toRef(d.unit) } : {}),
        ...(d.country ? { country: d.country } : {}),
        implied: d.implied,
        mentions: [],
      };
      byKey.set(key, org);
      organisations.push(org);
      nameOf.set(org.id, org.name);
      if (!idByName.has(org.name)) idByName.set(org.name, org.id);
    }
    org.mentions.push(mentionOf(ctx, raw));
    idOf.set(raw, org.id);
  }
  // Parent ids, now that every entity has one.
  for (const raw of sorted) {
    const d = draftOf(raw);
    if (d.committee && !d.parent) {
      const org = byKey.get(fullKey(d));
      const parentId = idByName.get(d.committee);
      if (org && parentId && parentId !== org.id) org.parentId = parentId;
    }
    if (!d.parent) continue;
    const org = byKey.get(fullKey(d));
    const parentId = byKey.get(fullKey(d.parent))?.id;
    if (org && parentId && parentId !== org.id) org.parentId = parentId;
  }
  const { orgs: merged, remap } = mergeShortCompanyNames(organisations);
  if (remap.size > 0) {
    for (const [raw, id] of idOf) idOf.set(raw, remap.get(id) ?? id);
    nameOf.clear();
    idByName.clear();
    for (const o of merged) {
      nameOf.set(o.id, o.name);
      if (!idByName.has(o.name)) idByName.set(o.name, o.id);
    }
  }
  for (const o of merged) {
    o.mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    // Keep one mention per span (a body nested in two parses of the same words).
    o.mentions = o.mentions.filter(
      (m, k, all) =>
        k === 0 ||
        m.span.start !== (all[k - 1] as EntityMention).span.start ||
        m.span.end !== (all[k - 1] as EntityMention).span.end,
    );
  }
  return { organisations: merged, idOf, nameOf, idByName };
}

/** Sections of authors and sources, and cues of a photo credit: bodies there are credits. */
const CREDIT_SECTIONS = new Set(["byline", "source"]);

/**
 * Whether a mention becomes (part of) an entity: not a credit (`Ảnh: TTXVN`, a source line), and a
 * sub-body (`Ban Giám đốc`, `HĐQT`) only with the body it belongs to.
 */
function keep(ctx: EntityContext, raw: RawOrg, d: Draft): boolean {
  const first = ctx.at(raw.start) as Token;
  const section = ctx.sectionAt(first.start);
  if (section && CREDIT_SECTIONS.has(section)) return false;
  for (let k = raw.start - 1; k >= Math.max(0, raw.start - 8); k--) {
    const key = ctx.key(k);
    if (key === "ảnh" && ctx.key(k + 1) === ":") return false;
    if (key === ")" || key === "." || startsLine(ctx.at(k + 1) as Token)) break;
  }
  if (raw.head?.pattern === "parent" && !d.parent && !raw.place && !d.unit) return false;
  return true;
}

/**
 * `Công ty Thiên Thanh` after `Công ty TNHH Sản xuất – Vật liệu xây dựng Thiên Thanh`: a company
 * named by the end of a longer company name of the same article is that company. Ids are renumbered
 * after the merge so that they stay in order of first mention.
 */
function mergeShortCompanyNames(orgs: Organisation[]): {
  orgs: Organisation[];
  remap: Map<string, string>;
} {
  const companies = orgs.filter(
    (o) => !o.group && /^(?:tổng công ty|công ty|ngân hàng|tập đoàn)\s/u.test(nameKey(o.name)),
  );
  const into = new Map<string, Organisation>();
  const proper = (o: Organisation) =>
    nameKey(o.name).replace(/^(?:tổng công ty|công ty|ngân hàng|tập đoàn)\s+/u, "");
  // Every ending of every longer name, so that each short name is looked up once (linear).
  const byEnding = new Map<string, Organisation>();
  for (const b of companies) {
    const words = proper(b).split(" ");
    for (let k = 1; k < words.length && k < 16; k++) {
      const ending = words.slice(k).join(" ");
      if (!byEnding.has(ending)) byEnding.set(ending, b);
    }
  }
  for (const a of companies) {
    const pa = proper(a);
    if (pa.length === 0) continue;
    const b = byEnding.get(pa);
    if (b && b !== a && !into.has(b.id)) into.set(a.id, b);
  }
  const remap = new Map<string, string>();
  if (into.size === 0) return { orgs, remap };
  for (const [id, target] of into) {
    const a = orgs.find((o) => o.id === id) as Organisation;
    for (const m of a.mentions) target.mentions.push(m); // no spread: a huge article can mention a body 100k+ times
  }
  const kept = orgs.filter((o) => !into.has(o.id));
  for (const [k, o] of kept.entries()) remap.set(o.id, `organisation-${k + 1}`);
  for (const [id, target] of into) remap.set(id, remap.get(target.id) as string);
  const out = kept.map((o) => {
    const next: Organisation = { ...o, id: remap.get(o.id) as string };
    if (o.parentId) next.parentId = remap.get(o.parentId) ?? o.parentId;
    return next;
  });
  return { orgs: out, remap };
}

function nearest(committees: readonly RawOrg[], raw: RawOrg): RawOrg | undefined {
  // `committees` are in text order: the ones just before and just after `raw`, by binary search.
  let lo = 0;
  let hi = committees.length - 1;
  let after = committees.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((committees[mid] as RawOrg).start >= raw.end) {
      after = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  let before: RawOrg | undefined;
  for (let k = after - 1; k >= 0; k--) {
    const c = committees[k] as RawOrg;
    if (c !== raw && c.end <= raw.start) {
      before = c;
      break;
    }
  }
  const next = committees[after];
  // Within a title chain the committee usually comes after ("Ủy viên Ban Thường vụ, Trưởng Ban
  // Tuyên giáo Thành ủy"); otherwise the last one named.
  const afterDistance = next && next !== raw ? next.start - raw.end : Number.POSITIVE_INFINITY;
  const beforeDistance = before ? raw.start - before.end : Number.POSITIVE_INFINITY;
  if (afterDistance <= 12 && afterDistance < beforeDistance) return next;
  return before;
}

function makeDraft(
  raw: RawOrg,
  places: PlaceResolution,
  draftOf: (r: RawOrg) => Draft,
  sameBodyBefore: (r: RawOrg) => AdminUnit | undefined,
): Draft {
  const head = raw.head;
  const parent = raw.parent ? draftOf(raw.parent) : undefined;
  let unit: AdminUnit | undefined;
  let placeId: string | undefined;
  let implied = false;
  if (raw.place) {
    unit = places.unitOf.get(raw.place);
    placeId = places.idOf.get(raw.place);
  } else if (raw.levelOnly) {
    unit = places.implied(raw.levelOnly.word.levels, raw.levelOnly.word.types, raw.start);
    implied = unit !== undefined;
  } else if (head && !parent && !raw.properName && !raw.central && !raw.group) {
    const rule = IMPLIED_BY_HEAD[head.canonical];
    if (rule && (head.pattern === "committee" || raw.domain)) {
      unit = places.implied(rule.levels, rule.types, raw.start);
      implied = unit !== undefined;
    } else if (IMPLIED_NEAREST.has(head.canonical) && head.type === "state" && !raw.levelOnly) {
      // A bare `UBND`, `HĐND` in a local story: the body of the place the story is about, or the
      // one just named in the same sentence.
      unit = sameBodyBefore(raw) ?? places.focus();
      implied = unit !== undefined;
    } else if (IMPLIED_NEAREST.has(head.canonical)) {
      // A bare `Đảng ủy`, `Đảng bộ`: that of the commune or district the story is about, if any.
      const focus = places.focus();
      if (focus && focus.level !== "province") {
        unit = focus;
        implied = true;
      }
    }
  }
  if (unit && !placeId) placeId = places.idOfUnit(unit);
  const type = raw.known?.type ?? head?.type;
  const company = type === "company" || type === "bank";
  const country = company ? undefined : raw.country?.name;
  const branch = company ? raw.country?.name : undefined;
  const d: Draft = {
    raw,
    key: "",
    name: "",
    type: raw.known?.type ?? head?.type ?? (raw.group ? groupType(raw.groupText ?? "") : "other"),
    ...(parent ? { parent } : {}),
    ...(placeId ? { placeId } : {}),
    ...(unit ? { unit } : {}),
    ...(country && country !== "Việt Nam" ? { country } : {}),
    ...(branch ? { branch } : {}),
    implied,
  };
  if (d.country && d.type !== "international") d.type = "foreign";
  finish(d);
  return d;
}

/** Fills a draft's name, abbreviation, level and key from its parts. */
function finish(d: Draft): void {
  const raw = d.raw;
  const head = raw.head;
  // `Trưởng ban Tổ chức Quận 2`: a party department of a place belongs to that place's committee.
  if (
    head?.canonical === "Ban" &&
    raw.domain &&
    PARTY_DOMAINS.has(raw.domain) &&
    d.unit &&
    !d.parent
  ) {
    const committee = bodyOfPlace("Bí thư", d.unit);
    if (committee) d.committee = committee;
  }
  const where = d.committee
    ? ""
    : d.unit
      ? placePhrase(d.unit, head?.pattern === "committee")
      : raw.place
        ? raw.place.name
        : raw.levelOnly
          ? raw.levelOnly.word.form.toLowerCase() === "tp"
            ? "thành phố"
            : raw.levelOnly.word.form.toLowerCase()
          : "";
  let base: string;
  let short: string | undefined;
  if (raw.known) {
    base = raw.known.fullName ?? raw.known.name;
    short = raw.known.fullName ? raw.known.name : undefined;
  } else if (head) {
    const spec = (raw.domain ?? raw.properName ?? "")
      .replace(/(^|\s)VN$/u, "$1Việt Nam")
      .replace(/^ĐH(?=\s)/u, "Đại học")
      .replace(/^CĐ(?=\s)/u, "Cao đẳng");
    base = join(head.canonical, spec);
    short = head.abbreviation ? join(head.abbreviation, spec) : undefined;
    if (raw.centralCommittee) {
      base = `Trung ương ${base}`;
      short = short ? `TƯ ${short}` : undefined;
    }
  } else {
    base = raw.groupText ?? "";
  }
  if (raw.rule === "org-the-party") {
    base = "Đảng Cộng sản Việt Nam";
    short = "ĐCSVN";
  }
  // A department of the Central Committee is `Ban Tổ chức Trung ương`, not `... Ban Chấp hành Trung ương`.
  const parentName =
    d.parent &&
    d.parent.raw.head?.canonical === "Ban Chấp hành Trung ương" &&
    !d.parent.raw.centralCommittee
      ? "Trung ương"
      : (d.parent?.name ?? d.committee);
  const tail = [
    where,
    raw.central ? "Trung ương" : "",
    parentName ? `${raw.group ? "của " : ""}${parentName}` : "",
    d.country ?? d.branch ?? "",
  ]
    .filter((s) => s.length > 0)
    .join(" ");
  if (raw.group) {
    d.name = join(raw.groupText ?? base, tail);
  } else {
    d.name = join(base, tail);
    if (short && short !== base) d.abbreviation = join(short, tail);
  }
  const level = levelOf(d);
  if (level) d.level = level;
  else delete d.level;
  // `Trường Đại học X` and `Đại học X` are one school.
  // `Công ty Cổ phần Bóng đèn Điện Quang` and `Công ty Bóng đèn Điện Quang` are one company.
  const keyName = nameKey(d.name)
    .replace(/^trường (?=đại học)/u, "")
    .replace(COMPANY_FORMS_IN_NAME, " ")
    .replace(/\s+/gu, " ")
    .trim();
  d.key = [raw.group ? "group" : "one", d.type, keyName].join("|");
}

/** The kind of bodies a group phrase names: `các cấp ủy` party, `các đoàn thể` mass organisations. */
function groupType(text: string): Organisation["type"] {
  const t = text.toLowerCase();
  if (/ủy|đảng/u.test(t)) return "party";
  if (/đoàn thể|chính trị\s*[-–]\s*xã hội|mặt trận|mttq/u.test(t)) return "mass-organisation";
  if (/sở|bộ|ngành|chính quyền|hđnd|cơ quan/u.test(t)) return "state";
  return "other";
}

function join(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

/** `thành phố Hà Nội`, `Quận 9`, `tỉnh Quảng Nam`; committees take the bare name (`Quận ủy Thanh Khê`). */
function placePhrase(unit: AdminUnit, committee: boolean): string {
  const bare = displayName(unit);
  // `Thành ủy Thành phố Hồ Chí Minh`: a city named after a person keeps its type word.
  if (
    committee &&
    unit.type === "Thành phố Trung ương" &&
    unit.name.split(" ").length >= 3 &&
    lexicons().familyNames.has(nameKey(unit.name.split(" ")[0] ?? ""))
  ) {
    return unit.fullName;
  }
  if (committee || /^\d/u.test(unit.name)) return bare;
  const type = unit.type === "Thành phố Trung ương" ? "thành phố" : unit.type.toLowerCase();
  return `${type} ${unit.name}`;
}

function levelOf(d: Draft): OrganisationLevel | undefined {
  const raw = d.raw;
  if (raw.central || raw.centralCommittee || raw.rule === "org-the-party") return "central";
  if (d.country || d.type === "international" || d.type === "foreign") return undefined;
  if (raw.head?.canonical === "Chi bộ") return "grassroots";
  if (d.unit) return d.unit.level;
  const fixed: HeadLevel | undefined = raw.head?.level;
  if (fixed && (raw.head?.pattern === "fixed" || !raw.parent)) return fixed;
  return d.parent?.level ?? fixed;
}

function fullKey(d: Draft): string {
  return d.key;
}

function mentionOf(ctx: EntityContext, raw: RawOrg): EntityMention {
  const first = ctx.at(raw.start) as Token;
  const last = ctx.at(raw.end - 1) as Token;
  const section = ctx.sectionAt(first.start);
  return {
    ...ctx.doc.mention(first.start, last.end),
    rule: raw.rule,
    ...(section ? { section } : {}),
  };
}
