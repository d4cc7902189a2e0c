// What a command may touch of the outside world. Commands take this instead of `process`, so
// tests can run them with fake streams and environments.

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Global options every command understands. */
export interface GlobalOptions {
  kb?: string;
  json?: boolean;
  color?: boolean;
}

/** Prints a rendered block, with exactly one trailing newline. */
export const print = (stream: OutStream, text: string): void => {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
};

export const printJson = (io: Io, value: unknown): void => {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};
