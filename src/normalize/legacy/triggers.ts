/**
 * Cheap signs of two-byte legacy text (VNI-Windows, CP1258) seen through CP1252: a vowel followed by
 * a mark byte that shows as a Latin-1 letter (`caùc`, `Toâi`, `Viêòt`), in a pair that Unicode
 * Vietnamese never writes with its marks in place.
 */
import { CP1258_ROWS, VNI_ROWS } from "../../decode/data/charsets.generated.js";
import { BASE_ID, compose } from "../vietnamese/alphabet.js";
import { type SyllableParts, tonePosition, vowelClusters } from "../vietnamese/syllable.js";

/** Mark bytes of two-byte letters (VNI, CP1258). */
export const MARK = new Uint8Array(0x100);
/** Base bytes of two-byte letters. */
export const BASE = new Uint8Array(0x100);
/** `(prev << 8) | cur` for pairs Unicode Vietnamese writes (oà in hoàng, uâ in quân, iê...). */
export const UNICODE_PAIRS = new Uint8Array(0x10000);

(function build() {
  for (const [, bytes] of [...VNI_ROWS, ...CP1258_ROWS]) {
    if (bytes.length !== 2) continue;
    BASE[bytes[0] as number] = 1;
    MARK[bytes[1] as number] = 1;
  }
  for (const [cluster, coda] of vowelClusters()) {
    for (const lead of ["", "u", "i"]) {
      const run = lead + cluster;
      const canonical = new Set<number>();
      {
        const parts: SyllableParts = {
          onset: lead === "u" ? "qu" : lead === "i" ? "gi" : "",
          nucleusStart: lead.length,
          nucleusEnd: run.length,
          nucleus: cluster,
          coda,
        };
        canonical.add(tonePosition(parts, "old")).add(tonePosition(parts, "new"));
      }
      for (let j = 0; j + 1 < run.length; j++) {
        const x = run[j] as string;
        const id = BASE_ID.get(run[j + 1] as string) as number;
        for (let t = 0; t < 6; t++) {
          if (t !== 0 && !canonical.has(j + 1)) continue;
          for (const upX of [false, true]) {
            for (const upY of [false, true]) {
              const xx = upX ? x.toUpperCase() : x;
              const y = compose(id, t, upY);
              if (xx.charCodeAt(0) < 0x100 && y.charCodeAt(0) < 0x100)
                UNICODE_PAIRS[(xx.charCodeAt(0) << 8) | y.charCodeAt(0)] = 1;
            }
          }
        }
      }
    }
  }
})();

/** Whether `prev` + `cur` looks like a VNI letter (base byte + mark byte) rather than Unicode. */
export function vniSuspectPair(prev: number, cur: number): boolean {
  if (prev >= 0x100 || cur >= 0x100 || MARK[cur] !== 1 || BASE[prev] !== 1) return false;
  return UNICODE_PAIRS[(prev << 8) | cur] !== 1;
}
