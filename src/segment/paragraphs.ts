/**
 * Layout of plain text: lines, their indentation, blank lines, and the paragraphs they make.
 *
 * Blank lines, indentation (spaces, NBSP, tabs) and right alignment by spaces are layout signals in
 * archived bulletins: they separate paragraphs, set captions apart from indented body text, and
 * push bylines to the right. This module measures them; the classifier reads them.
 */

/** One paragraph of the text, in normalised-text coordinates. */
export interface Paragraph {
  /** Start of the paragraph's text (after indentation). */
  start: number;
  /** End of its text (before trailing spaces and the line break). */
  end: number;
  /** Width of the first line's indentation (space, NBSP: 1; tab: 4). */
  indent: number;
  /** Blank lines before it (the start of the text counts as many). */
  blankBefore: number;
  /** Blank lines after it. */
  blankAfter: number;
  /** Number of lines it spans. */
  lines: number;
  /** Length of its longest line, indentation included. */
  width: number;
  /** A layout hint from HTML (`h1`, `p`, `figcaption`, class `sapo`...), when there is one. */
  hint?: string;
}

/** Space-like characters that make up indentation and blank lines. */
function spaceWidth(c: number): number {
  if (c === 0x09) return 4;
  if (
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x202f ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0xfeff ||
    c === 0x0b ||
    c === 0x0c
  )
    return 1;
  return 0;
}

interface Line {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  indent: number;
}

/** Splits text into lines (LF, CRLF, CR, U+2028/2029) with their indentation measured. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      end++;
    }
    let cs = i;
    let indent = 0;
    while (cs < end) {
      const w = spaceWidth(text.charCodeAt(cs));
      if (w === 0) break;
      indent += w;
      cs++;
    }
    let ce = end;
    while (ce > cs && (spaceWidth(text.charCodeAt(ce - 1)) > 0 || text.charCodeAt(ce - 1) < 0x20))
      ce--;
    lines.push({ start: i, end, contentStart: cs, contentEnd: ce, indent });
    if (end >= n) break;
    i = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/**
 * Groups lines into paragraphs. Blank lines always separate paragraphs. Inside a run of non-blank
 * lines, each line is its own paragraph (archives store one paragraph a line), unless the text is
 * hard-wrapped (most lines fill a fixed width): then a line continues the paragraph until one ends
 * short, or the next is indented.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = scanLines(text);
  const wrapWidth = hardWrapWidth(text, lines);
  const out: Paragraph[] = [];
  let blank = Number.POSITIVE_INFINITY;
  let current: Paragraph | null = null;
  let lastLineOf: Line | null = null;
  for (const line of lines) {
    const empty = line.contentEnd <= line.contentStart;
    if (empty) {
      if (current) {
        out.push(current);
        current = null;
      }
      blank = blank === Number.POSITIVE_INFINITY ? blank : blank + 1;
      continue;
    }
    const continues =
      current !== null &&
      lastLineOf !== null &&
      wrapWidth > 0 &&
      lastLineOf.contentEnd - lastLineOf.start >= wrapWidth * 0.75 &&
      line.indent <= lastLineOf.indent;
    if (current && continues) {
      current.end = line.contentEnd;
      current.lines++;
      current.width = Math.max(current.width, line.contentEnd - line.start);
    } else {
      if (current) {
        out.push(current);
        blank = 0;
      }
      current = {
        start: line.contentStart,
        end: line.contentEnd,
        indent: line.indent,
        blankBefore: blank === Number.POSITIVE_INFINITY ? 99 : blank,
        blankAfter: 0,
        lines: 1,
        width: line.contentEnd - line.start,
      };
      blank = 0;
    }
    lastLineOf = line;
  }
  if (current) out.push(current);
  for (let k = 0; k < out.length; k++) {
    const next = out[k + 1];
    (out[k] as Paragraph).blankAfter = next ? next.blankBefore : 99;
  }
  return out;
}

/**
 * The wrap width when the text is hard-wrapped (lines cut at a fixed width, as in e-mail and some
 * archives), else 0. Wrapped text has many lines at 60 to 100 characters, most of them within a few
 * characters of the widest, blocks of several such lines, and breaks in the middle of sentences.
 */
function hardWrapWidth(text: string, lines: readonly Line[]): number {
  const widths: number[] = [];
  let multiLineBlocks = 0;
  let run = 0;
  // Line breaks between two non-blank lines, and those that fall inside a sentence (the line ends
  // without a stop and the next one starts in lowercase): wrapped text breaks mid-sentence.
  let breaks = 0;
  let midSentence = 0;
  let prev: Line | null = null;
  for (const l of lines) {
    if (l.contentEnd <= l.contentStart) {
      if (run >= 2) multiLineBlocks++;
      run = 0;
      prev = null;
      continue;
    }
    run++;
    widths.push(l.contentEnd - l.start);
    if (prev) {
      breaks++;
      const last = text.charAt(prev.contentEnd - 1);
      const first = text.charAt(l.contentStart);
      if (!/[.!?:…"”)]/u.test(last) && first !== first.toUpperCase()) midSentence++;
    }
    prev = l;
  }
  if (run >= 2) multiLineBlocks++;
  if (widths.length < 6 || multiLineBlocks === 0 || midSentence < breaks * 0.3) return 0;
  const sorted = [...widths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 50 || p90 > 110) return 0;
  const max = sorted[sorted.length - 1] ?? 0;
  if (max > p90 + 12) return 0;
  const full = widths.filter((w) => w >= p90 * 0.8).length;
  return full >= widths.length * 0.5 ? p90 : 0;
}
