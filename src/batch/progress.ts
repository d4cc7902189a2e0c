import type { OutStream } from "../context.js";

// What a batch run says on stderr: a progress line while it runs, for a person watching a
// terminal only, and one summary line at the end, always (stderr, so scripts reading stdout
// are unaffected).

export interface BatchCounts {
  matched: number;
  rejected: number;
  blank: number;
}

export type Unit = "line" | "row";

/** At most four progress updates a second: more would cost time and flicker. */
const INTERVAL_MS = 250;
const CLEAR_LINE = "\r\x1b[K";

export const progressText = (counts: BatchCounts, unit: Unit, elapsedMs: number): string => {
  const done = counts.matched + counts.rejected;
  return `matching: ${count(done, `${unit}`)} (${number(rate(done, elapsedMs))}/s), ${number(counts.rejected)} rejected`;
};

/**
 * "batch: 1,000 lines read: 990 matched, 8 rejected, 2 blank; 0.4 s, 2,475 profiles/s"; with a
 * line offset (a shard of a larger input), "1,000 lines read, numbered from 20,001: ...".
 */
export const summaryText = (counts: BatchCounts, unit: Unit, elapsedMs: number, lineOffset = 0): string => {
  const read = counts.matched + counts.rejected + counts.blank;
  const done = counts.matched + counts.rejected;
  const blank = counts.blank > 0 ? `, ${number(counts.blank)} blank` : "";
  const from = lineOffset > 0 ? `, numbered from ${number(lineOffset + 1)}` : "";
  return (
    `batch: ${count(read, unit)} read${from}: ${number(counts.matched)} matched, ${number(counts.rejected)} rejected${blank}; ` +
    `${(elapsedMs / 1000).toFixed(1)} s, ${number(rate(done, elapsedMs))} profiles/s`
  );
};

export interface ProgressMeter {
  /** Called as the run goes: redraws the progress line when it is due. */
  update(counts: BatchCounts): void;
  /** Clears the progress line and prints the summary. */
  finish(counts: BatchCounts): void;
}

export function progressMeter(
  stderr: OutStream,
  unit: Unit,
  now: () => number = () => performance.now(),
  lineOffset = 0,
): ProgressMeter {
  const start = now();
  let last = start;
  let drawn = false;
  return {
    update(counts) {
      if (!stderr.isTTY) return;
      const t = now();
      if (t - last < INTERVAL_MS) return;
      last = t;
      drawn = true;
      stderr.write(`${CLEAR_LINE}${progressText(counts, unit, t - start)}`);
    },
    finish(counts) {
      if (drawn) stderr.write(CLEAR_LINE);
      stderr.write(`${summaryText(counts, unit, now() - start, lineOffset)}\n`);
    },
  };
}

const rate = (done: number, elapsedMs: number) => (elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0);
/**
 * "1,234,567". Not toLocaleString("en-US"): its first call loads the ICU locale data, ~17 ms of a
 * batch's start-up for one summary line (measured with --cpu-prof on a one-line batch).
 */
const number = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const count = (n: number, unit: string) => `${number(n)} ${unit}${n === 1 ? "" : "s"}`;
