import { jsonData } from "../data/load.js";
import lexicon from "./data/words.json" with { type: "json" };
import { SURNAMES } from "./lexicon/surnames.js";
import type { RawToken } from "./tokenize.js";

/** A word of the word segmentation, in normalised-text coordinates. */
export interface RawWord {
  start: number;
  end: number;
  /** Syllables joined by `_`. */
  form: string;
  syllables: number;
  /** `dictionary`, `name` or `single`. */
  rule: string;
}

/** Multi-syllable words (lowercase, syllables joined by a space) and their corpus counts. */
let words: ReadonlyMap<string, number> | undefined;
/** The word list as a map, parsed on first use (not at import). */
const WORDS = (): ReadonlyMap<string, number> =>
  (words ??= new Map(Object.entries(jsonData<Record<string, number>>(lexicon))));
const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES);
/**
 * Capitalised syllables that start a title or an institution, not a name: a name run stops before
 * them (`Cao_Văn_Minh Phó_Bí_thư`). Syllables that are also common given or middle names (Văn,
 * Công, Quốc, Thành, Trung) are left out on purpose.
 */
const NAME_STOPS: ReadonlySet<string> = new Set([
  "Phó",
  "Bí",
  "Chủ",
  "Giám",
  "Tổng",
  "Trưởng",
  "Thứ",
  "Bộ",
  "Chánh",
  "Ủy",
  "Uỷ",
  "Thủ",
  "Quận",
  "Huyện",
  "Tỉnh",
  "Sở",
  "Ban",
  "Hội",
  "Tập",
  "Bệnh",
  "Viện",
  "Đảng",
  "Phường",
  "Xã",
  "Đại",
  "Thượng",
  "Thiếu",
  "Tiến",
  "Thạc",
  "Giáo",
  "Bác",
  "Luật",
  "Nhà",
  "Ông",
  "Bà",
  "Anh",
  "Chị",
  "Đồng",
  "Cục",
  "Vụ",
  "Phòng",
  "Trường",
  "Công an",
  "Ngân",
  "Tòa",
  "Tòa án",
  "Thường",
]);
/** Longest entry, in syllables. */
const MAX_SYLLABLES = 4;
/** Longest proper name, in syllables. */
const MAX_NAME = 6;

const isCapitalised = (s: string) => {
  const c = s.charAt(0);
  return (
    (c !== c.toLowerCase() && s.slice(1) !== s.slice(1).toUpperCase()) ||
    (s.length === 1 && c !== c.toLowerCase())
  );
};

/**
 * Groups a sentence's tokens into words. Runs of capitalised syllables become proper names
 * (`Phạm_Vũ_Luận`; at the start of a sentence only when the first one is a family name). Between
 * them, a dynamic programme over the syllables picks the segmentation with the fewest words using
 * the dictionary (ties go to the more frequent words), so `hội nghị chuyên đề` is `hội_nghị
 * chuyên_đề`. Syllables must be adjacent with only spaces between them; any other token is a word
 * by itself. Linear in the number of tokens.
 */
export function segmentWords(text: string, tokens: readonly RawToken[]): RawWord[] {
  const n = tokens.length;
  const syl = tokens.map((t) => text.slice(t.start, t.end));
  const ctx: Run = {
    tokens,
    syl,
    low: syl.map((x) => x.toLowerCase()),
    cap: syl.map(isCapitalised),
    out: [],
  };
  // joinable[i]: token i and i+1 are syllables separated by spaces only.
  const joinable = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    const a = tokens[i] as RawToken;
    const b = tokens[i + 1] as RawToken;
    if (a.kind !== "word" || b.kind !== "word" || b.start === a.end) continue;
    let spaces = true;
    for (let k = a.end; k < b.start && spaces; k++) {
      const c = text.charCodeAt(k);
      spaces = c === 0x20 || c === 0xa0;
    }
    if (spaces && !(syl[i] ?? "").includes("-") && !(syl[i + 1] ?? "").includes("-"))
      joinable[i] = 1;
  }
  let i = 0;
  while (i < n) {
    const t = tokens[i] as RawToken;
    if (t.kind !== "word") {
      ctx.out.push({
        start: t.start,
        end: t.end,
        form: syl[i] ?? "",
        syllables: 1,
        rule: "single",
      });
      i++;
      continue;
    }
    // The stretch of joinable syllables starting here.
    let j = i;
    while (j < n - 1 && joinable[j] === 1) j++;
    segmentRun(i, j + 1, ctx);
    i = j + 1;
  }
  return ctx.out;
}

/** What the segmentation of one sentence works on. */
interface Run {
  tokens: readonly RawToken[];
  syl: readonly string[];
  /** Lowercased syllables, for dictionary lookups. */
  low: readonly string[];
  /** Whether each syllable is capitalised. */
  cap: readonly boolean[];
  out: RawWord[];
}

function push(ctx: Run, a: number, b: number, rule: string) {
  ctx.out.push({
    start: (ctx.tokens[a] as RawToken).start,
    end: (ctx.tokens[b - 1] as RawToken).end,
    form: b - a === 1 ? (ctx.syl[a] ?? "") : ctx.syl.slice(a, b).join("_"),
    syllables: b - a,
    rule,
  });
}

/** Segments syllables a..b (exclusive), all joinable to their neighbours. */
function segmentRun(a: number, b: number, ctx: Run): void {
  const { syl, cap } = ctx;
  let i = a;
  let from = a;
  while (i < b) {
    // A proper name: two or more capitalised syllables that are not a dictionary word.
    if (cap[i] && !NAME_STOPS.has(syl[i] ?? "")) {
      let j = i;
      while (j < b && j - i < MAX_NAME && cap[j]) {
        if (j - i >= 2 && NAME_STOPS.has(syl[j] ?? "")) break;
        j++;
      }
      const sentenceStart = i === 0;
      if (
        j - i >= 2 &&
        !(sentenceStart && !SURNAME_SET.has(syl[i] ?? "")) &&
        !WORDS().has(ctx.low.slice(i, j).join(" "))
      ) {
        dictionaryRun(from, i, ctx);
        push(ctx, i, j, "name");
        i = j;
        from = j;
        continue;
      }
    }
    i++;
  }
  dictionaryRun(from, b, ctx);
}

/** Fewest words, then highest total log-frequency: a shortest-path over syllable positions. */
function dictionaryRun(a: number, b: number, ctx: Run): void {
  const len = b - a;
  if (len <= 0) return;
  if (len === 1) {
    push(ctx, a, b, "single");
    return;
  }
  const { low } = ctx;
  const cost = new Int32Array(len + 1).fill(0x7fffffff);
  const gain = new Float64Array(len + 1);
  const back = new Int32Array(len + 1);
  cost[0] = 0;
  for (let i = 0; i < len; i++) {
    const c = cost[i] as number;
    if (c === 0x7fffffff) continue;
    let key = low[a + i] ?? "";
    for (let k = 1; k <= MAX_SYLLABLES && i + k <= len; k++) {
      let g = 0;
      if (k > 1) {
        key = `${key} ${low[a + i + k - 1] ?? ""}`;
        const f = WORDS().get(key);
        if (f === undefined) continue;
        g = Math.log(f + 1);
      }
      const nc = c + 1;
      const ng = (gain[i] as number) + g;
      if (nc < (cost[i + k] as number) || (nc === cost[i + k] && ng > (gain[i + k] as number))) {
        cost[i + k] = nc;
        gain[i + k] = ng;
        back[i + k] = i;
      }
    }
  }
  const cuts: number[] = [];
  for (let k = len; k > 0; k = back[k] as number) cuts.push(k);
  let prev = 0;
  for (let q = cuts.length - 1; q >= 0; q--) {
    const k = cuts[q] as number;
    push(ctx, a + prev, a + k, k - prev > 1 ? "dictionary" : "single");
    prev = k;
  }
}
