// Where the CLI writes: stdout and stderr, or a test's buffers.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/**
 * Control characters (escape sequences, carriage returns, bells) taken out:
 * a crafted source title must not clear or rewrite a writer's terminal.
 * Newlines and tabs stay; JSON output escapes its own.
 */
export function stripControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** The same Io, with control characters stripped from everything it prints. */
export function printable(io: Io): Io {
  return { out: (s) => io.out(stripControl(s)), err: (s) => io.err(stripControl(s)) };
}
