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
  #bytes: Buffer = EMPTY; // none until the first byte comes
  #used = 0;

  /**
   * `capacity`: the usual size of a write; a buffer grows past it only for a longer line.
   * `allocate`: where buffers come from (written ones can be used again: see SpareBuffers).
   */
  constructor(
    readonly capacity: number,
    readonly allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
  ) {}

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
    const bigger = this.allocate(Math.max(this.capacity, this.#used === 0 ? needed : 2 * (this.#used + needed)));
    if (this.#used > 0) this.#bytes.copy(bigger, 0, 0, this.#used);
    this.#bytes = bigger;
  }

  /** The bytes so far, to be written; the next byte goes into another buffer (the stream may keep this one). */
  take(): Buffer {
    if (this.#used === 0) return EMPTY;
    const taken = this.#bytes.subarray(0, this.#used);
    this.#bytes = EMPTY;
    this.#used = 0;
    return taken;
  }
}

/**
 * Output buffers kept to be used again once written. A megabyte made afresh for each batch waits,
 * once written, for the garbage collector, which may not run for a while: the memory held grows
 * by tens of MB where a thread makes little else (measured on a thread that only writes).
 */
export class SpareBuffers {
  readonly #spare: ArrayBuffer[] = [];

  constructor(readonly max: number) {}

  /** A buffer of `size` bytes: a spare one if one is large enough, else a new one. */
  readonly allocate = (size: number): Buffer => {
    const at = this.#spare.findIndex((buffer) => buffer.byteLength >= size);
    const spare = at === -1 ? undefined : this.#spare.splice(at, 1)[0];
    return spare ? Buffer.from(spare, 0, size) : Buffer.allocUnsafe(size);
  };

  /** Keeps the memory of an output buffer, written, for another (up to `max` of them). */
  giveBack(buffer: ArrayBuffer): void {
    // only an output buffer's own memory: a small Buffer's is shared with others (Node's pool)
    if (buffer.byteLength >= MIN_SPARE_BYTES && this.#spare.length < this.max) this.#spare.push(buffer);
  }
}

const MIN_SPARE_BYTES = 64 * 1024;

/**
 * Writes bytes to a stream: as they are to a Node stream (process.stdout), as text to any other
 * (a test's fake stream takes text). Returns what stream.write returned. `written` is called
 * once the stream is done with the bytes (not if writing failed).
 */
export function writeBytes(stream: OutStream, bytes: Uint8Array, written?: () => void): unknown {
  if (stream instanceof Writable) return stream.write(bytes, written && ((error) => error || written()));
  const result = stream.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  written?.();
  return result;
}
