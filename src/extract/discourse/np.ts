import { afterDeterminer, capitalisedWordEnd, isAcronym, LEX, verbOpenerAt } from "./grammar.js";
import { DETERMINERS, GROUP_WORDS } from "./lexicon/function-words.js";
import { PhraseMatcher } from "./phrase-matcher.js";
import type { TokenRange } from "./sentences.js";
import { DASHES, isPunct, QUOTES, type Token } from "./tokens.js";

/** Subordinators that end a subject ("một thẩm phán ... sau khi ..."). */
/**
 * Adverbials that may stand between the addressees and their task ("giao thủ trưởng các sở, ngành
 * căn cứ chức năng, nhiệm vụ ... tổ chức quán triệt ..."): they end a party's noun phrase.
 */
export const INTERRUPTERS = PhraseMatcher.of([
  "căn cứ",
  "căn cứ vào",
  "trên cơ sở",
  "tùy theo",
  "tùy vào",
  "theo chức năng",
  "theo thẩm quyền",
  "trong phạm vi",
]);

/** Time adverbs that end a party's phrase ("Cảnh sát sau đó đề nghị ..."). */
const TIME_ADVERBS = PhraseMatcher.of([
  "sau đó",
  "ngay sau đó",
  "trước đó",
  "khi đó",
  "lúc đó",
  "hôm qua",
  "hôm nay",
  "trước đây",
  "gần đây",
  "mới đây",
]);

const SUBORDINATORS = PhraseMatcher.of([
  "khi",
  "sau khi",
  "trước khi",
  "trong khi",
  "nếu",
  "vì",
  "do",
  "như",
  "mà",
  "thì",
  "nhưng",
  "rằng",
  "là",
  "để",
  "nhằm",
  "song",
  "tuy",
  "dù",
  "mặc dù",
  "tới",
  "đến",
]);

/** Short forms written with a full stop inside a name ("TP. Hà Nội", "PGS. TS. Nguyễn Văn A"). */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "tp",
  "tx",
  "tt",
  "q",
  "p",
  "pgs",
  "gs",
  "ts",
  "ths",
  "bs",
  "ks",
  "ls",
  "cty",
]);

/** Punctuation that always ends a noun phrase. */
const HARD_STOPS: ReadonlySet<string> = new Set([";", ":", ".", "!", "?", "…", "[", "]"]);

const GROUPS = PhraseMatcher.of(GROUP_WORDS);

/** Options of {@link readNounPhrase}. */
export interface NounPhraseOptions {
  /** Last token index (exclusive) the phrase may reach. */
  limit: number;
  /** Longest phrase, in tokens. */
  maxTokens?: number;
  /** Stop at auxiliaries and speech acts too (reading a subject, which is followed by its verb). */
  subject?: boolean;
}

/** True when a verb phrase, a speech act, a purpose clause or a sub-action opens at `i`. */
export function opensClause(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word" || t.cap) return false;
  // "phòng GDĐT", "sở Y tế": an organisation's head before its name, not the verb "phòng".
  const head = LEX.organisationHeads.longest(tokens, i, limit);
  if (head && head.end < limit) {
    const name = tokens[head.end] as Token;
    if (name.kind === "word" && (name.cap || isAcronym(name))) return false;
  }
  if (verbOpenerAt(tokens, i, limit)) return true;
  if (afterDeterminer(tokens, i)) return false;
  return (
    LEX.speechActs.has(tokens, i, limit) ||
    LEX.purpose.has(tokens, i, limit) ||
    LEX.subIntroducers.has(tokens, i, limit) ||
    LEX.auxiliaries.has(tokens, i, limit) ||
    LEX.reporting.has(tokens, i, limit)
  );
}

/**
 * Reads a noun phrase naming parties ("Ban Tổ chức Quận ủy, cấp ủy các chi, đảng bộ cơ sở") from
 * token `start`: it runs until a verb phrase opens (in lower case: a capital is part of a name, as in
 * "Ban Tổ chức"), a hard stop, a quotation mark, or the length limit. Commas and `và` continue the
 * phrase when another noun phrase follows them. Returns the end (exclusive), or `start` when no
 * phrase is there.
 */
export function readNounPhrase(
  tokens: readonly Token[],
  start: number,
  options: NounPhraseOptions,
): number {
  const { limit, maxTokens = 30, subject = false } = options;
  let i = start;
  let end = start;
  // A title or honorific opens the phrase even when it doubles as a verb ("lãnh đạo bộ").
  const head =
    LEX.personTitles.longest(tokens, start, limit) ?? LEX.honorifics.longest(tokens, start, limit);
  if (head && !(tokens[start] as Token).cap) {
    i = head.end;
    end = i;
  }
  while (i < limit && i - start < maxTokens) {
    const t = tokens[i] as Token;
    if (t.nl && i > start) break;
    if (t.kind === "punct") {
      // "GS.TS Trần Văn Nam", "TP.HCM": a full stop glued inside an abbreviation.
      const glued = t.text === "." && !t.sp && tokens[i + 1]?.kind === "word" && !tokens[i + 1]?.sp;
      if (glued && i > start) {
        i++;
        continue;
      }
      // "Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung": the full stop of a short form before a name.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (
        t.text === "." &&
        i > start &&
        prev?.kind === "word" &&
        NAME_ABBREVIATIONS.has(prev.key) &&
        next?.kind === "word" &&
        next.cap &&
        i + 1 < limit
      ) {
        i++;
        continue;
      }
      if (HARD_STOPS.has(t.text) || QUOTES.has(t.text)) break;
      if (t.text === "(") {
        const close = findClose(tokens, i, limit);
        if (close < 0 || i === start) break;
        i = close + 1;
        end = i;
        continue;
      }
      if (t.text === "," || DASHES.has(t.text) || t.text === "/" || t.text === "&") {
        if (i === start) break;
        if (opensClause(tokens, i + 1, limit)) break;
        const next = tokens[i + 1];
        if (!next || next.kind === "punct") break;
        // "nhắc nhở bản mệnh, trong năm ...": a preposition after the comma opens an adverbial,
        // not one more party.
        if (t.text === "," && !next.cap && LEX.prepositions.has(tokens, i + 1, limit)) break;
        i++;
        continue;
      }
      break;
    }
    if (t.cap) {
      // "Thường trực", "Tổ chức": a capitalised word's lower-case syllables belong to the name.
      const word = capitalisedWordEnd(tokens, i, limit);
      if (word > i + 1) {
        i = word;
        end = i;
        continue;
      }
    }
    // "UBCKNN cũng như các sở giao dịch chứng khoán": a list joined by "cũng như".
    if (i > start && t.key === "cũng" && tokens[i + 1]?.key === "như" && i + 2 < limit) {
      const n = tokens[i + 2] as Token;
      if (n.kind === "word" && (n.cap || isAcronym(n) || LIST_DETERMINERS.has(n.key))) {
        i += 2;
        continue;
      }
    }
    if (i > start && !t.cap && INTERRUPTERS.has(tokens, i, limit)) break;
    if (i > start && !t.cap && TIME_ADVERBS.has(tokens, i, limit)) break;
    if (i > start || !t.cap) {
      const noun = LEX.nouns.longest(tokens, i, limit);
      if (noun) {
        i = noun.end;
        end = i;
        continue;
      }
      if (opensClause(tokens, i, limit)) break;
      // "các nhà đầu tư được trao giấy chứng nhận ...": a passive relative clause in an addressee.
      if (!subject && t.key === "được" && i > start && verbOpenerAt(tokens, i + 1, limit)) {
        i += 2;
        end = i;
        continue;
      }
      if (subject && !t.cap && i > start) {
        if (LEX.preAct.has(tokens, i, limit) || SUBORDINATORS.has(tokens, i, limit)) break;
      }
    }
    i++;
    end = i;
  }
  return end;
}

/** Determiners that open another party of a list after "cũng như". */
const LIST_DETERMINERS: ReadonlySet<string> = new Set(["các", "những", "mọi", "mỗi", "cả"]);

/** Index of the `)` closing the `(` at `open`, within 15 tokens, or -1. */
export function findClose(tokens: readonly Token[], open: number, limit: number): number {
  for (let j = open + 1; j < Math.min(limit, open + 16); j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" && t.text === ")") return j;
    if (t.kind === "punct" && (t.text === "(" || HARD_STOPS.has(t.text))) return -1;
  }
  return -1;
}

/** Administrative unit words that open a proper name ("quận Cầu Giấy", "tỉnh Bình Thuận"). */
const UNIT_WORDS = PhraseMatcher.of([
  "tỉnh",
  "thành phố",
  "tp",
  "quận",
  "huyện",
  "xã",
  "phường",
  "thị xã",
  "thị trấn",
]);

/** True when the phrase at `i` is proper (written with a capital or an acronym, or a named unit). */
function properAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return false;
  if (t.cap || isAcronym(t)) return true;
  const unit = UNIT_WORDS.longest(tokens, i);
  return unit !== undefined && tokens[unit.end]?.cap === true;
}

/** True when the phrase at `i` opens with a determiner or group word ("các", "mỗi", "toàn thể"). */
function groupAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === "word" && !t.cap && DETERMINERS.has(t.key);
}

/**
 * Splits a list of parties at commas and `và`: between two chunks when either is a proper name or
 * the next opens with a determiner. Consecutive common-noun chunks stay together, because they
 * usually name one group ("các bộ, ngành", "cấp ủy các chi, đảng bộ cơ sở").
 */
export function splitParties(tokens: readonly Token[], range: TokenRange): TokenRange[] {
  const chunks: TokenRange[] = [];
  let s = range.start;
  let depth = 0;
  for (let i = range.start; i < range.end; i++) {
    const t = tokens[i] as Token;
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const isComma = isPunct(t, ",");
    const asWellAs = t.key === "cũng" && tokens[i + 1]?.key === "như";
    const isAnd = t.kind === "word" && (t.key === "và" || t.key === "cùng" || asWellAs);
    if (!isComma && !isAnd) continue;
    // "Sở Văn hóa và thể thao": a lower-case word after `và` continues the name before it.
    const after = asWellAs ? i + 2 : i + 1;
    if (isAnd && properAt(tokens, s) && !properAt(tokens, after) && !groupAt(tokens, after)) {
      continue;
    }
    // "Sở Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch": inside a known name.
    if (insideKnownName(tokens, i, range.end)) continue;
    let next = asWellAs ? i + 2 : i + 1;
    if (isComma && tokens[next]?.key === "và") next++;
    if (next >= range.end || i === s) continue;
    chunks.push({ start: s, end: i });
    s = next;
    i = next - 1;
  }
  if (s < range.end) chunks.push({ start: s, end: range.end });
  // Merge a common chunk into the one before when that one is common too ("các bộ, ngành"), or
  // ends in a determiner's list ("UBND các quận, huyện, thị xã").
  const merged: TokenRange[] = [];
  for (const c of chunks) {
    const last = merged[merged.length - 1];
    // "thủ trưởng các sở, ngành, chủ tịch UBND các quận": a title opens another party.
    const titled = LEX.personTitles.has(tokens, c.start, c.end);
    const proper = properAt(tokens, c.start) || groupAt(tokens, c.start) || titled;
    if (last && !proper && (!properAt(tokens, last.start) || hasDeterminer(tokens, last))) {
      last.end = c.end;
      continue;
    }
    // "cán bộ, công chức, viên chức các ngành, các cấp": a short "các X" after a list of levels.
    if (last && groupAt(tokens, c.start) && c.end - c.start <= 2 && hasDeterminer(tokens, last)) {
      last.end = c.end;
      continue;
    }
    merged.push({ ...c });
  }
  return merged;
}

/** True when a determiner stands inside the range after its first word ("UBND các quận"). */
function hasDeterminer(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.start + 1; k < range.end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && (t.key === "các" || t.key === "những")) return true;
  }
  return false;
}

/** True when a noun lexicon phrase covers token `i` (a comma or `và` inside a name). */
function insideKnownName(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const m = LEX.nouns.longest(tokens, k, limit);
    if (m && m.end > i + 1) return true;
  }
  return false;
}

/** What kind of party a phrase names, from its first words. */
export function partyKindAt(
  tokens: readonly Token[],
  range: TokenRange,
): "person" | "organisation" | "group" | "meeting" | "document" | "unknown" {
  let i = range.start;
  const first = tokens[i];
  if (!first) return "unknown";
  if (LEX.honorifics.has(tokens, i, range.end) || LEX.personTitles.has(tokens, i, range.end)) {
    // "ông", "đồng chí" and titles name people; "các đồng chí" too.
    return "person";
  }
  const group = GROUPS.longest(tokens, i, range.end);
  if (group && !first.cap) {
    // "các Sở", "các Ban xây dựng Đảng": a determiner before an organisation is still a group.
    return "group";
  }
  if (first.key === "phó" || first.key === "tân") i++;
  if (LEX.personTitles.has(tokens, i, range.end)) return "person";
  if (LEX.organisationHeads.has(tokens, i, range.end) || isAcronym(tokens[i])) {
    return "organisation";
  }
  if (first.cap) return "organisation";
  return "group";
}
