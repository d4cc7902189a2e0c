import { once } from "node:events";
import type { Io, OutStream } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import type { BatchInput, InputBatch } from "./batch-item.js";
import { type BatchOptions, refuseProfileOptions } from "./batch-options.js";
import { csvInput } from "./csv-input.js";
import { jsonlInput } from "./jsonl-input.js";
import { matchBatch } from "./match-batch.js";
import { batchFormatOf, openBatchInput } from "./open-input.js";
import { SpareBuffers, writeBytes } from "./output-bytes.js";
import { type BatchCounts, progressMeter } from "./progress.js";

// `match --batch FILE`: JSON Lines (or CSV) in, JSON Lines out, one line per input line, in
// order, as each batch of input is read. Memory holds one batch, however long the input.

/** Output buffers kept for use again once written: one being written, one being filled. */
const SPARE_BUFFERS = 2;

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
  let blankLines = 0; // blank JSON lines, counted as matched; the reader counts blank CSV rows
  const add = (c: BatchCounts) => {
    counts.matched += c.matched;
    counts.rejected += c.rejected;
    blankLines += c.blank;
  };
  const meter = progressMeter(io.stderr, input.unit);
  const spares = new SpareBuffers(SPARE_BUFFERS);
  let ended = false;
  try {
    for await (const batch of input.batches) {
      await matchHere(kb, batch, limit, spares, io.stdout, add);
      counts.blank = blankLines + input.blank();
      meter.update(counts);
    }
    ended = true;
  } finally {
    // when reading fails half-way, what was done is said before the error; when it fails at
    // once (a CSV header), the error alone says it
    counts.blank = blankLines + input.blank();
    if (ended || counts.matched + counts.rejected > 0) meter.finish(counts);
  }
  return counts;
}

/** Matches a batch on this thread, writing its output as it goes. */
async function matchHere(
  kb: KnowledgeBase,
  batch: InputBatch,
  limit: number | undefined,
  spares: SpareBuffers,
  stdout: OutStream,
  add: (counts: BatchCounts) => void,
): Promise<void> {
  const run = matchBatch(kb, batch, limit, spares.allocate);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return add(step.value);
    const chunk = step.value;
    await write(stdout, chunk, () => spares.giveBack(chunk.buffer as ArrayBuffer));
  }
}

/** Writes, then waits while the reader is behind: a slow consumer slows the run, not its memory. */
async function write(stream: OutStream, bytes: Uint8Array, written?: () => void): Promise<void> {
  if (bytes.length === 0 || writeBytes(stream, bytes, written) !== false) return;
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === "function") await once(emitter as NodeJS.EventEmitter, "drain");
}
