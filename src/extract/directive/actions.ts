import { afterDeterminer, LEX, verbOpenerAt } from "../discourse/grammar.js";
import { PURPOSE_NEEDS_COMMA } from "../discourse/lexicon/function-words.js";
import { DEONTIC_MARKERS, type MarkerKind } from "../discourse/lexicon/markers.js";
import { readNounPhrase } from "../discourse/np.js";
import { PhraseMatcher } from "../discourse/phrase-matcher.js";
import type { TokenRange } from "../discourse/sentences.js";
import { DASHES, isPunct, QUOTES, type Token } from "../discourse/tokens.js";

/** A marker before an action's verb, in token indices. */
export interface MarkerDraft extends TokenRange {
  kind: MarkerKind;
  lemma: string;
}

/** A token range with the rule that found it. */
export interface RuledRange extends TokenRange {
  rule: string;
}

/** An action as token ranges, before it becomes a {@link DirectiveAction}. */
export interface ActionDraft extends TokenRange {
  rule: string;
  subject?: RuledRange;
  introducer?: TokenRange;
  markers: MarkerDraft[];
  verb?: RuledRange & { lemma: string };
  purpose?: TokenRange;
  subs: ActionDraft[];
}

/** The actions of a directive and the purpose clause that ends it. */
export interface ActionsReading {
  actions: ActionDraft[];
  purpose?: TokenRange;
}

/** Verbs read as an action's verb only at its head (elsewhere they are prepositions). */
export const HEAD_ONLY_VERBS: ReadonlySet<string> = new Set(["cho"]);

const CONNECTIVES: ReadonlySet<string> = new Set(["và", "đồng thời", "cũng như", "hoặc"]);

/** Verbs of forecasting and telling: after a comma they start a statement, not a task. */
const STATEMENT_VERBS = PhraseMatcher.of([
  "dự đoán",
  "dự báo",
  "ước tính",
  "cho biết",
  "cho hay",
  "nhận định",
]);

/** Keys of the words from `start` to `end`, joined by spaces. */
export function keysOf(tokens: readonly Token[], start: number, end: number): string {
  const keys: string[] = [];
  for (let k = start; k < end; k++) keys.push((tokens[k] as Token).key);
  return keys.join(" ");
}

/** True when the range holds at least `n` words; stops counting there (called once per comma). */
function hasWords(tokens: readonly Token[], range: TokenRange, n: number): boolean {
  let seen = 0;
  for (let k = range.start; k < range.end && seen < n; k++) if (tokens[k]?.kind === "word") seen++;
  return seen >= n;
}

/** Trims punctuation, quotes and connectives at both ends of a range. */
function trim(tokens: readonly Token[], range: TokenRange): TokenRange {
  let { start, end } = range;
  for (;;) {
    const t = tokens[start];
    if (start >= end || !t) break;
    if (
      t.kind === "punct" &&
      !(t.text === "(" || (QUOTES.has(t.text) && hasCloser(tokens, start, end)))
    ) {
      start++;
      continue;
    }
    if (t.kind === "word" && !t.cap && t.key === "và") {
      start++;
      continue;
    }
    const c = LEX.auxiliaries.longest(tokens, start, end);
    if (c && keysOf(tokens, start, c.end) === "đồng thời") {
      start = c.end;
      continue;
    }
    break;
  }
  while (end > start) {
    const t = tokens[end - 1] as Token;
    if (
      t.kind === "punct" &&
      t.text !== ")" &&
      !(QUOTES.has(t.text) && hasOpener(tokens, start, end - 1))
    ) {
      end--;
      continue;
    }
    break;
  }
  return { start, end };
}

function hasCloser(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (QUOTES.has(tokens[k]?.text ?? "")) return true;
  return false;
}

function hasOpener(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (QUOTES.has(tokens[k]?.text ?? "")) return true;
  return false;
}

/**
 * A purpose opener at `k` that really opens a purpose clause: `góp phần`, `nhằm` anywhere after the
 * verb; `để` only after a comma, or directly before a verb, and never after a negation ("không để").
 */
function purposeAt(tokens: readonly Token[], k: number, limit: number): TokenRange | undefined {
  const t = tokens[k];
  if (t?.kind !== "word" || t.cap) return undefined;
  const m = LEX.purpose.longest(tokens, k, limit);
  if (!m) return undefined;
  const phrase = keysOf(tokens, k, m.end);
  const prev = tokens[k - 1];
  const afterComma =
    prev !== undefined &&
    prev.kind === "punct" &&
    (prev.text === "," || prev.text === "…" || prev.text === ".");
  if (PURPOSE_NEEDS_COMMA.has(phrase)) {
    if (prev?.kind === "word" && ["không", "chưa", "đừng", "chớ"].includes(prev.key))
      return undefined;
    if (!afterComma && !verbOpenerAt(tokens, m.end, limit)) return undefined;
  }
  return { start: k, end: limit };
}

/**
 * Reads the head of an action from `p`: its own subject when it has one before a modal
 * ("các cấp ủy Đảng phải có ..."), the markers, and the main verb. A marker that doubles as a verb
 * ("tăng cường", "quan tâm") is a marker only when another verb follows it.
 */
export function readHead(
  tokens: readonly Token[],
  range: TokenRange,
  allowSubject: boolean,
): Pick<ActionDraft, "subject" | "markers" | "verb"> & { headEnd: number } {
  let p = range.start;
  const out: Pick<ActionDraft, "subject" | "markers" | "verb"> & { headEnd: number } = {
    markers: [],
    headEnd: p,
  };
  const first = tokens[p];
  if (allowSubject && first && !verbOpenerAt(tokens, p, range.end, true)) {
    const np = readNounPhrase(tokens, p, { limit: range.end, subject: true });
    const marker = np > p ? LEX.markers.longest(tokens, np, range.end) : undefined;
    const deontic = marker !== undefined && DEONTIC_MARKERS.has(keysOf(tokens, np, marker.end));
    // "..., Đoàn kiểm tra liên ngành tăng cường kiểm tra": a named subject and its verb.
    const named = first.cap && np > p && verbOpenerAt(tokens, np, range.end) !== undefined;
    if (deontic || named) {
      out.subject = { start: p, end: np, rule: deontic ? "subject-before-modal" : "subject-named" };
      p = np;
    }
  }
  for (let guard = 0; guard < 8 && p < range.end; guard++) {
    const t = tokens[p] as Token;
    if (t.kind !== "word") break;
    const mk = LEX.markers.longest(tokens, p, range.end);
    if (!mk) break;
    const verb = LEX.verbs.longest(tokens, p, range.end);
    if (verb && verb.end >= mk.end) {
      // A marker that is also a verb: a marker only if a verb (or marker) follows.
      const next = verbOpenerAt(tokens, verb.end, range.end, true);
      if (!next) break;
    }
    out.markers.push({
      start: p,
      end: mk.end,
      kind: mk.value,
      lemma: keysOf(tokens, p, mk.end),
    });
    p = mk.end;
  }
  // "tăng cường công tác quản lý": an emphasis marker with no verb after it is the verb itself.
  const last = out.markers[out.markers.length - 1];
  if (last && last.kind === "emphasis" && !LEX.verbs.has(tokens, p, range.end)) {
    out.markers.pop();
    out.verb = {
      start: last.start,
      end: last.end,
      lemma: last.lemma,
      rule: "verb-emphasis-marker",
    };
    out.headEnd = last.end;
    return out;
  }
  const v = LEX.verbs.longest(tokens, p, range.end);
  const t = tokens[p];
  if (v) {
    out.verb = { start: p, end: v.end, lemma: keysOf(tokens, p, v.end), rule: "verb-lexicon" };
    out.headEnd = v.end;
  } else if (t?.kind === "word" && HEAD_ONLY_VERBS.has(t.key)) {
    // "đề nghị UBND tỉnh | cho chủ trương ...": `cho` (give, let) heads an action, though inside a
    // noun phrase it is a preposition, so it is no entry of the verb lexicon.
    out.verb = { start: p, end: p + 1, lemma: t.key, rule: "verb-head-only" };
    out.headEnd = p + 1;
  } else if (t?.kind === "word") {
    out.verb = { start: p, end: p + 1, lemma: t.key, rule: "verb-first-word" };
    out.headEnd = p + 1;
  } else {
    out.headEnd = p;
  }
  return out;
}

/** Sub-action introducers after the head: "…, đặc biệt chú trọng …", "… từ đó tự nguyện …". */
function findSubStarts(tokens: readonly Token[], from: number, limit: number): TokenRange[] {
  const out: TokenRange[] = [];
  let depth = 0;
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
    if (depth > 0 || t.kind !== "word" || t.cap) continue;
    const m = LEX.subIntroducers.longest(tokens, k, limit);
    if (!m) continue;
    const phrase = keysOf(tokens, k, m.end);
    const prev = tokens[k - 1];
    const afterComma = prev?.kind === "punct" && prev.text === ",";
    // "đặc biệt", "nhất là", "cụ thể" are adverbs too: they open a sub-action only after a comma.
    const needsComma = !["từ đó", "qua đó", "trong đó"].includes(phrase);
    if (needsComma && !afterComma) continue;
    let after = m.end;
    if (tokens[after]?.key === "là" && phrase !== "đặc biệt là") after++;
    if (isPunct(tokens[after], ",")) after++;
    if (!verbOpenerAt(tokens, after, limit)) continue;
    out.push({ start: k, end: m.end });
    k = m.end - 1;
  }
  return out;
}

/** Builds an action (or sub-action) from its range: head, sub-actions, purpose. */
function buildAction(
  tokens: readonly Token[],
  raw: TokenRange,
  rule: string,
  options: { allowSubject: boolean; isLast: boolean; introducer?: TokenRange; nested?: boolean },
): { action: ActionDraft; purpose?: TokenRange } | undefined {
  const range = trim(tokens, raw);
  if (range.end <= range.start) return undefined;
  let headFrom = range.start;
  if (options.introducer) headFrom = options.introducer.end;
  while (tokens[headFrom]?.key === "là" || isPunct(tokens[headFrom], ",")) headFrom++;
  const head = readHead(tokens, { start: headFrom, end: range.end }, options.allowSubject);
  // The purpose clause: the first opener after the head.
  let purpose: TokenRange | undefined;
  let depth = 0;
  for (let k = head.headEnd; k < range.end; k++) {
    const t = tokens[k] as Token;
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const p = purposeAt(tokens, k, range.end);
    if (p) {
      purpose = trim(tokens, p);
      break;
    }
  }
  const bodyEnd = purpose
    ? trim(tokens, { start: range.start, end: purpose.start }).end
    : range.end;
  const action: ActionDraft = {
    start: range.start,
    end: Math.max(bodyEnd, head.headEnd),
    rule,
    markers: head.markers,
    subs: [],
  };
  if (head.subject) action.subject = head.subject;
  if (head.verb) action.verb = head.verb;
  if (options.introducer) action.introducer = options.introducer;
  if (!options.nested) {
    const subStarts = findSubStarts(tokens, head.headEnd, action.end);
    for (let s = 0; s < subStarts.length; s++) {
      const intro = subStarts[s] as TokenRange;
      const next = subStarts[s + 1];
      const sub = buildAction(
        tokens,
        { start: intro.start, end: next ? next.start : action.end },
        "sub-action-introducer",
        { allowSubject: false, isLast: false, introducer: intro, nested: true },
      );
      if (sub) action.subs.push(sub.action);
    }
  }
  if (purpose && !options.isLast) action.purpose = purpose;
  return purpose && options.isLast ? { action, purpose } : { action };
}

/**
 * True when the chunk before `k` ends with an object or a complement, not with a verb: a verb after
 * a determiner or nominaliser is a noun ("các cấp", "công tác dự báo"), and a verb with its own
 * agent ("tổ công tác do Giám đốc sở chủ trì") closes a complete phrase.
 */
function endsWithObject(tokens: readonly Token[], chunkStart: number, k: number): boolean {
  for (let back = 1; back <= 3 && k - back >= chunkStart; back++) {
    const at = k - back;
    const m = LEX.verbs.longest(tokens, at, k);
    if (!m || m.end !== k) continue;
    if (afterDeterminer(tokens, at)) continue;
    for (let j = Math.max(chunkStart, at - 5); j < at; j++)
      if (tokens[j]?.key === "do") return true;
    return false;
  }
  return true;
}

/**
 * True when a preposition opens the list of names that ends at `k` ("với các Tổng cục, Cục, Vụ
 * chuyên ngành ..."): looking back over names and commas, up to ten tokens.
 */
function afterPreposition(tokens: readonly Token[], chunkStart: number, k: number): boolean {
  for (let j = Math.max(chunkStart, k - 10); j < k; j++) {
    const key = tokens[j]?.key;
    if (
      key === "với" ||
      key === "cùng" ||
      key === "ở" ||
      key === "tại" ||
      key === "cho" ||
      key === "giữa"
    ) {
      return true;
    }
  }
  return false;
}

/** True when `k` may split two actions joined by a comma or a connective (no semicolons around). */
function commaSplit(
  tokens: readonly Token[],
  k: number,
  chunkStart: number,
  limit: number,
): number {
  const t = tokens[k] as Token;
  let next = -1;
  if (isPunct(t, ",")) {
    next = k + 1;
    const n = tokens[next];
    if (n?.kind === "word" && CONNECTIVES.has(n.key)) next++;
    else if (
      n &&
      LEX.auxiliaries.longest(tokens, next, limit) &&
      keysOf(tokens, next, next + 2) === "đồng thời"
    )
      next += 2;
  } else if (t.kind === "word" && !t.cap && t.key === "và") {
    next = k + 1;
  } else {
    return -1;
  }
  if (!hasWords(tokens, { start: chunkStart, end: k }, 3)) return -1;
  // "…, đặc biệt là …", "…, nhất là …": a sub-action or an emphasis, not a new action.
  if (LEX.subIntroducers.has(tokens, next, limit)) return -1;
  // "…, nhất là thanh, kiểm tra …": the list after an emphasis belongs to it.
  for (let j = Math.max(chunkStart, k - 20); j < k; j++) {
    if (LEX.subIntroducers.has(tokens, j, k)) return -1;
  }
  // "công tác xây dựng Đảng và xây dựng chính quyền" between "giữa": nouns, not actions; so is an
  // enumeration after "như" ("bức xúc như công tác môi trường, VSATTP, hoạt động khám chữa bệnh").
  for (let j = Math.max(chunkStart, k - 10); j < k; j++) {
    const key = tokens[j]?.key;
    if (key === "giữa" || (key === "như" && tokens[j - 1]?.key !== "cũng")) return -1;
  }
  // "chấn chỉnh ngay, Đoàn kiểm tra liên ngành ... tăng cường kiểm tra": a new subject and verb
  // (not a name in a list after a preposition: "phối hợp với các Tổng cục, Cục, Vụ ...").
  if (
    isPunct(t, ",") &&
    tokens[next]?.cap &&
    endsWithObject(tokens, chunkStart, k) &&
    !afterPreposition(tokens, chunkStart, k)
  ) {
    const np = readNounPhrase(tokens, next, { limit, subject: true });
    const beforeVerb = tokens[np - 1];
    const prepositional = beforeVerb !== undefined && LEX.prepositions.has(tokens, np - 1, np);
    if (
      np > next &&
      np < limit &&
      np - next <= 8 &&
      !prepositional &&
      verbOpenerAt(tokens, np, limit)
    ) {
      return next;
    }
  }
  const opener = verbOpenerAt(tokens, next, limit);
  if (!opener) return -1;
  // "... phát triển rộng khắp, liên tục trong toàn dân": a marker with no verb after it qualifies
  // the action before; "..., dự đoán quy mô thị trường sẽ đạt ...": a forecast is no task.
  if (opener.value === "marker") {
    const after = tokens[opener.end];
    const bare = !after || after.kind === "punct" || opener.end >= limit;
    if (bare || LEX.prepositions.has(tokens, opener.end, limit)) return -1;
  }
  if (STATEMENT_VERBS.has(tokens, next, limit)) return -1;
  // "... thông tin chưa chính xác, chưa phân bổ": a negated state, not an action.
  if (tokens[next]?.key === "chưa") return -1;
  // "rà soát lại các phương án xử lý, giải quyết các khó khăn": after a verb, the comma joins
  // two verbs of one phrase; a new action follows a complete one, which ends with its object.
  if (!endsWithObject(tokens, chunkStart, k)) return -1;
  // A verb used as a noun in a list ("quy định, hướng dẫn của ...") is not a new action.
  const after = tokens[opener.end];
  if (
    !after ||
    isPunct(after, ",") ||
    after.key === "của" ||
    after.key === "và" ||
    keysOf(tokens, opener.end, opener.end + 2) === "đối với"
  ) {
    return -1;
  }
  return next;
}

/**
 * Splits the text of a directive after its addressees into actions: at semicolons when it has any
 * (the seed's seven actions), otherwise at commas and `và` that open a new verb phrase after a
 * complete one. Inside each action: sub-actions after `đặc biệt`, `nhất là`, `từ đó`; a purpose
 * clause after `nhằm`, `góp phần`, `để`. The purpose clause of the last action is the directive's.
 */
export function readActions(tokens: readonly Token[], range: TokenRange): ActionsReading {
  const semicolons: number[] = [];
  let depth = 0;
  let inQuote = false;
  for (let k = range.start; k < range.end; k++) {
    const t = tokens[k] as Token;
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
    if (t.kind === "punct" && (t.text === "“" || t.text === "”" || t.text === '"')) {
      inQuote = t.text === "“" ? true : t.text === "”" ? false : !inQuote;
    }
    if (depth === 0 && !inQuote && isPunct(t, ";")) semicolons.push(k);
    // "bảo đảm kinh phí ..., trong đó tập trung vào các nhiệm vụ: A; B; C": the semicolons list
    // the object of one action, after its colon.
    if (depth === 0 && isPunct(t, ":") && semicolons.length === 0 && k > range.start + 2) break;
  }
  const chunks: { range: TokenRange; rule: string }[] = [];
  if (semicolons.length > 0) {
    let s = range.start;
    for (const k of semicolons) {
      chunks.push({ range: { start: s, end: k }, rule: "action-semicolon" });
      s = k + 1;
    }
    chunks.push({ range: { start: s, end: range.end }, rule: "action-semicolon" });
  } else {
    let s = range.start;
    depth = 0;
    // "chỉ đạo các Sở, ban, ngành ... rà soát ..., bố trí ...": an action that itself directs
    // someone keeps its own list of tasks.
    const head = readHead(tokens, trim(tokens, range), false);
    const directs =
      head.verb !== undefined &&
      LEX.speechActs.has(tokens, head.verb.start, head.verb.end) &&
      tokens[head.headEnd]?.kind === "word" &&
      (tokens[head.headEnd]?.cap || tokens[head.headEnd]?.key === "các");
    for (let k = range.start; k < range.end && !directs; k++) {
      const t = tokens[k] as Token;
      if (isPunct(t, "(")) depth++;
      if (isPunct(t, ")")) depth = Math.max(0, depth - 1);
      if (depth > 0) continue;
      // Once a purpose clause opens, the rest belongs to it.
      if (k > s && purposeAt(tokens, k, range.end)) break;
      const next = commaSplit(tokens, k, s, range.end);
      if (next < 0) continue;
      chunks.push({ range: { start: s, end: k }, rule: "action-comma" });
      s = next;
      k = next - 1;
    }
    chunks.push({
      range: { start: s, end: range.end },
      rule: chunks.length > 0 ? "action-comma" : "action-single",
    });
  }
  const reading: ActionsReading = { actions: [] };
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c] as { range: TokenRange; rule: string };
    const isLast = c === chunks.length - 1;
    // "giao nhiệm vụ cụ thể cho các bộ, ngành để phát triển ...": a purpose with no action.
    const opening = trim(tokens, chunk.range);
    if (c === 0 && chunks.length === 1 && purposeAt(tokens, opening.start, opening.end)) {
      reading.purpose = opening;
      continue;
    }
    const built = buildAction(tokens, chunk.range, chunk.rule, { allowSubject: c > 0, isLast });
    if (!built) continue;
    // "viết bài cho Tạp chí Cộng sản ...; Báo Cứu quốc ...; Báo Cờ Giải phóng ...": after a
    // semicolon, a name with no verb continues the object list of the action before.
    const previous = reading.actions[reading.actions.length - 1];
    const a = built.action;
    if (
      previous &&
      chunk.rule === "action-semicolon" &&
      tokens[a.start]?.cap &&
      tokens[a.start + 1]?.cap &&
      (!a.verb || a.verb.start === a.start) &&
      !a.subject &&
      a.markers.length === 0
    ) {
      previous.end = a.end;
      if (built.purpose) reading.purpose = built.purpose;
      continue;
    }
    reading.actions.push(a);
    if (built.purpose) reading.purpose = built.purpose;
  }
  return reading;
}

/** True when the token is a list bullet ("-", "+", "•", "*"). */
export function isBullet(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === "punct" &&
    (DASHES.has(t.text) || t.text === "+" || t.text === "•" || t.text === "*")
  );
}
