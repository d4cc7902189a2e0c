import type { KnowledgeBase } from "../core/kb-schema.js";
import type { BatchItem, InputBatch } from "./batch-item.js";
import { jsonlItem } from "./jsonl-input.js";
import { type ProfileJudge, writeMatchLine } from "./match-line.js";
import { OutputBytes } from "./output-bytes.js";
import type { BatchCounts } from "./progress.js";

// A batch of input matched into its output lines: the same work on the main thread or in a
// worker (see worker-pool.ts).

/** Output is handed on when a batch is done, or sooner once this many bytes are waiting. */
export const FLUSH_BYTES = 1024 * 1024;
/** The size of an output buffer: a flush's worth and one more line of --top 5 or so, so that a flush seldom takes two. */
export const OUTPUT_CAPACITY = FLUSH_BYTES + 256 * 1024;

/**
 * Matches each line or row of a batch: yields the output bytes (about FLUSH_BYTES at a time, so
 * that a batch of long lines is written as it goes), then returns what it counted.
 */
export function* matchBatch(
  kb: KnowledgeBase,
  batch: InputBatch,
  limit: number | undefined,
  judge: ProfileJudge,
  allocate?: (size: number) => Buffer,
): Generator<Buffer, BatchCounts, undefined> {
  const counts: BatchCounts = { matched: 0, rejected: 0, blank: 0 };
  const out = new OutputBytes(OUTPUT_CAPACITY, allocate);
  const match = (item: BatchItem) => {
    if (writeMatchLine(kb, item, limit, judge, out)) counts.matched += 1;
    else counts.rejected += 1;
    out.endLine();
  };
  if ("items" in batch) {
    for (const item of batch.items) {
      match(item);
      if (out.size >= FLUSH_BYTES) yield* out.take();
    }
  } else {
    for (const raw of batch.lines) {
      const item = jsonlItem(raw);
      if (item === undefined) counts.blank += 1;
      else match(item);
      if (out.size >= FLUSH_BYTES) yield* out.take();
    }
  }
  yield* out.take();
  return counts;
}

/** A batch matched, its output kept (to be written after what comes before it, or sent on). */
export interface BatchOutput {
  chunks: Uint8Array[];
  counts: BatchCounts;
}

/** matchBatch with its output kept rather than handed on as it comes. */
export function matchWholeBatch(
  kb: KnowledgeBase,
  batch: InputBatch,
  limit: number | undefined,
  judge: ProfileJudge,
  allocate?: (size: number) => Buffer,
): BatchOutput {
  const chunks: Uint8Array[] = [];
  const run = matchBatch(kb, batch, limit, judge, allocate);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { chunks, counts: step.value };
    chunks.push(step.value);
  }
}
