import { isUtf8 } from "node:buffer";
import { type BatchInput, type BatchItem, type BatchItems, idOf, isRecord, MAX_LINE_BYTES } from "./batch-item.js";
import { blockLines, type LineBatch, type RawLine, readLines } from "./read-lines.js";

// JSON Lines: one profile object a line. Each line is judged alone, so one bad line (not UTF-8,
// not JSON, too long, not an object) becomes an error line and the rest go on. Lines are read
// here and judged where they are matched (jsonlItem), which may be in a worker thread.

export function jsonlInput(chunks: AsyncIterable<Buffer | string>): BatchInput {
  return { batches: readLines(chunks, MAX_LINE_BYTES), blank: () => 0, unit: "line" };
}

/** The items of a batch of lines: its RawLines, then its block's lines. */
export function jsonlItems({ lines, block }: LineBatch): BatchItems {
  const all = block ? lines.concat(blockLines(block)) : lines;
  return { size: all.length, at: (i) => jsonlItem(all[i] as RawLine) };
}

/** The profile object of one line, what is wrong with it, or undefined for a blank line. */
export function jsonlItem(raw: RawLine, maxBytes = MAX_LINE_BYTES): BatchItem | undefined {
  const line = raw.n;
  const fail = (error: string): BatchItem => ({ line, id: null, error });
  if (raw.bytes === undefined) {
    return fail(`the line is ${size(raw.overLimit ?? 0)}, over the ${size(maxBytes)} a line may be; it was skipped`);
  }
  if (isBlank(raw.bytes)) return undefined;
  if (!isUtf8(raw.bytes)) return fail("the line is not valid UTF-8 text");
  const text = raw.bytes.toString("utf8");
  let value: unknown;
  try {
    // a byte-order mark may open a file, and JSON.parse refuses it
    value = JSON.parse(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const cutShort = raw.unterminated ? " (the last line has no newline: was the input cut short?)" : "";
    return fail(`not valid JSON: ${(error as Error).message}${cutShort}`);
  }
  if (!isRecord(value)) return fail(`a profile is a JSON object, such as {"languages": [...]}, not ${kindOf(value)}`);
  return { line, id: idOf(value), profile: value };
}

const SPACE = 0x20;
const TAB = 0x09;
const RETURN = 0x0d;

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== SPACE && byte !== TAB && byte !== RETURN) return false;
  return true;
}

const kindOf = (value: unknown): string =>
  Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;

const size = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
