import { isAcronym, LEX, verbOpenerAt } from "../discourse/grammar.js";
import { ADVERBIAL_OPENERS } from "../discourse/lexicon/speech-acts.js";
import { readNounPhrase } from "../discourse/np.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, QUOTES, type Token } from "../discourse/tokens.js";

const ADVERBIALS = PhraseMatcher.of(ADVERBIAL_OPENERS);

/** Conjunctions and prepositions that open a clause, never a party ("Nhằm đôn đốc ..."). */
const CLAUSE_OPENERS = PhraseMatcher.of([
  "nhằm",
  "để",
  "khi",
  "nếu",
  "vì",
  "mặc dù",
  "dù",
  "tuy",
  "tuy nhiên",
  "nhưng",
  "song",
  "hoặc",
  "hay",
  "và",
  "theo",
  "tại",
  "trong",
  "sau khi",
  "trước khi",
  "với",
  "về",
  "đối với",
  "thậm chí",
]);

/** Connectives that join the act to an earlier verb of the same subject ("... và yêu cầu"). */
const CONNECTIVES = new Set(["và", "đồng thời", "đồng thời cũng", "cũng đồng thời"]);

/** Words before a name that make it part of a longer phrase, not a subject. */
const INSIDE_PHRASE = new Set([
  "và",
  "của",
  "với",
  "về",
  "đến",
  "cho",
  "tại",
  "trong",
  "từ",
  "theo",
]);

/** Sentence openers that continue the previous sentence's subject ("Đồng thời, ..."). */
export const CONTINUATIONS = PhraseMatcher.of([
  "đồng thời",
  "ngoài ra",
  "bên cạnh đó",
  "cùng với đó",
  "cùng đó",
  "đồng thời cũng",
]);

/** Words of a time phrase skipped before an act ("vào tháng 5.2016", "ngày 3/2"). */
const TIME_WORDS = new Set(["tháng", "ngày", "năm", "sáng", "chiều", "tối", "hôm"]);
const TIME_PREPOSITIONS = new Set(["vào", "từ", "trong", "hôm"]);

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
  /** A connective ("đồng thời", "và") joins the act to an earlier verb. */
  connective?: boolean;
  /** Name of the rule that found it. */
  rule: string;
}

/**
 * True when a party phrase may start at `i`: a capital, an acronym, an honorific, a title, "các".
 * A capitalised conjunction or adverbial opener ("Nhằm", "Để", "Khi") starts a clause, no party.
 */
function partyStart(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.cap && (LEX.purpose.has(tokens, i, limit) || CLAUSE_OPENERS.has(tokens, i, limit))) {
    return false;
  }
  if (t.cap || isAcronym(t)) return true;
  if (LEX.honorifics.has(tokens, i, limit) || LEX.personTitles.has(tokens, i, limit)) return true;
  if (PARTY_WORDS.has(t.key)) return true;
  const two = `${t.key} ${tokens[i + 1]?.key ?? ""}`;
  if (two === "thành phố" || two === "lãnh đạo") return true;
  // "nhiều cử tri", "một số đại biểu": a quantifier needs its noun before the act.
  const quantifier = QUANTIFIERS.has(t.key) ? 1 : QUANTIFIERS.has(two) ? 2 : 0;
  return quantifier > 0 && i + quantifier < limit && tokens[i + quantifier]?.kind === "word";
}

/** Lower-case words that open a party's noun phrase. */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  "các",
  "hai",
  "mỗi",
  "tỉnh",
  "thành phố",
  "huyện",
  "quận",
  "xã",
  "phường",
]);

/** Quantifiers that open a group of people ("nhiều cử tri"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(["nhiều", "những", "mọi", "một số", "toàn thể"]);

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
): { j: number; reported: boolean; connective: boolean } {
  let j = from;
  let reported = false;
  let connective = false;
  for (let guard = 0; guard < 10 && j >= floor; guard++) {
    let moved = false;
    // A document number between the medium and the act ("đã ký công văn số 301/BGDĐT-GDMN chỉ
    // đạo ..."): back over the number, "số" and the document word.
    const doc = documentBefore(tokens, j, floor);
    if (doc < j) {
      j = doc;
      continue;
    }
    // A time phrase between the medium and the act ("có công văn vào tháng 5.2016 yêu cầu").
    const t = tokens[j];
    if (t?.kind === "num") {
      let k = j - 1;
      if (tokens[k]?.kind === "word" && TIME_WORDS.has((tokens[k] as Token).key)) {
        k--;
        if (tokens[k]?.kind === "word" && TIME_PREPOSITIONS.has((tokens[k] as Token).key)) k--;
        j = k;
        continue;
      }
    }
    for (let k = Math.max(floor, j - 4); k <= j; k++) {
      const pre = LEX.preAct.longest(tokens, k, j + 1);
      const media = LEX.media.longest(tokens, k, j + 1);
      const full = pre?.end === j + 1 ? pre : media?.end === j + 1 ? media : undefined;
      if (!full) continue;
      const phrase = tokens
        .slice(k, j + 1)
        .map((x) => x.key)
        .join(" ");
      if (REPORTED.has(phrase)) reported = true;
      if (CONNECTIVES.has(phrase)) connective = true;
      j = k - 1;
      moved = true;
      break;
    }
    if (!moved) break;
  }
  return { j, reported, connective };
}

/** Document words a medium names before its number. */
const DOCUMENT_WORDS = PhraseMatcher.of([
  "công văn",
  "văn bản",
  "quyết định",
  "chỉ thị",
  "công điện",
  "kế hoạch",
  "thông báo",
  "thông tư",
  "nghị quyết",
]);

/**
 * Backs over "công văn số 301/BGDĐT-GDMN" ending at `j`: returns the index before the document word,
 * or `j` when no such reference ends there.
 */
function documentBefore(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k >= floor) {
    const t = tokens[k] as Token;
    const code =
      t.kind === "num" ||
      (t.kind === "punct" && (t.text === "/" || t.text === "-")) ||
      isAcronym(t);
    if (!code) break;
    k--;
  }
  if (k === j) return j;
  if (tokens[k]?.key === "số") k--;
  for (let s = Math.max(floor, k - 2); s <= k; s++) {
    if (DOCUMENT_WORDS.longest(tokens, s, k + 1)?.end === k + 1) return s - 1;
  }
  return j;
}

/** Start of the clause that ends at `j`: after the nearest separator, or the sentence start. */
function clauseStart(tokens: readonly Token[], j: number, floor: number): number {
  // A clause longer than the window is no issuer's: bounding the look-back keeps a huge
  // unpunctuated text linear.
  const stop = Math.max(floor, j - CLAUSE_WINDOW);
  for (let k = j; k >= stop; k--) if (isSeparator(tokens[k])) return k + 1;
  return stop;
}

/** Longest clause, in tokens, read back from a speech act. */
const CLAUSE_WINDOW = 60;

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
      const stop = Math.min(before, s + CLAUSE_WINDOW);
      while (k < stop && !(tokens[k]?.kind === "punct" && tokens[k]?.text === ",")) k++;
      if (k >= stop) return undefined;
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
 * The subject of the clause that ends at the separator `sep`: a party phrase at its start followed
 * by an auxiliary or a verb ("Sergei đã đe dọa").
 */
function previousClauseSubject(
  tokens: readonly Token[],
  sentence: TokenRange,
  sep: number,
): TokenRange | undefined {
  if (sep - 1 < sentence.start) return undefined;
  const start = clauseStart(tokens, sep - 1, sentence.start);
  if (start >= sep || !partyStart(tokens, start, sep)) return undefined;
  const before = tokens[start - 1];
  if (before?.kind === "word" && INSIDE_PHRASE.has(before.key)) return undefined;
  const end = readNounPhrase(tokens, start, { limit: sep, subject: true });
  if (end <= start || end >= sep) return undefined;
  if (!(LEX.auxiliaries.has(tokens, end, sep) || verbOpenerAt(tokens, end, sep))) return undefined;
  return { start, end };
}

/**
 * True when everything from the sentence start to `until` is adverbial clauses ("Theo đó,",
 * "Sáng 6/2, tại hội nghị,"), bullets or quotes: then an act at `until` has no subject before it.
 */
function onlyAdverbials(tokens: readonly Token[], sentence: TokenRange, until: number): boolean {
  let s = sentence.start;
  while (s < until && tokens[s]?.kind === "punct") s++;
  for (let guard = 0; guard < 6 && s < until; guard++) {
    if (!(ADVERBIALS.has(tokens, s, until) || CONTINUATIONS.has(tokens, s, until))) {
      if (tokens[s]?.kind !== "num") return false;
    }
    let k = s;
    const stop = Math.min(until, s + CLAUSE_WINDOW);
    while (k < stop && !(tokens[k]?.kind === "punct" && tokens[k]?.text === ",")) k++;
    s = k + 1;
  }
  return s >= until;
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
  const { j, reported, connective } = skipBack(tokens, act - 1, sentence.start);
  if (j < sentence.start) {
    // "Đồng thời chỉ đạo ...": a connective opening the sentence continues the previous one.
    return { reported, shared: false, connective, rule: "issuer-none" };
  }
  const cs = clauseStart(tokens, j, sentence.start);
  if (cs > j) {
    // Nothing in this clause but connectives: the subject is shared with the sentence.
    const subject = sentenceSubject(tokens, sentence, cs - 1);
    // "chùa là nơi diễn thuyết, tổ chức các cuộc mít-tinh, kêu gọi nhân dân ...": one more
    // predicate of a subject that is no party. Only adverbial clauses may stand before a
    // subjectless act ("Theo đó, đề nghị ...").
    if (!subject && !connective && !onlyAdverbials(tokens, sentence, cs)) {
      // "..., Sergei đã đe dọa, yêu cầu Daria ...": the subject of the clause right before, when
      // it opens with a party and its verb.
      const previous = previousClauseSubject(tokens, sentence, cs - 1);
      if (previous) {
        return { range: previous, reported, shared: true, rule: "issuer-previous-clause" };
      }
      return undefined;
    }
    if (!subject) return { reported, shared: true, connective, rule: "issuer-none" };
    return { range: subject, reported, shared: true, connective, rule: "issuer-sentence-subject" };
  }
  // Bullets and dashes at the clause start are not part of the issuer.
  let start = cs;
  while (start <= j && tokens[start]?.kind === "punct" && DASHES.has(tokens[start]?.text ?? "")) {
    start++;
  }
  // A sentence adverb is not the issuer ("Rõ ràng những người ..."): look after it.
  const clauseFirst = start;
  const adverb = ADVERBIALS.longest(tokens, start, j + 1);
  if (adverb && adverb.end <= j) start = adverb.end;
  if (start > j) return { reported, shared: false, rule: "issuer-none" };
  if (partyStart(tokens, start, j + 1)) {
    if (readNounPhrase(tokens, start, { limit: j + 1, subject: true }) === j + 1) {
      return { range: { start, end: j + 1 }, reported, shared: false, rule: "issuer-before-act" };
    }
  }
  // "..., Thủ tướng đã chấp thuận chủ trương và giao cho ...": after `và`, the subject of the
  // act's own clause, when it opens with a party followed by its verb (not the object before `và`:
  // "Hội đồng ... lên án các cuộc tảo hôn và khẳng định ...").
  if (connective && partyStart(tokens, start, j + 1)) {
    const e = readNounPhrase(tokens, start, { limit: j + 1, subject: true });
    if (
      e > start &&
      e <= j &&
      (LEX.auxiliaries.has(tokens, e, j + 1) || verbOpenerAt(tokens, e, j + 1))
    ) {
      return {
        range: { start, end: e },
        reported,
        shared: true,
        connective,
        rule: "issuer-coordinated",
      };
    }
  }
  // A sentence-initial adverbial with no comma may precede the subject: try later starts.
  for (let k = start + 1; k <= j; k++) {
    if (!partyStart(tokens, k, j + 1)) continue;
    // "... liên quan đến ANQG và TTATXH đề nghị ...": a name inside a longer phrase is no issuer.
    const before = tokens[k - 1];
    if (before?.kind === "word" && INSIDE_PHRASE.has(before.key)) continue;
    if (readNounPhrase(tokens, k, { limit: j + 1, subject: true }) === j + 1) {
      return {
        range: { start: k, end: j + 1 },
        reported,
        shared: false,
        rule: "issuer-clause-end",
      };
    }
  }
  // "... cũng giao 84 đầu việc và yêu cầu ...": the act coordinates with an earlier verb of the
  // sentence's subject.
  if (connective) {
    const subject = sentenceSubject(tokens, sentence, act);
    if (subject && subject.end <= j + 1) {
      return { range: subject, reported, shared: true, connective, rule: "issuer-coordinated" };
    }
  }
  // "Đồng thời, nêu ra ... đề nghị ...": a sentence that continues the previous one's subject.
  if (CONTINUATIONS.has(tokens, sentence.start, act)) {
    return { reported, shared: false, connective: true, rule: "issuer-none" };
  }
  // "Khi tổ chức kiểm điểm đề nghị ...": an adverbial clause, then an act with no issuer.
  if (clauseFirst === sentence.start && ADVERBIALS.has(tokens, clauseFirst, j + 1)) {
    return { reported, shared: false, rule: "issuer-none" };
  }
  return undefined;
}
