import type { RoleEntry } from "../../data/roles.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { completeOrg, parseOrgAt, type RawOrg } from "../organisation/parse.js";
import { parsePlaceAt, type RawPlace } from "../place/parse.js";
import { isNameStart } from "./names.js";

/** A title found in the text: "Phó Bí thư Thường trực Quận ủy", parsed. */
export interface RawTitle {
  /** Tokens `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly role: RoleEntry;
  readonly qualifier?: string;
  readonly acting: boolean;
  readonly former: boolean;
  readonly org?: RawOrg;
  /** A place standing for the body: `Chủ tịch Hà Nội`, `Đại sứ Lào`, `Tổng thống Mỹ`. */
  readonly place?: RawPlace;
  readonly rule: string;
}

/** Separators between the titles of one person: `,`, `kiêm`, `;` (inside a list of titles). */
const CHAIN_LINKS = new Set([",", "kiêm", "kiêm nhiệm"]);

/**
 * A title starting at token `i`: an optional `nguyên`/`cựu`/`quyền`/`tân`, a role, an optional
 * qualifier (`Thường trực`), then the body it is in: written after the role (`Chủ tịch UBND tỉnh
 * Quảng Nam`), contained in it (`Trưởng ban Tuyên giáo Thành ủy` → the Ban Tuyên giáo; `Bộ trưởng
 * Quốc phòng Mỹ` → the Bộ Quốc phòng of the United States), or a place standing for it
 * (`Chủ tịch Hà Nội`).
 */
export function parseTitleAt(ctx: EntityContext, i: number): RawTitle | undefined {
  return ctx.memoise("title", i, 0, () => parseTitle(ctx, i));
}

function parseTitle(ctx: EntityContext, i: number): RawTitle | undefined {
  const t = ctx.at(i);
  if (t?.kind !== "word") return undefined;
  let j = i;
  let acting = false;
  let former = false;
  const mod = ctx.lex.modifiers.longestAt(ctx.tokens, j);
  if (mod) {
    const kind = mod.values[0];
    if (ctx.lex.roles.longestAt(ctx.tokens, mod.end)) {
      if (kind === "acting") acting = true;
      if (kind === "former") former = true;
      j = mod.end;
    }
  }
  const m = ctx.lex.roles.longestAt(ctx.tokens, j);
  if (!m) return undefined;
  // `Đại sứ quán`, `Thủ tướng Chính phủ`? A longer body name starting at the role's first word wins
  // (`Đại sứ` is not the role in `Đại sứ quán`).
  const body = ctx.lex.heads.longestAt(ctx.tokens, j);
  if (body && body.end > m.end && (body.values[0] as { pattern: string }).pattern !== "fixed")
    return undefined;
  const role = m.values[0] as RoleEntry;
  j = m.end;

  let qualifier: string | undefined;
  const q = ctx.lex.qualifiers.longestAt(ctx.tokens, j);
  if (q && !startsLine(ctx.at(j) as Token)) {
    qualifier = q.values[0];
    j = q.end;
  }

  let org: RawOrg | undefined;
  let place: RawPlace | undefined;
  const embeds = role.embeds;
  if (embeds?.side === "after" && !qualifier) {
    // `Trưởng ban Tuyên giáo Thành ủy`: the body starts at the role's own last word(s).
    const headLength = embeds.head.split(" ").length;
    const inner = parseOrgAt(ctx, m.end - headLength, { lowerHead: true });
    if (inner && inner.end > m.end) {
      org = inner;
      j = inner.end;
    }
  }
  // `người phát ngôn của UBND tỉnh`: the body after `của`.
  if (ctx.key(j) === "của") {
    const o = parseOrgAt(ctx, j + 1);
    if (o && !o.group) {
      org = o;
      j = o.end;
    }
  }
  const next = ctx.at(j);
  if (!org && next && !startsLine(next)) {
    const o = parseOrgAt(ctx, j);
    if (o && !o.group) {
      org = o;
      j = o.end;
    } else if (
      embeds?.side === "before" &&
      ctx.lex.domains.longestAt(ctx.tokens, j) &&
      ctx.isCap(j)
    ) {
      // `Bộ trưởng Quốc phòng Mỹ`, `Thứ trưởng Ngoại giao Nga`: the field names the ministry.
      const head = ctx.lex.headByName.get(embeds.head.toLowerCase());
      const virtual = head && completeOrg(ctx, j, head, j, false, {}, 1);
      if (virtual && virtual.end > j) {
        org = virtual;
        j = virtual.end;
      }
    }
    if (!org && COMPANY_ROLES.has(role.canonical)) {
      // `Tổng giám đốc Honda Việt Nam`, `CEO Audi Mỹ`: a capitalised name then a country, after a
      // company's role, is the company's name, not a person's.
      const company = companyWithCountry(ctx, j);
      if (company) {
        org = company;
        j = company.end;
      }
    }
    if (!org) {
      const p = parsePlaceAt(ctx, j);
      if (p && (p.kind === "admin" || p.kind === "country" || p.kind === "city")) {
        place = p;
        j = p.end;
      }
    }
  }
  if (role.needsOrganisation && !org && !place) return undefined;
  return {
    start: i,
    end: j,
    role,
    ...(qualifier ? { qualifier } : {}),
    acting,
    former,
    ...(org ? { org } : {}),
    ...(place ? { place } : {}),
    rule: org ? "title-role-organisation" : place ? "title-role-place" : "title-role",
  };
}

/** Roles held in a company, after which `X Việt Nam` names the company. */
const COMPANY_ROLES = new Set([
  "Tổng Giám đốc",
  "Phó Tổng Giám đốc",
  "Giám đốc điều hành",
  "Giám đốc",
  "Phó Giám đốc",
]);

/**
 * A company named as a capitalised run of one to three words (not a Vietnamese name) followed by a
 * country: `Honda Việt Nam`, `FrieslandCampina Việt Nam`. Read as `Công ty` + that name.
 */
function companyWithCountry(ctx: EntityContext, j: number): RawOrg | undefined {
  const first = ctx.at(j);
  if (!first || startsLine(first) || first.kind !== "word" || !first.cap) return undefined;
  if (isNameStart(ctx, j)) return undefined;
  // (The country word is looked up directly: after a capitalised word, `Mỹ` may end a name.)
  const countryAt = (k: number) => {
    const w = ctx.lex.world.longestAt(ctx.tokens, k);
    return w && (w.values[0] as { type: string }).type === "country" ? w : undefined;
  };
  let k = j;
  while (k < j + 3 && ctx.at(k)?.kind === "word" && ctx.at(k)?.cap) {
    if (k > j && countryAt(k)) break;
    k++;
  }
  const country = k > j ? countryAt(k) : undefined;
  if (!country || (ctx.at(k) as Token).gap !== "space") return undefined;
  const head = ctx.lex.headByName.get("công ty");
  const company = head && completeOrg(ctx, j, head, j, false, {}, 1);
  return company && company.end >= country.end ? company : undefined;
}

/**
 * Several titles of one person in a row: "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy, Chủ tịch
 * HĐND quận", "Chủ tịch HĐQT kiêm Tổng Giám đốc". Returns the titles and the end of the chain.
 */
export function parseTitleChain(
  ctx: EntityContext,
  i: number,
): { titles: RawTitle[]; end: number } | undefined {
  const first = parseTitleAt(ctx, i);
  if (!first) return undefined;
  const titles = [first];
  let j = first.end;
  for (let guard = 0; guard < 8; guard++) {
    const link = ctx.at(j);
    if (!link || startsLine(link)) break;
    let k = j;
    if (CHAIN_LINKS.has(link.key)) k = j + 1;
    else if (link.key === "kiêm" && ctx.key(j + 1) === "nhiệm") k = j + 2;
    else if (link.key === "-" && link.gap !== "none")
      k = j + 1; // `Phó Chủ tịch UBND huyện - Trưởng đoàn`
    else break;
    // `, kiêm`, `, kiêm giữ chức`, `, đồng thời là` after a comma.
    if (ctx.key(k) === "kiêm") k++;
    if (ctx.key(k) === "đồng" && ctx.key(k + 1) === "thời") k += 2;
    if (ctx.key(k) === "giữ" && ctx.key(k + 1) === "chức")
      k += ctx.key(k + 2) === "vụ" || ctx.key(k + 2) === "danh" ? 3 : 2;
    else if (ctx.key(k) === "là") k++;
    const next = parseTitleAt(ctx, k);
    if (!next) break;
    titles.push(next);
    j = next.end;
  }
  return { titles, end: j };
}
