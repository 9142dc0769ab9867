/**
 * Bytes of a document or JSONL line to what the pipeline takes. Clean UTF-8 becomes a string, so
 * that spans index the text exactly as the user's file reads; anything else goes through the
 * library's `decode` (detection of UTF-16 and legacy encodings), or, with `--input-encoding`, the
 * named encoding (read with the same charset tables as `decode`).
 */
import { type ByteCharsetName, CHARSETS, decodeBytes } from "../../decode/charsets.js";
import { decode } from "../../decode/decode.js";
import { restoreCase } from "../../normalize/legacy/case.js";
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
});

/** Vietnamese byte charsets, read with the tables `decode` uses. */
const LEGACY_CHARSETS: Readonly<Partial<Record<InputEncoding, ByteCharsetName>>> = Object.freeze({
  tcvn3: "tcvn3",
  vni: "vni",
  viscii: "viscii",
  cp1258: "cp1258",
});

/** Bytes in a named legacy charset, as `decode` reads them once it has chosen that charset. */
function readLegacy(name: ByteCharsetName, bytes: Uint8Array): string {
  const { text, shared } = decodeBytes(CHARSETS[name], bytes);
  // TCVN3 and VISCII give some capitals and small letters the same byte: the case is inferred.
  return name === "tcvn3" || name === "viscii" ? restoreCase(text, shared, true) : text;
}

/** A forced encoding: the text, or undefined for `auto` and `viqr` (VIQR is repaired as text). */
function forced(bytes: Uint8Array, encoding: InputEncoding): string | undefined {
  const label = WHATWG_LABELS[encoding];
  if (label !== undefined) return new TextDecoder(label).decode(bytes);
  const legacy = LEGACY_CHARSETS[encoding];
  return legacy === undefined ? undefined : readLegacy(legacy, bytes);
}

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
  const clean = strictUtf8(bytes);
  // Clean UTF-8 read as UTF-8 (or VIQR, which is ASCII) is the plain case: spans index the file as
  // any reader sees it.
  if (clean !== undefined && (encoding === "auto" || encoding === "utf-8" || encoding === "viqr")) {
    return { input: clean };
  }
  const text = forced(bytes, encoding);
  // Auto (and VIQR that is not clean UTF-8): the library's decoder detects the encoding.
  if (text === undefined) return { input: bytes };
  return { input: text, decodedAs: encoding as EncodingName };
}

/**
 * The text of one JSONL line. JSON is ASCII in its syntax, so a line in a legacy 8-bit encoding
 * still parses once decoded; `decodedAs` says when the line was not clean UTF-8.
 */
export function decodeLine(
  bytes: Uint8Array,
  encoding: InputEncoding,
): { text: string; decodedAs?: EncodingName } {
  const clean = strictUtf8(bytes);
  if (clean !== undefined && (encoding === "auto" || encoding === "utf-8" || encoding === "viqr")) {
    return { text: clean };
  }
  const text = forced(bytes, encoding);
  if (text !== undefined) return { text, decodedAs: encoding as EncodingName };
  const d = decode(bytes);
  return { text: d.text, decodedAs: d.encoding };
}
