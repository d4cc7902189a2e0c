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

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Splits chunks into lines, yielding them in batches (one per chunk read) so that a reader can
 * write its output once per batch. Memory holds at most one chunk plus `maxBytes`.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<RawLine[], void, undefined> {
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
    const batch: RawLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      batch.push(take(chunk.subarray(start, end)));
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pending += rest.length;
      if (pending > maxBytes) {
        discarding = true;
        pieces = [];
      } else if (!discarding) pieces.push(rest);
    }
    if (batch.length > 0) yield batch;
  }
  if (pending > 0) yield [{ ...take(Buffer.alloc(0)), unterminated: true }];
}

const withoutReturn = (line: Buffer): Buffer =>
  line.length > 0 && line[line.length - 1] === RETURN ? line.subarray(0, line.length - 1) : line;
