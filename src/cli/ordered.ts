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
  const queue: { readonly result: Promise<R>; readonly size: number }[] = [];
  let bytes = 0;
  let done = false;
  let nextInput: Promise<IteratorResult<T>> | undefined;
  // One waker for the current wait, called by whichever comes first. (Racing against a long-lived
  // "aborted" promise would add a reaction to it on every wait: memory growing with the input.)
  let wake: ((s: Settled<T, R>) => void) | undefined;
  const onAbort = (): void => wake?.(ABORTED);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      if (signal.aborted) return;
      const canRead =
        !done &&
        queue.length < window.maxInFlight &&
        (bytes < window.maxBytes || queue.length === 0);
      if (canRead && nextInput === undefined) nextInput = iterator.next();
      const head = queue[0];
      if (!(canRead && nextInput) && !head) return;
      const settled = await new Promise<Settled<T, R>>((resolve) => {
        wake = resolve;
        if (canRead && nextInput) {
          nextInput.then(
            (input) => resolve({ input }),
            (failure: unknown) => resolve({ failure }),
          );
        }
        if (head) head.result.then((result) => resolve({ result }));
      });
      wake = undefined;
      if (settled === ABORTED) return;
      // Reading the input failed in a way the reader could not turn into an error record.
      if ("failure" in settled) throw settled.failure;
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
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

type Settled<T, R> =
  | typeof ABORTED
  | { readonly input: IteratorResult<T> }
  | { readonly failure: unknown }
  | { readonly result: R };
