import type {
  ActionMarker,
  Directive,
  DirectiveAction,
  DirectiveForm,
  SubAction,
} from "../../schema/discourse.js";
import type { DiscourseContext } from "../discourse/context.js";
import { isAcronym, LEX, verbOpenerAt } from "../discourse/grammar.js";
import { DEONTIC_MARKERS } from "../discourse/lexicon/markers.js";
import type { SpeechActInfo } from "../discourse/lexicon/speech-acts.js";
import { INTERRUPTERS, readNounPhrase, splitParties } from "../discourse/np.js";
import { deadlineIn, partyOf, phraseOf, targetIn } from "../discourse/party.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, isPunct, QUOTES, type Token } from "../discourse/tokens.js";
import { DOCUMENT_TYPE_WORDS } from "../document/lexicon.js";
import {
  type ActionDraft,
  type ActionsReading,
  HEAD_ONLY_VERBS,
  isBullet,
  keysOf,
  type RuledRange,
  readActions,
} from "./actions.js";
import { findIssuer, type IssuerFinding, sentenceSubject } from "./issuer.js";
import { findTrigger, type Trigger } from "./trigger.js";

const DOCUMENT_WORDS = new PhraseMatcher(DOCUMENT_TYPE_WORDS);

/** Lower-case words that may continue an organisation's name after its capitalised words. */
const NAME_TAILS: ReadonlySet<string> = new Set([
  "tỉnh",
  "thành",
  "phố",
  "tp",
  "quận",
  "huyện",
  "xã",
  "phường",
  "thị",
  "trấn",
  "nhân",
  "dân",
  "và",
]);

/** Words that cannot open an addressee: pronouns of things, adverbs, conjunctions. */
const NOT_ADDRESSEE_START: ReadonlySet<string> = new Set([
  "chúng ta",
  "chúng tôi",
  "tôi",
  "mình",
  "ta",
  "đây",
  "đó",
  "này",
  "kia",
  "sự",
  "việc",
  "rất",
  "cũng",
  "đã",
  "ngay",
  "toàn diện",
  "chờ",
  "thêm",
  "hết",
  "luôn",
  "nữa",
  "vẫn",
  "còn",
]);

/** Party heads a collective decision can come from: meetings and bodies ("Hội nghị thống nhất"). */
const COLLECTIVE_HEADS = PhraseMatcher.of([
  "hội nghị",
  "đại hội",
  "kỳ họp",
  "phiên họp",
  "cuộc họp",
  "buổi làm việc",
  "hội thảo",
  "hai bên",
  "các bên",
  "hai nước",
  "hai bộ",
  "lãnh đạo hai",
  "các đại biểu",
  "đại biểu",
  "các thành viên",
  "thành viên",
  "ban thường vụ",
  "thường trực",
  "bộ chính trị",
  "ban bí thư",
  "ban chấp hành",
  "chính phủ",
  "quốc hội",
  "ủy ban thường vụ quốc hội",
  "hội đồng",
  "ubnd",
  "ủy ban nhân dân",
  "hđnd",
  "ban chỉ đạo",
  "tập thể",
]);

/** A directive as token ranges, before it becomes a {@link Directive}. */
export interface DirectiveDraft {
  trigger: Trigger;
  issuer?: RuledRange;
  issuerShared: boolean;
  form: DirectiveForm;
  addressees: RuledRange[];
  reading: ActionsReading;
  start: number;
  end: number;
  rule: string;
}

/** Index after the last token that is not closing punctuation. */
function contentEnd(tokens: readonly Token[], sentence: TokenRange): number {
  let end = sentence.end;
  while (end > sentence.start) {
    const t = tokens[end - 1] as Token;
    if (t.kind === "punct" && [".", "!", "?", "…", ")", ":"].concat([...QUOTES]).includes(t.text)) {
      if (t.text === ")" && hasOpen(tokens, sentence.start, end - 1)) break;
      end--;
      continue;
    }
    break;
  }
  return end;
}

function hasOpen(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPunct(tokens[k], "(")) return true;
  return false;
}

/** The end of a run of capitalised words and administrative tails ("Sở GD&ĐT Hà Nội"). */
function properRunEnd(tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  while (k < limit) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && (t.cap || isAcronym(t) || (k > start && NAME_TAILS.has(t.key)))) {
      if (t.key === "và" && !tokens[k + 1]?.cap) break;
      k++;
      continue;
    }
    if (t.kind === "num" && k > start) {
      k++;
      continue;
    }
    if (
      t.kind === "punct" &&
      (t.text === "&" || t.text === "-" || t.text === ".") &&
      tokens[k + 1]?.cap &&
      !tokens[k + 1]?.sp
    ) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** First index in a sorted list that is at least `from`, or -1. */
function firstAtLeast(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? (list[lo] as number) : -1;
}

/**
 * Where a directive opened at `from` ends: at the sentence end, or before a later clause that opens
 * a directive of its own ("...; đồng thời yêu cầu Sở Y tế ...", "... và yêu cầu ...", "..., Thủ
 * tướng nêu rõ ..."), or at a closing quotation mark whose quote opened before `from` (what follows
 * is its attribution). The stops of a sentence do not depend on `from`, so they are found once per
 * sentence and looked up by binary search: a sentence full of speech acts stays linear.
 */
class SentenceScope {
  private clauses?: { k: number; subject?: TokenRange }[];
  private clauseStarts?: number[];
  private openers?: number[];
  private closers?: number[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly sentence: TokenRange,
    private readonly end: number,
  ) {}

  at(from: number): { end: number; subject?: TokenRange } {
    this.build();
    const closers = this.closers as number[];
    const openers = this.openers as number[];
    const close = firstAtLeast(closers, from);
    const open = firstAtLeast(openers, from);
    const quoteStop = close >= 0 && (open < 0 || close <= open) ? close : Number.POSITIVE_INFINITY;
    const starts = this.clauseStarts as number[];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    const clause = (this.clauses as { k: number; subject?: TokenRange }[])[lo];
    if (clause && clause.k < quoteStop) {
      return clause.subject ? { end: clause.k, subject: clause.subject } : { end: clause.k };
    }
    return { end: Math.min(this.end, quoteStop) };
  }

  private build(): void {
    if (this.clauses) return;
    const { tokens, sentence, end } = this;
    const clauses: { k: number; subject?: TokenRange }[] = [];
    const openers: number[] = [];
    const closers: number[] = [];
    // A straight quote opens when it is glued to the word after it (` "liên lạc`), closes when
    // glued to the word before it (`xuyên",`); otherwise quotes alternate.
    let straightOpen = false;
    for (let k = sentence.start; k < end; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "punct" && t.text === '"') {
        const next = tokens[k + 1];
        const gluedAfter = next !== undefined && !next.sp && next.kind === "word";
        const opens: boolean =
          t.sp && gluedAfter ? true : !t.sp && !gluedAfter ? false : !straightOpen;
        (opens ? openers : closers).push(k);
        straightOpen = opens;
      }
      if (t.kind === "punct" && t.text === "“") openers.push(k);
      if (t.kind === "punct" && t.text === "”") closers.push(k);
      const stop = this.clauseStop(k);
      if (stop) clauses.push(stop);
    }
    this.clauses = clauses;
    this.clauseStarts = clauses.map((c) => c.k);
    this.openers = openers;
    this.closers = closers;
  }

  /** The stop at `k`, when a new directive's clause starts after it. */
  private clauseStop(k: number): { k: number; subject?: TokenRange } | undefined {
    const { tokens, sentence, end } = this;
    const t = tokens[k] as Token;
    const semicolon = isPunct(t, ";");
    // "... truy thu số tiền ... và yêu cầu các chủ trông xe thực hiện ...": a new act after `và`.
    if (t.kind === "word" && t.key === "và") {
      const trig = findTrigger(tokens, k + 1, sentence);
      if (trig?.info.strength === "strong" && partyStartsAt(tokens, trig.end, end)) return { k };
      return undefined;
    }
    if (!(semicolon || isPunct(t, ","))) return undefined;
    // "Kêu gọi ... tham gia vào thị trường này, Thủ tướng nêu rõ, ...": a new subject and act.
    if (tokens[k + 1]?.cap) {
      const np = readNounPhrase(tokens, k + 1, { limit: end, subject: true });
      let a = np;
      for (let hop = 0; hop < 4 && a < end && LEX.preAct.has(tokens, a, end); hop++) {
        a = (LEX.preAct.longest(tokens, a, end) as { end: number }).end;
      }
      if (np > k + 1 && findTrigger(tokens, a, sentence)) {
        return { k, subject: { start: k + 1, end: np } };
      }
    }
    let j = k + 1;
    let connective = false;
    for (let hop = 0; hop < 3; hop++) {
      const pre = LEX.preAct.longest(tokens, j, end);
      if (!pre) break;
      connective = true;
      j = pre.end;
    }
    // After a comma only a connective ("đồng thời", "và", "cũng") chains a new directive; a bare
    // "..., đôn đốc và ..." is one more verb of the same action.
    if (!semicolon && !connective) return undefined;
    const trig = findTrigger(tokens, j, sentence);
    if (trig?.info.strength !== "strong") return undefined;
    // It must take an addressee, like a directive of its own.
    if (!partyStartsAt(tokens, trig.end, end)) return undefined;
    return { k };
  }
}

/** The scopes of the sentences of one document, built when first needed. */
class Scopes {
  private readonly cache = new Map<number, SentenceScope>();

  constructor(private readonly tokens: readonly Token[]) {}

  of(sentence: TokenRange, end: number): SentenceScope {
    let scope = this.cache.get(sentence.start);
    if (!scope) {
      scope = new SentenceScope(this.tokens, sentence, end);
      this.cache.set(sentence.start, scope);
    }
    return scope;
  }
}

/** True when a party phrase starts at `i` (a capital, an acronym, a determiner, a title). */
function partyStartsAt(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.cap || isAcronym(t)) return true;
  if (LEX.honorifics.has(tokens, i, limit) || LEX.personTitles.has(tokens, i, limit)) return true;
  return ["các", "những", "mọi", "mỗi", "toàn thể", "cho", "ngành"].includes(t.key);
}

/** Heads of noun phrases that name things, not parties ("các việc cần ...", "một số nội dung"). */
const NOT_PARTY_HEADS: ReadonlySet<string> = new Set([
  // things asked for, not parties told to act ("yêu cầu một lệnh chính thức từ tòa án",
  // "yêu cầu đầy đủ hóa đơn")
  "lệnh",
  "hóa đơn",
  "giấy",
  "giấy tờ",
  "đầy đủ",
  "bồi thường",
  "hợp đồng",
  "bản hợp đồng",
  "việc",
  "vấn đề",
  "hạn chế",
  "tồn tại",
  "nội dung",
  "nhiệm vụ",
  "giải pháp",
  "mục tiêu",
  "chỉ tiêu",
  "điểm",
  "yêu cầu",
  "công việc",
  "biện pháp",
  "kết quả",
  "thành tích",
  "sai phạm",
  "vi phạm",
  "trường hợp",
  "dự án",
  "chính sách",
  "quy định",
  "thủ tục",
  "phương án",
  "hồ sơ",
  "văn bản",
  "thông tin",
  "sự việc",
  "vụ việc",
  "hành vi",
  "số",
  "đầu việc",
  "công tác",
  "cuộc",
  "hoạt động",
  "phong trào",
  "chiến dịch",
  "việc thực hiện",
  "quyền",
  "dự toán",
  "vốn",
  "kế hoạch vốn",
  "ngân sách",
  "đất",
  "lợi ích",
  "kinh phí",
  "nguồn vốn",
  "khoản",
  "mức",
  "điều kiện",
]);

/** Pronouns for things and facts: what a weak act says of them is a statement. */
const THING_PRONOUNS: ReadonlySet<string> = new Set([
  "nó",
  "điều này",
  "điều đó",
  "việc này",
  "việc đó",
  "đây",
  "đó",
  "chúng",
]);

/** Time phrases that may open the clause after an act ("Thời gian tới, các đơn vị cần ..."). */
const LEADING_TIME = PhraseMatcher.of([
  "thời gian tới",
  "trong thời gian tới",
  "thời gian qua",
  "sắp tới",
  "tới đây",
  "từ nay",
  "từ nay đến cuối năm",
  "năm nay",
  "năm",
  "trong năm",
  "từ năm",
  "đến năm",
  "trước mắt",
  "về lâu dài",
]);

/** Adverbial openers that may stand between a weak act and its addressee ("nhấn mạnh, để ..., X cần"). */
const INTERPOSED = PhraseMatcher.of(["để", "nhằm", "trong", "đối với", "về", "trước", "muốn vậy"]);

/** True when the phrase at `a` is a determiner (or nothing) before a head that names a thing. */
function namesAThing(tokens: readonly Token[], a: number, end: number): boolean {
  let k = a;
  const t = tokens[k];
  if (t?.kind === "word" && ["các", "những", "mọi", "một", "một số", "nhiều"].includes(t.key)) k++;
  if (tokens[k]?.key === "số" && tokens[k - 1]?.key === "một") k++;
  for (let n = 2; n >= 1; n--) {
    const keys: string[] = [];
    for (let j = k; j < Math.min(end, k + n); j++) keys.push((tokens[j] as Token).key);
    if (keys.length === n && NOT_PARTY_HEADS.has(keys.join(" "))) return true;
  }
  return false;
}

/**
 * True when a party phrase names an official body or a group of them: it opens with an
 * organisation head ("Sở", "Vụ", "UBND"), an acronym, a person's title or honorific, or a
 * determiner before a common noun ("các đoàn kiểm tra", "những người").
 */
function officialParty(tokens: readonly Token[], range: TokenRange): boolean {
  let k = range.start;
  const first = tokens[k];
  if (first?.kind !== "word") return false;
  if (LIST_DETERMINERS.has(first.key)) {
    k++;
    return tokens[k]?.kind === "word" && k < range.end;
  }
  if (isAcronym(first)) return true;
  return (
    LEX.organisationHeads.has(tokens, k, range.end) ||
    LEX.personTitles.has(tokens, k, range.end) ||
    LEX.honorifics.has(tokens, k, range.end)
  );
}

/** Determiners that open a group ("các", "những"). */
const LIST_DETERMINERS: ReadonlySet<string> = new Set(["các", "những", "mọi", "toàn bộ", "tất cả"]);

/** Reads the addressees after the speech act; returns them and where the actions start. */
function readAddressees(
  tokens: readonly Token[],
  start: number,
  end: number,
  weak: boolean,
): { addressees: TokenRange[]; actionsStart: number; rule: string } | undefined {
  let a = start;
  while (
    a < end &&
    (isPunct(tokens[a], ",") || isPunct(tokens[a], ":") || QUOTES.has(tokens[a]?.text ?? ""))
  ) {
    a++;
  }
  if (tokens[a]?.key === "rằng") a++;
  // "Thời gian tới, các đơn vị cần ...": a time phrase before the addressees.
  const time = LEADING_TIME.longest(tokens, a, end);
  if (time) {
    let k = time.end;
    if (tokens[k]?.kind === "num") k++;
    if (isPunct(tokens[k], ",")) a = k + 1;
  }
  // "nhấn mạnh, để thực hiện hiệu quả ..., Sở Nội vụ cần ...": skip the interposed clause.
  if (weak && INTERPOSED.has(tokens, a, end)) {
    for (let k = a + 1; k < Math.min(end - 1, a + 40); k++) {
      if (isPunct(tokens[k], ",") && partyStartsAt(tokens, k + 1, end)) {
        a = k + 1;
        break;
      }
    }
  }
  if (a >= end) return { addressees: [], actionsStart: a, rule: "addressee-none" };
  const afterColon = isPunct(tokens[a - 1], ":") || QUOTES.has(tokens[a - 1]?.text ?? "");
  // "giao dự toán chi đầu tư ...": a thing's name that starts with a verb's word ("dự").
  const thing = namesAThing(tokens, a, end);
  if (!thing && verbOpenerAt(tokens, a, end, afterColon)) {
    return { addressees: [], actionsStart: a, rule: "addressee-none" };
  }
  const first = tokens[a] as Token;
  const numberStart = first.kind === "num" && tokens[a + 1]?.kind === "word";
  if (thing) {
    // "chỉ đạo một số giải pháp như: Hoàn thiện thể chế ...": the actions follow the colon.
    for (let k = a + 1; k < Math.min(end, a + 8); k++) {
      if (isPunct(tokens[k], ":"))
        return { addressees: [], actionsStart: k + 1, rule: "addressee-none" };
    }
    return undefined;
  }
  const twoWords = `${first.key} ${tokens[a + 1]?.key ?? ""}`;
  if (
    (first.kind !== "word" && !numberStart) ||
    NOT_ADDRESSEE_START.has(first.key) ||
    NOT_ADDRESSEE_START.has(twoWords) ||
    LEX.prepositions.has(tokens, a, end)
  ) {
    return undefined;
  }
  // Addressee lists run long ("các cấp ủy Đảng, chính quyền, các ngành, địa phương, các tổ chức
  // chính trị - xã hội và mỗi cán bộ, đảng viên và nhân dân").
  let npEnd = readNounPhrase(tokens, numberStart ? a + 1 : a, { limit: end, maxTokens: 48 });
  if (npEnd <= a) return { addressees: [], actionsStart: a, rule: "addressee-none" };
  // "Chính phủ, các bộ, ngành, đặc biệt là Bộ NN&PTNT phải ...": a singled-out party.
  for (let guard = 0; guard < 3; guard++) {
    let k = npEnd;
    if (isPunct(tokens[k], ",")) k++;
    const intro = LEX.subIntroducers.longest(tokens, k, end);
    if (!intro || !partyStartsAt(tokens, intro.end, end)) break;
    const more = readNounPhrase(tokens, intro.end, { limit: end });
    if (more <= intro.end) break;
    npEnd = more;
  }
  // "đề nghị UBND tỉnh Quảng Nam cho chủ trương ...", "yêu cầu Daria cho hắn quay về": `cho` right
  // after a name opens the addressee's task (give, let); the name ends there.
  for (let k = a + 1; k < npEnd; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (
      t.kind === "word" &&
      !t.cap &&
      HEAD_ONLY_VERBS.has(t.key) &&
      (prev.cap || isAcronym(prev))
    ) {
      npEnd = k;
      break;
    }
  }
  if (npEnd < end && !isPunct(tokens[npEnd], ";")) {
    let actionsStart = npEnd;
    while (isPunct(tokens[actionsStart], ":") || isPunct(tokens[actionsStart], ",")) actionsStart++;
    // "... căn cứ chức năng, nhiệm vụ của đơn vị mình tổ chức quán triệt ...": the task follows
    // the adverbial.
    const interrupter = INTERRUPTERS.longest(tokens, actionsStart, end);
    if (interrupter) {
      const adverbialEnd = readNounPhrase(tokens, interrupter.end, { limit: end });
      if (adverbialEnd > interrupter.end && verbOpenerAt(tokens, adverbialEnd, end)) {
        actionsStart = adverbialEnd;
      }
    }
    const parties = splitParties(tokens, { start: a, end: npEnd }).map((r) =>
      stripIntroducer(tokens, r),
    );
    return { addressees: parties, actionsStart, rule: "addressee-np" };
  }
  // The phrase ran to the end: its verb is not in the lexicon. Keep the proper name at its start
  // as the addressee ("yêu cầu Bến xe khách Mỹ Đình khắc phục ...") and read the rest as actions.
  const proper = properRunEnd(tokens, a, end);
  if (proper > a && proper < end && tokens[proper]?.kind === "word") {
    return {
      addressees: [{ start: a, end: proper }],
      actionsStart: proper,
      rule: "addressee-proper-name",
    };
  }
  return undefined;
}

/** Drops a leading "đặc biệt là" from a party range. */
function stripIntroducer(tokens: readonly Token[], r: TokenRange): TokenRange {
  const intro = LEX.subIntroducers.longest(tokens, r.start, r.end);
  return intro && intro.end < r.end ? { start: intro.end, end: r.end } : r;
}

/** True when a purpose opener after a comma stands between `from` and the act at `act`. */
function insidePurpose(tokens: readonly Token[], from: number, act: number): boolean {
  for (let k = Math.max(from + 1, act - 60); k < act; k++) {
    if (!isPunct(tokens[k - 1], ",")) continue;
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) continue;
    const m = LEX.purpose.longest(tokens, k, act);
    if (!m || !["nhằm", "góp phần", "nhằm góp phần", "để"].includes(lemmaOf(tokens, k, m.end))) {
      continue;
    }
    // A fronted purpose clause ends with a comma before the main clause: "Để ..., X giao ...".
    let comma = false;
    for (let j = m.end; j < act; j++) if (isPunct(tokens[j], ",")) comma = true;
    if (!comma) return true;
  }
  return false;
}

/** True when a word token stands in `[start, end)`. */
function hasWordIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k]?.kind === "word") return true;
  return false;
}

/** True when an action is a real verb phrase: its verb is in the lexicon, or it has markers. */
function lexicalAction(tokens: readonly Token[], a: ActionDraft): boolean {
  // Markers alone make no action ("Chúng tôi nhắc nhở ngay"): some word must follow them.
  const afterMarkers = Math.max(a.start, ...a.markers.map((m) => m.end));
  // "yêu cầu nên vụ việc đã được ...": `nên` before no verb is "so", not "should".
  const first = a.markers[0];
  if (first?.lemma === "nên" && first.start === a.start && !verbOpenerAt(tokens, first.end)) {
    return false;
  }
  if (a.markers.length > 0) return hasWordIn(tokens, afterMarkers, a.end);
  if (!a.verb) return false;
  return a.verb.rule === "verb-head-only" || LEX.verbs.has(tokens, a.verb.start, a.verb.end);
}

function hasDeontic(a: ActionDraft, tokens?: readonly Token[]): boolean {
  return a.markers.some(
    (m) => DEONTIC_MARKERS.has(m.lemma) && !(tokens && copular(tokens, m.start, m.end)),
  );
}

/** The list items after a directive that ends with a colon ("Thủ tướng yêu cầu:" then "- ..."). */
function listItems(
  tokens: readonly Token[],
  sentences: readonly TokenRange[],
  after: number,
): { items: TokenRange[]; last: number } {
  const items: TokenRange[] = [];
  let last = after;
  for (let s = after + 1; s < sentences.length; s++) {
    const sent = sentences[s] as TokenRange;
    const first = tokens[sent.start];
    if (!isBullet(first)) break;
    items.push({ start: sent.start + 1, end: contentEnd(tokens, sent) });
    last = s;
  }
  return { items, last };
}

/** Reads the directive opened by `trigger` in `sentence`; undefined when it is not one. */
function readDirective(
  ctx: DiscourseContext,
  sentenceIndex: number,
  trigger: Trigger,
  scopes: Scopes,
): { draft: DirectiveDraft; lastSentence: number } | undefined {
  const { tokens, sentences } = ctx;
  const sentence = sentences[sentenceIndex] as TokenRange;
  const end = contentEnd(tokens, sentence);
  let issuer: IssuerFinding | undefined;
  const addressees: RuledRange[] = [];
  let form: DirectiveForm = "direct";
  let rule = "directive";
  if (trigger.passive) {
    // "Sở Y tế được giao chủ trì": the subject is the addressee, the agent (if any) the issuer.
    form = "passive";
    const subject = findIssuer(tokens, sentence, trigger.passive.at);
    // Without an agent, only an official party is given a task ("Vụ Pháp chế được giao chủ trì",
    // "các doanh nghiệp được yêu cầu"); a brand, a performer or a thing is not ("Lexus đã được giao
    // nhiệm vụ cho ra đời ...", "Chứng chỉ này được yêu cầu gia hạn").
    if (!trigger.passive.agent && !(subject?.range && officialParty(tokens, subject.range))) {
      return undefined;
    }
    if (subject?.range) addressees.push({ ...subject.range, rule: "addressee-passive-subject" });
    if (trigger.passive.agent) {
      issuer = {
        range: trigger.passive.agent,
        reported: false,
        shared: false,
        rule: "issuer-agent",
      };
    }
  } else {
    issuer = findIssuer(tokens, sentence, trigger.start);
    if (!issuer) return undefined;
    if (issuer.reported) form = "reported";
    // An act inside a purpose clause ("..., nhằm ... thống nhất chỉ đạo ...") is not a directive.
    if (insidePurpose(tokens, sentence.start, trigger.start)) return undefined;
  }
  if (trigger.info.strength === "collective") {
    form = "collective";
    // Only meetings and bodies decide collectively: "Hội nghị thống nhất", not "các bác sĩ".
    const head = issuer?.range ? issuer.range.start : -1;
    if (head < 0 || !COLLECTIVE_HEADS.has(tokens, head, issuer?.range?.end)) return undefined;
  }
  if (issuer?.range && DOCUMENT_WORDS.has(tokens, issuer.range.start, issuer.range.end)) {
    form = "document";
  }

  const scoped = scopes.of(sentence, end).at(trigger.end);
  const scope = scoped.end;
  // A fronted act ("Kêu gọi ..., Thủ tướng nêu rõ ...") belongs to the subject after it.
  if (issuer && !issuer.range && scoped.subject && trigger.start === sentence.start) {
    issuer = { ...issuer, range: scoped.subject, rule: "issuer-after-clause" };
  }
  // "Đồng thời đề nghị ...": a sentence that continues the previous one takes its subject.
  if (issuer && !issuer.range && issuer.connective && sentenceIndex > 0) {
    const previous = sentences[sentenceIndex - 1] as TokenRange;
    const subject = inHeading(ctx, previous)
      ? undefined
      : sentenceSubject(tokens, previous, previous.end);
    if (subject)
      issuer = { ...issuer, range: subject, shared: true, rule: "issuer-previous-sentence" };
  }
  let actionsStart = trigger.end;
  if (!trigger.passive && trigger.info.strength !== "collective") {
    const read = readAddressees(tokens, trigger.end, scope, trigger.info.strength === "weak");
    if (!read) return undefined;
    addressees.push(...read.addressees.map((r) => ({ ...r, rule: read.rule })));
    actionsStart = read.actionsStart;
    rule = read.rule;
  }
  while (
    actionsStart < scope &&
    (isPunct(tokens[actionsStart], ":") ||
      isPunct(tokens[actionsStart], ",") ||
      tokens[actionsStart]?.key === "rằng")
  ) {
    actionsStart++;
  }
  let lastSentence = sentenceIndex;
  let reading: ActionsReading;
  const endsWithColon = isPunct(tokens[sentence.end - 1], ":");
  if (actionsStart >= scope && endsWithColon) {
    const list = listItems(tokens, sentences, sentenceIndex);
    if (list.items.length === 0) return undefined;
    reading = { actions: [] };
    for (const item of list.items) {
      // "- Bộ Tài chính bảo đảm kinh phí ...": an item may name its own addressee.
      const own = readAddressees(tokens, item.start, item.end, false);
      const from = own && own.addressees.length > 0 ? own.actionsStart : item.start;
      if (own && own.addressees.length > 0) {
        addressees.push(...own.addressees.map((r) => ({ ...r, rule: "addressee-list-item" })));
      }
      const r = readActions(tokens, { start: from, end: item.end });
      const first = r.actions[0];
      if (!first) continue;
      // One action per item; its semicolon parts stay inside it as sub-actions.
      const merged: ActionDraft = {
        ...first,
        ...(own && own.addressees.length > 0
          ? {
              subject: {
                start: item.start,
                end: (own.addressees.at(-1) as TokenRange).end,
                rule: "subject-list-item",
              },
            }
          : {}),
        start: item.start,
        end: Math.max(...r.actions.map((a) => a.end), first.end),
        rule: "action-list-item",
        subs: r.actions.slice(1).map((a) => ({ ...a, subs: [] })),
      };
      if (r.purpose) merged.purpose = r.purpose;
      reading.actions.push(merged);
    }
    lastSentence = list.last;
  } else {
    if (actionsStart >= scope) return undefined;
    reading = readActions(tokens, { start: actionsStart, end: scope });
  }
  const firstAction = reading.actions[0];
  if (!firstAction || !lexicalAction(tokens, firstAction)) return undefined;
  // A shared subject with no connective ("..., chỉ đạo thực hiện ...") needs an addressee to be a
  // directive: otherwise it is one more verb the subject did.
  if (
    issuer?.shared &&
    !issuer.connective &&
    addressees.length === 0 &&
    trigger.info.lemma === "chỉ đạo" &&
    !hasDeontic(firstAction, tokens)
  ) {
    return undefined;
  }
  if (trigger.info.strength === "weak") {
    // "mong muốn JETRO chia sẻ ...": a wish with a named addressee is a request.
    const wish =
      trigger.info.lemma === "mong muốn" &&
      addressees.length > 0 &&
      partyStartsAt(tokens, (addressees[0] as TokenRange).start, end);
    if (!wish && !reading.actions.some((x) => hasDeontic(x, tokens))) return undefined;
    // An emphasis word with its object is a verb here ("phải chú trọng công tác ...").
    const verb = firstAction.verb;
    if (
      !verb ||
      !(
        LEX.verbs.has(tokens, verb.start, verb.end) || LEX.markers.has(tokens, verb.start, verb.end)
      )
    ) {
      return undefined;
    }
    // After a weak act, a phrase that names no party is the subject of the first action
    // ("Thủ tướng nhấn mạnh, quy hoạch phải đi liền với ...").
    const only = addressees.length === 1 ? addressees[0] : undefined;
    // "khẳng định nó không được chấp nhận": a statement about a thing, not an order.
    if (only && THING_PRONOUNS.has(keysOf(tokens, only.start, only.end))) return undefined;
    if (only && !partyStartsAt(tokens, only.start, only.end)) {
      addressees.length = 0;
      firstAction.subject = { start: only.start, end: only.end, rule: "subject-after-weak-act" };
      firstAction.start = only.start;
    }
  }

  let start = trigger.start;
  if (issuer?.range && !issuer.shared && issuer.range.end <= trigger.start)
    start = issuer.range.start;
  if (trigger.passive && addressees[0]) start = Math.min(start, addressees[0].start);
  const lastAction = reading.actions[reading.actions.length - 1] as ActionDraft;
  const stop = Math.max(lastAction.end, reading.purpose?.end ?? 0);
  const draft: DirectiveDraft = {
    trigger,
    issuerShared: issuer?.shared ?? false,
    form,
    addressees,
    reading,
    start,
    end: stop,
    rule: `${issuer?.rule ?? "issuer-none"}+${rule}`,
  };
  if (issuer?.range) draft.issuer = { ...issuer.range, rule: issuer.rule };
  return { draft, lastSentence };
}

/**
 * Finds the directives of a document: for each speech act that opens one, its issuer, addressees,
 * actions and purpose. A speech act inside an earlier directive's actions ("đề nghị ... cần tiếp tục
 * quán triệt ...") belongs to it and opens nothing.
 */
export function findDirectiveDrafts(ctx: DiscourseContext): DirectiveDraft[] {
  const { tokens, sentences } = ctx;
  const drafts: DirectiveDraft[] = [];
  const scopes = new Scopes(tokens);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as TokenRange;
    // Headlines and inter-titles repeat the body; questions ask, they do not direct.
    if (inHeading(ctx, sentence) || isPunct(tokens[sentence.end - 1], "?")) continue;
    let claimed = sentence.start;
    let lastSentence = s;
    let previous: DirectiveDraft | undefined;
    for (let i = sentence.start; i < sentence.end; i++) {
      if (i < claimed) continue;
      const trigger = findTrigger(tokens, i, sentence);
      if (!trigger) continue;
      const found = readDirective(ctx, s, trigger, scopes);
      if (!found) continue;
      const { draft } = found;
      // A chained directive with no subject of its own shares the previous one's issuer.
      if (!draft.issuer && previous?.issuer && i > previous.start) {
        draft.issuer = { ...previous.issuer, rule: "issuer-previous-directive" };
        draft.issuerShared = true;
      }
      drafts.push(draft);
      previous = draft;
      claimed = draft.end;
      lastSentence = Math.max(lastSentence, found.lastSentence);
      i = draft.end - 1;
    }
    s = lastSentence;
  }
  // Quoted directives: "“... cần xem xét ...” - ông Chung yêu cầu."
  const firstPass = drafts.length;
  for (let s = 0; s < sentences.length; s++) {
    const quoted = readQuotedDirective(ctx, s);
    if (!quoted) continue;
    if (overlapsAny(drafts, quoted, firstPass)) continue;
    drafts.push(quoted);
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts;
}

/** True when `d` overlaps one of the first `count` drafts (sorted by start): a binary search. */
function overlapsAny(drafts: readonly DirectiveDraft[], d: DirectiveDraft, count: number): boolean {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((drafts[mid] as DirectiveDraft).end <= d.start) lo = mid + 1;
    else hi = mid;
  }
  const next = drafts[lo];
  return lo < count && next !== undefined && next.start < d.end;
}

/** True when the sentence lies in a headline or inter-title. */
function inHeading(ctx: DiscourseContext, sentence: TokenRange): boolean {
  const first = ctx.tokens[sentence.start];
  if (!first) return false;
  return ctx.headings.some((h) => first.start >= h.start && first.start < h.end);
}

/** True when a deontic marker ("cần", "phải", "hãy" ...) stands in the range. */
function hasDeonticIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const m = LEX.markers.longest(tokens, k, to);
    if (m && DEONTIC_MARKERS.has(lemmaOf(tokens, k, m.end)) && !copular(tokens, k, m.end)) {
      return true;
    }
  }
  return false;
}

/** "đâu phải là", "không phải là": `phải` before `là` says what something is, not what to do. */
function copular(tokens: readonly Token[], start: number, end: number): boolean {
  if (lemmaOf(tokens, start, end) !== "phải") return false;
  const before = tokens[start - 1]?.key;
  return tokens[end]?.key === "là" || before === "đâu" || before === "không" || before === "chẳng";
}

/**
 * A directive quoted before its attribution: "“Cần đề xuất các dự án ưu tiên ...”, Chủ tịch UBND TP
 * nhấn mạnh." The speech act ends the sentence, after a closing quote, a comma or dash and the
 * issuer; the directive is the first quoted sentence that holds an obligation.
 */
function readQuotedDirective(ctx: DiscourseContext, s: number): DirectiveDraft | undefined {
  const { tokens, sentences } = ctx;
  const sentence = sentences[s] as TokenRange;
  if (inHeading(ctx, sentence)) return undefined;
  const end = contentEnd(tokens, sentence);
  let act: { start: number; end: number; info: SpeechActInfo } | undefined;
  for (let i = Math.max(sentence.start, end - 3); i < end; i++) {
    const m = LEX.speechActs.longest(tokens, i, end);
    if (m && m.end === end && !(tokens[i] as Token).cap) {
      act = { start: i, end: m.end, info: m.value };
      break;
    }
  }
  if (!act) return undefined;
  // Back over auxiliaries to the issuer, then to the separator and the closing quote.
  let j = act.start;
  while (j > sentence.start && LEX.preAct.has(tokens, j - 1, act.start)) j--;
  let sep = -1;
  for (let k = j - 1; k >= Math.max(sentence.start, j - 16); k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && (t.text === "," || DASHES.has(t.text))) {
      const q = tokens[k - 1];
      if (q && q.kind === "punct" && (q.text === "”" || q.text === '"')) sep = k;
      break;
    }
  }
  if (sep < 0 || sep + 1 >= j) return undefined;
  const issuer = { start: sep + 1, end: j, rule: "issuer-after-quote" };
  if (readNounPhrase(tokens, issuer.start, { limit: j, subject: true }) !== j) return undefined;
  const close = sep - 1;
  // The opening quote, within the paragraph.
  let open = -1;
  for (let k = close - 1; k >= Math.max(0, close - 600); k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && (t.text === "“" || t.text === '"')) {
      open = k;
      break;
    }
    if (t.nl) break;
  }
  if (open < 0) return undefined;
  // The quoted sentences; the first with an obligation is the directive.
  let content: TokenRange | undefined;
  for (let q = s; q >= 0; q--) {
    const cand = sentences[q] as TokenRange;
    if (cand.end <= open) break;
    const from = Math.max(cand.start, open + 1);
    const to = Math.min(contentEnd(tokens, cand), close);
    if (to > from && hasDeonticIn(tokens, from, to)) content = { start: from, end: to };
  }
  if (!content) return undefined;
  const read = readAddressees(tokens, content.start, content.end, true);
  if (!read || read.actionsStart >= content.end) return undefined;
  const reading = readActions(tokens, { start: read.actionsStart, end: content.end });
  const first = reading.actions[0];
  if (
    !first ||
    !lexicalAction(tokens, first) ||
    !reading.actions.some((x) => hasDeontic(x, tokens))
  )
    return undefined;
  return {
    trigger: { start: act.start, end: act.end, info: act.info },
    issuer,
    issuerShared: false,
    form: "direct",
    addressees: read.addressees.map((r) => ({ ...r, rule: read.rule })),
    reading,
    start: content.start,
    end: act.end,
    rule: `issuer-after-quote+${read.rule}`,
  };
}

function markerOf(
  ctx: DiscourseContext,
  m: { start: number; end: number; kind: ActionMarker["kind"]; lemma: string },
): ActionMarker {
  return { ...phraseOf(ctx, m, `marker-${m.kind}`), kind: m.kind, lemma: m.lemma };
}

function subActionOf(ctx: DiscourseContext, a: ActionDraft): SubAction {
  const out: SubAction = {
    ...phraseOf(ctx, a, a.rule),
    markers: a.markers.map((m) => markerOf(ctx, m)),
  };
  if (a.verb) out.verb = { ...phraseOf(ctx, a.verb, a.verb.rule), lemma: a.verb.lemma };
  if (a.subject) out.subject = partyOf(ctx, a.subject, a.subject.rule);
  if (a.introducer) out.introducer = phraseOf(ctx, a.introducer, "sub-action-introducer");
  const deadline = deadlineIn(ctx, a);
  if (deadline) out.deadline = deadline;
  const target = targetIn(ctx, a);
  if (target) out.target = target;
  if (a.purpose) out.purpose = phraseOf(ctx, a.purpose, "purpose-clause");
  return out;
}

function actionOf(ctx: DiscourseContext, a: ActionDraft): DirectiveAction {
  return { ...subActionOf(ctx, a), subActions: a.subs.map((s) => subActionOf(ctx, s)) };
}

/** The schema form of a draft. */
export function directiveOf(ctx: DiscourseContext, d: DirectiveDraft, id: string): Directive {
  const { tokens } = ctx;
  const act = { start: d.trigger.start, end: d.trigger.end };
  const out: Directive = {
    ...phraseOf(ctx, { start: d.start, end: d.end }, d.rule),
    id,
    form: d.form,
    speechAct: {
      ...phraseOf(ctx, act, d.trigger.passive ? "speech-act-passive" : "speech-act-lexicon"),
      lemma: d.trigger.info.lemma,
    },
    addressees: d.addressees.map((r) => partyOf(ctx, r, r.rule)),
    actions: d.reading.actions.map((a) => actionOf(ctx, a)),
  };
  if (d.issuer) {
    const issuer = partyOf(ctx, d.issuer, d.issuer.rule);
    if (DOCUMENT_WORDS.has(tokens, d.issuer.start, d.issuer.end)) issuer.kind = "document";
    out.issuer = issuer;
  }
  if (d.reading.purpose) out.purpose = phraseOf(ctx, d.reading.purpose, "purpose-clause");
  return out;
}

/** Exported for tests: the lemma of a token range. */
export const lemmaOf = keysOf;
