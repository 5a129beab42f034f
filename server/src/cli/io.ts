// Where the CLI writes: stdout and stderr, or a test's buffers.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
