import type { TokenKind } from "../schema/sections.js";
import {
  DOTTED_PREFIXES,
  FINAL_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
} from "./lexicon/abbreviations.js";
import { GLUED_UNITS } from "./lexicon/units.js";

/** A token in the coordinates of the text that was scanned (normalised text, not the input). */
export interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const longestFirst = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegex);

// Every pattern is sticky (`y`): it is tried at one position only. Quantifiers that could run far
// are bounded, so the work per position is bounded and a scan stays linear in the text length.

/** `http://...`, `https://...`, `ftp://...`, `www....` up to a space, quote or bracket. */
export const URL_RE =
  /(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]):\/\/|[Ww]{3}\.)[^\s<>"“”‘’'()[\]{}]+/uy;
/** `vinh@zing.com.vn`. */
export const EMAIL_RE =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}(?![\p{L}\p{N}])/uy;
/** Bare domains with a common top-level domain: `baodautu.vn`, `google.com`, `Vov.vn/abc`. */
export const DOMAIN_RE =
  /[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.(?:vn|com|net|org|gov|edu|info|biz|io|co|tv|me|asia|uk|us|fr|de|jp|kr|cn|ru)(?![\p{L}\p{N}])(?:\/[^\s<>"“”‘’'()[\]{}]{0,200})?/uy;
/** A run of letters joined by an apostrophe or a hyphen (`H'Mông`, `Nga-Mỹ`, `vô-lăng`), or `&`
 * between capitals (`E&C`, `GD&ĐT`). */
export const WORD_RE = /[\p{L}\p{M}]+(?:(?:['’-]|&(?=\p{Lu}))[\p{L}\p{M}]+){0,8}/uy;
/** Letters and digits mixed, joined by `- / . +` (`F-16`, `53S5`, `CNC.02.DAPT/13`, `3897/QĐ-UBND`). */
export const CODE_RE =
  /[\p{L}\p{M}\p{N}]{1,40}(?:[-/.+_](?=[\p{L}\p{N}])[\p{L}\p{M}\p{N}]{1,40}){0,8}/uy;
/** `08:41`, `08:41:40`. */
export const CLOCK_RE = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\p{L}\p{N}]|[:.]\d)/uy;
/** `10h30`, `8h`, `19g` (giờ). */
export const HOUR_RE = /(\d{1,2})[hg](\d{2})?(?![\p{L}\p{N}])/uy;
/** `04/8/2017`, `6-2-99`, `7.3.2014`, `2004/09/15`, `6/2`, `5-2002`, `8.2`. */
export const DATE_RE = /(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{1,4}))?(?![\p{L}\p{N}]|[/.-]\p{N})/uy;
/** `1.234,5`, `60.542.000`, `100,000,000`, `3,5`, `2017`. */
export const NUMBER_RE =
  /\d{1,3}(?:\.\d{3}){1,6}(?:,\d{1,9})?|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,9})?|\d{1,40}(?:[.,]\d{1,9})?/uy;
/** A unit glued to the number before it. */
export const UNIT_RE = new RegExp(
  `(?:${longestFirst(GLUED_UNITS).join("|")})(?![\\p{L}\\p{N}])`,
  "uy",
);
/** Known abbreviations with their dot. */
export const ABBREVIATION_RE = new RegExp(
  `(?:${longestFirst([...NON_FINAL_ABBREVIATIONS, ...FINAL_ABBREVIATIONS]).join("|")})(?![\\p{L}\\p{N}])`,
  "uy",
);
/** A non-final abbreviation glued to a capitalised word (`TP.Biên Hòa`, `TS.Nguyễn`). */
export const GLUED_ABBREVIATION_RE = new RegExp(
  `(?:${longestFirst(NON_FINAL_ABBREVIATIONS).join("|")})(?=\\p{Lu})`,
  "uy",
);
/** Capitals (or a known mixed-case prefix) joined by dots: `TP.HCM`, `GS.TS.`, `T.T.M.`, `Q.9`,
 * `N.Quang`, `L.ANH`. Validated further in code. */
export const DOTTED_RE = new RegExp(
  `(?:\\p{Lu}{1,5}|${longestFirst(DOTTED_PREFIXES).join("|")})(?:\\.(?:\\p{Lu}[\\p{L}\\p{M}]{0,12}|\\p{N}{1,4})){1,5}\\.?(?![\\p{L}\\p{N}])`,
  "uy",
);
/** `...`, `!!`, `?!`, `…`. */
export const TERMINAL_RUN_RE = /[.!?…]{1,50}/uy;
/** Text emoticons that would otherwise split into punctuation. */
export const EMOTICON_RE = /(?::\){1,10}|:\({1,10}|=\){1,10}|:D|:P|:v|<3|\^\^)(?![\p{L}\p{N}])/uy;

const LETTER = /[\p{L}\p{M}]/u;
const PUNCT = /\p{P}/u;
const NUMERIC = /\p{N}/u;
const TITLE_SEGMENTS = new Set(["TS", "BS", "ThS", "CKI", "CKII", "BSCKI", "BSCKII", "KS", "CN"]);

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c < 0x20 ||
    (c >= 0x7f && c < 0xa0)
  );
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Letters and combining marks below U+2000 (Latin, Vietnamese, Greek, Cyrillic), looked up. */
const LETTER_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < t.length; c++) if (LETTER.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** Characters after a letter run that may make it part of a longer token (`TP.HCM`, `H'Mông`,
 * `F-16`, `E&C`, `a@b`, `đ/c`, `http:`). */
const CONTINUES_LETTERS = new Set([0x2e, 0x27, 0x2019, 0x2d, 0x26, 0x40, 0x2f, 0x2b, 0x5f, 0x3a]);
/** The same after a digit run, plus the separators and units of numbers (`1,5`, `08:41`, `20%`). */
const CONTINUES_DIGITS = new Set([...CONTINUES_LETTERS, 0x2c, 0x25]);

/** Whether a run of letters or digits ending at `r` is a whole token by itself. */
function endsPlainRun(s: string, r: number, digits: boolean): boolean {
  if (r >= s.length) return true;
  const q = s.charCodeAt(r);
  if (isSpace(q)) return true;
  const continues = digits ? CONTINUES_DIGITS : CONTINUES_LETTERS;
  if (
    isDigit(q) ||
    continues.has(q) ||
    q >= 0xd800 ||
    (q < LETTER_TABLE.length && LETTER_TABLE[q] === 1)
  )
    return false;
  // Other letters (beyond the table) or symbols that a unit may start with: take the slow path.
  return q < 0x80 || (q >= 0x2000 && q <= 0x206f) || q === 0x201c || q === 0x201d;
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function validDate(m: RegExpExecArray): boolean {
  const [, a = "", sep, b = "", c] = m;
  const x = Number(a);
  const y = Number(b);
  if (c !== undefined) {
    const z = Number(c);
    if (a.length === 4) return y >= 1 && y <= 12 && z >= 1 && z <= 31 && c.length <= 2;
    return (
      a.length <= 2 && x >= 1 && x <= 31 && y >= 1 && y <= 12 && (c.length === 2 || c.length === 4)
    );
  }
  if (a.length > 2) return false;
  if (b.length === 0) return false;
  // `5-2002`, `2/2014`: month and year (the regex caps the second part at two digits, so a year
  // comes through the three-part branch); `6/2`, `8.2`, `7-2`: day and month.
  if (sep === "." && b.length !== 1 && b.length !== 2) return false;
  return x >= 1 && x <= 31 && y >= 1 && y <= 12;
}

/** `5-2002`, `2/2014`: a month and a four-digit year. */
const MONTH_YEAR_RE = /(\d{1,2})[/-](\d{4})(?![\p{L}\p{N}]|[/.-]\p{N})/uy;

/**
 * Splits `text.slice(from, to)` into tokens. Linear in the length scanned; never throws.
 * Keeps together what belongs together: dates, times, numbers with their separators and glued
 * units, codes, abbreviations, e-mail addresses, URLs and domains.
 */
export function scanTokens(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = s.length;
  // Next '@' at or after each position, to try the e-mail pattern only where one is near.
  let nextAt = s.indexOf("@");
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number) => {
    out.push({ kind, start: start + from, end: end + from });
    i = end;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (nextAt >= 0 && nextAt < i) nextAt = s.indexOf("@", i);
    // Fast path, most tokens: a run of letters (or of digits) that ends at a space or at a mark
    // that cannot continue a longer token. No pattern needs to be tried.
    if (c < LETTER_TABLE.length && LETTER_TABLE[c] === 1) {
      let r = i + 1;
      while (r < n) {
        const q = s.charCodeAt(r);
        if (q < LETTER_TABLE.length && LETTER_TABLE[q] === 1) r++;
        else break;
      }
      if (endsPlainRun(s, r, false)) {
        push("word", i, r);
        continue;
      }
    } else if (isDigit(c)) {
      let r = i + 1;
      while (r < n && isDigit(s.charCodeAt(r))) r++;
      if (endsPlainRun(s, r, true)) {
        push("number", i, r);
        continue;
      }
    }
    const cp = s.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    const isLetter = LETTER.test(ch);
    if (isLetter || isDigit(c)) {
      // URL, e-mail, domain: before anything else, since they contain dots and digits.
      const first = c | 0x20;
      if (first === 0x68 || first === 0x66 || first === 0x77) {
        const m = stickyMatch(URL_RE, s, i);
        if (m) {
          let end = i + m[0].length;
          while (end > i && ".,;:!?".includes(s.charAt(end - 1))) end--;
          push("url", i, end);
          continue;
        }
      }
      if (nextAt >= 0 && nextAt - i <= 64) {
        const m = stickyMatch(EMAIL_RE, s, i);
        if (m) {
          push("email", i, i + m[0].length);
          continue;
        }
      }
      const d = stickyMatch(DOMAIN_RE, s, i);
      if (d?.[0].includes(".")) {
        let end = i + d[0].length;
        while (end > i && ".,;:!?".includes(s.charAt(end - 1))) end--;
        push("url", i, end);
        continue;
      }
    }
    if (isLetter) {
      const a = stickyMatch(ABBREVIATION_RE, s, i);
      if (a) {
        let end = i + a[0].length;
        // `v.v...`: the ellipsis belongs to the abbreviation.
        if (FINAL_ABBREVIATIONS.includes(a[0])) while (s.charCodeAt(end) === 0x2e) end++;
        push("abbreviation", i, end);
        continue;
      }
      const cm = stickyMatch(CODE_RE, s, i);
      const isCode = cm !== null && /\p{N}/u.test(cm[0]) && /\p{L}/u.test(cm[0]);
      const dm = stickyMatch(DOTTED_RE, s, i);
      const dotted = dm ? longestValidDotted(dm[0]) : "";
      if (dotted && !(isCode && cm && cm[0].length > dotted.length)) {
        let end = i + dotted.length;
        if (s.charCodeAt(end - 1) === 0x2e && !keepsTrailingDot(dotted)) end--;
        push("abbreviation", i, end);
        continue;
      }
      if (isCode && cm) {
        push("code", i, trimCode(s, i, i + cm[0].length));
        continue;
      }
      // `TP.Biên Hòa`, `TS.Nguyễn`: a known abbreviation glued to the name it precedes.
      const g = stickyMatch(GLUED_ABBREVIATION_RE, s, i);
      if (g) {
        push("abbreviation", i, i + g[0].length);
        continue;
      }
      const w = stickyMatch(WORD_RE, s, i);
      push("word", i, i + (w ? w[0].length : ch.length));
      continue;
    }
    if (isDigit(c)) {
      const t = stickyMatch(CLOCK_RE, s, i);
      if (t && Number(t[1]) <= 24 && Number(t[2]) < 60) {
        push("time", i, i + t[0].length);
        continue;
      }
      const h = stickyMatch(HOUR_RE, s, i);
      if (h && Number(h[1]) <= 24 && (h[2] === undefined || Number(h[2]) < 60)) {
        push("time", i, i + h[0].length);
        continue;
      }
      const my = stickyMatch(MONTH_YEAR_RE, s, i);
      if (my && Number(my[1]) >= 1 && Number(my[1]) <= 12) {
        push("date", i, i + my[0].length);
        continue;
      }
      const dt = stickyMatch(DATE_RE, s, i);
      if (dt && validDate(dt)) {
        push("date", i, i + dt[0].length);
        continue;
      }
      const num = stickyMatch(NUMBER_RE, s, i);
      const numEnd = i + (num ? num[0].length : 1);
      const u = stickyMatch(UNIT_RE, s, numEnd);
      if (u) {
        push("measure", i, numEnd + u[0].length);
        continue;
      }
      const next = s.codePointAt(numEnd);
      const nextCh = next === undefined ? "" : String.fromCodePoint(next);
      const joined =
        nextCh !== "" &&
        (LETTER.test(nextCh) || ("-/_+".includes(nextCh) && /[\p{L}]/u.test(s.charAt(numEnd + 1))));
      if (joined) {
        const cm = stickyMatch(CODE_RE, s, i);
        if (cm) {
          push("code", i, trimCode(s, i, i + cm[0].length));
          continue;
        }
      }
      push("number", i, numEnd);
      continue;
    }
    if (NUMERIC.test(ch)) {
      let end = i + ch.length;
      while (end < n) {
        const q = s.codePointAt(end) ?? 0;
        const qc = String.fromCodePoint(q);
        if (!NUMERIC.test(qc) || isDigit(q)) break;
        end += qc.length;
      }
      push("number", i, end);
      continue;
    }
    if (c === 0x3a || c === 0x3d || c === 0x3c || c === 0x5e) {
      const e = stickyMatch(EMOTICON_RE, s, i);
      if (e) {
        push("symbol", i, i + e[0].length);
        continue;
      }
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
      const r = stickyMatch(TERMINAL_RUN_RE, s, i);
      push("punct", i, i + (r ? r[0].length : 1));
      continue;
    }
    push(PUNCT.test(ch) ? "punct" : "symbol", i, i + ch.length);
  }
  return out;
}

/** The longest prefix of a dotted match that is a valid abbreviation (`PGS.TS.Nguyễn` gives
 * `PGS.TS.`), or "". */
function longestValidDotted(m: string): string {
  let cut = m;
  for (;;) {
    if (validDotted(cut)) return cut;
    const dot = cut.lastIndexOf(".", cut.endsWith(".") ? cut.length - 2 : cut.length - 1);
    if (dot <= 0) return "";
    cut = cut.slice(0, dot + 1);
    if (cut.split(".").filter((p) => p.length > 0).length < 2) return "";
  }
}

/** `TP.HCM`, `T.T.M.`, `Q.9`, `N.Quang`, `PGS.TS.`: yes. `UBND.Tuy` (a missing space): no. */
function validDotted(m: string): boolean {
  const parts = m.split(".").filter((p) => p.length > 0);
  const [head = "", ...rest] = parts;
  if (rest.length === 0) return false;
  const headIsSingle = head.length === 1 || DOTTED_PREFIXES.includes(head);
  for (const p of rest) {
    const allCaps = p === p.toUpperCase();
    const numeric = /^\p{N}+$/u.test(p);
    if (!allCaps && !numeric && !(headIsSingle || TITLE_SEGMENTS.has(p))) return false;
  }
  return true;
}

/** The final dot of `T.T.M.` and `GS.TS.` is part of the abbreviation; that of `TP.HCM.` ends the
 * sentence. */
function keepsTrailingDot(m: string): boolean {
  const parts = m.split(".").filter((p) => p.length > 0);
  const last = parts[parts.length - 1] ?? "";
  return parts.every((p) => p.length === 1) || TITLE_SEGMENTS.has(last);
}

/** A code does not end with a dot joined to a following letter run that is a word (`2017.Sau`). */
function trimCode(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && "-/.+_".includes(s.charAt(e - 1))) e--;
  return e;
}
