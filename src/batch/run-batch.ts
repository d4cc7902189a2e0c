import { once } from "node:events";
import type { Io, OutStream } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import type { BatchInput } from "./batch-item.js";
import { type BatchOptions, refuseProfileOptions } from "./batch-options.js";
import { csvInput } from "./csv-input.js";
import { jsonlInput } from "./jsonl-input.js";
import { writeMatchLine } from "./match-line.js";
import { batchFormatOf, openBatchInput } from "./open-input.js";
import { OutputBytes, writeBytes } from "./output-bytes.js";
import { type BatchCounts, progressMeter } from "./progress.js";

// `match --batch FILE`: JSON Lines (or CSV) in, JSON Lines out, one line per input line, in
// order, as each batch of input is read. Memory holds one batch, however long the input.

/** Output is written when a batch is done, or sooner once this many bytes are waiting. */
const FLUSH_BYTES = 1024 * 1024;

export async function runBatch(options: BatchOptions, io: Io): Promise<ExitCode> {
  refuseProfileOptions(options);
  const kb = await loadKnowledgeBase(io, options.kb);
  const opened = await openBatchInput(io, options.batch);
  const input: BatchInput =
    batchFormatOf(options.batch, options.format) === "csv"
      ? csvInput(opened.chunks, opened.shown)
      : jsonlInput(opened.chunks);
  const counts = await matchAll(kb, input, options.all ? undefined : options.top, io);
  return counts.rejected > 0 ? ExitCode.failure : ExitCode.ok;
}

async function matchAll(kb: KnowledgeBase, input: BatchInput, limit: number | undefined, io: Io) {
  const counts: BatchCounts = { matched: 0, rejected: 0, blank: 0 };
  const meter = progressMeter(io.stderr, input.unit);
  // room for a flush's worth and one more line of --top 5 or so, so that it seldom grows
  const out = new OutputBytes(FLUSH_BYTES + 256 * 1024);
  let ended = false;
  try {
    for await (const items of input.batches) {
      for (const item of items) {
        if (writeMatchLine(kb, item, limit, out)) counts.matched += 1;
        else counts.rejected += 1;
        out.endLine();
        if (out.size >= FLUSH_BYTES) await write(io.stdout, out.take());
      }
      counts.blank = input.blank();
      meter.update(counts);
      await write(io.stdout, out.take());
    }
    ended = true;
  } finally {
    // when reading fails half-way, what was done is said before the error; when it fails at
    // once (a CSV header), the error alone says it
    counts.blank = input.blank();
    if (ended || counts.matched + counts.rejected > 0) meter.finish(counts);
  }
  return counts;
}

/** Writes, then waits while the reader is behind: a slow consumer slows the run, not its memory. */
async function write(stream: OutStream, bytes: Buffer): Promise<void> {
  if (bytes.length === 0 || writeBytes(stream, bytes) !== false) return;
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === "function") await once(emitter as NodeJS.EventEmitter, "drain");
}
