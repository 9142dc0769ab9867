/**
 * Bytes of a document or JSONL line to what the pipeline takes. Clean UTF-8 becomes a string, so
 * that spans index the text exactly as the user's file reads; anything else goes through the
 * library's `decode` (detection of UTF-16 and legacy encodings), or, with `--input-encoding`, the
 * named encoding.
 */
import { decode } from "../../decode/decode.js";
import type { EncodingName } from "../../schema/normalize.js";
import type { InputEncoding } from "../args.js";

/** A document ready for the pipeline. */
export interface DecodedInput {
  /** A string (clean UTF-8), or bytes for the library to decode (spans then index `decodedText`). */
  readonly input: string | Uint8Array;
  /**
   * Set when the CLI decoded the bytes itself (a forced `--input-encoding`): the string in `input`
   * is then not the file's text as a UTF-8 reader sees it, and results must say so.
   */
  readonly decodedAs?: EncodingName;
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Encodings the platform's TextDecoder reads, by our name. */
const WHATWG_LABELS: Readonly<Partial<Record<InputEncoding, string>>> = Object.freeze({
  "utf-8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  cp1258: "windows-1258",
});

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** The text of clean UTF-8 bytes without a BOM, or undefined. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  if (hasBom(bytes)) return undefined;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes of one document to pipeline input, following `--input-encoding`. */
export function decodeDocument(bytes: Uint8Array, encoding: InputEncoding): DecodedInput {
  if (encoding === "auto") {
    const text = strictUtf8(bytes);
    return text === undefined ? { input: bytes } : { input: text };
  }
  const label = WHATWG_LABELS[encoding];
  if (label !== undefined) {
    const text = new TextDecoder(label).decode(bytes);
    // Clean UTF-8 read as UTF-8 is the plain case: spans index the file as any reader sees it.
    if (encoding === "utf-8" && !hasBom(bytes) && strictUtf8(bytes) !== undefined)
      return { input: text };
    return { input: text, decodedAs: encoding };
  }
  // TCVN3, VNI, VISCII, VIQR: the library's decoder and normaliser detect and repair these; there
  // is no separate forced path for them, so detection decides (see the CLI section of the README).
  return { input: bytes };
}

/**
 * The text of one JSONL line. JSON is ASCII in its syntax, so a line in a legacy 8-bit encoding
 * still parses once decoded; `decodedAs` says when the line was not clean UTF-8.
 */
export function decodeLine(
  bytes: Uint8Array,
  encoding: InputEncoding,
): { text: string; decodedAs?: EncodingName } {
  if (encoding === "auto") {
    const text = strictUtf8(bytes);
    if (text !== undefined) return { text };
    const d = decode(bytes);
    return { text: d.text, decodedAs: d.encoding };
  }
  const label = WHATWG_LABELS[encoding];
  if (label !== undefined) {
    const text = new TextDecoder(label).decode(bytes);
    return encoding === "utf-8" && strictUtf8(bytes) !== undefined
      ? { text }
      : { text, decodedAs: encoding };
  }
  const d = decode(bytes);
  return { text: d.text, decodedAs: d.encoding };
}
