import type { DecodeResult } from "../schema/normalize.js";

/**
 * Decodes bytes of unknown encoding into a string.
 *
 * Recognises UTF-8 and UTF-16 (with or without BOM). Never throws: undecodable bytes become
 * U+FFFD and are reported as damage.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  // Foundation version: BOMs and UTF-8. Legacy byte encodings are added by the normaliser work.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      confidence: 1,
      bom: true,
      damage: [],
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      confidence: 1,
      bom: true,
      damage: [],
    };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8").decode(bom ? bytes.subarray(3) : bytes);
  return { text, encoding: "utf-8", confidence: 1, bom, damage: [] };
}
