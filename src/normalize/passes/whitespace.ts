import { CLASS, F_BREAK, F_SPACE } from "../char-class.js";
import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";

const TRAILING = ruleId("trailing-space");
const SPACE_RUN = ruleId("space-run");

/** Horizontal whitespace: U+0020 or any space variant (tab, NBSP, thin space...). */
function isBlank(code: number): boolean {
  return code === 0x20 || ((CLASS[code] as number) & F_SPACE) !== 0;
}

function isBreak(code: number): boolean {
  return code === 0x0a || ((CLASS[code] as number) & F_BREAK) !== 0;
}

/** The rule that names a replaced run of blanks. */
function blankRule(text: string, start: number, end: number, where: "indent" | "inner"): string {
  let tab = false;
  let nbsp = false;
  let other = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09) tab = true;
    else if (c === 0xa0) nbsp = true;
    else if (c !== 0x20) other = true;
  }
  if (where === "indent") return tab ? "indent-tab" : nbsp ? "indent-nbsp" : "indent-space-variant";
  if (end - start > 1) return "space-run";
  return tab ? "tab" : nbsp ? "nbsp" : other ? "space-variant" : "space-run";
}

/**
 * Whitespace tidying that keeps layout, as agreed with segmentation (which reads paragraphs and
 * right-aligned bylines from the normalised text):
 * - line breaks and blank lines stay; CRLF, CR, VT, FF, U+2028/2029 become LF;
 * - a line's leading indentation stays, each character as a space (a tab as four);
 * - inside a line, any run of spaces, tabs, NBSPs... becomes one space;
 * - spaces at the end of a line (and of the text) go.
 */
export const whitespacePass: Pass = {
  name: "whitespace",
  enabled: (o) => o.whitespace === "tidy",
  run(text, _options, hints) {
    // Only ASCII spaces to look at (the common case): let the regex engine find the few spots.
    if (hints?.flags !== undefined && (hints.flags & (F_SPACE | F_BREAK)) === 0)
      return asciiOnly(text, hints.spaceSpots);
    const n = text.length;
    let builder: TextBuilder | null = null;
    const put = (start: number, end: number, after: string, rule: string) => {
      builder ??= new TextBuilder(text);
      builder.replace(start, end, after, ruleId(rule));
    };
    let i = 0;
    while (i <= n) {
      // Leading indentation.
      let j = i;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      if (j === n || isBreak(text.charCodeAt(j))) {
        if (j > i) put(i, j, "", "trailing-space");
      } else {
        for (let k = i; k < j; k++) {
          const c = text.charCodeAt(k);
          if (c !== 0x20) {
            let e = k + 1;
            while (e < j && text.charCodeAt(e) !== 0x20) e++;
            let after = "";
            for (let m = k; m < e; m++) after += text.charCodeAt(m) === 0x09 ? "    " : " ";
            put(k, e, after, blankRule(text, k, e, "indent"));
            k = e - 1;
          }
        }
      }
      i = j;
      // The rest of the line.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isBreak(c)) break;
        if (!isBlank(c)) {
          i++;
          continue;
        }
        let e = i + 1;
        while (e < n && isBlank(text.charCodeAt(e))) e++;
        if (e === n || isBreak(text.charCodeAt(e))) put(i, e, "", "trailing-space");
        else if (e - i > 1 || c !== 0x20) put(i, e, " ", blankRule(text, i, e, "inner"));
        i = e;
      }
      if (i >= n) break;
      // The line break.
      const c = text.charCodeAt(i);
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) {
        put(i, i + 2, "\n", "crlf");
        i += 2;
      } else {
        if (c !== 0x0a) put(i, i + 1, "\n", c === 0x0d ? "cr" : "line-separator");
        i++;
      }
    }
    return builder === null ? unchanged(text) : (builder as TextBuilder).finish();
  },
};

/**
 * Runs of ASCII spaces inside a line, and spaces at the end of a line or of the text. A run at the
 * start of a line is indentation and stays (unless the line is blank). (The pass itself finds them
 * with `indexOf`, which is faster than this pattern; the pattern documents them and is checked for
 * ReDoS safety.)
 */
export const ASCII_SPACE_ISSUES = / {2,}| +(?=\n|$)/g;

/** Text whose only whitespace is U+0020 and LF: find double spaces and spaces before LF or the end. */
function asciiOnly(text: string, spots?: readonly number[]) {
  let builder: TextBuilder | null = null;
  const n = text.length;
  // Candidate spots, in order: from the scan, or the next "  " and the next " \n" (and a space
  // at the very end).
  let nextDouble = spots === undefined ? text.indexOf("  ") : -1;
  let nextBreak = spots === undefined ? text.indexOf(" \n") : -1;
  let spot = 0;
  let done = 0;
  for (;;) {
    let at = -1;
    if (spots !== undefined) {
      while (spot < spots.length && (spots[spot] as number) < done) spot++;
      if (spot < spots.length) at = spots[spot] as number;
    } else if (nextDouble >= 0 && (nextBreak < 0 || nextDouble < nextBreak)) at = nextDouble;
    else if (nextBreak >= 0) at = nextBreak;
    else if (n > 0 && text.charCodeAt(n - 1) === 0x20 && n - 1 >= done) at = n - 1;
    if (at < 0) break;
    // The whole run of spaces around the spot.
    let start = at;
    while (start > done && text.charCodeAt(start - 1) === 0x20) start--;
    let end = at;
    while (end < n && text.charCodeAt(end) === 0x20) end++;
    done = end;
    if (nextDouble >= 0 && nextDouble < done) nextDouble = text.indexOf("  ", done);
    if (nextBreak >= 0 && nextBreak < done) nextBreak = text.indexOf(" \n", done);
    const atLineEnd = end === n || text.charCodeAt(end) === 0x0a;
    const atLineStart = start === 0 || text.charCodeAt(start - 1) === 0x0a;
    if (atLineStart && !atLineEnd) continue;
    if (!atLineEnd && end - start < 2) continue;
    const after = atLineEnd ? "" : " ";
    builder ??= new TextBuilder(text);
    builder.replace(start, end, after, atLineEnd ? TRAILING : SPACE_RUN);
    if (end >= n) break;
  }
  return builder === null ? unchanged(text) : (builder as TextBuilder).finish();
}
