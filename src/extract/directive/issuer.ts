import { isAcronym, LEX } from "../discourse/grammar.js";
import { ADVERBIAL_OPENERS } from "../discourse/lexicon/speech-acts.js";
import { readNounPhrase } from "../discourse/np.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, QUOTES, type Token } from "../discourse/tokens.js";

const ADVERBIALS = PhraseMatcher.of(ADVERBIAL_OPENERS);

/** Media and reporting words that make a directive reported rather than spoken. */
const REPORTED = new Set(["cho biết", "cho hay", "thông tin", "nói"]);

/** Who gives a directive, as found before its speech act. */
export interface IssuerFinding {
  /** The issuer phrase, when found. */
  range?: TokenRange;
  /** The directive is told by someone else ("ông X cho biết đã yêu cầu ..."). */
  reported: boolean;
  /** The issuer is the sentence's subject, shared with an earlier verb ("ghi nhận ..., đồng thời đề nghị"). */
  shared: boolean;
  /** Name of the rule that found it. */
  rule: string;
}

/** True when a party phrase may start at `i`: a capital, an acronym, an honorific, a title, "các". */
function partyStart(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.cap || isAcronym(t)) return true;
  if (LEX.honorifics.has(tokens, i, limit) || LEX.personTitles.has(tokens, i, limit)) return true;
  return t.key === "các" || t.key === "hai" || t.key === "mỗi";
}

/** True when the token separates clauses. */
function isSeparator(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === "punct" &&
    (t.text === "," ||
      t.text === ";" ||
      t.text === ":" ||
      QUOTES.has(t.text) ||
      t.text === "(" ||
      t.text === ")")
  );
}

/**
 * Skips, backwards from `j`, the words a source may put between itself and its act: auxiliaries
 * ("đã", "cũng", "đồng thời"), media ("có ý kiến chỉ đạo", "vừa có công văn") and reporting verbs
 * ("cho biết đang"). Returns the new `j` and whether reporting words were skipped.
 */
function skipBack(
  tokens: readonly Token[],
  from: number,
  floor: number,
): { j: number; reported: boolean } {
  let j = from;
  let reported = false;
  for (let guard = 0; guard < 8 && j >= floor; guard++) {
    let moved = false;
    for (let k = Math.max(floor, j - 4); k <= j; k++) {
      const pre = LEX.preAct.longest(tokens, k, j + 1);
      const media = LEX.media.longest(tokens, k, j + 1);
      const full = pre?.end === j + 1 ? pre : media?.end === j + 1 ? media : undefined;
      if (!full) continue;
      const phrase = tokens
        .slice(k, j + 1)
        .map((t) => t.key)
        .join(" ");
      if (REPORTED.has(phrase)) reported = true;
      j = k - 1;
      moved = true;
      break;
    }
    if (!moved) break;
  }
  return { j, reported };
}

/** Start of the clause that ends at `j`: after the nearest separator, or the sentence start. */
function clauseStart(tokens: readonly Token[], j: number, floor: number): number {
  for (let k = j; k >= floor; k--) if (isSeparator(tokens[k])) return k + 1;
  return floor;
}

/**
 * The subject of a sentence: the noun phrase that opens its main clause, after any adverbial
 * clauses ("Phát biểu chỉ đạo tại hội nghị, đồng chí Cao Văn Minh – Phó Bí thư ... ghi nhận ..."),
 * with the appositions that follow it between commas ("Ông X, Giám đốc Sở Y, cho biết ...").
 */
export function sentenceSubject(
  tokens: readonly Token[],
  sentence: TokenRange,
  before: number,
): TokenRange | undefined {
  let s = sentence.start;
  // Skip a bullet or an opening quote.
  while (s < before && tokens[s]?.kind === "punct") s++;
  for (let guard = 0; guard < 6 && s < before; guard++) {
    if (ADVERBIALS.has(tokens, s, before) || tokens[s]?.kind === "num") {
      // Skip to the end of the adverbial clause (the next comma).
      let k = s;
      while (k < before && !(tokens[k]?.kind === "punct" && tokens[k]?.text === ",")) k++;
      if (k >= before) return undefined;
      s = k + 1;
      continue;
    }
    break;
  }
  if (!partyStart(tokens, s, before)) return undefined;
  let end = readNounPhrase(tokens, s, { limit: before, subject: true });
  if (end <= s) return undefined;
  // Appositions between commas: "Ông Trịnh Tuấn Liêm, Giám đốc Sở GTVT tỉnh Đồng Nai, cho biết".
  while (tokens[end]?.text === "," && end + 1 < before) {
    const k = end + 1;
    if (!(tokens[k]?.cap || LEX.personTitles.has(tokens, k, before))) break;
    const e = readNounPhrase(tokens, k, { limit: before, subject: true });
    if (e <= k || tokens[e]?.text !== ",") break;
    end = e;
  }
  return { start: s, end };
}

/**
 * Finds who gives the directive whose speech act starts at `act`:
 * 1. the noun phrase right before the act, past auxiliaries and media ("Thủ tướng cũng đã yêu cầu",
 *    "Thanh tra Bộ Nội vụ vừa có công văn yêu cầu");
 * 2. a party phrase at the end of the clause before the act ("mặc dù ... nhưng bà Thu cũng yêu cầu");
 * 3. when nothing but connectives stands between a comma and the act ("..., đồng thời đề nghị"), the
 *    sentence's subject.
 * Returns undefined when other words stand before the act in its clause: then the act is embedded
 * in another phrase and gives no directive of its own.
 */
export function findIssuer(
  tokens: readonly Token[],
  sentence: TokenRange,
  act: number,
): IssuerFinding | undefined {
  const { j, reported } = skipBack(tokens, act - 1, sentence.start);
  if (j < sentence.start) {
    return { reported, shared: false, rule: "issuer-none" };
  }
  const cs = clauseStart(tokens, j, sentence.start);
  if (cs > j) {
    // Nothing in this clause but connectives: the subject is shared with the sentence.
    const subject = sentenceSubject(tokens, sentence, cs - 1);
    if (!subject) return { reported, shared: true, rule: "issuer-none" };
    return { range: subject, reported, shared: true, rule: "issuer-sentence-subject" };
  }
  // Bullets and dashes at the clause start are not part of the issuer.
  let start = cs;
  while (start <= j && tokens[start]?.kind === "punct" && DASHES.has(tokens[start]?.text ?? "")) {
    start++;
  }
  // A sentence adverb is not the issuer ("Rõ ràng những người ..."): look after it.
  const adverb = ADVERBIALS.longest(tokens, start, j + 1);
  if (adverb && adverb.end <= j) start = adverb.end;
  if (start > j) return { reported, shared: false, rule: "issuer-none" };
  if (partyStart(tokens, start, j + 1)) {
    if (readNounPhrase(tokens, start, { limit: j + 1, subject: true }) === j + 1) {
      return { range: { start, end: j + 1 }, reported, shared: false, rule: "issuer-before-act" };
    }
  }
  // A sentence-initial adverbial with no comma may precede the subject: try later starts.
  for (let k = start + 1; k <= j; k++) {
    if (!partyStart(tokens, k, j + 1)) continue;
    if (readNounPhrase(tokens, k, { limit: j + 1, subject: true }) === j + 1) {
      return {
        range: { start: k, end: j + 1 },
        reported,
        shared: false,
        rule: "issuer-clause-end",
      };
    }
  }
  return undefined;
}
