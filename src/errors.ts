/** Codes of the errors bantin throws. Text never causes one; only misuse of the API does. */
export type BantinErrorCode =
  /** The input is neither a string nor a Uint8Array. */
  | "invalid-input"
  /** An option has a value bantin cannot use (e.g. an unparseable `referenceDate`). */
  | "invalid-option";

/**
 * The one error type bantin throws. Text of any kind (empty, huge, binary, malformed) never throws:
 * it yields a result, with damage reported in it. Only arguments of the wrong type do.
 */
export class BantinError extends Error {
  override readonly name = "BantinError";
  constructor(
    readonly code: BantinErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a {@link BantinError} unless `input` is a string or a Uint8Array. */
export function assertInput(input: unknown): asserts input is string | Uint8Array {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new BantinError(
      "invalid-input",
      `bantin: expected a string or a Uint8Array, got ${input === null ? "null" : typeof input}`,
    );
  }
}
