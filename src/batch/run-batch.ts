import { once } from "node:events";
import { fstatSync, statSync } from "node:fs";
import type { Io, OutStream } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import type { BatchInput, InputBatch } from "./batch-item.js";
import { type BatchOptions, refuseProfileOptions } from "./batch-options.js";
import { readyForTransfers } from "./batch-worker.js";
import { csvInput } from "./csv-input.js";
import { csvHeader } from "./csv-output.js";
import { jsonlInput } from "./jsonl-input.js";
import { type LineFormat, lineFormatOf } from "./line-format.js";
import { matchBatch, matchWholeBatch, NEEDS_VALIDATOR } from "./match-batch.js";
import { type BatchSetup, ProfileJudge } from "./match-line.js";
import { batchFormatOf, openBatchInput } from "./open-input.js";
import { SpareBuffers, writeBytes } from "./output-bytes.js";
import { type BatchCounts, progressMeter } from "./progress.js";
import { type Output, WorkerPool } from "./worker-pool.js";

// `match --batch FILE`: JSON Lines (or CSV) in, JSON Lines (or CSV) out, one line per input line, in
// order, as each batch of input is read. A long input is matched on worker threads as well
// (one per core but this one): once a few thousand lines have been read, workers start, and
// each batch goes to a worker with room, or is matched here; the outputs are written in input
// order. Memory holds a few batches, however long the input.

/** Lines read before workers start: fewer are matched sooner than workers could start (~50 ms). */
const WORKERS_AFTER_LINES = 2000;
/** Batches a worker may have waiting: enough that it has work while this thread matches one. */
const BATCHES_PER_WORKER = 2;
/** Outputs that may wait to be written (for a worker to finish the one before them) before this thread waits too. */
const MAX_WAITING = 8;
/** Lines with more results than this stay on the main thread, so that memory holds one line of them, not a batch. */
const MAX_RESULTS_FOR_WORKERS = 50;

export async function runBatch(options: BatchOptions, io: Io): Promise<ExitCode> {
  refuseProfileOptions(options);
  const format = lineFormatOf(options);
  const kb = await loadKnowledgeBase(io, options.kb);
  const opened = await openBatchInput(io, options.batch);
  const input: BatchInput =
    batchFormatOf(options.batch, options.format) === "csv"
      ? csvInput(await import("csv-parse"), opened.chunks, opened.shown)
      : jsonlInput(opened.chunks);
  if (options.reportDir !== undefined) {
    const given = (["output", "bom", "fields"] as const).filter((key) => options[key] !== undefined);
    if (given.length > 0) {
      throw usageError(
        `--report-dir writes reports, not lines: it cannot be combined with ${given.map((k) => `--${k}`).join(", ")}`,
        "drop those, or run the batch twice: once for the reports, once for the lines",
      );
    }
    const { runReportBatch } = await import("./report-batch.js");
    const reports = {
      dir: options.reportDir,
      format: options.reportFormat ?? "pdf",
      force: options.force,
      kb: options.kb,
      lineOffset: options.lineOffset ?? 0,
    };
    return runReportBatch(kb, input, reports, io);
  }
  const setup = { kb, limit: options.all ? undefined : options.top, format };
  const counts = await matchAll(setup, input, new ProfileJudge(), io, openingOf(format));
  if (toNullDevice(io.stdout)) io.stderr.write(`${DISCARDED}\n`);
  return counts.rejected > 0 ? ExitCode.failure : ExitCode.ok;
}

/**
 * A CSV file's start: its BOM (--bom) and header. A shard past the first line of the whole
 * (--line-offset) writes none, so that the shards' outputs join into one file.
 */
function openingOf(format: LineFormat): Buffer | undefined {
  if (format.output !== "csv" || format.lineOffset > 0) return undefined;
  return Buffer.from(`${format.bom ? "\ufeff" : ""}${csvHeader(format.columns)}`);
}

/**
 * Said when the output went to /dev/null (issue #13: `match --batch FILE >&-` said "1 matched",
 * though nothing was written). Node reopens a closed stdout on /dev/null before any of our code
 * runs, as read-write, as Python's subprocess.DEVNULL and Node's stdio "ignore" open it too, so a
 * closed stdout cannot be told from output thrown away on purpose: the run is not refused, but
 * the summary does not let it pass for output written.
 */
const DISCARDED = "note: the output went to /dev/null: standard output was closed (>&-) or thrown away";

function toNullDevice(stdout: OutStream): boolean {
  const fd = (stdout as { fd?: unknown }).fd;
  if (typeof fd !== "number") return false;
  try {
    const out = fstatSync(fd);
    return out.isCharacterDevice() && out.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

/**
 * Matches every batch of the input and writes its output, in order. `opening` goes before the
 * first byte, or at the end of an input without lines, but not before an input that cannot be
 * read at all (a CSV input's bad header): then nothing is written.
 */
async function matchAll(
  setup: BatchSetup,
  input: BatchInput,
  judge: ProfileJudge,
  io: Io,
  opening: Uint8Array | undefined,
) {
  const { kb, limit } = setup;
  let start = opening;
  const emit = async (bytes: Uint8Array, written?: () => void) => {
    if (start) await write(io.stdout, start);
    start = undefined;
    await write(io.stdout, bytes, written);
  };
  const counts: BatchCounts = { matched: 0, rejected: 0, blank: 0 };
  let blankLines = 0; // blank JSON lines, counted as matched; the reader counts blank CSV rows
  const add = (c: BatchCounts) => {
    counts.matched += c.matched;
    counts.rejected += c.rejected;
    blankLines += c.blank;
  };
  const meter = progressMeter(io.stderr, input.unit, undefined, setup.format.lineOffset);
  // node:os and node:worker_threads load only for a batch: every other command would pay for them
  const workers = workerCount(kb, limit, (await import("node:os")).availableParallelism());
  if (workers > 0) readyForTransfers(); // see there: before any code is optimised
  let pool: WorkerPool | undefined;
  const outputs = new InOrder<Output>(); // batches matched or being matched, not yet written
  const writeNext = async () => {
    const output = await outputs.take();
    for (const chunk of output.chunks) await emit(chunk, () => output.written(chunk));
    add(output.counts);
  };
  // this thread's output buffers, for use again once written
  const spares = new SpareBuffers(MAX_WAITING);
  const written = (chunk: Uint8Array) => spares.giveBack(chunk.buffer as ArrayBuffer);
  let read = 0;
  let ended = false;
  try {
    for await (const batch of input.batches) {
      read += "lines" in batch ? batch.lines.length + (batch.block?.count ?? 0) : batch.items.length;
      if (workers > 0 && !pool && read >= WORKERS_AFTER_LINES) pool = new WorkerPool(setup, workers);
      if (pool?.failed) throw pool.failed.error;
      // to a worker with room; else matched here, and written as it goes unless outputs wait
      // before it (then kept, to be written in turn)
      const given = pool?.take(batch, BATCHES_PER_WORKER);
      if (given) outputs.add(given);
      else if (outputs.size === 0) await matchHere(setup, batch, judge, spares, emit, add);
      else outputs.add(matchWholeBatch(setup, batch, judge, spares.allocate).then((o) => ({ ...o, written })));
      while (outputs.firstDone || outputs.size > MAX_WAITING) await writeNext();
      counts.blank = blankLines + input.blank();
      meter.update(counts);
    }
    while (outputs.size > 0) await writeNext();
    if (start) await emit(new Uint8Array(0));
    ended = true;
  } finally {
    await pool?.close();
    // when reading fails half-way, what was done is said before the error; when it fails at
    // once (a CSV header), the error alone says it
    counts.blank = blankLines + input.blank();
    if (ended || counts.matched + counts.rejected > 0) meter.finish(counts);
  }
  return counts;
}

/** Matches a batch on this thread, writing its output as it goes. */
async function matchHere(
  setup: BatchSetup,
  batch: InputBatch,
  judge: ProfileJudge,
  spares: SpareBuffers,
  emit: (bytes: Uint8Array, written: () => void) => Promise<void>,
  add: (counts: BatchCounts) => void,
): Promise<void> {
  const run = matchBatch(setup, batch, judge, spares.allocate);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return add(step.value);
    const chunk = step.value;
    if (chunk === NEEDS_VALIDATOR) await judge.load();
    else await emit(chunk, () => spares.giveBack(chunk.buffer as ArrayBuffer));
  }
}

/** Workers besides this thread: one per other core, when the lines are not long. */
function workerCount(kb: KnowledgeBase, limit: number | undefined, cores: number): number {
  const results = Math.min(limit ?? Number.POSITIVE_INFINITY, kb.roles.length);
  return results <= MAX_RESULTS_FOR_WORKERS ? Math.min(cores - 1, 3) : 0;
}

/** Outputs in input order, each written once it and those before it are done. */
class InOrder<T> {
  readonly #queue: { output: Promise<T>; done: boolean }[] = [];

  add(output: Promise<T>): void {
    const entry = { output, done: false };
    // marks it done; and a failure is thrown where it is taken, not reported as unhandled
    output.then(
      () => (entry.done = true),
      () => (entry.done = true),
    );
    this.#queue.push(entry);
  }

  get size(): number {
    return this.#queue.length;
  }

  /** Whether the first output is done, so that taking it does not wait. */
  get firstDone(): boolean {
    return this.#queue[0]?.done ?? false;
  }

  /** The first output, once it is done. */
  take(): Promise<T> {
    const entry = this.#queue.shift();
    if (!entry) throw new Error("no output to take");
    return entry.output;
  }
}

/** Writes, then waits while the reader is behind: a slow consumer slows the run, not its memory. */
async function write(stream: OutStream, bytes: Uint8Array, written?: () => void): Promise<void> {
  if (bytes.length === 0 || writeBytes(stream, bytes, written) !== false) return;
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === "function") await once(emitter as NodeJS.EventEmitter, "drain");
}
