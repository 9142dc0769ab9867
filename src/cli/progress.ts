/**
 * Progress on stderr while a run goes (only when stderr is a terminal: logs and pipes stay clean),
 * and the counts for the summary at the end. Time comes from a clock passed in, for tests.
 */

/** Counts of a run. */
export interface RunStats {
  done: number;
  failed: number;
  skipped: number;
  bytes: number;
}

/** Duration in a compact human form: `42s`, `3m 05s`, `2h 07m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

const number = (n: number): string => n.toLocaleString("en-US");

/** One progress line: done, rate, throughput, failures, and percent and ETA when the size is known. */
export function progressLine(
  stats: RunStats,
  elapsedSeconds: number,
  totalBytes: number | undefined,
): string {
  const rate = elapsedSeconds > 0 ? stats.done / elapsedSeconds : 0;
  const mbps = elapsedSeconds > 0 ? stats.bytes / 1e6 / elapsedSeconds : 0;
  const parts = [
    `${number(stats.done)} article${stats.done === 1 ? "" : "s"}`,
    `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
    `${mbps.toFixed(1)} MB/s`,
  ];
  if (stats.failed > 0) parts.push(`${number(stats.failed)} failed`);
  if (totalBytes !== undefined && totalBytes > 0) {
    const fraction = Math.min(1, stats.bytes / totalBytes);
    parts.push(`${(fraction * 100).toFixed(0)}%`);
    if (stats.bytes > 0 && fraction < 1)
      parts.push(
        `ETA ${formatDuration((elapsedSeconds * (totalBytes - stats.bytes)) / stats.bytes)}`,
      );
  }
  return parts.join(" · ");
}

/** The summary line at the end of a run. */
export function summaryLine(stats: RunStats, elapsedSeconds: number, interrupted: boolean): string {
  const rate = elapsedSeconds > 0 ? stats.done / elapsedSeconds : 0;
  const parts = [
    `${number(stats.done)} article${stats.done === 1 ? "" : "s"} in ${elapsedSeconds.toFixed(1)} s (${rate.toFixed(1)}/s)`,
  ];
  parts.push(`${number(stats.failed)} failed`);
  if (stats.skipped > 0)
    parts.push(`${number(stats.skipped)} empty line${stats.skipped === 1 ? "" : "s"} skipped`);
  return `${interrupted ? "interrupted after " : ""}${parts.join(", ")}`;
}

/** Redraws one status line on a terminal, at most every `intervalMs`. */
export class ProgressDisplay {
  private last = 0;
  private shown = false;
  private total: number | undefined;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    totalBytes: Promise<number | undefined>,
    private readonly now: () => number = () => performance.now(),
    private readonly started = now(),
    private readonly intervalMs = 200,
  ) {
    totalBytes.then(
      (t) => {
        this.total = t;
      },
      () => {},
    );
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (this.now() - this.started) / 1000;
  }

  update(stats: RunStats): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.last < this.intervalMs) return;
    this.last = t;
    this.stream.write(`\r\x1b[K${progressLine(stats, this.elapsed(), this.total)}`);
    this.shown = true;
  }

  /** Clears the status line (before other stderr output and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
