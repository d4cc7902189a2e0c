import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { InputBatch } from "./batch-item.js";
import { WORKER_MODULE, type WorkerReply, type WorkerRequest, type WorkerSetup } from "./batch-worker.js";
import type { BatchOutput } from "./match-batch.js";

// Worker threads for a long batch. The main thread reads the input, writes the output, and
// gives whole batches to workers that have room (JSON Lines are parsed there too); it matches
// the others itself. A worker answers its batches in the order it got them, with their output
// as bytes; run-batch.ts writes all the outputs in input order. A worker that fails fails the
// run: its error is the run's error.

/** A batch's output, and what to do with each chunk once written: give its memory back. */
export interface Output extends BatchOutput {
  written(chunk: Uint8Array): void;
}

interface Job {
  resolve(output: Output): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  jobs: Job[];
}

/**
 * A worker's young generation (where each batch's objects are made, and die): 12 MB, where V8
 * would let it grow to ~48 MB over a long run (issue #4: memory under 200 MB however long the
 * input). Since a batch line allocates less (~6 KB), 12 MB costs no more memory than 6 MB did:
 * peak RSS over 1,000,000 lines 167-170 MB against 172-173 MB, and the worker collects half as
 * often (~60 times over 100,000 lines, not ~120: ~25 ms less of its time). 16 MB gave up to 183 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

export class WorkerPool {
  readonly #threads: Thread[] = [];
  readonly #started: Promise<void>;
  #closing = false;
  /** Why the workers could not start, or why one failed, once that has happened. */
  failed: { error: unknown } | undefined;

  /** Starts `size` workers, each with its own copy of the KB; they take batches once ready. */
  constructor(setup: WorkerSetup, size: number) {
    // a worker runs this code, which loads the module that holds serveBatches and serves. Once
    // built, that is the bundle's dist/cli.cjs (whose entry src/cli.ts exports it), compiled from
    // its code cache as the main thread's is (dist/main.cjs's cliBundle; ready ~3 ms sooner than
    // with require, 25 against 28 ms), not import()ed: that costs ~25 ms more, for Node's ES
    // module loader to read a CommonJS file.
    const bootstrap = WORKER_MODULE.endsWith(".cjs")
      ? `require(${JSON.stringify(fileURLToPath(new URL("main.cjs", WORKER_MODULE)))}).cliBundle().serveBatches();`
      : `import(${JSON.stringify(WORKER_MODULE)}).then((m) => m.serveBatches());`;
    this.#started = import("node:worker_threads")
      .then(({ Worker }) => {
        if (this.#closing) return;
        const options = { eval: true, workerData: setup, resourceLimits: WORKER_LIMITS };
        for (let i = 0; i < size; i++) this.#add(new Worker(bootstrap, options));
      })
      .catch((error: unknown) => {
        this.failed ??= { error };
      });
  }

  /**
   * Gives a batch to the ready worker with the fewest waiting, if one has fewer than `room`
   * waiting; its output comes in the promise. Undefined when no worker has room (or is ready).
   */
  take(batch: InputBatch, room: number): Promise<Output> | undefined {
    let thread: Thread | undefined;
    for (const t of this.#threads) {
      if (!t.ready || t.jobs.length >= room) continue;
      if (!thread || t.jobs.length < thread.jobs.length) thread = t;
    }
    if (!thread) return undefined;
    const { jobs, worker } = thread;
    return new Promise((resolve, reject) => {
      jobs.push({ resolve, reject });
      worker.postMessage({ batch } satisfies WorkerRequest);
    });
  }

  /** Stops every worker; batches not yet answered are dropped. */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#started;
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }

  #add(worker: Worker): void {
    const thread: Thread = { worker, ready: false, jobs: [] };
    this.#threads.push(thread);
    const written = (chunk: Uint8Array) => {
      if (this.#closing || this.failed) return;
      const spare = chunk.buffer as ArrayBuffer;
      worker.postMessage({ spare } satisfies WorkerRequest, [spare]);
    };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) thread.ready = true;
      else thread.jobs.shift()?.resolve({ ...reply, written });
    });
    worker.on("error", (error) => this.#fail(thread, error));
    worker.on("exit", (code) => {
      if (!this.#closing) this.#fail(thread, new Error(`a batch worker thread stopped (exit code ${code})`));
    });
  }

  #fail(thread: Thread, error: unknown): void {
    this.failed ??= { error };
    thread.ready = false;
    for (const job of thread.jobs.splice(0)) job.reject(error);
  }
}
