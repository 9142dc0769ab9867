import type { HonorificEntry } from "../../data/honorifics.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { closingParen } from "../organisation/parse.js";
import { capRunEnd, longestUnit, parsePlaceAt, placeNameOf, tokensKey } from "../place/parse.js";
import { isCommonWordKey } from "./dictionary.js";
import { isNameStart, nameRunEnd } from "./names.js";
import { parseTitleChain, type RawTitle } from "./titles.js";

/** An honorific found before a name, with its tokens. */
export interface RawHonorific {
  readonly entry: HonorificEntry;
  readonly start: number;
  readonly end: number;
}

/** One mention of a person, before coreference. */
export interface RawPersonMention {
  /** Tokens `[start, end)` of the whole mention: cues, name and titles. */
  readonly start: number;
  readonly end: number;
  /** Tokens of the name, when there is one. */
  readonly nameStart?: number;
  readonly nameEnd?: number;
  readonly honorifics: readonly RawHonorific[];
  readonly titles: readonly RawTitle[];
  readonly form: "full" | "short" | "title" | "pronoun";
  readonly rule: string;
  /** A title said of the sentence's subject (`X giữ chức Bí thư`), not a reference to a person. */
  readonly predicative?: boolean;
  /** Said after `thôi` (`thôi giữ chức`): held no longer. */
  readonly ceased?: boolean;
}

/** Verbs after a bare `ông`/`bà`/`đồng chí` that make it stand for a person just named. */
const PRONOUN_VERBS = new Set([
  "cho",
  "nói",
  "khẳng",
  "nhấn",
  "yêu",
  "đề",
  "chia",
  "tỏ",
  "đã",
  "cũng",
  "vẫn",
  "sẽ",
  "được",
  "là",
  "thông",
  "phân",
  "đánh",
  "mong",
  "kêu",
  "lưu",
  "nêu",
  "trao",
  "tặng",
]);
/** Words before a title that make it a position talked about (`giữ chức`, `bổ nhiệm làm`). */
const PREDICATIVE = new Set([
  "chức",
  "danh",
  "vụ",
  "làm",
  "là",
  "nhiệm",
  "vị",
  "thành",
  "cử",
  "bầu",
]);
/** Words before `chức`/`nhiệm` that take a position away from someone else (`cách chức`). */
const REMOVED_FROM = new Set(["cách", "miễn", "bãi", "đình", "tước"]);
/** Honorifics that may stand alone for a person already named. */
const PRONOUN_HONORIFICS = new Set(["ông", "bà", "đồng chí"]);
/** Words before a name that make it a credit, not a person in the story (`Ảnh: Tá Lâm`). */
const CREDIT_CUES = new Set(["ảnh", "theo", "bài", "nguồn", "clip", "video", "đồ họa"]);
/** Words before an honorific that make it plural or generic (`các đồng chí`, `hai ông`). */
const PLURAL = new Set(["các", "những", "hai", "ba", "nhiều", "mấy", "quý", "vị"]);

/** The honorifics at `i`, chained (`PGS.TS`, `Đại tá, TS`, `Nhà giáo ưu tú, PGS.TS`). */
function honorificChain(ctx: EntityContext, i: number): { items: RawHonorific[]; end: number } {
  const items: RawHonorific[] = [];
  let j = i;
  for (let guard = 0; guard < 6; guard++) {
    const m = ctx.lex.honorifics.longestAt(ctx.tokens, j);
    if (!m) break;
    const entry = m.values[0] as HonorificEntry;
    // `bác sĩ Anh cho biết`, `ông Anh`: a capitalised address word after another honorific, with no
    // name after it, is the name (Anh, Em, Chị are given names too).
    if (items.length > 0 && entry.kind === "address" && ctx.isCap(j) && !ctx.isCap(m.end)) break;
    items.push({ entry, start: j, end: m.end });
    j = m.end;
    // `PGS.TS`, `PGS-TS`, `Ths. BS`, `Đại tá, TS`.
    const sep = ctx.at(j);
    if (sep && !startsLine(sep) && (sep.key === "." || sep.key === "-" || sep.key === ",")) {
      const after = ctx.lex.honorifics.longestAt(ctx.tokens, j + 1);
      // (A dot joins abbreviations written tight, `PGS.TS`; `ông. Bà` is a full stop.)
      const tight = sep.key !== "." || (sep.gap === "none" && ctx.at(j + 1)?.gap === "none");
      if (after && tight) {
        j++;
        continue;
      }
      // `TS. Nguyễn Bách Tùng`: the dot of an abbreviation, never a full stop after `ông`.
      if (
        sep.key === "." &&
        sep.gap === "none" &&
        entry.kind !== "address" &&
        /^\p{Lu}/u.test((ctx.at(j - 1) as Token).text)
      )
        j++;
    }
  }
  return { items, end: j };
}

/** Whether the name at `i` is a credit: `Ảnh: Tá Lâm`, `(Ảnh: Phạm Kiên/TTXVN)`, `Theo Phương Dung`. */
function isCredit(ctx: EntityContext, i: number): boolean {
  let k = i - 1;
  if (ctx.key(k) === ":") k--;
  return CREDIT_CUES.has(ctx.key(k)) || (ctx.key(k) === "ảnh" && ctx.key(k - 1) === "và");
}

/**
 * Whether a capitalised address word at `i` begins a place's name instead: `Bà Rịa - Vũng Tàu` (a
 * province, anywhere), and mid-sentence, where an address word is written in lower case, any unit of
 * the catalogue (`lãnh đạo Bà Rịa`, `đảo Cô Tô`).
 */
function namesPlace(ctx: EntityContext, i: number): boolean {
  const place = parsePlaceAt(ctx, i);
  if (place && place.start === i && place.levels?.includes("province")) return true;
  if (ctx.startsSentence(i)) return false;
  const unit = longestUnit(ctx, i, capRunEnd(ctx, i, 5, false));
  return unit !== undefined && unit.end - i >= 2;
}

/**
 * A person mentioned at token `i` with a cue: honorifics and titles before a name (`đồng chí Cao
 * Văn Minh`, `Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung`), titles after it (`– Phó Bí thư Thường trực
 * Quận ủy`, `, Chủ tịch UBND phường X`), or a title with no name (`Chủ tịch UBND TP cho rằng`).
 */
export function parseCuedPerson(ctx: EntityContext, i: number): RawPersonMention | undefined {
  // (`12 Tổng thống Mỹ`, `các đồng chí`: a quantity of people is no one in particular.)
  const plural = PLURAL.has(ctx.key(i - 1)) || ctx.at(i - 1)?.kind === "number";
  // `Hai Bà Trưng`, `Hoàng Anh`: a capitalised address word inside a name is part of it.
  const here = ctx.at(i) as Token;
  const before = ctx.at(i - 1);
  const address = ctx.lex.honorifics.longestAt(ctx.tokens, i);
  if (
    address &&
    (address.values[0] as HonorificEntry).kind === "address" &&
    here.cap &&
    before &&
    before.kind === "word" &&
    before.cap &&
    !before.upper &&
    here.gap === "space" &&
    !ctx.startsSentence(i)
  ) {
    return undefined;
  }
  if (address && here.cap && namesPlace(ctx, i)) return undefined;
  const honorifics: RawHonorific[] = [];
  const titles: RawTitle[] = [];
  let j = i;
  for (let guard = 0; guard < 4; guard++) {
    const h = honorificChain(ctx, j);
    if (h.items.length > 0) {
      honorifics.push(...h.items);
      j = h.end;
    }
    const chain = parseTitleChain(ctx, j);
    if (chain) {
      titles.push(...chain.titles);
      j = chain.end;
      // `Bộ trưởng Bộ Công an, Đại tướng Tô Lâm`: a rank or degree after a comma goes on; an address
      // word does not (`..., Trưởng đoàn, ông Phạm Ly Kha`: the title was the person before's).
      const more = ctx.key(j) === "," ? ctx.lex.honorifics.longestAt(ctx.tokens, j + 1) : undefined;
      if (more && (more.values[0] as HonorificEntry).kind !== "address") {
        j++;
        continue;
      }
      // `chủ tịch UBND tỉnh Thái Bình, Nguyễn Hồng Diên ký`: the name after a comma.
      if (ctx.key(j) === "," && isNameStart(ctx, j + 1) && nameRunEnd(ctx, j + 1) - (j + 1) >= 2) {
        j++;
        break;
      }
    }
    if (h.items.length === 0 && !chain) break;
    if (!chain) break;
  }
  if (honorifics.length === 0 && titles.length === 0) return undefined;

  const nameStart = j;
  const first = ctx.at(j);
  // `phóng viên Báo điện tử Giáo dục Việt Nam`: a body's name, not a person's.
  const body = ctx.lex.heads.longestAt(ctx.tokens, j);
  if (body && body.end - j >= 2 && titles.length === 0) return undefined;
  const runEnd = first && !startsLine(first) ? nameRunEnd(ctx, j) : j;
  // `Kỹ sư Hàn Quốc`, `Trưởng phòng giáo dục quận Hai Bà Trưng, Hà Nội`: a country's name (two
  // syllables or more) is never a person's; a one-syllable country (`bác sĩ Anh`, `Đức`, `Nga` are
  // given names too) or a province or district is one only after an honorific.
  // A calling alone (`cầu thủ Brazil`, `đạo diễn Mỹ`, `diễn viên Campuchia`) says where the person
  // is from: the place is no name.
  const asPlace = placeNameOf(ctx, nameStart, runEnd);
  const callingOnly =
    honorifics.length > 0 && honorifics.every((h) => h.entry.kind === "profession");
  // A province or district stays a name only after an address word or a rank (`ông Hoàng Mai`):
  // `luật sư Hà Nội` is the Hanoi bar.
  const addressed = honorifics.some((h) => h.entry.kind === "address" || h.entry.kind === "rank");
  const placeNotName =
    asPlace !== undefined &&
    ((asPlace.kind === "world" && asPlace.syllables >= 2) ||
      honorifics.length === 0 ||
      callingOnly ||
      (asPlace.kind === "unit" && !addressed));
  const nameEnd = placeNotName ? nameStart : runEnd;
  if (placeNotName && titles.length > 0 && !plural) {
    const end = ctx.key(nameStart - 1) === "," ? nameStart - 1 : nameStart;
    return { start: i, end, honorifics, titles, form: "title", rule: "person-title-alone" };
  }
  if (placeNotName) return undefined;
  if (nameEnd > nameStart) {
    if (isCredit(ctx, nameStart)) return undefined;
    // A lone address word before a one-word name is weak evidence (`Anh C.V`): keep it only for
    // names, not letters.
    const oneLetter = nameEnd - nameStart === 1 && (ctx.at(nameStart) as Token).text.length === 1;
    if (oneLetter) return undefined;
    // `thạc sĩ Quản lý công`, `đồng chí Đảng viên`: a capitalised word, not a one-syllable name.
    const after = ctx.at(nameEnd);
    const word =
      nameEnd - nameStart === 1 &&
      after !== undefined &&
      after.kind === "word" &&
      !after.cap &&
      after.gap === "space" &&
      isCommonWordKey((ctx.at(nameStart) as Token).key, after.key);
    if (word)
      return titles.length > 0 && !plural
        ? { start: i, end: j, honorifics, titles, form: "title", rule: "person-title-alone" }
        : undefined;
    const post = titlesAfterName(ctx, nameEnd);
    return {
      start: i,
      end: post ? post.end : nameEnd,
      nameStart,
      nameEnd,
      honorifics,
      titles: post ? [...titles, ...post.titles] : titles,
      form: nameEnd - nameStart >= 2 ? "full" : "short",
      rule: titles.length > 0 ? "person-title-name" : "person-honorific-name",
    };
  }
  if (plural) return undefined;
  // `giữ chức Bí thư Quận ủy`, `nhận nhiệm vụ mới là Hiệu trưởng`: the titles of the sentence's
  // subject; after `thôi` (`thôi giữ chức`), titles they no longer hold.
  if (PREDICATIVE.has(ctx.key(i - 1))) {
    if (titles.length === 0) return undefined;
    // `cách chức`, `miễn nhiệm`, `đình chỉ chức vụ`: the title is the object's, not the subject's.
    for (let k = i - 2; k >= Math.max(0, i - 4); k--)
      if (REMOVED_FROM.has(ctx.key(k))) return undefined;
    let ceased = false;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (ctx.key(k) === "thôi") ceased = true;
    return {
      start: i,
      end: j,
      honorifics,
      titles,
      form: "title",
      rule: "person-title-predicate",
      predicative: true,
      ceased,
    };
  }
  if (titles.length > 0) {
    return { start: i, end: j, honorifics, titles, form: "title", rule: "person-title-alone" };
  }
  // A bare `ông`, `bà`, `đồng chí` followed by a verb: a person just named.
  const only = honorifics.length === 1 ? honorifics[0] : undefined;
  if (only && PRONOUN_HONORIFICS.has(only.entry.canonical) && PRONOUN_VERBS.has(ctx.key(j))) {
    return { start: i, end: j, honorifics, titles, form: "pronoun", rule: "person-pronoun" };
  }
  return undefined;
}

/**
 * A person named with no cue before: a capitalised run of 2 to 5 syllables starting with a family
 * name (`Trần Văn Hiếu`), possibly with titles after it.
 */
export function parseBareName(ctx: EntityContext, i: number): RawPersonMention | undefined {
  const t = ctx.at(i);
  if (t?.kind !== "word" || !t.cap || t.upper) return undefined;
  // A run right after a capitalised word is part of something longer (`Công viên Lê Văn Tám`,
  // `Đặng Việt Dũng` seen from `Việt`); an abbreviation before (`TP`, `UBND`) does not count.
  const prev = ctx.at(i - 1);
  if (
    prev &&
    prev.kind === "word" &&
    prev.cap &&
    !prev.upper &&
    t.gap === "space" &&
    !ctx.startsSentence(i)
  ) {
    return undefined;
  }
  const vietnamese = isNameStart(ctx, i);
  const end = nameRunEnd(ctx, i);
  if (end - i < 2 || (!vietnamese && end - i > 4)) return undefined;
  // `Phan Thiết`, `Hà Đông`, `Hàn Quốc`: a province, district or country, not a person.
  if (placeNameOf(ctx, i, end)) return undefined;
  // `xuân Đinh Dậu`: a year of the lunar calendar.
  if (end - i === 2 && ctx.lex.lunarYears.has(tokensKey(ctx, i, end))) return undefined;
  if (isCredit(ctx, i)) return undefined;
  if (!vietnamese) {
    // `Thường Tín, Phú Xuyên, Chủ tịch UBND TP...`: a place in a list, not a person.
    if (ctx.gaz.byPhraseKey(tokensKey(ctx, i, end)).length > 0) return undefined;
    // Any name, foreign ones included, followed by `, Title`: `Somdy Douangdy, Ủy viên Trung ương
    // Đảng, Phó Thủ tướng`.
    const sep = ctx.at(end);
    if (
      !sep ||
      (sep.key !== "," && sep.key !== "-") ||
      (ctx.startsSentence(i) && !ctx.lex.familyNames.has(t.key) && sep.key === "-")
    ) {
      return undefined;
    }
    const post = titlesAfterName(ctx, end);
    if (!post) return undefined;
    return {
      start: i,
      end: post.end,
      nameStart: i,
      nameEnd: end,
      honorifics: [],
      titles: post.titles,
      form: "full",
      rule: "person-name-title",
    };
  }
  const post = titlesAfterName(ctx, end);
  return {
    start: i,
    end: post ? post.end : end,
    nameStart: i,
    nameEnd: end,
    honorifics: [],
    titles: post ? post.titles : [],
    form: "full",
    rule: "person-name",
  };
}

/**
 * Titles written after a name: `– Phó Bí thư Thường trực Quận ủy`, `, Chủ tịch UBND quận 2`,
 * `(Ủy viên Ban Thường vụ Thành ủy, ...)`, `: Giám đốc Sở`, or directly, as in a caption
 * (`Cao Văn Minh Phó Bí thư Thường trực Quận ủy phát biểu`). A birth year in brackets and the words
 * `chức vụ` before the titles are skipped.
 */
function titlesAfterName(
  ctx: EntityContext,
  j: number,
): { titles: RawTitle[]; end: number } | undefined {
  let k = j;
  // `(SN 1964)`, `(72 tuổi)`, `(trái)`: skipped when they hold no title.
  if (ctx.key(k) === "(") {
    const close = closingParen(ctx, k, 40);
    if (close > 0) {
      const inner = parseTitleChain(ctx, k + 1);
      if (inner && inner.end === close) return { titles: inner.titles, end: close + 1 };
      if (close - k <= 6) k = close + 1;
    }
  }
  const sep = ctx.at(k);
  if (!sep || startsLine(sep)) return undefined;
  let start = k;
  if (sep.key === "," || sep.key === "-" || sep.key === ":") start = k + 1;
  if (ctx.key(start) === "chức" && (ctx.key(start + 1) === "vụ" || ctx.key(start + 1) === "danh"))
    start += 2;
  if (ctx.key(start) === "khi" && ctx.key(start + 1) === "đó" && ctx.key(start + 2) === "là")
    start += 3;
  const chain = parseTitleChain(ctx, start);
  if (!chain) return undefined;
  // `A, Giám đốc ĐH Đà Nẵng, GS.TS Trần Văn Nam`, `A, Tổng Bí thư Trường Chinh`: a title followed by
  // another name is that name's.
  if (sep.key === ",") {
    const next = ctx.at(chain.end);
    if (next && next.kind === "word" && next.cap && !next.upper && next.gap === "space")
      return undefined;
    if (ctx.key(chain.end) === ",") {
      // (Unless an address word comes first: `A, Trưởng đoàn, ông B` keeps the title with A.)
      const after = chain.end + 1;
      const h = ctx.lex.honorifics.longestAt(ctx.tokens, after);
      const rank = h && (h.values[0] as HonorificEntry).kind !== "address";
      if (rank || (!h && isNameStart(ctx, after))) return undefined;
    }
  }
  // A lower-case role straight after a name, with no separator, is a verb phrase more often than a
  // title (`Nguyễn Văn A giám đốc...` is rare); a capitalised one is a caption's title.
  const first = ctx.at(start) as Token;
  if (start === k && !first.cap) return undefined;
  let end = chain.end;
  if (sep.key === "(" && ctx.key(end) === ")") end++;
  return { titles: chain.titles, end };
}
