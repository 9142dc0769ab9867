import { isCommonWordKey } from "../person/dictionary.js";
import type { EntityContext } from "./context.js";

/** Whether token `i` ends a two-syllable word begun by the token before (`yêu cầu`, `văn bản`). */
export function endsWord(ctx: EntityContext, i: number): boolean {
  const t = ctx.at(i);
  const before = ctx.at(i - 1);
  return (
    t !== undefined &&
    before !== undefined &&
    before.kind === "word" &&
    t.gap === "space" &&
    isCommonWordKey(before.key, t.key)
  );
}
