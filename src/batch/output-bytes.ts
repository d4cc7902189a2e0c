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
/** Texts this long or shorter are copied by OutputBytes.addText itself, when ASCII. */
const SHORT_TEXT = 128;

export class OutputBytes implements JsonBytes {
  /** Buffers filled before the current one, to be written first. */
  #full: Buffer[] = [];
  #fullBytes = 0;
  #bytes: Buffer = EMPTY; // none until the first byte comes
  /** How much of the current buffer is used: where the next byte goes. */
  used = 0;

  /**
   * `capacity`: the size of a buffer (larger only for a piece that is larger itself): a line
   * longer than that goes on in another buffer, so that no buffer grows and is copied.
   * `allocate`: where buffers come from (written ones can be used again: see SpareBuffers).
   */
  constructor(
    readonly capacity: number,
    readonly allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
  ) {}

  /** How many bytes wait to be written. */
  get size(): number {
    return this.#fullBytes + this.used;
  }

  /** Adds a line and its newline. */
  addLine(text: string): void {
    this.addText(text);
    this.endLine();
  }

  addText(text: string): void {
    const bytes = this.room(text.length * MAX_BYTES_PER_UNIT);
    let at = this.used;
    // a short text (each batch line's {"id":...,"line":...,"results":[) is copied here while it
    // is ASCII, as UTF-8 is then the same bytes: Buffer.write is a call into C++ that cost more
    // than the copying (~3% of a batch line)
    if (text.length <= SHORT_TEXT) {
      let i = 0;
      for (; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit > 0x7f) break;
        bytes[at++] = unit;
      }
      if (i === text.length) {
        this.used = at;
        return;
      }
    }
    this.used += bytes.write(text, this.used);
  }

  addBytes(bytes: Uint8Array): void {
    this.room(bytes.length).set(bytes, this.used); // room() first: it may start another buffer
    this.used += bytes.length;
  }

  endLine(): void {
    const bytes = this.room(1);
    bytes[this.used++] = NEWLINE;
  }

  /** Makes room for `needed` more bytes, in the buffer it gives: they go from `used` on. */
  room(needed: number): Buffer {
    if (this.used + needed <= this.#bytes.length) return this.#bytes;
    if (this.used > 0) {
      this.#full.push(this.#bytes.subarray(0, this.used));
      this.#fullBytes += this.used;
    }
    this.#bytes = this.allocate(Math.max(this.capacity, needed));
    this.used = 0;
    return this.#bytes;
  }

  /** The bytes so far, to be written in order; the next byte goes into another buffer (the stream may keep these). */
  take(): Buffer[] {
    const taken = this.#full;
    if (this.used > 0) taken.push(this.#bytes.subarray(0, this.used));
    this.#full = [];
    this.#fullBytes = 0;
    this.#bytes = EMPTY;
    this.used = 0;
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

  /** A buffer of at least `size` bytes: a spare one (all of it) if one is large enough, else a new one. */
  readonly allocate = (size: number): Buffer => {
    const at = this.#spare.findIndex((buffer) => buffer.byteLength >= size);
    const spare = at === -1 ? undefined : this.#spare.splice(at, 1)[0];
    return spare ? Buffer.from(spare) : Buffer.allocUnsafe(size);
  };

  /** Keeps the memory of an output buffer, written, for another (up to `max` of them). */
  giveBack(buffer: ArrayBuffer): void {
    // only an output buffer's own memory (a small Buffer's is shared with others, in Node's
    // pool), and not one grown for a very long line: that would stay held for nothing
    const fits = buffer.byteLength >= MIN_SPARE_BYTES && buffer.byteLength <= MAX_SPARE_BYTES;
    if (fits && this.#spare.length < this.max) this.#spare.push(buffer);
  }
}

const MIN_SPARE_BYTES = 64 * 1024;
const MAX_SPARE_BYTES = 4 * 1024 * 1024;

/**
 * Writes bytes to a stream: as they are to a Node stream (process.stdout), as text to any other
 * (a test's fake stream takes text). Returns what stream.write returned. `written` is called
 * once the stream is done with the bytes (not if writing failed): at once when nothing waits in
 * the stream's queue after the write (a file is written synchronously, a pipe mostly too), else
 * from the write's callback, which comes only once this thread is idle.
 */
export function writeBytes(stream: OutStream, bytes: Uint8Array, written?: () => void): unknown {
  if (!(stream instanceof Writable)) {
    const result = stream.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
    written?.();
    return result;
  }
  if (!written) return stream.write(bytes);
  let done = false;
  const once = (error?: Error | null) => {
    if (done || error) return;
    done = true;
    written();
  };
  const result = stream.write(bytes, once);
  if (stream.writableLength === 0) once();
  return result;
}
