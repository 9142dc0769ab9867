import type { AdminTypeWord, WorldPlaceType } from "../../data/places.js";
import { nameKey } from "../../text/key.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import { endsWord } from "../entities/words.js";
import type { AdminLevel, AdminUnit } from "./gazetteer.js";

/** A place found in the text, before the article as a whole decides which unit it is. */
export interface RawPlace {
  /** Tokens `[start, end)` of the whole mention, type word included. */
  readonly start: number;
  readonly end: number;
  readonly kind: "admin" | "street" | "road" | "hamlet" | WorldPlaceType;
  /** The name as it should read: `Quận 9`, `Hà Nội`, `đường Nguyễn Huệ`. */
  readonly name: string;
  /** For administrative units: the levels the wording allows. */
  readonly levels?: readonly AdminLevel[];
  /** Catalogue units the name may be (all eras), for administrative units. */
  readonly candidates: readonly AdminUnit[];
  /** Whether a type word (`tỉnh`, `quận`, `TP`) introduced it. */
  readonly typed: boolean;
  readonly rule: string;
  /** {@link nameKey} of the name without its type or street word (`hai bà trưng`, `lê lợi`). */
  readonly bare?: string;
}

/** A type word with no name after it (`UBND huyện`, `Công an tỉnh`): the level, the place implied. */
export interface LevelOnly {
  readonly start: number;
  readonly end: number;
  readonly word: AdminTypeWord;
}

// Words that look like a capitalised name but never are one after a type word.
const NOT_A_NAME = new Set([
  "ủy",
  "nhà",
  "trung",
  "trường",
  "bộ",
  "sở",
  "công",
  "đảng",
  "ubnd",
  "hđnd",
]);

/** Ambiguous one-word country names, refused at the start of a sentence (`Anh cho biết`, `Ý kiến`). */
const SENTENCE_START_AMBIGUOUS = new Set([
  "anh",
  "ý",
  "đức",
  "nhật",
  "áo",
  "bỉ",
  "séc",
  "nga",
  "lào",
]);

/** Capitalised words after `đường` that are no street's name (`các tuyến đường Tết`). */
const NOT_A_STREET = new Set(["tết", "xuân", "hoa", "sách"]);

/** Province names never taken bare: `Hồ Chí Minh` alone is the man; the city needs `TP`. */
const NOT_BARE = new Set(["hồ chí minh"]);

/**
 * End (exclusive) of a run of capitalised words and numbers from `i`, at most `max` tokens, allowing
 * a hyphen or dash between capitalised words (`Bà Rịa-Vũng Tàu`, `Phan Rang - Tháp Chàm`).
 */
export function capRunEnd(ctx: EntityContext, i: number, max = 6, allowNumbers = true): number {
  let j = i;
  let count = 0;
  while (j < ctx.tokens.length && count < max) {
    const t = ctx.tokens[j] as Token;
    if (j > i && startsLine(t)) break;
    if (t.kind === "word" && t.cap && !t.upper) {
      j++;
      count++;
      continue;
    }
    if (t.kind === "number" && allowNumbers && j > i - 1) {
      j++;
      count++;
      continue;
    }
    if (t.kind === "punct" && t.key === "-" && j > i && ctx.isCap(j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** The display text of tokens `[start, end)`: words separated by one space, `-` kept tight. */
export function tokensText(ctx: EntityContext, start: number, end: number): string {
  let out = "";
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k] as Token;
    out += (k > start && t.gap !== "none" ? " " : "") + t.text;
  }
  return out;
}

/** The key of tokens `[start, end)`: token keys joined by one space (spacing and dashes ignored). */
export function tokensKey(ctx: EntityContext, start: number, end: number): string {
  const keys: string[] = [];
  for (let k = start; k < end; k++) keys.push(ctx.key(k));
  return keys.join(" ");
}

/**
 * The longest prefix of tokens `[start, end)` that names a catalogue unit of one of `levels` (and,
 * when given, one of `types`): its end and units. Numbers name units too (`Quận 9`, `Phường 12`).
 */
export function longestUnit(
  ctx: EntityContext,
  start: number,
  end: number,
  levels?: readonly AdminLevel[],
  types?: readonly string[],
): { end: number; units: AdminUnit[] } | undefined {
  for (let e = end; e > start; e--) {
    const last = ctx.tokens[e - 1] as Token;
    if (last.kind === "punct") continue;
    const key = tokensKey(ctx, start, e);
    const fits = (u: AdminUnit) =>
      (!levels || levels.includes(u.level)) && (!types || types.includes(u.type));
    let units = ctx.gaz.byPhraseKey(key).filter(fits);
    // (`Krông Ana` = `Krông A Na`: names of two words or more also match without inner spaces.)
    if (units.length === 0 && e - start >= 2) units = ctx.gaz.byCompactKey(key).filter(fits);
    if (units.length > 0) return { end: e, units };
  }
  return undefined;
}

/** An administrative type word at `i`, with the dot an abbreviation may take (`TP.`, `Q.`). */
function typeWordAt(
  ctx: EntityContext,
  i: number,
): { word: AdminTypeWord; end: number } | undefined {
  const m = ctx.lex.adminTypes.longestAt(ctx.tokens, i);
  if (!m) return undefined;
  const word = m.values[0] as AdminTypeWord;
  let end = m.end;
  if (word.abbreviation) {
    const t = ctx.tokens[i] as Token;
    if (!t.cap) return undefined;
    if (ctx.key(end) === ".") end++;
    else if (word.form.length === 1) return undefined; // `Q`, `P`, `H` only as `Q.9`, `P. Bến Nghé`
  }
  return { word, end };
}

/** A type word with no name after it, standing for the place the article is about (`UBND huyện`). */
export function parseLevelOnly(ctx: EntityContext, i: number): LevelOnly | undefined {
  const tw = typeWordAt(ctx, i);
  if (!tw || (tw.word.abbreviation && tw.word.form !== "TP")) return undefined;
  // `Quận ủy`, `Thành đoàn`: a committee, not a type word.
  const head = ctx.lex.heads.longestAt(ctx.tokens, i);
  if (head && head.end > tw.end) return undefined;
  const next = ctx.at(tw.end);
  const named =
    next && ((next.kind === "word" && next.cap) || next.kind === "number") && !startsLine(next);
  // `UBND TP Đặng Việt Dũng`: a person's name after the type word is not the place's.
  if (named && !(ctx.lex.familyNames.has(next.key) && !parseTyped(ctx, i, tw.word, tw.end)))
    return undefined;
  return { start: i, end: tw.end, word: tw.word };
}

/**
 * A place starting at token `i`: a press alias (`TP.HCM`), a country, foreign city or region, a
 * type word and a name (`quận Thanh Khê`, `TP Hà Nội`, `Q.9`), a street or road, a hamlet, or a
 * province named bare (`Vĩnh Phúc`). Bare district and commune names are left to the second pass,
 * which knows the article's province.
 */
export function parsePlaceAt(ctx: EntityContext, i: number): RawPlace | undefined {
  return ctx.memoise("place", i, 0, () => parsePlace(ctx, i));
}

function parsePlace(ctx: EntityContext, i: number): RawPlace | undefined {
  const t = ctx.at(i);
  if (!t || t.kind === "punct") return undefined;
  const lex = ctx.lex;

  // 1. Aliases: TP.HCM, Sài Gòn, TT-Huế.
  const alias = lex.aliases.longestAt(ctx.tokens, i);
  if (alias && ctx.isCap(i)) {
    const code = alias.values[0] as string;
    const units = ctx.gaz.versions(code).filter((u) => u.level === "province");
    return {
      start: i,
      end: alias.end,
      kind: "admin",
      name: tokensText(ctx, i, alias.end),
      levels: ["province"],
      candidates: units,
      typed: true,
      rule: "place-alias",
      bare: tokensKey(ctx, i, alias.end),
    };
  }

  // 2. Type word + name.
  const tw = typeWordAt(ctx, i);
  if (tw) {
    const typed = parseTyped(ctx, i, tw.word, tw.end);
    if (typed) return typed;
  }

  // 3. Streets, roads and hamlets (not the end of a word begun before: `chặng đường`, `văn bản`).
  // (`tuyến đường` is a word, but names the street after it all the same.)
  const wordEnd = endsWord(ctx, i) && ctx.key(i - 1) !== "tuyến";
  const street = wordEnd ? undefined : lex.streets.longestAt(ctx.tokens, i);
  if (street) {
    const kind = street.values[0] as "street" | "road";
    const nameEnd = streetNameEnd(ctx, street.end);
    if (nameEnd > street.end && !NOT_A_STREET.has(ctx.key(street.end))) {
      return {
        start: i,
        end: nameEnd,
        kind,
        name: `${tokensText(ctx, i, street.end).toLowerCase()} ${tokensText(ctx, street.end, nameEnd)}`,
        candidates: [],
        typed: true,
        rule: kind === "road" ? "road" : "street",
        bare: tokensKey(ctx, street.end, nameEnd),
      };
    }
  }
  if (t.kind === "word" && /^(?:QL|ĐT|TL)\d+[A-Z]?$/u.test(t.text)) {
    return {
      start: i,
      end: i + 1,
      kind: "road",
      name: t.text,
      candidates: [],
      typed: true,
      rule: "road-code",
    };
  }
  const hamlet = wordEnd ? undefined : lex.hamlets.longestAt(ctx.tokens, i);
  if (hamlet && !(ctx.at(i) as Token).cap) {
    const nameEnd = capRunEnd(ctx, hamlet.end, 4);
    if (nameEnd > hamlet.end) {
      return {
        start: i,
        end: nameEnd,
        kind: "hamlet",
        name: `${tokensText(ctx, i, hamlet.end)} ${tokensText(ctx, hamlet.end, nameEnd)}`,
        candidates: [],
        typed: true,
        rule: "hamlet",
      };
    }
  }

  // 4. Countries, foreign cities, regions (`miền Nam` starts in lower case; `tiếng Anh` is a
  //    language).
  const world = ctx.key(i - 1) === "tiếng" ? undefined : lex.world.longestAt(ctx.tokens, i);
  if (world) {
    const w = world.values[0] as (typeof world.values)[number];
    const single = world.end - i === 1;
    const ambiguous = single && SENTENCE_START_AMBIGUOUS.has(ctx.key(i)) && ctx.startsSentence(i);
    // A one-word country inside a longer capitalised run is a name (`Nguyễn Tuấn Anh`).
    const prev = ctx.at(i - 1);
    const afterName =
      single &&
      prev !== undefined &&
      prev.kind === "word" &&
      prev.cap &&
      !prev.upper &&
      (ctx.at(i) as Token).gap === "space";
    // A country word that begins a longer unit's name is that unit: `Lào Cai`, `Mỹ Tho`, `Nhật Tân`
    // (not `Mỹ Donald Trump`).
    const capEnd = ctx.isCap(i) ? capRunEnd(ctx, i, 5, false) : i;
    const longer = capEnd > world.end ? longestUnit(ctx, i, capEnd) : undefined;
    const inUnit = longer !== undefined && longer.end > world.end;
    if (!ambiguous && !afterName && !inUnit) {
      return {
        start: i,
        end: world.end,
        kind: w.type,
        name: w.name,
        candidates: [],
        typed: false,
        rule: "world-place",
        bare: tokensKey(ctx, i, world.end),
      };
    }
  }
  if (!ctx.isCap(i)) return undefined;

  // 5. A province named bare.
  const runEnd = capRunEnd(ctx, i, 5, false);
  if (runEnd > i) {
    const found = longestUnit(ctx, i, runEnd, ["province"]);
    if (found && !NOT_BARE.has(tokensKey(ctx, i, found.end)) && !continuesName(ctx, i, found.end)) {
      return {
        start: i,
        end: found.end,
        kind: "admin",
        name: tokensText(ctx, i, found.end),
        levels: ["province"],
        candidates: found.units,
        typed: false,
        rule: "province-name",
        bare: tokensKey(ctx, i, found.end),
      };
    }
  }
  return undefined;
}

/**
 * What the words `[start, end)` name when they are exactly a place's name: `world` (a country,
 * foreign city or region: `Hàn Quốc`, `Việt Nam`), `unit` (a province or district of the catalogue:
 * `Hà Nội`, `Phan Thiết`, `Hà Đông`; not `Hồ Chí Minh`, which alone is the man), or undefined. A run
 * of capitalised words that is one of these is not a person's name unless an honorific says so.
 */
export function placeNameOf(
  ctx: EntityContext,
  start: number,
  end: number,
): { kind: "world" | "unit"; syllables: number } | undefined {
  if (end <= start) return undefined;
  const world = ctx.lex.world.longestAt(ctx.tokens, start);
  if (world && world.end === end) return { kind: "world", syllables: end - start };
  const key = tokensKey(ctx, start, end);
  if (NOT_BARE.has(key)) return undefined;
  const units = ctx.gaz.byPhraseKey(key);
  if (units.some((u) => u.level === "province" || u.level === "district"))
    return { kind: "unit", syllables: end - start };
  return undefined;
}

/** Whether a bare name at `[start, end)` is really the start or end of a longer capitalised run. */
function continuesName(ctx: EntityContext, _start: number, end: number): boolean {
  const next = ctx.at(end);
  if (next && next.kind === "word" && next.cap && next.gap === "space" && !next.upper) {
    // "Hà Nội Nguyễn Đức Chung": a family name after is fine; anything else continues the name.
    return !ctx.lex.familyNames.has(next.key);
  }
  return false;
}

function parseTyped(
  ctx: EntityContext,
  i: number,
  word: AdminTypeWord,
  nameStart: number,
): RawPlace | undefined {
  const first = ctx.at(nameStart);
  if (!first || startsLine(first)) return undefined;
  // `TP Hồ Chí Minh`, `TP.HCM` as type word + alias.
  const alias = ctx.lex.aliases.longestAt(ctx.tokens, nameStart);
  if (alias) {
    const code = alias.values[0] as string;
    return {
      start: i,
      end: alias.end,
      kind: "admin",
      name: tokensText(ctx, i, alias.end),
      levels: ["province"],
      candidates: ctx.gaz.versions(code).filter((u) => u.level === "province"),
      typed: true,
      rule: "place-typed",
    };
  }
  const isNumber = first.kind === "number";
  if (!isNumber && !(first.kind === "word" && first.cap)) return undefined;
  if (!isNumber && NOT_A_NAME.has(first.key)) return undefined;
  const runEnd = isNumber ? nameStart + 1 : capRunEnd(ctx, nameStart, 5);
  const found = longestUnit(ctx, nameStart, runEnd, word.levels, word.types);
  if (found) {
    return {
      start: i,
      end: found.end,
      kind: "admin",
      name: displayTyped(ctx, i, nameStart, found.end, word),
      levels: word.levels,
      candidates: found.units,
      typed: true,
      rule: "place-typed",
      bare: tokensKey(ctx, nameStart, found.end),
    };
  }
  // Not in the catalogue (a foreign province, a unit older than 2004, a typo): keep it, unlinked,
  // when the type word is written out and a real name follows.
  if (word.abbreviation || isNumber) return undefined;
  const end = Math.min(runEnd, nameStart + 4);
  if (end === nameStart || (ctx.lex.familyNames.has(first.key) && end - nameStart >= 3))
    return undefined;
  return {
    start: i,
    end,
    kind: "admin",
    name: displayTyped(ctx, i, nameStart, end, word),
    levels: word.levels,
    candidates: [],
    typed: true,
    rule: "place-typed-unknown",
    bare: tokensKey(ctx, nameStart, end),
  };
}

/** `quận 9` → `Quận 9`; `huyện Tam Đảo` → `huyện Tam Đảo`; `TP.Hà Nội` → `TP Hà Nội`. */
function displayTyped(
  ctx: EntityContext,
  i: number,
  nameStart: number,
  end: number,
  word: AdminTypeWord,
): string {
  const name = tokensText(ctx, nameStart, end);
  const typeText = word.abbreviation ? (ctx.at(i) as Token).text : tokensText(ctx, i, nameStart);
  const numeric = /^\d/u.test(name);
  const type = numeric ? capitalise(typeText) : typeText;
  return `${type} ${name}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** End of a street's name: capitalised words, or a number with letters (`39B`, `1A`). */
function streetNameEnd(ctx: EntityContext, i: number): number {
  const t = ctx.at(i);
  if (!t || startsLine(t)) return i;
  if (t.kind === "number") {
    let j = i + 1;
    const n = ctx.at(j);
    if (n && n.gap === "none" && n.kind === "word" && n.text.length <= 2) j++;
    return j;
  }
  if (t.kind === "word" && /^\d/u.test(t.text)) return i + 1;
  if (!(t.kind === "word" && t.cap) || t.upper) return i;
  return capRunEnd(ctx, i, 5);
}

/** Whether the key of a token run is a family name start (used to refuse `xã Nguyễn Văn A`). */
export function isFamilyName(ctx: EntityContext, i: number): boolean {
  return ctx.lex.familyNames.has(nameKey((ctx.at(i) as Token).text));
}
