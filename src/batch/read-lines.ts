// A bounded line splitter over a byte stream. node:readline would do, but it decodes as it goes
// (an invalid byte becomes U+FFFD silently) and holds a line of any length in memory; here each
// line stays bytes until its reader decides, and a line over the limit is counted, not kept.

/** One physical line: its bytes (no "\n", no trailing "\r"), or only its length when over the limit. */
export interface RawLine {
  /** 1-based physical line number. */
  n: number;
  bytes?: Buffer;
  /** Set when the line was longer than the limit: its length in bytes; its bytes were discarded. */
  overLimit?: number;
  /** The input ended without a newline after this line (perhaps cut short). */
  unterminated?: true;
}

/**
 * Whole lines that began and ended in one chunk, as the chunk's bytes: each line with its "\n"
 * (and any "\r" before it, which blockLines drops). One object, not a RawLine a line, because a
 * batch goes to a worker as a structured clone: ~226 RawLines of a 64 KB chunk cost the main
 * thread ~88 us a batch to clone, one object holding the chunk ~41 us, and the worker has one
 * object to make again, not a Buffer a line. Decoded once where it is matched (jsonlItems).
 */
export interface LineBlock {
  /** A Buffer as read; a Uint8Array once cloned into a worker, until it makes a Buffer of it again. */
  bytes: Buffer;
  /** The number of its first line. */
  first: number;
  /** How many lines it holds. */
  count: number;
}

/**
 * A batch of lines in order: the RawLines first (a line that began in an earlier chunk, a line
 * over the limit, the unterminated last line), then the block's lines, if there is a block.
 */
export interface LineBatch {
  lines: RawLine[];
  block?: LineBlock;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Splits chunks into lines, yielding them in batches (one per chunk read) so that a reader can
 * write its output once per batch. Memory holds at most one chunk plus `maxBytes`.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<LineBatch, void, undefined> {
  let n = 0;
  let pieces: Buffer[] = [];
  let pending = 0; // bytes of the unfinished line so far, kept or discarded
  let discarding = false;

  const take = (tail: Buffer): RawLine => {
    n += 1;
    const length = pending + tail.length;
    const line: RawLine =
      discarding || length > maxBytes
        ? { n, overLimit: length }
        : { n, bytes: withoutReturn(pieces.length === 0 ? tail : Buffer.concat([...pieces, tail], length)) };
    pieces = [];
    pending = 0;
    discarding = false;
    return line;
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    const lines: RawLine[] = [];
    let start = 0;
    const firstEnd = chunk.indexOf(NEWLINE);
    // the end of a line begun in an earlier chunk
    if (firstEnd !== -1 && pending > 0) {
      lines.push(take(chunk.subarray(0, firstEnd)));
      start = firstEnd + 1;
    }
    const block = blockOf(chunk, start, n + 1, maxBytes);
    if (block) {
      n += block.count;
      start += block.bytes.length;
    } else {
      for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        lines.push(take(chunk.subarray(start, end)));
        start = end + 1;
      }
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pending += rest.length;
      if (pending > maxBytes) {
        discarding = true;
        pieces = [];
      } else if (!discarding) pieces.push(rest);
    }
    if (lines.length > 0 || block) yield { lines, block };
  }
  if (pending > 0) yield { lines: [{ ...take(Buffer.alloc(0)), unterminated: true }], block: undefined };
}

/**
 * The whole lines of `chunk` from `start` as one block, or undefined when there are none, or
 * when one of them is over the limit: then they go as RawLines, that one reported by its length.
 */
function blockOf(chunk: Buffer, start: number, first: number, maxBytes: number): LineBlock | undefined {
  let count = 0;
  let from = start;
  for (let end = chunk.indexOf(NEWLINE, from); end !== -1; end = chunk.indexOf(NEWLINE, from)) {
    if (end - from > maxBytes) return undefined;
    count += 1;
    from = end + 1;
  }
  return count === 0 ? undefined : { bytes: chunk.subarray(start, from), first, count };
}

/** A block's lines as RawLines, as readLines would have given them. */
export function blockLines(block: LineBlock): RawLine[] {
  const lines: RawLine[] = [];
  const { bytes } = block;
  let n = block.first;
  for (let start = 0, end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
    lines.push({ n, bytes: withoutReturn(bytes.subarray(start, end)) });
    n += 1;
    start = end + 1;
  }
  return lines;
}

const withoutReturn = (line: Buffer): Buffer =>
  line.length > 0 && line[line.length - 1] === RETURN ? line.subarray(0, line.length - 1) : line;
