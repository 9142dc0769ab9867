import type { Unit } from "./input/sources.js";
import { displayId, type TaskResult } from "./records.js";

/** Error messages shown on stderr before the rest are only counted (the records hold them all). */
const MAX_ERROR_MESSAGES = 20;

/**
 * The stderr side of a failed unit, shared by `analyze|normalize|segment` and `corpus`: one line per
 * failure (`bantin: file:line (id X): message`), cleared of the progress line first, up to
 * {@link MAX_ERROR_MESSAGES}, then a note that further errors are counted; silent with `--quiet`.
 */
export function errorComplainer(
  quiet: boolean,
  progress: { clear(): void },
  countedNote: string,
): (r: TaskResult, unit: Pick<Unit, "origin" | "line">) => void {
  let messages = 0;
  return (r, unit) => {
    if (quiet || !r.error || r.status === "skipped") return;
    messages++;
    if (messages > MAX_ERROR_MESSAGES) return;
    progress.clear();
    const where = unit.line === undefined ? unit.origin : `${unit.origin}:${unit.line}`;
    const id =
      r.id !== null && String(r.id) !== unit.origin ? ` (id ${displayId(r.id, unit)})` : "";
    process.stderr.write(`bantin: ${where}${id}: ${r.error.message}\n`);
    if (messages === MAX_ERROR_MESSAGES) process.stderr.write(`bantin: ${countedNote}\n`);
  };
}
