import { readFile, stat } from "node:fs/promises";
import type { InputIssue } from "./errors.js";

// Reading the text files a user hands the CLI (KB files, profiles, batch input): refused with a
// plain reason when missing, a folder, too big, binary or not UTF-8.

/** Reads a UTF-8 text file, refusing ones that are too big, binary, or not UTF-8. */
export async function readTextFile(
  full: string,
  shown: string,
  maxBytes: number,
): Promise<{ text: string } | { issue: InputIssue }> {
  const info = await stat(full).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return { issue: { file: shown, message: describeFsError(info) } };
  if (info.isDirectory()) return { issue: { file: shown, message: "is a folder, not a file" } };
  if (info.size > maxBytes) {
    return { issue: { file: shown, message: `is ${megabytes(info.size)}; the limit is ${megabytes(maxBytes)}` } };
  }
  const bytes = await readFile(full).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) return { issue: { file: shown, message: describeFsError(bytes) } };
  return decodeText(bytes, shown);
}

export function decodeText(bytes: Uint8Array, shown: string): { text: string } | { issue: InputIssue } {
  if (bytes.includes(0)) return { issue: { file: shown, message: "is a binary file, not text" } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { issue: { file: shown, message: "is not valid UTF-8 text" } };
  }
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
