import type { LineBatch } from "./read-lines.js";

// What a batch reader (JSON Lines or CSV) hands on for each line or row: a profile object still
// to be validated, or what is wrong with the line. `line` is the physical line it starts on.

export type BatchId = string | number | null;

export type BatchItem =
  | { line: number; id: BatchId; profile: Record<string, unknown> }
  | { line: number; id: BatchId; error: string };

/**
 * A batch of input as it goes to be matched: JSON Lines as bytes (raw lines and a block of
 * lines), parsed where they are matched (which may be a worker thread); CSV rows as items, as
 * the CSV parser makes them.
 */
export type InputBatch = LineBatch | { items: BatchItem[] };

/** A batch's items, each made when asked for, in order (see jsonlItems). */
export interface BatchItems {
  size: number;
  /** The item at `i`, or undefined for a blank line. */
  at(i: number): BatchItem | undefined;
}

/** A line's input as read, before any profile is made of it. */
export interface BatchInput {
  /** The input in order, in batches: the output is written once per batch. */
  batches: AsyncIterable<InputBatch>;
  /** Rows skipped as blank so far by the reader (CSV); blank JSON lines are counted as matched. */
  blank(): number;
  /** "line" for JSON Lines, "row" for CSV: the word the summary counts in. */
  unit: "line" | "row";
}

/** The id a profile gives itself, when it gives a usable one (the schema allows a string or a number). */
export const idOf = (value: Record<string, unknown>): BatchId =>
  typeof value.id === "string" || (typeof value.id === "number" && Number.isFinite(value.id)) ? value.id : null;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const MAX_LINE_BYTES = 1024 * 1024;
