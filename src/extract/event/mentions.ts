import type { EventType } from "../../schema/discourse.js";
import { isAcronym, LEX, verbOpenerAt } from "../discourse/grammar.js";
import { readNounPhrase } from "../discourse/np.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import type { Token } from "../discourse/tokens.js";
import {
  ANCHORS_AFTER,
  ANCHORS_BEFORE,
  CEREMONY_KINDS,
  EVENT_WORDS,
  NOT_EVENT_AFTER,
  NOT_EVENT_BEFORE,
  TOPIC_STOPS,
} from "./lexicon.js";

const EVENTS = new PhraseMatcher<EventType>(EVENT_WORDS);
const CEREMONIES = PhraseMatcher.of(CEREMONY_KINDS);
const BEFORE = PhraseMatcher.of(ANCHORS_BEFORE);
const AFTER = PhraseMatcher.of(ANCHORS_AFTER);
const STOPS = PhraseMatcher.of(TOPIC_STOPS);

/** Plural determiners before an event word. */
const PLURALS: ReadonlySet<string> = new Set([
  "các",
  "những",
  "nhiều",
  "mọi",
  "các cuộc",
  "những cuộc",
]);

/** Heads that are verbs ("Bộ Công Thương họp ...", "Thủ tướng tiếp ..."): they need a subject. */
const VERB_HEADS: ReadonlySet<string> = new Set([
  "họp",
  "tiếp",
  "làm việc với",
  "thăm và làm việc",
  "hội đàm",
  "hội kiến",
  "tập huấn",
  "thăm chính thức",
  "giao ban",
]);

/** One mention of an event word in the text. */
export interface EventMentionDraft {
  sentence: number;
  /** Token range of the head (with the ceremony kind: "lễ khánh thành"). */
  head: TokenRange;
  headText: string;
  type: EventType;
  /** Token range of the topic after the head, when there is one. */
  topic?: TokenRange;
  /** Name of the rule that anchors the mention as a real occurrence, or undefined. */
  anchor?: string;
  /** The mention is in a headline or inter-title. */
  headline?: boolean;
}

function keysOf(tokens: readonly Token[], start: number, end: number): string {
  const keys: string[] = [];
  for (let k = start; k < end; k++) keys.push((tokens[k] as Token).key);
  return keys.join(" ");
}

/** True when a phrase of `m` ends exactly at token `i`, starting within four tokens before. */
function endsAt(
  m: PhraseMatcher<unknown>,
  tokens: readonly Token[],
  i: number,
  floor: number,
): boolean {
  for (let k = Math.max(floor, i - 4); k < i; k++) {
    if (m.longest(tokens, k, i)?.end === i) return true;
  }
  return false;
}

/** True when a party's name or group opens at `i` ("Ban Tuyên giáo", "các bộ", "đồng chí ..."). */
function partyOpens(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.cap || isAcronym(t)) return true;
  if (LEX.honorifics.has(tokens, i, limit) || LEX.personTitles.has(tokens, i, limit)) return true;
  const two = `${t.key} ${tokens[i + 1]?.key ?? ""}`;
  return (
    PARTY_OPENERS.has(t.key) ||
    PARTY_OPENERS.has(two) ||
    LEX.organisationHeads.has(tokens, i, limit)
  );
}

/** Lower-case words that open a group of people or bodies ("các bên liên quan", "nhà trường"). */
const PARTY_OPENERS: ReadonlySet<string> = new Set([
  "các",
  "những",
  "hai",
  "ba",
  "mọi",
  "đại diện",
  "lãnh đạo",
  "người",
  "nhà",
  "chị",
  "anh",
  "bà",
  "ông",
  "đoàn",
  "phía",
  "trường",
  "chủ",
  "tỉnh",
  "thành phố",
  "quận",
  "huyện",
  "thị xã",
  "xã",
  "phường",
  "địa phương",
]);

/** Words before a title that make the person part of the topic ("làm việc với Thủ tướng"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(["với", "của", "giữa", "và", "cho", "về"]);

/** Verbs that cannot open a topic: the event's own predicate ("lễ khai hội tổ chức tại ..."). */
const NOT_TOPIC_START: ReadonlySet<string> = new Set(["tổ chức", "diễn ra", "quyết định"]);

/** Words that open a photo credit in parentheses ("(ảnh VGP)"), which ends a topic. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(["ảnh", "nguồn", "video", "clip"]);

/**
 * Reads the topic after an event word: up to a punctuation mark, a role word or a verb of its own.
 * After "làm việc với" the topic is the party worked with, a noun phrase.
 */
function readTopic(
  tokens: readonly Token[],
  from: number,
  limit: number,
  withParty = false,
): TokenRange | undefined {
  if (withParty) {
    let end = readNounPhrase(tokens, from, { limit, maxTokens: 15 });
    // "làm việc với Quận ủy quận 2 sáng 7/2": the party ends where a time or a place opens.
    for (let k = from + 1; k < end; k++) {
      if (tokens[k]?.kind === "word" && !tokens[k]?.cap && STOPS.has(tokens, k, end)) {
        end = k;
        break;
      }
    }
    while (end > from && tokens[end - 1]?.kind === "punct") end--;
    return end > from ? { start: from, end } : undefined;
  }
  const first = tokens[from];
  if (
    first?.kind === "word" &&
    NOT_TOPIC_START.has(keysOf(tokens, from, Math.min(limit, from + 2)))
  )
    return undefined;
  if (first?.kind === "word" && NOT_TOPIC_START.has(first.key)) return undefined;
  let end = from;
  let depth = 0;
  for (let k = from; k < limit && k - from < 25; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") {
      if (t.text === "(") {
        if (CREDIT_WORDS.has(tokens[k + 1]?.key ?? "")) break;
        depth++;
        continue;
      }
      if (t.text === ")" && depth > 0) {
        depth--;
        end = k + 1;
        continue;
      }
      if (depth > 0) continue;
      if (t.text === "-" || t.text === "–" || t.text === "&" || t.text === "/") continue;
      // A quotation inside the topic ("hội thảo “Chuyển đổi số”"), not a closing mark after it.
      if (
        (t.text === "“" || t.text === '"') &&
        tokens[k + 1]?.kind === "word" &&
        !tokens[k + 1]?.sp
      ) {
        end = k + 1;
        continue;
      }
      if (t.text === "”" || t.text === '"') {
        if (k > from) end = k + 1;
        continue;
      }
      break;
    }
    if (depth > 0) continue;
    if (t.nl && k > from) break;
    // "cuộc họp Phó Thủ tướng Vương Đình Huệ chỉ đạo": a person who is not the topic's object.
    const before = tokens[k - 1];
    if (
      LEX.personTitles.has(tokens, k, limit) &&
      t.cap &&
      !(before?.kind === "word" && TOPIC_PREPOSITIONS.has(before.key))
    ) {
      break;
    }
    // "cuộc họp hoặc làm việc trực tiếp", "cuộc hội đàm hay điện đàm": a coordinator ends the
    // topic (the second event word is another event, not what the first is about).
    if (!t.cap && (t.key === "hoặc" || t.key === "hay")) break;
    if (k > from || !t.cap) {
      if (STOPS.has(tokens, k, limit) && !(k === from && t.key === "về")) break;
      // "họp mặt DN và nhà đầu tư": `và` joins the topic, unless a verb follows it.
      if (t.key === "và" && verbOpenerAt(tokens, k + 1, limit)) break;
      if (LEX.speechActs.has(tokens, k, limit) && !t.cap && k > from) break;
      if (LEX.reporting.has(tokens, k, limit) && !t.cap && k > from) break;
    }
    end = k + 1;
  }
  // "... Vladimir Putin hồi tháng 12/2016 và": no connective at the end.
  while (end > from && ["và", "hay", "hoặc"].includes(tokens[end - 1]?.key ?? "")) end--;
  return end > from ? { start: from, end } : undefined;
}

/**
 * Finds the event words of a sentence ("hội nghị", "lễ khánh thành", "buổi làm việc", a subject
 * that "họp"), with the topic that follows each and whether the sentence anchors it as an event
 * that took place (an organising verb before it, a verb after it, or the event as subject).
 */
export function findEventMentions(
  tokens: readonly Token[],
  sentences: readonly TokenRange[],
): EventMentionDraft[] {
  const out: EventMentionDraft[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as TokenRange;
    for (let i = sentence.start; i < sentence.end; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word") continue;
      if (!EVENTS.canStartWith(t)) continue;
      const m = EVENTS.longest(tokens, i, sentence.end);
      if (!m) continue;
      let headEnd = m.end;
      let head = keysOf(tokens, i, headEnd);
      const prevKeys = [tokens[i - 1], tokens[i - 2]];
      const p1 = prevKeys[0]?.kind === "word" ? prevKeys[0].key : "";
      const p2 = prevKeys[1]?.kind === "word" ? `${prevKeys[1].key} ${p1}` : "";
      if (NOT_EVENT_BEFORE.has(p1) || NOT_EVENT_BEFORE.has(p2)) continue;
      // "các hội nghị", "nhiều cuộc họp": a plural names no one event.
      if (PLURALS.has(p1) || PLURALS.has(p2)) continue;
      const next = tokens[headEnd];
      if (next?.kind === "word" && NOT_EVENT_AFTER.has(next.key)) continue;
      // A longer verb or noun at the same place is another word ("tiếp tục", "họp mặt" is a head).
      const verb = LEX.verbs.longest(tokens, i, sentence.end);
      const marker = LEX.markers.longest(tokens, i, sentence.end);
      if ((verb && verb.end > headEnd) || (marker && marker.end > headEnd)) continue;
      if (head === "lễ" || head === "buổi lễ") {
        const kind = CEREMONIES.longest(tokens, headEnd, sentence.end);
        if (kind) {
          headEnd = kind.end;
          head = keysOf(tokens, i, headEnd);
        } else if (head === "lễ") {
          continue;
        }
      }
      if (head === "đại hội" && next?.key === "thể") continue;
      const type = m.value;
      const mention: EventMentionDraft = {
        sentence: s,
        head: { start: i, end: headEnd },
        headText: head,
        type,
      };
      const withParty = tokens[headEnd - 1]?.key === "với";
      const topic = readTopic(tokens, headEnd, sentence.end, withParty);
      // "làm việc với giấy tờ": working with a thing is no meeting.
      if (withParty && !(topic && partyOpens(tokens, headEnd, sentence.end))) continue;
      if (topic) mention.topic = topic;
      const after = topic ? topic.end : headEnd;

      if (VERB_HEADS.has(head)) {
        // "Bộ Công Thương họp ...", "Thủ tướng tiếp ...": a verb with a subject before it.
        let k = i - 1;
        while (k >= sentence.start && LEX.preAct.has(tokens, k, i)) k--;
        // The subject ends right before (past auxiliaries): a capitalised word within its last
        // three words ("Thường trực Chính phủ đã họp", "Bộ Công Thương họp").
        let subjectBefore = false;
        for (let b = k; b >= Math.max(sentence.start, k - 2); b--) {
          const w = tokens[b] as Token;
          if (w.kind !== "word") break;
          if (w.cap || LEX.personTitles.has(tokens, b, i)) {
            subjectBefore = true;
            break;
          }
        }
        if (
          head === "tiếp" &&
          !(next?.cap || LEX.personTitles.has(tokens, headEnd, sentence.end))
        ) {
          continue;
        }
        if (subjectBefore || endsAt(BEFORE, tokens, i, sentence.start))
          mention.anchor = "event-verb";
        else if (i === sentence.start && t.cap && mention.topic) mention.anchor = "event-headline";
        else if (head === "tiếp" || head === "họp") continue;
      }
      if (!mention.anchor && endsAt(BEFORE, tokens, i, sentence.start)) {
        mention.anchor = "event-after-verb";
      }
      if (
        !mention.anchor &&
        (AFTER.has(tokens, after, sentence.end) || tokens[after]?.text === ",")
      ) {
        const afterWord = AFTER.has(tokens, after, sentence.end);
        if (afterWord) mention.anchor = "event-before-verb";
      }
      if (!mention.anchor && i === sentence.start && t.cap) {
        // "Hội nghị cũng đã ghi nhận ...", "Đại hội Đảng bộ quận ... lần thứ I, nhiệm kỳ ... xác
        // định ...": the event is the subject; a verb head opening a headline is the event itself.
        const n = tokens[after];
        if ((n?.kind === "word" && !n.cap) || mention.topic) mention.anchor = "event-subject";
      }
      // "chuyến thăm chính thức Việt Nam của Thủ tướng Nhật Bản": a visit with its visitor.
      if (!mention.anchor && type === "visit" && mention.topic) mention.anchor = "event-visit";
      out.push(mention);
      i = Math.max(i, headEnd - 1);
    }
  }
  return out;
}
