import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import type { InputIssue } from "./errors.js";

// Reading the text files a user hands the CLI (KB files, profiles, batch input): refused with a
// plain reason when missing, a folder, too big, binary or not UTF-8. Read synchronously: one file
// at a time is all a command does, and fs/promises' round trips through the thread pool cost more
// than the read itself for a file this size (issue #4).

/** Reads a UTF-8 text file, refusing ones that are too big, binary, or not UTF-8. */
export async function readTextFile(
  full: string,
  shown: string,
  maxBytes: number,
): Promise<{ text: string } | { issue: InputIssue }> {
  const read = readFileBytes(full, shown, maxBytes);
  return "issue" in read ? read : decodeText(read.bytes, shown);
}

/** Reads a file's bytes, refusing a folder and a file that is too big (decodeText tells text from not). */
export function readFileBytes(
  full: string,
  shown: string,
  maxBytes: number,
): { bytes: Buffer } | { issue: InputIssue } {
  const info = attempt(() => statSync(full));
  if (info instanceof Error) return { issue: { file: shown, message: describeFsError(info) } };
  if (info.isDirectory()) return { issue: { file: shown, message: "is a folder, not a file" } };
  if (info.size > maxBytes) {
    return { issue: { file: shown, message: `is ${megabytes(info.size)}; the limit is ${megabytes(maxBytes)}` } };
  }
  const bytes = attempt(() => readFileSync(full));
  if (bytes instanceof Error) return { issue: { file: shown, message: describeFsError(bytes) } };
  return { bytes };
}

const attempt = <T>(read: () => T): T | NodeJS.ErrnoException => {
  try {
    return read();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
};

export function decodeText(bytes: Uint8Array, shown: string): { text: string } | { issue: InputIssue } {
  if (bytes.includes(0)) return { issue: { file: shown, message: "is a binary file, not text" } };
  if (!isUtf8(bytes)) return { issue: { file: shown, message: "is not valid UTF-8 text" } };
  // a byte-order mark is not part of the text (TextDecoder drops it too)
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot be read: ${error.message}`;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
