import type { BatchItem, BatchItems, InputBatch } from "./batch-item.js";
import { jsonlItems } from "./jsonl-input.js";
import { type BatchSetup, type ProfileJudge, writeMatchLine } from "./match-line.js";
import { OutputBytes } from "./output-bytes.js";
import type { BatchCounts } from "./progress.js";

// A batch of input matched into its output lines: the same work on the main thread or in a
// worker (see worker-pool.ts).

/** Output is handed on when a batch is done, or sooner once this many bytes are waiting. */
export const FLUSH_BYTES = 1024 * 1024;
/** The size of an output buffer: a flush's worth and one more line of --top 5 or so, so that a flush seldom takes two. */
export const OUTPUT_CAPACITY = FLUSH_BYTES + 256 * 1024;

/** What matchBatch yields when a line needs zod's word and the judge has not loaded it: load it, then go on. */
export const NEEDS_VALIDATOR = Symbol("load the profile validator, then go on");

/**
 * Matches each line or row of a batch: yields the output bytes (about FLUSH_BYTES at a time, so
 * that a batch of long lines is written as it goes), then returns what it counted. Before the
 * first line whose profile the fast check refuses, it yields NEEDS_VALIDATOR: the caller loads
 * the judge's validator (ProfileJudge.load) before it asks for more.
 */
export function* matchBatch(
  setup: BatchSetup,
  batch: InputBatch,
  judge: ProfileJudge,
  allocate?: (size: number) => Buffer,
): Generator<Buffer | typeof NEEDS_VALIDATOR, BatchCounts, undefined> {
  const counts: BatchCounts = { matched: 0, rejected: 0, blank: 0 };
  const out = new OutputBytes(OUTPUT_CAPACITY, allocate);
  const items = "lines" in batch ? jsonlItems(batch) : rowItems(batch.items);
  for (let i = 0; i < items.size; i++) {
    const item = items.at(i);
    if (item === undefined) counts.blank += 1;
    else {
      const checked = "error" in item ? undefined : judge.check(item.profile);
      if (checked === undefined && !("error" in item) && !judge.ready) yield NEEDS_VALIDATOR;
      if (writeMatchLine(setup, item, checked, judge, out)) counts.matched += 1;
      else counts.rejected += 1;
    }
    if (out.size >= FLUSH_BYTES) yield* out.take();
  }
  yield* out.take();
  return counts;
}

const rowItems = (items: BatchItem[]): BatchItems => ({ size: items.length, at: (i) => items[i] });

/** A batch matched, its output kept (to be written after what comes before it, or sent on). */
export interface BatchOutput {
  chunks: Uint8Array[];
  counts: BatchCounts;
}

/**
 * matchBatch with its output kept rather than handed on as it comes. It is done at once (all in
 * this call) unless the validator must load first.
 */
export async function matchWholeBatch(
  setup: BatchSetup,
  batch: InputBatch,
  judge: ProfileJudge,
  allocate?: (size: number) => Buffer,
): Promise<BatchOutput> {
  const chunks: Uint8Array[] = [];
  const run = matchBatch(setup, batch, judge, allocate);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { chunks, counts: step.value };
    if (step.value === NEEDS_VALIDATOR) await judge.load();
    else chunks.push(step.value);
  }
}
