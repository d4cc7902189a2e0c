import type { InputBatch } from "./batch-item.js";
import { type BatchOutput, matchWholeBatch } from "./match-batch.js";
import { type BatchSetup, ProfileJudge } from "./match-line.js";
import { SpareBuffers } from "./output-bytes.js";

// A worker thread's side of worker-pool.ts: it takes batches of input, matches them as the
// main thread would (matchBatch), and sends back each batch's output bytes and counts, in the
// order the batches came. The output's memory goes over to the main thread, which sends it back
// once written, to be used again: buffers of a megabyte made afresh for each batch would wait
// for the main thread's garbage collector, which has little else to do (measured: ~80 MB).

/** This module's URL (its file once built), for the pool to start workers that import it. */
export const WORKER_MODULE = import.meta.url;

/** What a worker matches with: the KB, --top and the line format, the main thread's own. */
export type WorkerSetup = BatchSetup;

/** What a worker sends: "ready" once it has loaded, then one BatchOutput per batch. */
export type WorkerReply = { ready: true } | BatchOutput;
/** What a worker is sent: a batch to match, or a buffer of its output, written, to use again. */
export type WorkerRequest = { batch: InputBatch } | { spare: ArrayBuffer };

/** Spare buffers kept at most: about as many as a worker can have in flight (see run-batch.ts). */
const MAX_SPARE = 4;

export async function serveBatches(): Promise<void> {
  const { parentPort: port, workerData } = await import("node:worker_threads");
  if (!port) throw new Error("serveBatches runs in a worker thread");
  const setup = workerData as WorkerSetup;
  readyForTransfers();
  const judge = new ProfileJudge();
  const spares = new SpareBuffers(MAX_SPARE);
  const serve = async (batch: InputBatch) => {
    const output = await matchWholeBatch(setup, withBuffers(batch), judge, spares.allocate);
    // the chunks' memory goes over to the main thread, not copied
    const transfer = output.chunks.map((chunk) => chunk.buffer as ArrayBuffer);
    port.postMessage(output satisfies WorkerReply, transfer);
  };
  // batches one after another, in the order they came, though one may wait for the validator to
  // load; a failure is thrown again, uncaught, and the pool hears of it as the worker's error
  let served = Promise.resolve();
  port.on("message", (request: WorkerRequest) => {
    if ("spare" in request) return spares.giveBack(request.spare);
    served = served.then(() => serve(request.batch));
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}

/** Bytes come over as a Uint8Array (a copy loses the Buffer class); jsonlItems wants Buffers. */
function withBuffers(batch: InputBatch): InputBatch {
  if ("lines" in batch) {
    for (const raw of batch.lines) if (raw.bytes) raw.bytes = asBuffer(raw.bytes);
    if (batch.block) batch.block.bytes = asBuffer(batch.block.bytes);
  }
  return batch;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Readies this thread for buffers handed over between threads (postMessage with a transfer list),
 * before its batch code is optimised. V8 optimises typed-array code on the promise that no
 * ArrayBuffer has been handed over (detached) in the thread yet; the first hand-over breaks it,
 * and every function optimised on it is thrown away and compiled again: ~15 of the hottest, in
 * each thread, a few thousand lines in (seen with --trace-deopt: "Invalidating protector cell
 * ArrayBufferDetaching"). Handing over an empty buffer first breaks the promise before anything
 * is optimised on it. Over 100,000 lines: those deoptimisations gone, ~20 fewer compiles.
 */
export function readyForTransfers(): void {
  const buffer = new ArrayBuffer(0);
  structuredClone(buffer, { transfer: [buffer] });
}
