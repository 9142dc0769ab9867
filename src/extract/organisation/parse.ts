import type { KnownOrganisation, OrganisationHead } from "../../data/organisations.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { endsWord } from "../entities/words.js";
import { isCommonWordKey, isDictionaryKey } from "../person/dictionary.js";
import { isNameStart } from "../person/names.js";
import {
  type LevelOnly,
  parseLevelOnly,
  parsePlaceAt,
  type RawPlace,
  tokensText,
} from "../place/parse.js";

/** An organisation found in the text, before the article decides its place, parent and identity. */
export interface RawOrg {
  /** Tokens `[start, end)` of the whole mention, attachments included. */
  readonly start: number;
  readonly end: number;
  readonly head?: OrganisationHead;
  readonly known?: KnownOrganisation;
  /** The department's field, canonical: `Tổ chức`, `Giáo dục và Đào tạo`. */
  readonly domain?: string;
  /** The proper name after the head, as written: `TNHH Sản xuất – Vật liệu xây dựng Thiên Thanh`. */
  readonly properName?: string;
  readonly place?: RawPlace;
  /** A type word standing for the article's place (`UBND huyện`). */
  readonly levelOnly?: LevelOnly;
  /** `Trung ương`, `tối cao` after a head: the central body. */
  readonly central?: boolean;
  /** `T.Ư Hội Nông dân Việt Nam`: the central committee of a mass organisation. */
  readonly centralCommittee?: boolean;
  readonly parent?: RawOrg;
  readonly country?: RawPlace;
  /** The country is part of the body's own name (`Samsung Việt Nam`, `BHXH Việt Nam`), not a place. */
  readonly countryInName?: boolean;
  /** A set of bodies (`các cấp ủy`). */
  readonly group: boolean;
  /** The words of a group phrase, as written. */
  readonly groupText?: string;
  readonly rule: string;
}

/** Options of {@link parseOrgAt}. */
export interface OrgParseOptions {
  /** The head may be lower case with any name after it (inside a role: `Trưởng ban Tuyên giáo`). */
  readonly lowerHead?: boolean;
  /** Recursion depth (a parent of a parent...). */
  readonly depth?: number;
}

const COMPANY_FORMS = new Set([
  "tnhh",
  "mtv",
  "cổ phần",
  "cp",
  "tmcp",
  "ctcp",
  "liên doanh",
  "một thành viên",
  "trách nhiệm hữu hạn",
  "thương mại cổ phần",
  "hợp danh",
]);
const SCHOOL_FORMS = new Set([
  "đại học",
  "đh",
  "cao đẳng",
  "cđ",
  "thpt",
  "thcs",
  "ptth",
  "ptth",
  "tiểu học",
  "mầm non",
  "trung cấp",
  "trung học phổ thông",
  "trung học cơ sở",
  "phổ thông",
  "chính trị",
  "dân tộc nội trú",
  "quốc tế",
  "sư phạm",
  "đa khoa",
]);
/** Words after `Đảng` that make another word of it (`Đảng vụ`, `Đảng viên`, `Đảng phí`). */
const THE_PARTY_NOT = new Set(["vụ", "viên", "phí", "kỳ", "tịch", "sâm"]);
/** Heads that say what the body does, whose name may go on in lower case (`Ban Quản lý dự án...`). */
const DESCRIPTIVE_HEADS = new Set([
  "Ban Quản lý",
  "Ban Quản lý dự án",
  "Trung tâm",
  "Ủy ban",
  "Đội",
]);
/** Words after `Vụ` that make it an incident (`Vụ việc`, `Vụ án`). */
const NOT_A_DEPARTMENT = new Set(["việc", "án", "tai", "cháy", "nổ", "tấn", "trộm"]);
/** Words before a bare `Trung ương` that make it the Central Committee (`của Trung ương`). */
const BARE_CC_BEFORE = new Set(["của", "và", ",", "với", "theo", "(", "cùng"]);
/** Words linking a body to the one it belongs to. */
const PARENT_LINKS = new Set(["của", "thuộc", "trực thuộc"]);
/** `Trung ương`, `tối cao`: a level word after a place-named head. */
const CENTRAL_WORDS = new Set(["trung ương", "tư", "t . ư", "tw", "tối cao", "toàn quốc"]);
/** How deep parents may nest (`Phòng CSGT` of `Công an` of `TP Hà Nội`). */
const MAX_DEPTH = 3;

/**
 * An organisation starting at token `i`: a group phrase (`các cấp ủy`), a body known by name
 * (`VnExpress`), or a head (`UBND`, `Sở`, `Quận ủy`, `Công ty`) completed as its pattern says, then
 * its attachments: a place (`tỉnh Quảng Nam`), a parent (`Ban Tổ chức` + `Quận ủy`), a country
 * (`Bộ Quốc phòng` + `Mỹ`).
 */
export function parseOrgAt(
  ctx: EntityContext,
  i: number,
  options: OrgParseOptions = {},
): RawOrg | undefined {
  const depth = options.depth ?? 0;
  if (depth > MAX_DEPTH) return undefined;
  return ctx.memoise("org", i, (options.lowerHead ? 4 : 0) + depth, () =>
    parseOrg(ctx, i, options, depth),
  );
}

function parseOrg(
  ctx: EntityContext,
  i: number,
  options: OrgParseOptions,
  depth: number,
): RawOrg | undefined {
  const t = ctx.at(i);
  if (!t || t.kind === "punct" || t.kind === "number") return undefined;
  const lex = ctx.lex;
  // `Chỉ thị số 01/CT-UBND`: the end of a document's number, not a body.
  const glue = ctx.at(i - 1);
  if (t.gap === "none" && glue && (glue.key === "-" || glue.key === "/") && glue.gap === "none")
    return undefined;

  // Groups: fixed phrases, then `các` + a head.
  const group = lex.groups.longestAt(ctx.tokens, i);
  if (group) {
    return withParentLink(
      ctx,
      {
        start: i,
        end: group.end,
        group: true,
        groupText: tokensText(ctx, i, group.end),
        rule: "org-group",
      },
      depth,
    );
  }
  if ((t.key === "các" || t.key === "những") && depth === 0) {
    const inner = parseOrgAt(ctx, i + 1, { lowerHead: true, depth: depth + 1 });
    if (inner && !inner.group && inner.head && !inner.known) {
      return withParentLink(
        ctx,
        {
          ...inner,
          start: i,
          group: true,
          groupText: tokensText(ctx, i, inner.parent ? inner.parent.start : inner.end).replace(
            /\s+(của|thuộc)$/u,
            "",
          ),
          rule: "org-group-plural",
        },
        depth,
      );
    }
    return undefined;
  }

  // Known by name.
  const known = lex.known.longestAt(ctx.tokens, i);
  const head = lex.heads.longestAt(ctx.tokens, i);
  if (known && (!head || known.end >= head.end)) {
    // `Samsung Việt Nam`, `Audi Mỹ`: a country right after a body known by name is part of it.
    const country = countryAfter(ctx, known.end);
    return {
      start: i,
      end: country ? country.end : known.end,
      known: known.values[0] as KnownOrganisation,
      ...(country ? { country, countryInName: true } : {}),
      group: false,
      rule: "org-known",
    };
  }
  if (!head) return undefined;
  const h = head.values[0] as OrganisationHead;
  const lowerHead = !t.cap;
  const j = head.end;
  // A lower-case one-word head that ends a word begun before it is that word (`khai báo`,
  // `nhiệm vụ`); a head of two words (`công an`) is a word of its own.
  if (lowerHead && !options.lowerHead && head.end - i === 1 && endsWord(ctx, i)) return undefined;
  // `Vụ việc`, `Vụ án`: an incident, not a department.
  if (h.canonical === "Vụ" && NOT_A_DEPARTMENT.has(ctx.key(j))) return undefined;
  // `Trung ương` alone is the Central Committee after `của`, `và`, a comma, or at a sentence's start;
  // `Hội nghị Trung ương`, `Nghị quyết Trung ương 4`, `cơ quan Trung ương` name other things.
  if (
    h.canonical === "Ban Chấp hành Trung ương" &&
    depth === 0 &&
    !options.lowerHead &&
    !/đảng|ban|bch/u.test(tokensText(ctx, i, head.end).toLowerCase()) &&
    ctx.key(j) !== "đảng" &&
    ctx.key(i - 1) !== "viên"
  ) {
    const prev = ctx.key(i - 1);
    const afterNumber = ctx.at(j)?.kind === "number";
    if (afterNumber || !(i === 0 || ctx.startsSentence(i) || BARE_CC_BEFORE.has(prev))) {
      const inner = parseOrgAt(ctx, j, { depth: depth + 1 });
      if (!inner?.head || (inner.head.type !== "mass-organisation" && inner.head.type !== "front"))
        return undefined;
    }
  }

  // `T.Ư Hội Nông dân Việt Nam`: the central committee of a mass organisation.
  if (
    h.canonical === "Ban Chấp hành Trung ương" &&
    !/đảng/u.test(tokensText(ctx, i, head.end).toLowerCase())
  ) {
    const inner = parseOrgAt(ctx, j, { depth: depth + 1 });
    if (inner?.head && (inner.head.type === "mass-organisation" || inner.head.type === "front")) {
      return { ...inner, start: i, centralCommittee: true, rule: "org-central-committee" };
    }
  }

  // `UBND các quận, huyện`, `UBND cấp xã`, `Đảng ủy cơ sở`: every such body, not one.
  if (h.pattern === "place" || h.pattern === "committee") {
    const end = everyPlaceEnd(ctx, j);
    if (end > j) {
      return {
        start: i,
        end,
        head: h,
        group: true,
        groupText: tokensText(ctx, i, end),
        rule: "org-group-levels",
      };
    }
  }

  return completeOrg(ctx, i, h, j, lowerHead, options, depth);
}

/**
 * End of a phrase for places in general after a body's head, or `j`: `các quận, huyện, thị xã`,
 * `cấp xã`, `cấp cơ sở`, `cơ sở`. (`các cấp` is left to the group phrases: `MTTQ Việt Nam các cấp` is
 * the Front.)
 */
function everyPlaceEnd(ctx: EntityContext, j: number): number {
  const typeAt = (k: number) => {
    const t = ctx.at(k);
    if (t?.kind !== "word" || startsLine(t)) return undefined;
    return ctx.lex.adminTypes.longestAt(ctx.tokens, k);
  };
  const first = ctx.key(j);
  if (first === "cơ" && ctx.key(j + 1) === "sở" && (ctx.at(j + 1) as Token).gap === "space")
    return j + 2;
  if (first === "cấp") {
    if (ctx.key(j + 1) === "cơ" && ctx.key(j + 2) === "sở") return j + 3;
    const m = typeAt(j + 1);
    return m ? m.end : j;
  }
  if (first !== "các" && first !== "những") return j;
  let m = typeAt(j + 1);
  if (!m) return j;
  let end = m.end;
  // `các quận, huyện, thị xã`, `các xã và thị trấn`.
  for (let guard = 0; guard < 6; guard++) {
    const sep = ctx.key(end);
    if (sep !== "," && sep !== "và") break;
    m = typeAt(end + 1);
    if (!m) break;
    end = m.end;
  }
  return end;
}

/**
 * Completes an organisation whose head `h` is at `start` and whose name goes on at `specStart`, as
 * the head's pattern says. Titles call it with a head contained in the role (`Bộ trưởng Quốc phòng`:
 * head `Bộ`, field at `Quốc`).
 */
export function completeOrg(
  ctx: EntityContext,
  start: number,
  h: OrganisationHead,
  specStart: number,
  lowerHead: boolean,
  options: OrgParseOptions,
  depth: number,
): RawOrg | undefined {
  const i = start;
  let j = specStart;
  const lex = ctx.lex;
  let domain: string | undefined;
  let properName: string | undefined;
  /** Where the proper name proper begins (after `TNHH`, `THPT`...). */
  let nameStart = specStart;
  let place: RawPlace | undefined;
  let levelOnly: LevelOnly | undefined;
  let parent: RawOrg | undefined;
  let central = false;

  switch (h.pattern) {
    case "fixed":
      // `BCH Trung ương Đảng`, `Ủy ban Kiểm tra Trung ương Đảng`.
      if (
        ctx.key(j) === "đảng" &&
        (ctx.at(j) as Token).gap === "space" &&
        /trung ương|tư|t\.ư|tw/iu.test(h.canonical + tokensText(ctx, i, j))
      )
        j++;
      break;
    case "committee": {
      const p = committeePlace(ctx, j, h);
      if (p) {
        place = p;
        j = p.end;
      } else {
        const lo = parseLevelOnly(ctx, j);
        if (lo) {
          levelOnly = lo;
          j = lo.end;
        } else if (h.takesParent) {
          const par = parentAt(ctx, j, depth);
          if (par) {
            parent = par.org;
            j = par.end;
          } else if (ctx.isCap(j) && !lowerHead) {
            const end = nameSpecEnd(ctx, j, false, true);
            if (end > j) {
              properName = tokensText(ctx, j, end);
              j = end;
            }
          }
        }
      }
      if (lowerHead && !place && !levelOnly && !parent && !properName && !options.lowerHead) {
        // `đảng ủy` alone, lower case, is a common noun.
        if (h.canonical === "Đảng ủy" || h.canonical === "Đảng bộ") return undefined;
      }
      break;
    }
    case "place": {
      const p = parsePlaceAt(ctx, j);
      if (p && p.kind === "admin") {
        place = p;
        j = p.end;
      } else {
        const lo = parseLevelOnly(ctx, j);
        if (lo) {
          levelOnly = lo;
          j = lo.end;
        } else if (CENTRAL_WORDS.has(ctx.key(j)) || centralAt(ctx, j) > j) {
          central = true;
          j = centralAt(ctx, j);
        } else if (lowerHead && !options.lowerHead) {
          return undefined; // `công an`, `ủy ban nhân dân` as common nouns
        } else if (h.canonical === "Công an") {
          return undefined; // `lực lượng Công an`: the force, not one body
        }
      }
      break;
    }
    case "domain": {
      const d = lex.domains.longestAt(ctx.tokens, j);
      // A field in lower case (`phòng y tế`, `sở chỉ đạo`) is a common noun phrase, except inside a
      // role (`Trưởng ban tổ chức`).
      const domainOk =
        d && (ctx.isCap(j) || options.lowerHead === true || (ctx.at(j) as Token).upper);
      if (d && domainOk && !startsLine(ctx.at(j) as Token)) {
        domain = (d.values[0] as { canonical: string }).canonical;
        j = d.end;
        // A known field may go on as a longer name: "Ban Quản lý dự án đầu tư xây dựng...".
        const more = nameSpecEnd(ctx, j, true, true);
        if (more > j && !startsLine(ctx.at(j) as Token)) {
          properName = tokensText(ctx, specStart, more);
          domain = undefined;
          j = more;
        }
      } else if (
        (!lowerHead || options.lowerHead) &&
        (ctx.isCap(j) || options.lowerHead || (!lowerHead && ctx.lex.nameSyllables.has(ctx.key(j))))
      ) {
        // `Ủy ban hợp tác Lào - Việt Nam`: a capitalised head may take a lower-case name.
        const end = nameSpecEnd(ctx, j, !ctx.isCap(j));
        if (end === j) return undefined;
        properName = tokensText(ctx, j, end);
        j = end;
      } else {
        return undefined;
      }
      break;
    }
    case "name": {
      const start = j;
      if (h.canonical === "Đảng") {
        // `Đảng` alone, capitalised: the Communist Party (`vào Đảng`, `của Đảng`); `Đảng vụ`,
        // `Đảng viên` are other words.
        const next = ctx.at(j);
        const bare =
          !next ||
          startsLine(next) ||
          !(next.kind === "word" && (next.cap || THE_PARTY_NOT.has(next.key)));
        if (bare && !lowerHead) {
          const party = lex.known.longestAt(ctx.tokens, i);
          if (!party)
            return {
              start: i,
              end: j,
              head: h,
              group: false,
              rule: "org-the-party",
              properName: "",
            };
        }
        if (next && THE_PARTY_NOT.has(next.key)) return undefined;
      }
      j = skipForms(
        ctx,
        j,
        h.type === "school" || h.type === "hospital" ? SCHOOL_FORMS : COMPANY_FORMS,
      );
      const formsEnd = j;
      // A head that says what the body does may go on in lower case: `Ban Quản lý dự án đầu tư...`.
      const descriptive = DESCRIPTIVE_HEADS.has(h.canonical);
      // After a company's legal form the name may start with its trade: `Công ty CP thép Ponima 2`.
      const legalForm = formsEnd > start && (h.type === "company" || h.type === "bank");
      let end = nameSpecEnd(ctx, j, descriptive || legalForm);
      // Lower-case words end a proper name only after a descriptive head (`Ban Quản lý dự án đầu tư
      // xây dựng`); after `Trường ĐH Sư phạm Đà Nẵng`, `phát triển` is the sentence going on. (Never
      // inside a word: `Báo Thanh tra thông tin...` keeps `Thanh tra`, not `Thanh`.)
      if (!descriptive && !keepsLowerTail(ctx, j, end)) {
        const full = end;
        while (end > j && !isStrong(ctx.at(end - 1) as Token)) end--;
        if (end === j + 1 && end < full) end = Math.min(full, dictionaryWordEnd(ctx, j));
      }
      // `Công ty Tasco Lê Văn Tư`: a person's name after a company's is not part of it.
      // (Not after trade abbreviations alone: `Công ty TMDVXD Hoàng Yến` is named Hoàng Yến.)
      if (h.type === "company" || h.type === "bank") {
        for (let k = j + 1; k < end - 1; k++) {
          if ((ctx.at(k - 1) as Token).upper && allUpper(ctx, j, k)) continue;
          if (
            isNameStart(ctx, k) &&
            ctx.isCap(k + 1) &&
            !ctx.isCap(end) &&
            end - k >= 2 &&
            end - k <= 4
          ) {
            end = k;
            break;
          }
        }
      }
      // Only a project board may go unnamed (`Ban Quản lý dự án`: the one of the place in question).
      if (end === j && formsEnd === start && !h.canonical.startsWith("Ban ")) return undefined;
      // A school may be named by its kind and place alone: `Trường Chính trị thành phố`.
      const byPlace =
        end === j &&
        h.type === "school" &&
        formsEnd > start &&
        (parsePlaceAt(ctx, j) || parseLevelOnly(ctx, j));
      if (
        end === j &&
        !byPlace &&
        (h.type === "school" || h.type === "company" || h.type === "bank")
      )
        return undefined;
      nameStart = formsEnd;
      // `Trường Chinh`, `Trường Sa`: a school is named with its kind (`Trường THPT`, `Trường Đại học`).
      if (h.canonical === "Trường" && formsEnd === start) return undefined;
      if (lowerHead && !options.lowerHead && end === j) return undefined;
      // `Hội` alone names an association only with a name of two capitalised words or more
      // (`Hội Hoa xuân`, `Hội Chợ` are festivals and fairs).
      if (h.canonical === "Hội") {
        let caps = 0;
        for (let k = j; k < end; k++) if (ctx.isCap(k) || (ctx.at(k) as Token).upper) caps++;
        if (caps < 2) return undefined;
      }
      j = end;
      properName = tokensText(ctx, start, j);
      break;
    }
    case "number": {
      const n = ctx.at(j);
      if (n?.kind !== "number" || startsLine(n)) return undefined;
      properName = n.text;
      j++;
      break;
    }
    case "parent": {
      if (lowerHead && !options.lowerHead) return undefined;
      const par = parentAt(ctx, j, depth, h);
      if (par) {
        parent = par.org;
        j = par.end;
      } else {
        const p = parsePlaceAt(ctx, j);
        if (p && p.kind === "admin") {
          place = p;
          j = p.end;
        }
      }
      break;
    }
  }

  // Attachments: a parenthesised abbreviation or place, a place, a parent, a country.
  let country: RawPlace | undefined;
  let countryInName = false;
  for (let round = 0; round < 4; round++) {
    const before = j;
    // `khóa XIV`, `nhiệm kỳ 2015-2020`: a term, not part of the name, skipped before a place.
    j = skipTerm(ctx, j);
    const tok = ctx.at(j);
    if (!tok || startsLine(tok)) break;
    // `(UB T.Ư MTTQ VN)`, `(TP.Đà Nẵng)`, `(Công ty Thiên Thanh)`.
    if (tok.key === "(") {
      const close = closingParen(ctx, j, 8);
      if (close > 0) {
        const p = parsePlaceAt(ctx, j + 1);
        if (p && p.end === close && !place && p.kind === "admin") {
          place = p;
          j = close + 1;
          continue;
        }
        if (isAbbreviationRun(ctx, j + 1, close)) {
          j = close + 1;
          continue;
        }
      }
      break;
    }
    if (!place && !levelOnly && h.pattern !== "fixed" && h.pattern !== "committee") {
      const skip = ctx.key(j) === "đơn" && ctx.key(j + 1) === "vị" ? 2 : 0;
      const p = parsePlaceAt(ctx, j + skip);
      if (p && p.kind === "admin") {
        place = p;
        j = p.end;
        continue;
      }
      // A type word alone names the place of a department or place body (`Sở Nội vụ tỉnh`), or of
      // a school named by its kind (`Trường Chính trị thành phố`).
      if (
        h.pattern !== "name" ||
        DESCRIPTIVE_HEADS.has(h.canonical) ||
        (h.type === "school" && !/\p{Lu}.*\p{Lu}/u.test(properName ?? "x"))
      ) {
        const lo = parseLevelOnly(ctx, j);
        if (lo) {
          levelOnly = lo;
          j = lo.end;
          continue;
        }
      }
    }
    // `Viện Huyết học - Truyền máu Trung ương`, `Bệnh viện Nhi Trung ương`: the central institute,
    // not a body of the Central Committee (party and mass bodies keep it as their parent).
    if (
      !central &&
      !parent &&
      !place &&
      (h.type === "research" || h.type === "hospital" || h.type === "school") &&
      centralAt(ctx, j) > j
    ) {
      central = true;
      j = centralAt(ctx, j);
      continue;
    }
    if (!parent && (h.takesParent || h.pattern === "domain") && !place) {
      const par = parentAt(ctx, j, depth, h);
      if (par) {
        parent = par.org;
        j = par.end;
        continue;
      }
    }
    if (!country && !place && !levelOnly && h.pattern === "place") {
      // `BHXH Việt Nam`, `Kiểm toán Nhà nước Việt Nam`: the country's own body.
      const c = countryAfter(ctx, j);
      if (c) {
        country = c;
        countryInName = true;
        j = c.end;
        continue;
      }
    }
    if (
      !country &&
      !place &&
      (h.takesCountry ||
        h.pattern === "domain" ||
        h.type === "foreign" ||
        h.pattern === "fixed" ||
        h.pattern === "name")
    ) {
      const link = ctx.key(j) === "của" || ctx.key(j) === "tại" || ctx.key(j) === "nước" ? 1 : 0;
      const c = parsePlaceAt(ctx, j + link);
      if (
        c &&
        c.kind === "country" &&
        (link === 0 || h.type === "foreign" || (h.pattern !== "name" && ctx.key(j) !== "tại"))
      ) {
        country = c;
        j = c.end;
        continue;
      }
    }
    if (h.type === "foreign" && ctx.key(j) === "tại") {
      const p = parsePlaceAt(ctx, j + 1);
      if (p) {
        place = p;
        j = p.end;
        continue;
      }
    }
    if (j === before) break;
  }

  if (lowerHead && h.strictCase && !options.lowerHead) {
    // A lower-case head names a body only with a known field or a capitalised name after it (after
    // its kind: `trường tiểu học Nam Trung Yên`).
    const named = domain !== undefined || (properName !== undefined && ctx.isCap(nameStart));
    if (!named) return undefined;
  }
  return {
    start: i,
    end: j,
    head: h,
    ...(domain ? { domain } : {}),
    ...(properName ? { properName } : {}),
    ...(place ? { place } : {}),
    ...(levelOnly ? { levelOnly } : {}),
    ...(central ? { central } : {}),
    ...(parent ? { parent } : {}),
    ...(country ? { country } : {}),
    ...(countryInName ? { countryInName } : {}),
    group: false,
    rule: `org-${h.pattern}`,
  };
}

/** A country named right at `j`, on the same line, with a space before it: `Việt Nam`, `Mỹ`. */
function countryAfter(ctx: EntityContext, j: number): RawPlace | undefined {
  const t = ctx.at(j);
  if (t?.gap !== "space" || !t.cap) return undefined;
  const c = parsePlaceAt(ctx, j);
  return c && c.kind === "country" ? c : undefined;
}

/** After `khóa XIV` or `nhiệm kỳ 2015-2020` at `j` (when a place follows), else `j`. */
function skipTerm(ctx: EntityContext, j: number): number {
  let k = j;
  if (ctx.key(k) === "khóa" && (ctx.at(k + 1)?.upper || ctx.at(k + 1)?.kind === "number")) k += 2;
  else if (ctx.key(k) === "nhiệm" && ctx.key(k + 1) === "kỳ" && ctx.at(k + 2)?.kind === "number") {
    k += 3;
    while (ctx.key(k) === "-" && ctx.at(k + 1)?.kind === "number") k += 2;
  }
  if (k === j) return j;
  const skip = ctx.key(k) === "đơn" && ctx.key(k + 1) === "vị" ? 2 : 0;
  return parsePlaceAt(ctx, k + skip) || parseLevelOnly(ctx, k + skip) ? k : j;
}

/** `Trung ương`, `T.Ư`, `tối cao` at `j`: the end of the level word, or `j`. */
function centralAt(ctx: EntityContext, j: number): number {
  for (const len of [3, 2, 1]) {
    const keys: string[] = [];
    for (let k = j; k < j + len; k++) keys.push(ctx.key(k));
    if (CENTRAL_WORDS.has(keys.join(" "))) return j + len;
  }
  return j;
}

/** The place naming a party or youth committee: typed, aliased, or a bare name of the right level. */
function committeePlace(ctx: EntityContext, j: number, h: OrganisationHead): RawPlace | undefined {
  const p = parsePlaceAt(ctx, j);
  if (p && p.kind === "admin") return p;
  const first = ctx.at(j);
  if (!first || startsLine(first) || !ctx.isCap(j)) {
    if (first?.kind === "number" && h.placeLevel === "district") {
      // `Quận ủy 9`? No: only typed numbers name districts.
      return undefined;
    }
    return undefined;
  }
  const levels =
    h.canonical === "Thành ủy" || h.canonical === "Thành đoàn"
      ? (["province", "district"] as const)
      : h.placeLevel
        ? ([h.placeLevel] as const)
        : (["province", "district", "commune"] as const);
  const runEnd = capRunEndForName(ctx, j);
  const types =
    h.canonical === "Thành ủy" || h.canonical === "Thành đoàn"
      ? ["Thành phố Trung ương", "Thành phố"]
      : undefined;
  for (let e = runEnd; e > j; e--) {
    const units = ctx.gaz
      .byPhraseKey(keysOf(ctx, j, e))
      .filter((u) => levels.includes(u.level as never) && (!types || types.includes(u.type)));
    if (units.length > 0) {
      return {
        start: j,
        end: e,
        kind: "admin",
        name: tokensText(ctx, j, e),
        levels,
        candidates: units,
        typed: false,
        rule: "place-of-committee",
      };
    }
  }
  return undefined;
}

function keysOf(ctx: EntityContext, start: number, end: number): string {
  const out: string[] = [];
  for (let k = start; k < end; k++) out.push(ctx.key(k));
  return out.join(" ");
}

/** End of a capitalised run that may name a place (at most 4 words, hyphens allowed). */
function capRunEndForName(ctx: EntityContext, j: number): number {
  let k = j;
  while (k < ctx.tokens.length && k - j < 5) {
    const t = ctx.tokens[k] as Token;
    if (k > j && startsLine(t)) break;
    if ((t.kind === "word" && t.cap && !t.upper) || (t.kind === "number" && k > j)) k++;
    else if (t.key === "-" && ctx.isCap(k + 1)) k++;
    else break;
  }
  return k;
}

/** A parent organisation at `j`, directly or after `-`, `của`, `thuộc`. */
function parentAt(
  ctx: EntityContext,
  j: number,
  depth: number,
  child?: OrganisationHead,
): { org: RawOrg; end: number } | undefined {
  const t = ctx.at(j);
  if (!t || startsLine(t)) return undefined;
  let k = j;
  if (t.key === "-" && t.gap !== "none") k = j + 1;
  else if (PARENT_LINKS.has(t.key)) k = j + 1;
  else if (t.key === "trực" && ctx.key(j + 1) === "thuộc") k = j + 2;
  const org = parseOrgAt(ctx, k, { depth: depth + 1 });
  if (!org || org.group || org.known?.type === "media") return undefined;
  // A parent is a body that has departments; a bare `Ban` or `Công ty` after a body is a new one.
  // (A company's board, `HĐQT Cty MHBS`, takes its company directly.)
  if (k === j && org.head && org.head.pattern === "name" && child?.type !== "company")
    return undefined;
  return { org, end: org.end };
}

/** `của Quận ủy` after a group: the group's parent. */
function withParentLink(ctx: EntityContext, org: RawOrg, depth: number): RawOrg {
  if (org.parent) return org;
  const t = ctx.at(org.end);
  if (!t || !PARENT_LINKS.has(t.key)) return org;
  const par = parseOrgAt(ctx, org.end + 1, { depth: depth + 1 });
  if (!par || par.group) return org;
  return { ...org, parent: par, end: par.end };
}

/** Skips company or school type words (`TNHH MTV`, `THPT`), returning the index after them. */
function skipForms(ctx: EntityContext, j: number, forms: ReadonlySet<string>): number {
  let k = j;
  for (let guard = 0; guard < 4; guard++) {
    let matched = 0;
    for (const len of [3, 2, 1]) {
      const key = keysOf(ctx, k, k + len);
      if (forms.has(key) && !(ctx.at(k) !== undefined && startsLine(ctx.at(k) as Token))) {
        matched = len;
        break;
      }
    }
    if (matched === 0) break;
    k += matched;
  }
  return k;
}

/**
 * End of the proper name of a body from `j`: capitalised words, abbreviations and numbers, joined by
 * `&`, `-`, `và`, and the lower-case words that occur inside names of bodies (`dự án`, `xây dựng`,
 * `sư phạm`). Stops at a type word of place, a head that can be a parent, punctuation or a verb.
 */
export function nameSpecEnd(
  ctx: EntityContext,
  j: number,
  allowLowerStart = false,
  continuation = false,
): number {
  let k = j;
  let last = j;
  const max = j + 20;
  while (k < ctx.tokens.length && k < max) {
    const t = ctx.tokens[k] as Token;
    if (k > j && startsLine(t)) break;
    if ((k > j || continuation) && stopsName(ctx, k, continuation)) break;
    // After a known field, a capitalised word that starts a place or a person's name is not part of
    // the body's name: `Sở Y tế Hà Nội`, `Sở Y tế Nguyễn Khắc Hiền`.
    if (continuation && t.cap && (isNameStart(ctx, k) || parsePlaceAt(ctx, k) !== undefined)) break;
    if (t.kind === "word" && (t.cap || t.upper)) {
      // A capitalised word of several syllables: `Bóng đèn`, `Thống nhất`, `Quản lý`.
      const w = dictionaryWordEnd(ctx, k);
      k = w > k ? w : k + 1;
      last = k;
      continue;
    }
    if (t.kind === "number" || (t.kind === "word" && /^\d/u.test(t.text))) {
      k++;
      last = k;
      continue;
    }
    if (t.kind === "word" && (k > j || allowLowerStart || continuation)) {
      // Lower case inside a name only as whole words made of name syllables: `dự án`, `đầu tư`,
      // `xây dựng`, never a verb (`hành hung`, `có`, `báo cáo`).
      const w = nameWordEnd(ctx, k);
      if (w > k) {
        k = w;
        last = k;
        continue;
      }
      // One such syllable before a capitalised word: `Công ty Cổ phần sứ Bát Tràng`.
      if (
        !continuation &&
        ctx.lex.nameSyllables.has(t.key) &&
        ctx.isCap(k + 1) &&
        (ctx.at(k + 1) as Token).gap === "space"
      ) {
        k++;
        // (After a capitalised syllable it ends that word: `Truyền máu`.)
        if (ctx.isCap(k - 2) && !(ctx.at(k - 2) as Token).upper) last = k;
        continue;
      }
    }
    if (t.kind === "word" && t.key === "và" && (k > j || continuation)) {
      const n = ctx.at(k + 1);
      const nextIsBody =
        ctx.lex.heads.longestAt(ctx.tokens, k + 1) || ctx.lex.known.longestAt(ctx.tokens, k + 1);
      // (`Trung tâm Kiểm soát và phòng ngừa Dịch bệnh`: after a field, a lower-case word only when
      // the name resumes in capitals.)
      const w = nameWordEnd(ctx, k + 1);
      const lowerOk = w > k + 1 && (!continuation || ctx.isCap(w));
      if (n && !nextIsBody && (n.cap || lowerOk)) {
        k++;
        continue;
      }
    }
    if (
      t.kind === "punct" &&
      (t.key === "&" || t.key === "-" || t.key === "+" || t.key === ".") &&
      (k > j || continuation)
    ) {
      const n = ctx.at(k + 1);
      // `GD&ĐT`, `Kế hoạch - Tài chính`, `T.Ư`: a dot only inside a word, never a full stop.
      const dotOk = t.key !== "." || (t.gap === "none" && n?.gap === "none");
      if (n && !startsLine(n) && (n.cap || n.upper || n.kind === "number") && dotOk) {
        k++;
        continue;
      }
    }
    break;
  }
  return last;
}

/**
 * Whether a name `[start, end)` ending in lower case keeps its tail: the tail finishes a word begun
 * with a capital (`Báo Gia đình & Xã hội`), or the body's place follows (`Trung tâm Y tế dự phòng
 * tỉnh Nghệ An`).
 */
function keepsLowerTail(ctx: EntityContext, start: number, end: number): boolean {
  if (end <= start || isStrong(ctx.at(end - 1) as Token)) return false;
  for (let s = end - 1; s >= Math.max(start, end - 3); s--) {
    const t = ctx.at(s) as Token;
    if (t.cap && !t.upper) return dictionaryWordEnd(ctx, s) === end;
  }
  const p = parsePlaceAt(ctx, end);
  return p !== undefined && p.kind === "admin" && p.typed;
}

/** Whether tokens `[start, end)` are all abbreviations in capitals (`TMDVXD`, `XD TM`). */
function allUpper(ctx: EntityContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!(ctx.at(k) as Token).upper) return false;
  return end > start;
}

/** A capitalised word, abbreviation or number: what a proper name ends with. */
function isStrong(t: Token): boolean {
  return (t.kind === "word" && (t.cap || t.upper)) || t.kind === "number" || /^\d/u.test(t.text);
}

/** End of a dictionary word of 2 to 4 syllables starting at `k` (`k` when there is none). */
function dictionaryWordEnd(ctx: EntityContext, k: number): number {
  for (let n = 4; n >= 2; n--) {
    const end = k + n;
    if (end > ctx.tokens.length) continue;
    let ok = true;
    for (let m = k + 1; m < end; m++) {
      const t = ctx.tokens[m] as Token;
      if (t.kind !== "word" || t.gap !== "space" || t.cap) ok = false;
    }
    if (ok && isDictionaryKey(keysOf(ctx, k, end))) return end;
  }
  return k;
}

/** End of a lower-case dictionary word made only of name syllables (`dự án`, `tái định cư`). */
function nameWordEnd(ctx: EntityContext, k: number): number {
  const t = ctx.at(k);
  if (t?.kind !== "word" || t.cap || !ctx.lex.nameSyllables.has(t.key)) return k;
  if (NAME_STOPS.has(t.key)) return k;
  const end = dictionaryWordEnd(ctx, k);
  // `tái định cư`, `liên doanh`: a prefix before a word.
  if (end === k && NAME_PREFIXES.has(t.key)) {
    const after = nameWordEnd(ctx, k + 1);
    if (after > k + 1) return after;
  }
  if (end === k) return k;
  for (let m = k; m < end; m++) if (!ctx.lex.nameSyllables.has(ctx.key(m))) return k;
  return end;
}

/**
 * Verbs and function words that end a body's name even where a word of names begins with them
 * (`Sở Y tế có công văn`: `có công` is a word of `người có công`, here the sentence's verb).
 */
const NAME_STOPS = new Set([
  "có",
  "đã",
  "đang",
  "sẽ",
  "được",
  "bị",
  "vừa",
  "cũng",
  "là",
  "cho",
  "phải",
  "không",
  "chưa",
  "mới",
  "thì",
  "vẫn",
  "đều",
  "yêu",
]);

/** Syllables that prefix a word inside a name: `tái định cư`, `liên chính phủ`, `khu công nghiệp`. */
const NAME_PREFIXES = new Set(["tái", "liên", "đa", "phó", "khu"]);

/** A token where a name stops: a place type word, an organisation head, a role, a person's cue. */
function stopsName(ctx: EntityContext, k: number, continuation: boolean): boolean {
  const t = ctx.tokens[k] as Token;
  if (t.kind !== "word") return false;
  const lex = ctx.lex;
  if (
    lex.adminTypes.longestAt(ctx.tokens, k) &&
    !t.upper &&
    !isCommonWordKey(t.key, ctx.key(k + 1))
  ) {
    const next = ctx.at(k + 1);
    // `tỉnh`, `quận`, `TP` + a name: a place follows.
    if (next && (next.cap || next.kind === "number" || next.key === ".")) return true;
    if (!t.cap) return true;
  }
  // (A proper name may hold a place: `Tổng công ty Du lịch Sài Gòn`; after a field it may not.)
  if (continuation && lex.aliases.longestAt(ctx.tokens, k)) return true;
  const head = lex.heads.longestAt(ctx.tokens, k);
  if (head && t.cap) {
    const h = head.values[0] as OrganisationHead;
    if (h.pattern === "committee" || h.pattern === "place" || h.pattern === "fixed") return true;
    if (h.canonical === "Bộ" || h.canonical === "Sở") return true;
  }
  if (t.cap && lex.roles.longestAt(ctx.tokens, k)) return true;
  if (lex.honorifics.longestAt(ctx.tokens, k) && !t.cap) return true;
  return false;
}

/** The index of the `)` closing the `(` at `j`, within `max` tokens, or -1. */
export function closingParen(ctx: EntityContext, j: number, max: number): number {
  for (let k = j + 1; k < ctx.tokens.length && k <= j + max; k++) {
    const t = ctx.tokens[k] as Token;
    if (startsLine(t)) return -1;
    if (t.key === ")") return k;
    if (t.key === "(") return -1;
  }
  return -1;
}

/** Whether tokens `[start, end)` are an abbreviation (`UB T.Ư MTTQ VN`, `DQC`, `MHBS`). */
function isAbbreviationRun(ctx: EntityContext, start: number, end: number): boolean {
  if (end <= start) return false;
  let upper = 0;
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.upper || (t.kind === "word" && t.cap && t.text.length <= 2)) upper++;
    else if (t.kind === "punct" && (t.key === "." || t.key === "&" || t.key === "-")) continue;
    else if (t.kind === "word" && t.cap) continue;
    else return false;
  }
  return upper > 0;
}
