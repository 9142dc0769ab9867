/**
 * The worker-thread entry for `--jobs N` (built as `dist/cli-worker.js`, loaded by piscina). Each
 * worker loads the pipeline once and runs batches of units as they come, one result per unit.
 */
import { heapTrimmer } from "./heap.js";
import type { WorkerBatch } from "./pool.js";
import type { TaskResult } from "./records.js";
import { runTask } from "./task.js";

/**
 * A worker collects when its heap holds 32 MB more than was live (the pipeline's data, mostly):
 * rare for news articles (a few MB each), certain after a large one (measured: +9% CPU on the
 * news corpus, heaps at 57-74 MB instead of 70-150 MB).
 */
const trimHeap = heapTrimmer(32);

const encoder = new TextEncoder();

export default function work(batch: WorkerBatch): TaskResult[] {
  // Output the main thread only writes goes back as bytes: they cross outside its heap, which then
  // stays small (measured: 43-53 MB for 9-20 MB in use when it received strings).
  const asBytes = !batch.settings.corpus && batch.settings.format !== "html";
  const results: TaskResult[] = [];
  for (const unit of batch.units) {
    const r = runTask(unit, batch.settings);
    results.push(asBytes && r.out !== "" ? { ...r, out: "", bytes: encoder.encode(r.out) } : r);
    trimHeap();
  }
  return results;
}
