import { OffsetMap, RegionBuffer } from "./offset-map.js";

/**
 * Builds a target string from a source string by copying unchanged runs and recording replacements,
 * so that every pass of the normaliser yields its output together with an exact {@link OffsetMap}
 * and, for each region of the map, the rule that made it (see rules.ts).
 *
 * Passes call `replace(start, end, text, rule)` in increasing source order; whatever lies between two
 * replacements is copied on `finish()` or on the next replacement. Every call is one region of the
 * map, even when it touches the previous one.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly regions = new RegionBuffer();
  private ruleIds = new Uint16Array(16);
  private copiedTo = 0;
  private length = 0;

  constructor(private readonly source: string) {}

  /** Replaces `source.slice(start, end)` with `text`. Calls must come in source order. */
  replace(start: number, end: number, text: string, rule = 0): void {
    if (start < this.copiedTo) throw new RangeError("TextBuilder: replacements out of order");
    if (start > this.copiedTo) {
      this.parts.push(this.source.slice(this.copiedTo, start));
      this.length += start - this.copiedTo;
    }
    const tgtStart = this.length;
    this.parts.push(text);
    this.length += text.length;
    this.copiedTo = end;
    const n = this.regions.length;
    if (n === this.ruleIds.length) {
      const grown = new Uint16Array(n * 2);
      grown.set(this.ruleIds);
      this.ruleIds = grown;
    }
    this.ruleIds[n] = rule;
    this.regions.add(start, end, tgtStart, this.length);
  }

  /** Number of replacements recorded so far. */
  get replacements(): number {
    return this.regions.length;
  }

  /** The target text, its map back to the source, and the rule of each region of the map. */
  finish(): { text: string; map: OffsetMap; rules: Uint16Array } {
    if (this.regions.length === 0) {
      return { text: this.source, map: OffsetMap.identity(this.source.length), rules: NO_RULES };
    }
    if (this.copiedTo < this.source.length) {
      this.parts.push(this.source.slice(this.copiedTo));
      this.length += this.source.length - this.copiedTo;
      this.copiedTo = this.source.length;
    }
    const text = this.parts.join("");
    return {
      text,
      map: this.regions.toMap(this.source.length, text.length),
      rules: this.ruleIds.subarray(0, this.regions.length),
    };
  }
}

const NO_RULES = new Uint16Array(0);
