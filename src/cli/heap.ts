/**
 * Keeps a thread's heap near what it uses. V8 lets a heap grow well past what is live before it
 * collects, and gives the space back late: measured on the news corpus at --jobs 2, worker heaps of
 * 70-150 MB for 40-65 MB in use, and a main thread (which only reads, orders and writes) holding
 * 43-53 MB for 9-20 MB in use; the process's peak then grows with the length of the stream as such
 * heaps meet. {@link trimHeap} collects at once when the heap has grown by more than a slack since
 * the last collection, which returns the space to the system.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

const MB = 1024 * 1024;

/** V8's collector as a function (for the calling thread), or undefined where it is not exposed. */
function exposeCollector(): (() => void) | undefined {
  try {
    // Exposes `gc` to contexts created from now on; the flag changes nothing else.
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : undefined");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A trimmer for the calling thread: call it between units of work (cheap when nothing to do). */
export function heapTrimmer(slackMb: number): () => void {
  const collect = exposeCollector();
  if (!collect) return () => {};
  // The heap's size right after the last collection: what is live plus the spaces V8 keeps
  // (the young generation is not given back), so that a heap that cannot shrink further does
  // not trigger a collection after every unit.
  let floorBytes = 0;
  return () => {
    if (v8.getHeapStatistics().total_heap_size <= floorBytes + slackMb * MB) return;
    collect();
    floorBytes = v8.getHeapStatistics().total_heap_size;
  };
}
