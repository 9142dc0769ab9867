/**
 * Where units run: in the main thread for `--jobs 1` (no thread start-up, nothing to copy), or on a
 * piscina pool of worker threads for `--jobs N`. Both are loaded lazily, only when a command runs.
 *
 * Workers get units in batches: consecutive small units (JSONL lines, short files) go to a worker
 * as one task, so that the per-task cost (a message each way, the settings cloned, a wake-up of
 * the worker) is paid once per batch rather than once per line; each unit still gets its own
 * result, in order. A batch is sent when it is full, or as soon as the reader has nothing more
 * ready (a slow producer on stdin gets each line's output at once).
 */
import type { Unit } from "./input/sources.js";
import type { Window } from "./ordered.js";
import type { TaskResult, TaskSettings } from "./records.js";

/** Young-generation size of each worker's heap, in MB. */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Most units in one batch, and most bytes: a batch of news articles is a few hundred ms of work,
 * long enough that the per-task cost disappears, short enough that both workers finish together.
 */
export const BATCH_UNITS = 16;
export const BATCH_BYTES = 48 * 1024;

/** Runs units; never rejects (a crashed worker becomes an error record). */
export interface Processor {
  run(unit: Unit): Promise<TaskResult>;
  close(): Promise<void>;
  /** How far the reader may run ahead of the output so that every worker stays busy. */
  readonly window: Window;
}

/** What the main thread sends a worker: several units, run in order, one result each. */
export interface WorkerBatch {
  readonly units: readonly Unit[];
  readonly settings: TaskSettings;
}

/** The worker entry next to this module: `cli-worker.js` in dist/, `worker.ts` in the sources. */
function workerFile(): string {
  const here = import.meta.url;
  return here.endsWith(".ts")
    ? new URL("./worker.ts", here).href
    : new URL("./cli-worker.js", here).href;
}

/** Bytes the reader holds in flight at most (a large document still goes alone). */
const WINDOW_BYTES = 32 * 1024 * 1024;

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
      window: { maxInFlight: 1, maxBytes: WINDOW_BYTES },
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

  /** Runs units on one worker; rejects when the worker died (out of memory). */
  const runOnWorker = async (units: readonly Unit[]): Promise<TaskResult[]> => {
    const message: WorkerBatch = { units, settings };
    // A unit that goes alone moves its bytes instead of copying them; a batch copies, so that its
    // units can be run again one by one if a worker dies in the middle of it.
    const only = units.length === 1 ? units[0] : undefined;
    const bytes = only && only.payload.kind !== "error" ? only.payload.bytes : undefined;
    const transferList =
      bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? [bytes.buffer as ArrayBuffer]
        : undefined;
    return (await pool.run(message, transferList ? { transferList } : {})) as TaskResult[];
  };

  const failed = (unit: Unit, err: unknown): TaskResult => {
    const e = err as NodeJS.ErrnoException;
    const hint =
      e?.code === "ERR_WORKER_OUT_OF_MEMORY" ? " (raise --max-memory for larger articles)" : "";
    return fail(unit, `worker failed: ${e?.message ?? String(err)}${hint}`);
  };

  const send = async (batch: readonly Pending[]): Promise<void> => {
    const units = batch.map((p) => p.unit);
    try {
      const results = await runOnWorker(units);
      batch.forEach((p, i) => {
        p.resolve(results[i] ?? failed(p.unit, new Error("no result")));
      });
    } catch (err) {
      if (batch.length === 1) {
        (batch[0] as Pending).resolve(failed(units[0] as Unit, err));
        return;
      }
      // A worker died in the middle of a batch: run its units one by one, so that only the unit
      // that broke it gets an error record.
      for (const p of batch) void send([p]);
    }
  };

  let pending: Pending[] = [];
  let pendingBytes = 0;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingBytes = 0;
    void send(batch);
  };

  return {
    run: (unit) =>
      new Promise<TaskResult>((resolve) => {
        if (unit.size >= BATCH_BYTES) {
          // A large unit goes alone (after what is pending, to keep workers' order fair).
          flush();
          void send([{ unit, resolve }]);
          return;
        }
        pending.push({ unit, resolve });
        pendingBytes += unit.size;
        if (pending.length >= BATCH_UNITS || pendingBytes >= BATCH_BYTES) flush();
        else if (!scheduled) {
          // Nothing more ready in this turn of the event loop: send what there is.
          scheduled = true;
          setImmediate(flush);
        }
      }),
    close: () => pool.destroy(),
    // Two batches per worker: one running, one waiting, so that no worker waits for the reader.
    window: { maxInFlight: jobs * BATCH_UNITS * 2, maxBytes: WINDOW_BYTES },
  };
}

interface Pending {
  readonly unit: Unit;
  readonly resolve: (result: TaskResult) => void;
}
