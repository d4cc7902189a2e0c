import { Writable } from "node:stream";
import type { OutStream } from "../context.js";
import type { JsonBytes } from "../render/match-json.js";

// Output lines gathered as UTF-8 bytes, each piece encoded (or copied, if it already is) as it
// is added. One long string of many lines costs more than the lines themselves: Node copies it
// whole to flatten it, then again into a new buffer to encode it, and both copies are large
// allocations (measured: ~2x the encoding of each line into a buffer that is already there).

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);
/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

export class OutputBytes implements JsonBytes {
  #bytes: Buffer;
  #used = 0;

  /** `capacity`: the usual size of a write; a buffer grows past it only for a longer line. */
  constructor(readonly capacity: number) {
    this.#bytes = Buffer.allocUnsafe(capacity);
  }

  /** How many bytes wait to be written. */
  get size(): number {
    return this.#used;
  }

  /** Adds a line and its newline. */
  addLine(text: string): void {
    this.addText(text);
    this.endLine();
  }

  addText(text: string): void {
    this.#room(text.length * MAX_BYTES_PER_UNIT);
    this.#used += this.#bytes.write(text, this.#used);
  }

  addBytes(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#bytes.set(bytes, this.#used);
    this.#used += bytes.length;
  }

  endLine(): void {
    this.#room(1);
    this.#bytes[this.#used++] = NEWLINE;
  }

  #room(needed: number): void {
    if (this.#used + needed <= this.#bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.capacity, 2 * (this.#used + needed)));
    this.#bytes.copy(bigger, 0, 0, this.#used);
    this.#bytes = bigger;
  }

  /** The bytes so far, to be written; the next line goes into a new buffer (the stream may keep this one). */
  take(): Buffer {
    if (this.#used === 0) return EMPTY;
    const taken = this.#bytes.subarray(0, this.#used);
    this.#bytes = Buffer.allocUnsafe(this.capacity);
    this.#used = 0;
    return taken;
  }
}

/**
 * Writes bytes to a stream: as they are to a Node stream (process.stdout), as text to any other
 * (a test's fake stream takes text). Returns what stream.write returned.
 */
export function writeBytes(stream: OutStream, bytes: Buffer): unknown {
  return stream instanceof Writable ? stream.write(bytes) : stream.write(bytes.toString("utf8"));
}
