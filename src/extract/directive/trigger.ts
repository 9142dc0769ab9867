import { LEX } from "../discourse/grammar.js";
import {
  LIST_NOUNS_BEFORE,
  NOMINAL_FOLLOWERS,
  NOMINALISERS,
  NOT_SPEECH_ACT_COMPOUNDS,
  type SpeechActInfo,
} from "../discourse/lexicon/speech-acts.js";
import { readNounPhrase } from "../discourse/np.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, isPunct, QUOTES, type Token } from "../discourse/tokens.js";

const NOT_ACTS = PhraseMatcher.of(NOT_SPEECH_ACT_COMPOUNDS);

/** A speech act that opens a directive. */
export interface Trigger {
  /** Token index of the first speech act word. */
  start: number;
  /** Token index after the last speech act word (chained acts merged: "chỉ đạo, yêu cầu"). */
  end: number;
  /** The act that takes the addressee: the last of a chain. */
  info: SpeechActInfo;
  /** "được giao", "được UBND tỉnh giao": the subject is the addressee. */
  passive?: {
    /** The agent between `được` and the act, when written ("được UBND tỉnh giao"). */
    agent?: TokenRange;
    /** Token index of `được`. */
    at: number;
  };
}

/** Keys of the one and two words before token `i`. */
function keysBefore(tokens: readonly Token[], i: number): string[] {
  const out: string[] = [];
  const a = tokens[i - 1];
  if (a?.kind === "word") {
    out.push(a.key);
    const b = tokens[i - 2];
    if (b?.kind === "word") out.push(`${b.key} ${a.key}`);
  }
  return out;
}

/** Keys of the one and two words from token `i`. */
function keysFrom(tokens: readonly Token[], i: number): string[] {
  const out: string[] = [];
  const a = tokens[i];
  if (a?.kind === "word") {
    out.push(a.key);
    const b = tokens[i + 1];
    if (b?.kind === "word") out.push(`${a.key} ${b.key}`);
  }
  return out;
}

/** True when a compound that is not a speech act covers the act at `i` ("giao thông", "bàn giao"). */
function blockedByCompound(tokens: readonly Token[], i: number, actEnd: number): boolean {
  for (let k = Math.max(0, i - 2); k <= i; k++) {
    const c = NOT_ACTS.longest(tokens, k);
    if (c && c.end > i && (k < i || c.end > actEnd)) return true;
  }
  return false;
}

/** True when the phrase before `được` at `at` names a party (a capital, an acronym, "các ..."). */
function passiveSubject(tokens: readonly Token[], at: number, sentence: TokenRange): boolean {
  for (let k = at - 1; k >= Math.max(sentence.start, at - 12); k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") return false;
    if (LEX.preAct.has(tokens, k, at)) continue;
    if (t.cap || (t.text.length > 1 && t.text === t.text.toUpperCase() && t.kind === "word")) {
      // "Sử dụng quyền lực được giao ...": a verb opening the sentence is no subject.
      if (k === sentence.start && LEX.verbs.longest(tokens, k, at)?.end !== undefined) {
        const v = LEX.verbs.longest(tokens, k, at);
        if (v && v.end - k >= 2) return false;
      }
      return true;
    }
    if (t.key === "các" || t.key === "những") return true;
    if (k === at - 1 || LEX.preAct.has(tokens, k + 1, at)) {
    }
  }
  return false;
}

/** True when the token may start a sentence-level unit (so a capitalised act may open there). */
function opensUnit(tokens: readonly Token[], i: number, sentence: TokenRange): boolean {
  if (i === sentence.start) return true;
  const prev = tokens[i - 1];
  return (
    prev !== undefined &&
    prev.kind === "punct" &&
    (prev.text === ":" || prev.text === "(" || QUOTES.has(prev.text) || DASHES.has(prev.text))
  );
}

/**
 * The speech act at token `i` when it opens a directive: a verb, not a noun ("sự chỉ đạo", "theo
 * yêu cầu", "đơn đề nghị", "Ban Chỉ đạo"), not part of another word ("giao thông"), and followed by
 * something it can take (an addressee, an action or a colon), not by "của", "số" or the end of the
 * sentence.
 */
export function findTrigger(
  tokens: readonly Token[],
  i: number,
  sentence: TokenRange,
): Trigger | undefined {
  const t = tokens[i];
  if (t?.kind !== "word" || !LEX.speechActs.canStartWith(t)) return undefined;
  const m = LEX.speechActs.longest(tokens, i, sentence.end);
  if (!m) return undefined;
  if (t.cap && !opensUnit(tokens, i, sentence)) return undefined;
  if (blockedByCompound(tokens, i, m.end)) return undefined;
  if (keysBefore(tokens, i).some((k) => NOMINALISERS.has(k))) return undefined;
  // "sự lãnh đạo, chỉ đạo ...", "lãnh đạo, chỉ đạo thực hiện ...": one more noun of a list.
  if (
    isPunct(tokens[i - 1], ",") &&
    keysBefore(tokens, i - 1).some((k) => LIST_NOUNS_BEFORE.has(k))
  ) {
    return undefined;
  }
  if (keysBefore(tokens, i).some((k) => LIST_NOUNS_BEFORE.has(k))) return undefined;
  let end = m.end;
  let info = m.value;
  // Chains: "chỉ đạo, yêu cầu", "có ý kiến chỉ đạo giao cho", "đề nghị và yêu cầu".
  for (let hops = 0; hops < 3; hops++) {
    let j = end;
    if (isPunct(tokens[j], ",") || tokens[j]?.key === "và") j++;
    const next = LEX.speechActs.longest(tokens, j, sentence.end);
    if (next?.value.strength !== "strong" || blockedByCompound(tokens, j, next.end)) break;
    end = next.end;
    info = next.value;
  }
  const after = tokens[end];
  if (!after || end >= sentence.end) return undefined;
  // "đề nghị 38 tỉnh, thành phố": a count before a noun is an addressee; "Quyết định 123" is not.
  if (after.kind === "num" && tokens[end + 1]?.kind !== "word") return undefined;
  // "giao 84 đầu việc": a count after `giao` is what is given, not to whom; "(kế hoạch) thành
  // phố giao, ...": `giao` closing a noun phrase.
  if (info.lemma === "giao" && (after.kind === "num" || after.kind === "punct")) return undefined;
  if (after.kind === "punct" && [".", ")", "!", "?", "…", ";"].includes(after.text)) {
    return undefined;
  }
  if (keysFrom(tokens, end).some((k) => NOMINAL_FOLLOWERS.has(k))) return undefined;
  // "Chỉ thị “kiểm điểm ...”": an act right before a quotation is a title, not a directive
  // (a quoted directive follows a colon: "đề nghị: “...”").
  if (after.kind === "punct" && (after.text === "“" || after.text === '"')) return undefined;
  if (after.key === "số") return undefined;

  const trigger: Trigger = { start: i, end, info };
  const prev = tokens[i - 1];
  if (prev?.key === "được") {
    // "Sở Y tế được giao ...": the subject must name a party, not a thing ("nhiệm vụ được giao").
    if (!passiveSubject(tokens, i - 1, sentence)) return undefined;
    trigger.passive = { at: i - 1 };
  } else {
    // "được UBND tỉnh giao chủ trì": the agent between `được` and the act.
    for (let k = i - 2; k >= Math.max(sentence.start, i - 10); k--) {
      const w = tokens[k] as Token;
      if (w.kind === "punct") break;
      if (w.key !== "được") continue;
      const agentStart = k + 1;
      if (
        tokens[agentStart]?.cap &&
        readNounPhrase(tokens, agentStart, { limit: i, subject: true }) === i
      ) {
        trigger.passive = { at: k, agent: { start: agentStart, end: i } };
      }
      break;
    }
  }
  return trigger;
}
