import { open } from "node:fs/promises";
import { extname, resolve } from "node:path";
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
  const handle = await open(resolve(io.cwd, file)).catch((error: NodeJS.ErrnoException) => {
    throw cannot(describeFsError(error));
  });
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw cannot("is a folder, not a file");
  }
  return { shown: file, chunks: readFailsClearly(handle.createReadStream({ highWaterMark: 64 * 1024 }), file) };
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
