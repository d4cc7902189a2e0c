import { readSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { setImmediate } from "node:timers/promises";
import type { Io } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { describeFsError } from "../text-files.js";

export type BatchFormat = "jsonl" | "csv";

export interface OpenedInput {
  /** The file as the user named it, or <stdin>. */
  shown: string;
  chunks: AsyncIterable<Buffer | string>;
}

const HINT = "pass a JSON Lines or CSV file (or - for stdin); see `bpo-advisor match --help`";

/** --format when given; else csv for a .csv file, JSON Lines for anything else (stdin too). */
export const batchFormatOf = (file: string, format: BatchFormat | undefined): BatchFormat =>
  format ?? (extname(file).toLowerCase() === ".csv" ? "csv" : "jsonl");

/**
 * Opens the batch input, or fails with exit 2 before anything is written: a file that is
 * missing, a folder, or unreadable cannot be matched at all.
 */
export async function openBatchInput(io: Io, file: string): Promise<OpenedInput> {
  if (file === "-") return { shown: "<stdin>", chunks: io.stdin };
  const cannot = (why: string) => new CliError(`the batch file ${file} ${why}`, ExitCode.usage, { hint: HINT });
  // loaded here, not at start-up: node:fs/promises alone costs every command ~3 ms
  const { open } = await import("node:fs/promises");
  const handle = await open(resolve(io.cwd, file)).catch((error: NodeJS.ErrnoException) => {
    throw cannot(describeFsError(error));
  });
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw cannot("is a folder, not a file");
  }
  const chunks = info.isFile() ? fileChunks(handle) : handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  return { shown: file, chunks: readFailsClearly(chunks, file) };
}

/** How much is read at a time: a batch of lines (~200 profiles of JSON Lines). */
const CHUNK_BYTES = 64 * 1024;

/**
 * A regular file's chunks, each read synchronously: a read of a file is quick, and a stream's
 * machinery for each chunk (a promise, a buffer pool) cost the thread that also writes the output
 * ~50 us a chunk (measured: 300 MB in ~250 ms as a stream, ~30 ms read so). Pipes, terminals and
 * other files that may have to wait are read as a stream.
 */
async function* fileChunks(handle: FileHandle): AsyncGenerator<Buffer> {
  try {
    for (;;) {
      // a buffer of its own for each chunk: its lines are kept until they are matched
      const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
      const read = readSync(handle.fd, chunk);
      if (read === 0) return;
      yield read === chunk.length ? chunk : chunk.subarray(0, read);
      // and a turn of the event loop, as a stream's read would give: the batch workers' replies
      // (and the output's drain) come in then
      await setImmediate();
    }
  } finally {
    await handle.close();
  }
}

/** A read error half-way (a disk or network failure) still says which file, without a stack. */
async function* readFailsClearly(stream: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  try {
    yield* stream;
  } catch (error) {
    const why = describeFsError(error as NodeJS.ErrnoException);
    throw new CliError(`reading the batch file ${file} failed: ${why}`, ExitCode.usage);
  }
}
