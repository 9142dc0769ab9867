/**
 * The worker-thread entry for `--jobs N` (built as `dist/cli-worker.js`, loaded by piscina). Each
 * worker loads the pipeline once and runs batches of units as they come, one result per unit.
 */
import type { WorkerBatch } from "./pool.js";
import type { TaskResult } from "./records.js";
import { runTask } from "./task.js";

export default function work(batch: WorkerBatch): TaskResult[] {
  return batch.units.map((unit) => runTask(unit, batch.settings));
}
