/**
 * Runs units concurrently and yields their results in input order, with a bounded window: at most
 * `maxInFlight` units (and about `maxBytes` of them) are read ahead of the output, so memory is
 * bounded by the window, not by the input. Results are yielded as soon as the next one in order is
 * ready, also while the input is still arriving (a slow stdin producer gets its output at once).
 */

export interface Window {
  readonly maxInFlight: number;
  readonly maxBytes: number;
}

const ABORTED = Symbol("aborted");

/**
 * `run` must not reject (turn failures into results). Stops without waiting when `signal` aborts:
 * the caller then ends the process (pending reads or tasks are abandoned).
 */
export async function* inOrder<T extends { readonly size: number }, R>(
  source: AsyncIterable<T>,
  run: (unit: T) => Promise<R>,
  window: Window,
  signal: AbortSignal,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    if (signal.aborted) resolve(ABORTED);
    else signal.addEventListener("abort", () => resolve(ABORTED), { once: true });
  });
  const queue: { readonly result: Promise<R>; readonly size: number }[] = [];
  let bytes = 0;
  let done = false;
  let nextInput: Promise<{ readonly input: IteratorResult<T> }> | undefined;
  for (;;) {
    const canRead =
      !done && queue.length < window.maxInFlight && (bytes < window.maxBytes || queue.length === 0);
    if (canRead && nextInput === undefined)
      nextInput = iterator.next().then((input) => ({ input }));
    const waits: Promise<unknown>[] = [aborted];
    if (canRead && nextInput !== undefined) waits.push(nextInput);
    const head = queue[0];
    if (head) waits.push(head.result.then((result) => ({ result })));
    if (waits.length === 1) return;
    const settled = (await Promise.race(waits)) as
      | typeof ABORTED
      | { input: IteratorResult<T> }
      | { result: R };
    if (settled === ABORTED) return;
    if ("input" in settled) {
      nextInput = undefined;
      if (settled.input.done) {
        done = true;
        continue;
      }
      const unit = settled.input.value;
      queue.push({ result: run(unit), size: unit.size });
      bytes += unit.size;
      continue;
    }
    queue.shift();
    bytes -= head?.size ?? 0;
    yield settled.result;
  }
}
