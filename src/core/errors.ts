/**
 * Errors the user can fix by changing an input. The message names the input and says what to change;
 * the runtime prints it as one line without a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** The input, flag or file at fault, e.g. `private-key` or `profiles/autodl.yml`. */
  readonly input: string | undefined;
  constructor(message: string, input?: string) {
    super(message);
    this.input = input;
  }
}

/** A remote or local operation failed for a reason outside the user's inputs (network, remote process). */
export class HostError extends Error {
  override readonly name = 'HostError';
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Turns anything thrown (Error or not) into a one-line message. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
