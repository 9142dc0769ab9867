/**
 * The worker-thread entry for `--jobs N` (built as `dist/cli-worker.js`, loaded by piscina). Each
 * worker loads the pipeline once and runs units as they come.
 */
import type { Unit } from "./input/sources.js";
import type { TaskResult, TaskSettings } from "./records.js";
import { runTask } from "./task.js";

/** One unit of work, as the main thread sends it. */
export interface WorkerMessage {
  readonly unit: Unit;
  readonly settings: TaskSettings;
}

export default function work(message: WorkerMessage): TaskResult {
  return runTask(message.unit, message.settings);
}
