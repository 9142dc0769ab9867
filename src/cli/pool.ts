/**
 * Where units run: in the main thread for `--jobs 1` (no thread start-up, nothing to copy), or on a
 * piscina pool of worker threads for `--jobs N`. Both are loaded lazily, only when a command runs.
 */
import type { Unit } from "./input/sources.js";
import type { TaskResult, TaskSettings } from "./records.js";

/** Young-generation size of each worker's heap, in MB. */
const WORKER_YOUNG_GENERATION_MB = 4;

/** Runs units; never rejects (a crashed worker becomes an error record). */
export interface Processor {
  run(unit: Unit): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The worker entry next to this module: `cli-worker.js` in dist/, `worker.ts` in the sources. */
function workerFile(): string {
  const here = import.meta.url;
  return here.endsWith(".ts")
    ? new URL("./worker.ts", here).href
    : new URL("./cli-worker.js", here).href;
}

export async function createProcessor(
  jobs: number,
  settings: TaskSettings,
  fail: (unit: Unit, message: string) => TaskResult,
  maxMemoryMb: number | undefined,
): Promise<Processor> {
  if (jobs <= 1) {
    const { runTask } = await import("./task.js");
    return {
      run: (unit) => Promise.resolve().then(() => runTask(unit, settings)),
      close: async () => {},
    };
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    // Workers stay for the whole run; the run ends by closing the pool.
    idleTimeout: 60_000,
    resourceLimits: {
      // A small young generation: units allocate in short bursts, and V8's default (tens of MB
      // per isolate) only adds to the resident size of every worker (measured: -58 MB at --jobs 2).
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      // With --max-memory, a hard heap limit per worker (--max-size is then kept well under it).
      ...(maxMemoryMb ? { maxOldGenerationSizeMb: maxMemoryMb } : {}),
    },
  });
  return {
    run: async (unit) => {
      try {
        const bytes = unit.payload.kind === "error" ? undefined : unit.payload.bytes;
        // Move the bytes instead of copying them: the main thread no longer needs them.
        const transferList =
          bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
            ? [bytes.buffer as ArrayBuffer]
            : undefined;
        return (await pool.run(
          { unit, settings },
          transferList ? { transferList } : {},
        )) as TaskResult;
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        const hint =
          e?.code === "ERR_WORKER_OUT_OF_MEMORY" ? " (raise --max-memory for larger articles)" : "";
        return fail(unit, `worker failed: ${e?.message ?? String(err)}${hint}`);
      }
    },
    close: () => pool.destroy(),
  };
}
