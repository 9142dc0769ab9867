import type { CountRef, DateRef, EventEntity, PartyRef } from "../../schema/discourse.js";
import type { Span } from "../../schema/span.js";
import { findIssuer } from "../directive/issuer.js";
import type { DiscourseContext } from "../discourse/context.js";
import { findDatePhrases } from "../discourse/dates.js";
import { isAcronym, LEX } from "../discourse/grammar.js";
import { opensClause, readNounPhrase } from "../discourse/np.js";
import {
  countRefOf,
  dateRefOf,
  parseNumber,
  partyOf,
  phraseOf,
  textSpan,
} from "../discourse/party.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, isPunct, type Token } from "../discourse/tokens.js";
import { DOCUMENT_TYPE_WORDS } from "../document/lexicon.js";
import { OUTCOME_VERBS } from "./lexicon.js";
import { type EventMentionDraft, findEventMentions } from "./mentions.js";

const OUTCOMES = PhraseMatcher.of(OUTCOME_VERBS);
const DOCUMENT_WORDS = new PhraseMatcher(DOCUMENT_TYPE_WORDS);

/** An event being assembled from its mentions. */
interface EventDraft {
  type: EventEntity["type"];
  head: string;
  topicKey?: string;
  topic?: TokenRange;
  mentions: EventMentionDraft[];
  first: EventMentionDraft;
  organiser?: RuledRange;
  chairs: RuledRange[];
  attendees: RuledRange[];
}

/** A token range with the rule that found it. */
interface RuledRange extends TokenRange {
  rule: string;
}

const ruled = (ranges: readonly TokenRange[], rule: string): RuledRange[] =>
  ranges.map((r) => ({ start: r.start, end: r.end, rule }));

function keysOf(tokens: readonly Token[], range: TokenRange): string {
  const keys: string[] = [];
  for (let k = range.start; k < range.end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" || t.kind === "num") keys.push(t.key);
  }
  return keys.join(" ");
}

const ROMAN = /^(?:[ivxlc]+)$/u;

/** Words that tell two events apart: numbers, ordinals, Roman numerals. */
function distinctive(words: readonly string[]): string[] {
  return words.filter((w) => /^\p{N}/u.test(w) || (ROMAN.test(w) && w.length <= 5));
}

/**
 * Two topics name the same event when one starts with the other or they share most words, and
 * their numbers agree ("Đại hội ... lần thứ X" is not "Đại hội Đảng lần thứ VI").
 */
function sameTopic(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const la = a.split(" ");
  const lb = b.split(" ");
  const da = distinctive(la);
  const db = distinctive(lb);
  if (da.length > 0 && db.length > 0 && !da.some((w) => db.includes(w))) return false;
  const wa = new Set(la);
  let shared = 0;
  for (const w of lb) if (wa.has(w)) shared++;
  return shared / Math.min(wa.size, lb.length) >= 0.6;
}

/** The numbers of two topics agree (or one has none). */
function sameNumbers(a: string, b: string): boolean {
  const da = distinctive(a.split(" "));
  const db = distinctive(b.split(" "));
  return da.length === 0 || db.length === 0 || da.some((w) => db.includes(w));
}

/** Event types that one visit or meeting is reported as ("đoàn công tác" and "buổi làm việc"). */
function compatible(a: EventEntity["type"], b: EventEntity["type"]): boolean {
  if (a === b) return true;
  const visit = new Set(["visit", "working-session"]);
  return visit.has(a) && visit.has(b);
}

/**
 * Groups mentions into events: anchored mentions open or join one; the others join one. Headline
 * mentions come last and join the first event of their type: the headline sums up the body.
 */
function cluster(
  tokens: readonly Token[],
  mentions: readonly EventMentionDraft[],
  inHeadline: (m: EventMentionDraft) => boolean,
): EventDraft[] {
  const events: EventDraft[] = [];
  const body = mentions.filter((m) => !inHeadline(m));
  const heads = mentions.filter(inHeadline);
  for (const m of heads) m.headline = true;
  for (const m of body) {
    const topicKey = m.topic ? keysOf(tokens, m.topic) : undefined;
    let target: EventDraft | undefined;
    // Looking back over the last few events keeps a text of thousands of events linear.
    for (let e = events.length - 1; e >= Math.max(0, events.length - 30); e--) {
      const ev = events[e] as EventDraft;
      if (!compatible(ev.type, m.type)) continue;
      // One article reports one visit: its mentions differ in wording, not in numbers.
      const loose = ev.type === "visit" || ev.type === "working-session";
      if (
        topicKey &&
        ev.topicKey &&
        !(loose ? sameNumbers(topicKey, ev.topicKey) : sameTopic(topicKey, ev.topicKey))
      ) {
        continue;
      }
      target = ev;
      break;
    }
    if (target) {
      target.mentions.push(m);
      if (!target.topic && m.topic && topicKey) {
        target.topic = m.topic;
        target.topicKey = topicKey;
      }
      continue;
    }
    if (!m.anchor) continue;
    events.push(newEvent(m, topicKey));
  }
  for (const m of heads) {
    const topicKey = m.topic ? keysOf(tokens, m.topic) : undefined;
    const target = events.find((ev) => compatible(ev.type, m.type));
    if (target) {
      target.mentions.unshift(m);
      continue;
    }
    if (m.anchor) events.unshift(newEvent(m, topicKey));
  }
  return events;
}

function newEvent(m: EventMentionDraft, topicKey?: string): EventDraft {
  const ev: EventDraft = {
    type: m.type,
    head: m.headText,
    mentions: [m],
    first: m,
    chairs: [],
    attendees: [],
  };
  if (m.topic && topicKey) {
    ev.topic = m.topic;
    ev.topicKey = topicKey;
  }
  return ev;
}

/** Words that open a party phrase in a list of attendees ("đại diện ...", "gần 150 DN"). */
const PARTY_OPENERS = PhraseMatcher.of([
  "các",
  "đại diện",
  "những",
  "toàn thể",
  "hơn",
  "gần",
  "khoảng",
  "trên",
  "nguyên",
  "cố",
  "lãnh đạo",
  "tỉnh",
  "thành phố",
  "huyện",
  "quận",
  "xã",
  "phường",
]);

/** True when a party phrase may start at `i`. */
function partyStart(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.cap || isAcronym(t)) return true;
  if (LEX.honorifics.has(tokens, i, limit) || LEX.personTitles.has(tokens, i, limit)) return true;
  return PARTY_OPENERS.has(tokens, i, limit);
}

/** True when the range ends with a personal name: a person entity, or capitalised syllables after a family name. */
function endsWithName(ctx: DiscourseContext, range: TokenRange): boolean {
  const { tokens } = ctx;
  const span = textSpan(tokens, range);
  if (ctx.anchors.overlapping("person", span.end - 1, span.end).length > 0) return true;
  let caps = 0;
  for (let k = range.end - 1; k >= range.start && caps < 5; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || isAcronym(t)) break;
    caps++;
    if (caps >= 2 && FAMILY_NAMES.has(t.key)) return true;
  }
  return false;
}

/** Common Vietnamese family names, to tell "Bí thư Thành ủy Đinh La Thăng" from a title alone. */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trương lương " +
    "mai cao lâm tô hà trịnh đoàn tạ châu thái lưu quách phùng triệu kiều văn tống la lại hứa " +
    "chu doãn khổng mạc nông lục thân vương từ âu giang ninh quan tăng tôn viên yên kim thạch"
  ).split(" "),
);

/**
 * Reads a list of parties after "có" ("Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM Đinh La Thăng,
 * Chủ tịch UBND TPHCM Nguyễn Thành Phong cùng đại diện lãnh đạo ..."): chunks at `,`, `;`, `và`,
 * `cùng`; a chunk with no name is a title that goes with the name next to it.
 */
function readPartyList(ctx: DiscourseContext, start: number, limit: number): TokenRange[] {
  const { tokens } = ctx;
  let s = start;
  while (s < limit && (isPunct(tokens[s], ":") || tokens[s]?.key === "có")) s++;
  // The whole list: up to the end of the clause.
  let end = s;
  for (let k = s; k < limit; k++) {
    const t = tokens[k] as Token;
    if (
      t.kind === "punct" &&
      (t.text === "." || t.text === "!" || t.text === "?" || t.text === "…")
    ) {
      // "GS.TS", "TP.HCM": a full stop inside an abbreviation.
      if (!tokens[k + 1]?.sp && tokens[k + 1]?.kind === "word" && tokens[k - 1]?.kind === "word")
        continue;
      break;
    }
    if (t.nl && k > s) break;
    end = k + 1;
  }
  if (end <= s || !partyStart(tokens, s, limit)) return [];
  const chunks: TokenRange[] = [];
  let c = s;
  let depth = 0;
  for (let k = s; k < end; k++) {
    const t = tokens[k] as Token;
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep =
      isPunct(t, ",") ||
      isPunct(t, ";") ||
      (t.kind === "word" && (t.key === "và" || t.key === "cùng"));
    if (!sep) continue;
    if (k > c) chunks.push({ start: c, end: k });
    c = k + 1;
  }
  if (c < end) chunks.push({ start: c, end });
  // Keep chunks that read as parties, stopping at the first that opens a clause.
  const parties: TokenRange[] = [];
  let pendingTitle: TokenRange | undefined;
  for (const chunk of chunks) {
    if (!partyStart(tokens, chunk.start, chunk.end)) {
      // A common noun continuing the previous party ("các tổ chức, hiệp hội DN").
      const last = parties[parties.length - 1];
      if (last && !opensClause(tokens, chunk.start, chunk.end)) {
        last.end = chunk.end;
        continue;
      }
      break;
    }
    const np = readNounPhrase(tokens, chunk.start, { limit: chunk.end, maxTokens: 25 });
    const range = { start: chunk.start, end: Math.max(np, chunk.start + 1) };
    const titled = LEX.personTitles.has(tokens, chunk.start, chunk.end);
    const named = endsWithName(ctx, range);
    if (titled && !named) {
      // "Ủy viên Bộ Chính trị," before "Bí thư Thành ủy TPHCM Đinh La Thăng": a title waiting for
      // its name; "ông A, Bí thư Tỉnh ủy": the title of the name before it.
      const last = parties[parties.length - 1];
      if (last && endsWithName(ctx, last) && !pendingTitle) {
        last.end = range.end;
        continue;
      }
      pendingTitle = pendingTitle ? { start: pendingTitle.start, end: range.end } : range;
      continue;
    }
    if (pendingTitle) {
      parties.push({ start: pendingTitle.start, end: range.end });
      pendingTitle = undefined;
    } else {
      parties.push(range);
    }
    if (np < chunk.end) break;
  }
  if (pendingTitle) parties.push(pendingTitle);
  return parties;
}

/** Events by the sentences they are mentioned in, so a role sentence finds its event in O(1). */
type MentionIndex = Map<number, { ev: EventDraft; m: EventMentionDraft }[]>;

function indexMentions(events: readonly EventDraft[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const ev of events) {
    for (const m of ev.mentions) {
      const list = index.get(m.sentence) ?? [];
      list.push({ ev, m });
      index.set(m.sentence, list);
    }
  }
  return index;
}

/** The event a role sentence speaks of: one mentioned in it, or the last one mentioned before. */
function eventFor(index: MentionIndex, sentence: number, at: number): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestAt = -1;
  for (let s = Math.max(0, sentence - 3); s <= sentence; s++) {
    for (const { ev, m } of index.get(s) ?? []) {
      const pos = m.sentence === sentence ? m.head.start : -1 - (sentence - m.sentence);
      if (m.sentence === sentence && m.head.start > at + 12) continue;
      if (pos > bestAt || !best) {
        best = ev;
        bestAt = pos;
      }
    }
  }
  return best;
}

/** True when an event is mentioned in sentence `s` or one of the three before it. */
function nearMention(index: MentionIndex, s: number): boolean {
  for (let k = Math.max(0, s - 3); k <= s; k++) if (index.has(k)) return true;
  return false;
}

const CHAIR = PhraseMatcher.of(["chủ trì", "đồng chủ trì", "tham dự và chủ trì", "dự và chủ trì"]);
const ATTEND = PhraseMatcher.of([
  "tham dự",
  "dự",
  "tới dự",
  "đến dự",
  "về dự",
  "cùng dự",
  "tham gia",
]);
const ORGANISE = PhraseMatcher.of(["tổ chức", "phối hợp tổ chức", "đăng cai"]);
const SUCH = PhraseMatcher.of([
  "với sự tham dự của",
  "có sự tham dự của",
  "với sự tham gia của",
  "có sự tham gia của",
  "dưới sự chủ trì của",
  "do",
]);

const ROLE_WORDS = [CHAIR, ATTEND, ORGANISE, SUCH];

/** Reads who chaired, attended and organised each event. */
function readRoles(ctx: DiscourseContext, events: readonly EventDraft[]): void {
  const { tokens, sentences } = ctx;
  const index = indexMentions(events);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as TokenRange;
    const limit = sentence.end;
    // Headlines repeat the body in short: roles are read from the body.
    const first = tokens[sentence.start] as Token;
    if (ctx.headings.some((h) => first.start >= h.start && first.start < h.end)) continue;
    // Every role needs an event mentioned in this sentence or the three before (`eventFor`).
    if (!nearMention(index, s)) continue;
    for (let i = sentence.start; i < limit; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word" || !ROLE_WORDS.some((m) => m.canStartWith(t))) continue;
      const clauseStart =
        i === sentence.start ||
        isPunct(tokens[i - 1], ",") ||
        isPunct(tokens[i - 1], ";") ||
        DASHES.has(tokens[i - 1]?.text ?? "");
      const chair = CHAIR.longest(tokens, i, limit);
      const attend = chair ? undefined : ATTEND.longest(tokens, i, limit);
      const role = chair ?? attend;
      if (role && clauseStart && t.cap) {
        // "Tham dự và chủ trì hội nghị có đồng chí ...", "Dự hội nghị có ...".
        const ev = eventFor(index, s, i);
        if (!ev) continue;
        let k = role.end;
        const own = ev.mentions.find((m) => m.sentence === s && m.head.start >= k);
        if (own && own.head.start <= k + 1) k = own.topic ? own.topic.end : own.head.end;
        if (tokens[k]?.key === "còn") k++;
        if (tokens[k]?.key !== "có" && !isPunct(tokens[k], ":")) continue;
        const parties = readPartyList(ctx, k, limit);
        if (chair) ev.chairs.push(...ruled(parties, "chair-role-opener"));
        ev.attendees.push(...ruled(parties, "attendee-role-opener"));
        i = parties.length > 0 ? (parties[parties.length - 1] as TokenRange).end - 1 : i;
        continue;
      }
      if (role && !t.cap) {
        // "X chủ trì hội nghị", "X dự lễ": the subject before the verb.
        if (ATTEND.has(tokens, i - 1, role.end) || CHAIR.has(tokens, i - 1, role.end)) continue;
        const ev = eventFor(index, s, i);
        if (!ev) continue;
        const own = ev.mentions.find(
          (m) => m.sentence === s && m.head.start >= role.end && m.head.start <= role.end + 1,
        );
        if (!own) continue;
        const subject = findIssuer(tokens, sentence, i);
        if (!subject?.range) continue;
        // Only the phrase right before the verb, or the subject it shares ("X dẫn đầu ... tham dự
        // và đồng chủ trì"): a name at the end of a longer clause is not the one who attends.
        if (subject.rule !== "issuer-before-act" && subject.rule !== "issuer-coordinated") continue;
        if (chair) ev.chairs.push({ ...subject.range, rule: "chair-subject" });
        ev.attendees.push({ ...subject.range, rule: "attendee-subject" });
        continue;
      }
      const organise = ORGANISE.longest(tokens, i, limit);
      if (organise && !t.cap) {
        const ev = eventFor(index, s, i);
        const own = ev?.mentions.find(
          (m) =>
            m.sentence === s && m.head.start >= organise.end && m.head.start <= organise.end + 1,
        );
        if (ev && own && !ev.organiser) {
          const subject = findIssuer(tokens, sentence, i);
          if (subject?.range) ev.organiser = { ...subject.range, rule: "organiser-subject" };
        }
        continue;
      }
      const such = SUCH.longest(tokens, i, limit);
      if (such && !t.cap) {
        const ev = eventFor(index, s, i);
        if (!ev) continue;
        const phrase = keysOf(tokens, { start: i, end: such.end });
        if (phrase === "do") {
          // "... do Bộ Công Thương tổ chức", "... do Thủ tướng chủ trì"; not "do (because) năm
          // nay lễ khai hội tổ chức ...".
          if (!partyStart(tokens, such.end, limit)) continue;
          const end = readNounPhrase(tokens, such.end, { limit, subject: true });
          if (end <= such.end) continue;
          const verb = tokens[end];
          const party = { start: such.end, end };
          if (verb && ORGANISE.has(tokens, end, limit) && !ev.organiser) {
            ev.organiser = { ...party, rule: "organiser-do" };
          } else if (verb && CHAIR.has(tokens, end, limit)) {
            ev.chairs.push({ ...party, rule: "chair-do" });
          }
          continue;
        }
        const parties = readPartyList(ctx, such.end, limit);
        if (phrase.includes("chủ trì")) ev.chairs.push(...ruled(parties, "chair-phrase"));
        else ev.attendees.push(...ruled(parties, "attendee-phrase"));
      }
    }
  }
}

/** The date of an event: a date in the sentence of one of its anchored mentions. */
/** Mentions with the body's before the headline's: the body says when and where. */
function bodyFirst(ev: EventDraft): EventMentionDraft[] {
  return [...ev.mentions.filter((m) => !m.headline), ...ev.mentions.filter((m) => m.headline)];
}

/**
 * The part of a mention's sentence its date, place and outcomes are read from: the sentence, cut
 * to a window around the mention so that a text of one endless sentence stays linear.
 */
function windowOf(ctx: DiscourseContext, m: EventMentionDraft): TokenRange {
  const sentence = ctx.sentences[m.sentence] as TokenRange;
  return {
    start: Math.max(sentence.start, m.head.start - 40),
    end: Math.min(sentence.end, m.head.end + 60),
  };
}

function eventDate(
  ctx: DiscourseContext,
  ev: EventDraft,
  documentSpans: readonly Span[],
): DateRef | undefined {
  const { tokens, anchors, doc } = ctx;
  // "Chỉ thị số 40-CT/TW ngày 22/11/2014": a document's date, right after it. The spans are
  // sorted and disjoint: the last one starting before the date is the only candidate.
  const ofDocument = (start: number) => {
    let lo = 0;
    let hi = documentSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((documentSpans[mid] as Span).start <= start) lo = mid + 1;
      else hi = mid;
    }
    const d = documentSpans[lo - 1];
    return d !== undefined && start - d.end <= 2;
  };
  for (const m of bodyFirst(ev)) {
    if (!m.anchor) continue;
    const window = windowOf(ctx, m);
    const range = textSpan(tokens, window);
    // A time adverbial, not a target ("đạt 10 tỷ USD vào năm 2030", "đến năm 2020") nor a term
    // ("nhiệm kỳ 2015-2020"): a year alone dates no meeting, and a target cue before a date makes
    // it one.
    const adverbial = (start: number, grain?: string) =>
      !ofDocument(start) && grain !== "year" && !targetBefore(tokens, window, start);
    const anchor = anchors
      .inside("date", range.start, range.end)
      .find((a) => adverbial(a.start, a.date?.grain));
    if (anchor) return dateRefOf(doc, anchor.start, anchor.end, "event-date-entity", anchor);
    const phrase = findDatePhrases(doc.text, range.start, range.end).find((p) =>
      adverbial(p.start),
    );
    if (phrase) {
      return dateRefOf(doc, phrase.start, phrase.end, "event-date-phrase", undefined, phrase);
    }
  }
  return undefined;
}

/** Words before a date that make it a target or a period, not when something took place. */
const TARGET_BEFORE_DATE = PhraseMatcher.of([
  "đến",
  "tới",
  "đến hết",
  "nhiệm kỳ",
  "giai đoạn",
  "tầm nhìn",
  "định hướng",
  "mục tiêu",
  "đạt",
]);

/** True when a target word stands in the three words before the date at text offset `start`. */
function targetBefore(tokens: readonly Token[], window: TokenRange, start: number): boolean {
  let k = window.start;
  while (k < window.end && (tokens[k] as Token).start < start) k++;
  for (let back = 1; back <= 3 && k - back >= window.start; back++) {
    if ((tokens[k - back] as Token).kind === "punct") break;
    if (TARGET_BEFORE_DATE.longest(tokens, k - back, k)) return true;
  }
  return false;
}

/** The place of an event: "tại ..." in the sentence of one of its anchored mentions. */
function eventPlace(ctx: DiscourseContext, ev: EventDraft): EventEntity["place"] {
  const { tokens, anchors } = ctx;
  for (const m of bodyFirst(ev)) {
    if (!m.anchor) continue;
    const sentence = windowOf(ctx, m);
    for (let k = sentence.start; k < sentence.end; k++) {
      const t = tokens[k] as Token;
      // A list of attendees ("có ..., đại diện ... tại Việt Nam") holds no place of the event.
      if (t.key === "có" && k >= m.head.end) break;
      if (t.key !== "tại") continue;
      const start = k + 1;
      const first = tokens[start];
      if (first?.kind !== "word") continue;
      // "tại hội nghị" is the event itself, not its place; "tại Chỉ thị số 40" is a document.
      if (ev.mentions.some((x) => x.head.start === start)) continue;
      if (DOCUMENT_WORDS.has(tokens, start, sentence.end)) continue;
      if (!first.cap && !PLACE_HEADS.has(tokens, start, sentence.end)) continue;
      let end = readNounPhrase(tokens, start, {
        limit: sentence.end,
        subject: true,
        maxTokens: 12,
      });
      for (let j = start; j < end; j++) if (isPunct(tokens[j], ",")) end = j;
      if (end <= start) continue;
      const span = textSpan(tokens, { start, end });
      const place: NonNullable<EventEntity["place"]> = phraseOf(ctx, { start, end }, "place-tai");
      const anchor = anchors.overlapping("place", span.start, span.end)[0];
      if (anchor?.id) place.placeId = anchor.id;
      return place;
    }
  }
  return undefined;
}

/** Lower-case words that open a place ("tại hội trường ...", "tại trụ sở ..."). */
const PLACE_HEADS = PhraseMatcher.of([
  "hội trường",
  "trụ sở",
  "nhà văn hóa",
  "trung tâm",
  "khu",
  "sân",
  "phòng họp",
  "tỉnh",
  "thành phố",
  "huyện",
  "quận",
  "xã",
  "phường",
  "thị xã",
  "thị trấn",
]);

/** Outcomes in numbers, in the sentences that mention the event ("ghi nhận được 06 ý kiến ..."). */
function eventOutcomes(ctx: DiscourseContext, ev: EventDraft): CountRef[] {
  const { tokens, anchors, doc } = ctx;
  const out: CountRef[] = [];
  const seen = new Set<number>();
  for (const m of ev.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const sentence = windowOf(ctx, m);
    const span = textSpan(tokens, sentence);
    const dates = findDatePhrases(doc.text, span.start, span.end);
    for (let k = sentence.start; k < sentence.end; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "num") continue;
      if (dates.some((d) => t.start >= d.start && t.end <= d.end)) continue;
      if (/^(?:19|20)\p{N}{2}$/u.test(t.text)) continue;
      const nextTok = tokens[k + 1];
      if (nextTok?.kind !== "word" || nextTok.nl) continue;
      // An outcome verb within the four words before the number.
      let cued = false;
      for (let b = Math.max(sentence.start, k - 5); b < k && !cued; b++) {
        const o = OUTCOMES.longest(tokens, b, k + 1);
        if (o && o.end >= k - 1) cued = true;
      }
      if (!cued) continue;
      let e = k + 1;
      while (e < sentence.end && e - k <= 5) {
        const w = tokens[e] as Token;
        if (w.kind !== "word") break;
        if (LEX.prepositions.has(tokens, e, sentence.end) || w.key === "của") break;
        if (e - k > 3 && LEX.verbs.has(tokens, e, sentence.end)) break;
        e++;
      }
      const anchor = anchors.quantity(t.start, t.end);
      const end = (tokens[e - 1] as Token).end;
      out.push(
        countRefOf(doc, t.start, Math.max(end, anchor?.end ?? end), "outcome-verb", anchor, {
          value: parseNumber(t.text),
          unit: doc.text.slice((tokens[k + 1] as Token).start, end),
        }),
      );
      k = e - 1;
    }
  }
  return out;
}

function dedupe(ctx: DiscourseContext, ranges: readonly RuledRange[]): PartyRef[] {
  const out: PartyRef[] = [];
  const seen = new Set<string>();
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const p = partyOf(ctx, r, r.rule);
    const key = p.personId ?? p.organisationId ?? p.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The events of a document, one entity per real event with all its mentions. */
export function findEvents(
  ctx: DiscourseContext,
  /** Spans (in the normalised text) of document references: their dates and names are no event's. */
  documentSpans: readonly Span[] = [],
): {
  events: EventEntity[];
  /** For each event, the sentences it is mentioned in (to link directives to events). */
  sentencesOf: Map<string, Set<number>>;
} {
  const { tokens } = ctx;
  const mentions = findEventMentions(tokens, ctx.sentences);
  const inHeadline = (m: EventMentionDraft) => {
    const t = tokens[m.head.start] as Token;
    return ctx.headings.some((h) => t.start >= h.start && t.start < h.end);
  };
  const drafts = cluster(tokens, mentions, inHeadline);
  readRoles(ctx, drafts);
  const events: EventEntity[] = [];
  const sentencesOf = new Map<string, Set<number>>();
  drafts.forEach((ev, index) => {
    const id = `event-${index + 1}`;
    const first = ev.mentions.find((m) => m.anchor) ?? ev.first;
    const mentionRange = (m: EventMentionDraft): TokenRange => ({
      start: m.head.start,
      end: m.topic ? m.topic.end : m.head.end,
    });
    const entity: EventEntity = {
      ...phraseOf(ctx, mentionRange(first), first.anchor ?? "event-mention"),
      id,
      type: ev.type,
      head: ev.head,
      chairs: dedupe(ctx, ev.chairs),
      attendees: dedupe(ctx, ev.attendees),
      outcomes: eventOutcomes(ctx, ev),
      mentions: ev.mentions.map((m) => ({
        ...phraseOf(ctx, mentionRange(m), m.anchor ?? "event-anaphor"),
        head: m.headText,
      })),
    };
    if (ev.topic) entity.topic = phraseOf(ctx, ev.topic, "topic-after-head");
    if (ev.organiser) entity.organiser = partyOf(ctx, ev.organiser, ev.organiser.rule);
    const date = eventDate(ctx, ev, documentSpans);
    if (date) entity.date = date;
    const place = eventPlace(ctx, ev);
    if (place) entity.place = place;
    events.push(entity);
    sentencesOf.set(id, new Set(ev.mentions.map((m) => m.sentence)));
  });
  return { events, sentencesOf };
}
