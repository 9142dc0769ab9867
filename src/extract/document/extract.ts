import type { DateRef, DocumentIssuer, DocumentRef, Phrase } from "../../schema/discourse.js";
import type { Anchors } from "../discourse/context.js";
import { type DatePhrase, findDatePhrases } from "../discourse/dates.js";
import { LEX } from "../discourse/grammar.js";
import { findClose } from "../discourse/np.js";
import { dateRefOf } from "../discourse/party.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import { isPunct, QUOTES, type Token } from "../discourse/tokens.js";
import type { Doc } from "../doc.js";
import {
  type CitationForm,
  DOCUMENT_TYPE_WORDS,
  type DocumentTypeWord,
  LAW_NAME_COMMA_HEADS,
  LAW_PREDICATES,
  NOT_DOCUMENT_AFTER,
  NOT_LAW_NAMES,
  PARTY_NAME_WORDS,
} from "./lexicon.js";
import { canonicalNumber, DOCUMENT_NUMBER, parseDocumentNumber } from "./number.js";

const TYPE_WORDS = new PhraseMatcher<DocumentTypeWord>(DOCUMENT_TYPE_WORDS);

/** A document reference found in the text, before mentions of the same document are merged. */
export interface DocumentHit {
  /** Token range of the whole reference (type word to the last part read). */
  startToken: number;
  endToken: number;
  /** Text offsets of the reference core: type word + number/name/year. */
  start: number;
  end: number;
  rule: string;
  word: DocumentTypeWord;
  typeText: string;
  number?: string;
  serial?: string;
  year?: number;
  typeCode?: string;
  otherCodes: string[];
  issuer?: { name: string; code?: string; start?: number; end?: number };
  date?: DatePhrase;
  name?: string;
  subject?: { start: number; end: number };
}

// Words after a serial that show it is a quantity, not a document number ("Kế hoạch 5 năm").
const QUANTITY_UNITS: ReadonlySet<string> = new Set([
  "năm",
  "tháng",
  "tuần",
  "ngày",
  "giờ",
  "phút",
  "người",
  "lần",
  "triệu",
  "tỷ",
  "tỉ",
  "nghìn",
  "ngàn",
  "trăm",
  "điểm",
  "bước",
  "tập",
  "điều",
  "khoản",
  "chương",
  "mục",
  "đồng",
  "km",
  "ha",
  "m",
  "%",
  "tuổi",
  "cm",
  "kg",
]);

// Lower-case words a law's or a resolution's name may run on with after its capitalised start
// ("Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV").
const NAME_STOPS: ReadonlySet<string> = new Set([
  "năm",
  "số",
  "ngày",
  "của",
  "và",
  "hoặc",
  "đã",
  "được",
  "bị",
  "có",
  "là",
  "mới",
  "này",
  "đó",
  "hiện",
  "hiện hành",
  "sửa",
  "sẽ",
  "thì",
  "mà",
  "nhưng",
  "cũng",
  "vẫn",
  "còn",
  "không",
  "chưa",
  "do",
  "như",
  "nên",
  "khi",
  "sau",
  "trước",
  "ra",
  "lại",
  "lần",
  "dự kiến",
  "thế",
  "tội",
  "đồng thời",
  "đồng",
  "tại",
  "hay",
  "ở",
]);

/** Names that name no one resolution ("Nghị quyết Trung ương Đảng", "Nghị quyết Đại hội Đảng"). */
const GENERIC_NAMES: ReadonlySet<string> = new Set([
  "trung ương",
  "trung ương đảng",
  "đại hội đảng",
  "đại hội",
  "đảng",
  "hội nghị",
  "quốc hội",
  "chính phủ",
]);

const DETERMINERS_IN_NAMES: ReadonlySet<string> = new Set(["các", "những", "mọi", "một"]);

const YEAR_AFTER = /[ \u00a0]*(?:\(?[ \u00a0]*năm[ \u00a0]+)?((?:19|20)\p{N}{2})(?![\p{N}])/uy;
const NUMBER_LEAD = /[ \u00a0]*(?:số|Số)?[ \u00a0]*:?[ \u00a0]*/uy;
const HAS_SO = /số|Số/u;

/** First token index whose start is at or after `offset`. */
function tokenFrom(tokens: readonly Token[], offset: number, hint: number): number {
  let i = hint;
  while (i < tokens.length && (tokens[i] as Token).start < offset) i++;
  return i;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Reads a capitalised name after a type word ("Đất đai", "Tổ chức chính quyền địa phương",
 * "Trung ương 4", "Đại hội XII"): capitalised words, numbers and Roman numerals, and up to four
 * lower-case words after a capitalised one, stopping at verbs, prepositions and the words of
 * {@link NAME_STOPS}. Returns the token end, or `i` when no name starts there.
 */
function readName(
  tokens: readonly Token[],
  i: number,
  limit: number,
  freeLowerCase: boolean,
): number {
  const first = tokens[i];
  if (first?.kind !== "word" || !first.cap || first.nl) return i;
  if (NOT_LAW_NAMES.has(first.key)) return i;
  let end = i + 1;
  let lowerRun = 0;
  for (let j = i + 1; j < limit && j - i < 16; j++) {
    const t = tokens[j] as Token;
    if (t.nl || t.kind === "punct") {
      // "Lao động - Thương binh": a dash between capitalised words stays in the name.
      if ((t.text === "-" || t.text === "–") && tokens[j + 1]?.cap) continue;
      // "Luật Bảo vệ, chăm sóc và giáo dục trẻ em": a comma inside a law's name.
      const before = text2(tokens, i, j);
      if (t.text === "," && freeLowerCase && LAW_NAME_COMMA_HEADS.has(before)) continue;
      break;
    }
    if (t.kind === "num") {
      // "Trung ương 4": a short number right after the name's words.
      if (/^\p{N}{1,2}$/u.test(t.text) && tokens[j - 1]?.kind === "word" && t.sp) {
        end = j + 1;
        continue;
      }
      break;
    }
    if (t.cap) {
      lowerRun = 0;
      end = j + 1;
      continue;
    }
    // "Luật Hôn nhân và gia đình": `và` inside a law's name, before another lower-case word.
    const nextWord = tokens[j + 1];
    const andInName =
      freeLowerCase &&
      t.key === "và" &&
      nextWord?.kind === "word" &&
      !nextWord.cap &&
      !DETERMINERS_IN_NAMES.has(nextWord.key);
    if (andInName) continue;
    // "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý thuế": an amending law names the law
    // it amends.
    const amending = freeLowerCase && text2(tokens, i, Math.min(limit, i + 2)) === "sửa đổi";
    if (amending && text2(tokens, j, Math.min(limit, j + 3)) === "một số điều") {
      end = j + 3;
      j += 2;
      continue;
    }
    if (
      amending &&
      (t.key === "bổ" || t.key === "sung" || (t.key === "của" && tokens[j + 1]?.cap))
    ) {
      if (t.key !== "của") end = j + 1;
      continue;
    }
    // A resolution's name runs on over its own words ("lần thứ XIX") before any stop applies.
    const partyWord = !freeLowerCase && PARTY_NAME_WORDS.has(t.key);
    if (!partyWord && (NAME_STOPS.has(t.key) || LEX.prepositions.has(tokens, j, limit))) break;
    if (LEX.markers.has(tokens, j, limit) || LEX.speechActs.has(tokens, j, limit)) break;
    if (LEX.reporting.has(tokens, j, limit) || LEX.auxiliaries.has(tokens, j, limit)) break;
    if (freeLowerCase) {
      // A law's name may hold verbs ("Luật Tiếp cận thông tin"), but not the law's own predicate.
      if (LAW_PREDICATES.has(t.key) && LEX.verbs.has(tokens, j, limit)) break;
    } else if (!PARTY_NAME_WORDS.has(t.key) || LEX.verbs.has(tokens, j, limit)) {
      break;
    }
    lowerRun++;
    if (lowerRun > 9) break;
    end = j + 1;
  }
  return end;
}

/** The lower-case keys of the name words between `from` and `to`, joined by spaces. */
function text2(tokens: readonly Token[], from: number, to: number): string {
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push((tokens[k] as Token).key);
  return keys.join(" ");
}

/**
 * Reads the issuer after "của" ("của Thủ tướng Chính phủ", "của UBND tỉnh Nghệ An", "của Bộ Giáo dục
 * và Đào tạo"): a capitalised phrase with the lower-case words of administrative names.
 */
function readIssuer(tokens: readonly Token[], i: number, limit: number): number {
  const first = tokens[i];
  if (first?.kind !== "word" || !(first.cap || first.key === "các")) return i;
  let end = i;
  for (let j = i; j < limit && j - i < 14; j++) {
    const t = tokens[j] as Token;
    if (t.nl && j > i) break;
    if (t.kind === "punct") {
      if ((t.text === "&" || t.text === "-" || t.text === "–") && tokens[j + 1]?.cap) continue;
      break;
    }
    if (t.kind === "num") {
      end = j + 1;
      continue;
    }
    if (t.cap) {
      // "của UBND tỉnh và Thông tư ...": a document type ends the issuer.
      if (j > i && TYPE_WORDS.has(tokens, j, limit)) break;
      end = j + 1;
      continue;
    }
    if (t.key === "và" && tokens[j + 1]?.cap && !TYPE_WORDS.has(tokens, j + 1, limit)) continue;
    if (NAME_STOPS.has(t.key) || LEX.prepositions.has(tokens, j, limit)) break;
    if (LEX.verbs.has(tokens, j, limit) || LEX.markers.has(tokens, j, limit)) break;
    if (LEX.speechActs.has(tokens, j, limit) || LEX.reporting.has(tokens, j, limit)) break;
    end = j + 1;
  }
  return end;
}

/** Reads the subject after "về" up to the end of the clause (30 tokens at most). */
function readSubject(tokens: readonly Token[], i: number, limit: number): number {
  const first = tokens[i];
  if (!first) return i;
  if (first.kind === "punct" && QUOTES.has(first.text)) {
    for (let j = i + 1; j < Math.min(limit, i + 60); j++) {
      const t = tokens[j] as Token;
      if (t.nl) return i;
      if (t.kind === "punct" && QUOTES.has(t.text)) return j + 1;
    }
    return i;
  }
  let end = i;
  for (let j = i; j < limit && j - i < 30; j++) {
    const t = tokens[j] as Token;
    if (t.nl && j > i) break;
    if (t.kind === "punct" && [";", ".", ":", "(", ")", "!", "?", "…"].includes(t.text)) break;
    if (t.kind === "punct" && t.text === ",") {
      const n = tokens[j + 1];
      // A comma before a new document or a verb ends the subject.
      if (!n || TYPE_WORDS.has(tokens, j + 1, limit)) break;
      if (n.kind === "word" && !n.cap && LEX.verbs.has(tokens, j + 1, limit)) break;
      continue;
    }
    end = j + 1;
  }
  return end;
}

/**
 * Finds the documents cited in a sentence's tokens: a type word followed by a number ("Chỉ thị số
 * 05-CT/TW", "Quyết định 1234/QĐ-UBND ngày 5/8/2017"), a year ("Nghị quyết năm 2017") or a name
 * ("Luật Đất đai 2013"), then the date, issuer ("của ...") and subject ("về ...") that follow.
 */
export function findDocumentHits(
  text: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
): DocumentHit[] {
  const hits: DocumentHit[] = [];
  for (let i = from; i < limit; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || !TYPE_WORDS.canStartWith(t)) continue;
    const match = TYPE_WORDS.longest(tokens, i, limit);
    if (!match) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (
      prev?.kind === "word" &&
      (NOT_DOCUMENT_AFTER.has(prev.key) ||
        (prev2?.kind === "word" && NOT_DOCUMENT_AFTER.has(`${prev2.key} ${prev.key}`)))
    ) {
      i = match.end - 1;
      continue;
    }
    const word = match.value;
    const typeEnd = tokens[match.end - 1] as Token;
    const typeText = text.slice(t.start, typeEnd.end);
    const cursor = typeEnd.end;
    let hit: DocumentHit | undefined;
    const base = {
      startToken: i,
      start: t.start,
      word,
      typeText,
      otherCodes: [] as string[],
    };

    // 1. A number, with or without "số".
    const lead = sticky(NUMBER_LEAD, text, cursor);
    const numAt = lead ? cursor + lead[0].length : cursor;
    const num = sticky(DOCUMENT_NUMBER, text, numAt);
    const gap = lead?.[0] ?? "";
    if (num && gap.length > 0) {
      const serial = num[1] as string;
      const codes = num[3] ?? "";
      const withSo = lead ? HAS_SO.test(lead[0]) : false;
      const parts = parseDocumentNumber(serial, num[2], codes);
      const numEnd = numAt + num[0].length;
      const after = tokens[tokenFrom(tokens, numEnd, i)];
      const afterIsUnit =
        after !== undefined &&
        after.start - numEnd <= 1 &&
        QUANTITY_UNITS.has(after.key) &&
        !(after.key === "năm" && sticky(YEAR_AFTER, text, numEnd) !== null) &&
        after.key !== "ngày";
      const strong = codes.length > 0 || num[2] !== undefined || withSo;
      const acceptable =
        !afterIsUnit &&
        (strong || word.forms.includes("year")) &&
        (t.cap || strong) &&
        serial.length <= 6;
      if (acceptable) {
        hit = {
          ...base,
          endToken: tokenFrom(tokens, numEnd, i),
          end: numEnd,
          rule: codes.length > 0 ? "document-number-code" : "document-number",
          number: canonicalNumber(num[0]),
          serial,
          otherCodes: parts.unitCodes,
          ...(parts.year !== undefined ? { year: parts.year } : {}),
          ...(parts.typeCode ? { typeCode: parts.typeCode } : {}),
          ...(parts.issuerCode
            ? {
                issuer: {
                  name: parts.issuerName ?? parts.issuerCode,
                  code: parts.issuerCode,
                },
              }
            : {}),
        };
        if (parts.type && parts.type !== word.type && word.type === "document") {
          hit.word = { type: parts.type, forms: word.forms };
        }
        const year = sticky(YEAR_AFTER, text, numEnd);
        if (year && hit.year === undefined && /năm/u.test(year[0])) {
          hit.year = Number(year[1]);
          hit.end = numEnd + year[0].length;
          hit.endToken = tokenFrom(tokens, hit.end, i);
        }
      }
    }

    // 2. A year: "Nghị quyết năm 2017", "Hiến pháp 2013".
    if (!hit && t.cap && word.forms.includes("year")) {
      const year = sticky(YEAR_AFTER, text, cursor);
      if (year && !year[0].startsWith("(")) {
        const end = cursor + year[0].length;
        hit = {
          ...base,
          endToken: tokenFrom(tokens, end, i),
          end,
          rule: "document-year",
          year: Number(year[1]),
        };
      }
    }

    // 3. A name: "Luật Đất đai 2013", "Nghị quyết Trung ương 4", "Chỉ thị “...”".
    if (!hit && word.forms.includes("name" satisfies CitationForm) && t.cap) {
      const free = word.type === "law" || word.type === "code" || word.type === "ordinance";
      const nameEnd = readName(tokens, match.end, limit, free);
      const generic =
        nameEnd > match.end &&
        GENERIC_NAMES.has(
          text
            .slice((tokens[match.end] as Token).start, (tokens[nameEnd - 1] as Token).end)
            .toLowerCase(),
        );
      if (nameEnd > match.end && !generic) {
        const nameText = text.slice(
          (tokens[match.end] as Token).start,
          (tokens[nameEnd - 1] as Token).end,
        );
        let end = (tokens[nameEnd - 1] as Token).end;
        hit = {
          ...base,
          endToken: nameEnd,
          end,
          rule: "document-name",
          name: nameText,
        };
        const year = sticky(YEAR_AFTER, text, end);
        if (year) {
          hit.year = Number(year[1]);
          end += year[0].length;
          hit.end = end;
          hit.endToken = tokenFrom(tokens, end, i);
        }
      }
    }
    if (!hit) {
      i = match.end - 1;
      continue;
    }

    readTail(text, tokens, hit, limit);
    hits.push(hit);
    i = Math.max(i, hit.endToken - 1);
  }
  return hits;
}

/**
 * Reads what follows a document's core, in any order: its date ("ngày 5/8/2017"), its issuer
 * ("của Thủ tướng Chính phủ", "(khóa XI)") and its subject ("về ...").
 */
function readTail(text: string, tokens: readonly Token[], hit: DocumentHit, limit: number): void {
  let j = hit.endToken;
  for (let round = 0; round < 4 && j < limit; round++) {
    const t = tokens[j];
    if (!t || t.nl) break;
    if (isPunct(t, ",") && tokens[j + 1]?.key === "ngày") {
      j++;
      continue;
    }
    if (isPunct(t, "(")) {
      const close = findClose(tokens, j, limit);
      if (close < 0) break;
      // "(khóa XI)", "(ngày 5/8/2017)": read inside if it is a date.
      const inner = tokens[j + 1];
      if (inner?.key === "ngày" && !hit.date) {
        const d = findDatePhrases(text, inner.start, (tokens[close] as Token).start)[0];
        if (d) hit.date = d;
      }
      j = close + 1;
      continue;
    }
    if (t.key === "ngày" && !hit.date) {
      const d = findDatePhrases(text, t.start, Math.min(text.length, t.start + 40))[0];
      if (d && d.start === t.start) {
        hit.date = d;
        if (d.value && hit.year === undefined) hit.year = Number(d.value.slice(0, 4));
        j = tokenFrom(tokens, d.end, j);
        continue;
      }
      break;
    }
    if (t.key === "của" && !hit.issuer?.start) {
      const end = readIssuer(tokens, j + 1, limit);
      if (end > j + 1) {
        const s = (tokens[j + 1] as Token).start;
        const e = (tokens[end - 1] as Token).end;
        hit.issuer = {
          name: text.slice(s, e),
          ...(hit.issuer?.code ? { code: hit.issuer.code } : {}),
          start: s,
          end: e,
        };
        j = end;
        continue;
      }
      break;
    }
    if (t.key === "về" && !hit.subject) {
      const start = j + 1;
      // "về việc ..." keeps "việc" in the subject: it is part of how the title reads.
      const end = readSubject(tokens, start, limit);
      if (end > start) {
        hit.subject = { start: (tokens[j] as Token).start, end: (tokens[end - 1] as Token).end };
        j = end;
      }
      break;
    }
    break;
  }
}

/** Mentions of one document merged into its reference. */
function documentKey(hit: DocumentHit): string {
  const type = hit.word.type;
  if (hit.serial) return `${type}#${hit.serial.replace(/^0+/u, "")}#${hit.typeCode ?? ""}`;
  if (hit.name) return `${type}@${hit.name.toLowerCase()}`;
  return `${type}:${hit.year ?? ""}:${hit.start}`;
}

/** Turns hits into document references, one per document, with links to dates and organisations. */
export function buildDocumentRefs(
  doc: Doc,
  hits: readonly DocumentHit[],
  anchors: Anchors,
): DocumentRef[] {
  const byKey = new Map<string, DocumentRef>();
  const order: DocumentRef[] = [];
  const phrase = (start: number, end: number, rule: string): Phrase => ({
    ...doc.mention(start, end),
    rule,
  });
  for (const hit of hits) {
    const key = documentKey(hit);
    const core = phrase(hit.start, hit.end, hit.rule);
    const existing = byKey.get(key);
    let date: DateRef | undefined;
    if (hit.date) {
      const anchor = anchors.overlapping("date", hit.date.start, hit.date.end)[0];
      const rule = anchor ? "document-date-entity" : "document-date-phrase";
      date = dateRefOf(doc, hit.date.start, hit.date.end, rule, anchor, hit.date);
    }
    let issuer: DocumentIssuer | undefined;
    if (hit.issuer) {
      const written = hit.issuer.start !== undefined && hit.issuer.end !== undefined;
      const rule = written ? (hit.issuer.code ? "issuer-of+code" : "issuer-of") : "issuer-code";
      issuer = { name: hit.issuer.name, rule };
      if (hit.issuer.code) issuer.code = hit.issuer.code;
      if (hit.issuer.start !== undefined && hit.issuer.end !== undefined) {
        const p = phrase(hit.issuer.start, hit.issuer.end, "issuer-of");
        issuer.span = p.span;
        issuer.text = p.text;
        const org = anchors.overlapping("organisation", hit.issuer.start, hit.issuer.end)[0];
        if (org?.id) issuer.organisationId = org.id;
      }
    }
    if (existing) {
      existing.mentions.push(core);
      if (!existing.date && date) existing.date = date;
      if (existing.year === undefined && hit.year !== undefined) existing.year = hit.year;
      if (!existing.issuer && issuer) existing.issuer = issuer;
      else if (existing.issuer && issuer?.span && !existing.issuer.span) {
        existing.issuer = {
          ...issuer,
          ...(existing.issuer.code ? { code: existing.issuer.code, rule: "issuer-of+code" } : {}),
        };
      }
      if (!existing.subject && hit.subject) {
        existing.subject = phrase(hit.subject.start, hit.subject.end, "document-subject");
      }
      if (!existing.number && hit.number) existing.number = hit.number;
      continue;
    }
    const ref: DocumentRef = {
      ...core,
      rule: hit.rule,
      id: "",
      type: hit.word.type,
      typeText: hit.typeText,
      otherCodes: hit.otherCodes,
      mentions: [core],
    };
    if (hit.number) ref.number = hit.number;
    if (hit.serial) ref.serial = hit.serial;
    if (hit.year !== undefined) ref.year = hit.year;
    if (hit.typeCode) ref.typeCode = hit.typeCode;
    if (issuer) ref.issuer = issuer;
    if (date) ref.date = date;
    if (hit.name) ref.name = hit.name;
    if (hit.subject) ref.subject = phrase(hit.subject.start, hit.subject.end, "document-subject");
    byKey.set(key, ref);
    order.push(ref);
  }
  order.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let k = 0; k < order.length; k++) (order[k] as DocumentRef).id = `document-${k + 1}`;
  return order;
}
