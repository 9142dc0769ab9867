/**
 * Splits a byte stream into lines without ever holding more than one line (plus one read chunk) in
 * memory, so that a 2 GB JSONL file streams in constant memory. A line longer than `maxBytes` is not
 * buffered: its bytes are counted and skipped, and it comes out as `{ tooLong }` so that the line
 * contract (one output line per input line) still holds.
 */

/**
 * One line of input: its bytes (without the line ending), or, when too long, how long it was and
 * its first {@link HEAD_BYTES} bytes (enough to read its id for the error record).
 */
export type Line =
  | { readonly number: number; readonly bytes: Uint8Array }
  | { readonly number: number; readonly tooLong: number; readonly head: Uint8Array };

/** How much of a too-long line is kept: ids come first in real records, or soon after. */
export const HEAD_BYTES = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Lines of `chunks`, numbered from 1. `\n` ends a line and a `\r` before it is dropped (CRLF files);
 * a last line without `\n` is still a line; a UTF-8 byte-order mark at the very start is dropped.
 * Each line's bytes are a fresh copy, so that they can be moved to a worker thread.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let partLength = 0;
  let overflow = false;
  /** The start of a line that overflowed. */
  let head: Uint8Array = new Uint8Array(0);
  let number = 0;

  const finish = (tail: Uint8Array): Line => {
    number++;
    if (overflow) {
      if (head.length < HEAD_BYTES) head = headOf([head, tail]);
      const line = { number, tooLong: partLength + tail.length, head };
      parts = [];
      partLength = 0;
      overflow = false;
      head = new Uint8Array(0);
      return line;
    }
    let bytes: Uint8Array;
    if (parts.length === 0) {
      bytes = new Uint8Array(tail); // a copy: Buffer#slice would share the chunk
    } else {
      bytes = new Uint8Array(partLength + tail.length);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      bytes.set(tail, at);
      parts = [];
      partLength = 0;
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR)
      bytes = bytes.subarray(0, bytes.length - 1);
    if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
    }
    return { number, bytes };
  };

  const keep = (piece: Uint8Array): void => {
    if (piece.length === 0) return;
    if (overflow || partLength + piece.length > maxBytes) {
      // Too long to be an article: stop buffering (keeping only its head), only count.
      if (!overflow) {
        head = headOf([...parts, piece]);
        overflow = true;
      } else if (head.length < HEAD_BYTES) head = headOf([head, piece]);
      parts = [];
      partLength += piece.length;
      return;
    }
    // Copy: the chunk is reused or kept alive by the stream otherwise.
    parts.push(new Uint8Array(piece));
    partLength += piece.length;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, start);
      if (nl < 0) break;
      const tail = chunk.subarray(start, nl);
      if (!overflow && partLength + tail.length > maxBytes) {
        keep(tail);
        yield finish(new Uint8Array(0));
      } else {
        yield finish(tail);
      }
      start = nl + 1;
    }
    keep(chunk.subarray(start));
  }
  if (partLength > 0 || overflow) yield finish(new Uint8Array(0));
}

/** The first {@link HEAD_BYTES} bytes of `parts` joined, as one fresh array. */
function headOf(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(Math.min(HEAD_BYTES, length));
  let at = 0;
  for (const p of parts) {
    if (at >= out.length) break;
    const n = Math.min(p.length, out.length - at);
    out.set(p.subarray(0, n), at);
    at += n;
  }
  return out;
}
