import { clip } from "../core/typed-values.js";
import { usageError } from "../errors.js";
import { RESULT_FIELDS, type ResultField } from "../render/match-json.js";

// How `match --batch` writes each line (issue #17): JSON Lines (every field of each result, or
// those --fields names) or CSV (one row per person and role, the columns --fields names), each
// line numbered from --line-offset. Plain data: it goes to the worker threads as it is.

export type LineFormat =
  | { output: "jsonl"; fields: readonly ResultField[] | undefined; lineOffset: number }
  | { output: "csv"; columns: readonly CsvField[]; lineOffset: number; bom: boolean };

/** The CSV columns about the person and the line (the others are a result's fields, by their JSON names). */
export const PERSON_COLUMNS = ["line", "person", "name", "rank", "error"] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];
export type CsvField = PersonColumn | ResultField;
export const CSV_FIELDS: readonly CsvField[] = [...PERSON_COLUMNS, ...RESULT_FIELDS];

export const DEFAULT_CSV_COLUMNS: readonly CsvField[] = [
  "line",
  "person",
  "name",
  "rank",
  "id",
  "title",
  "band",
  "score",
  "eligibility",
  "gaps",
  "pay",
  "error",
];

const HINT = "run `bpo-advisor match --help` for the field names";

/** Names match whatever their case and separators, as CSV input columns do: stepBack, step-back, STEPBACK. */
const key = (name: string) => name.toLowerCase().replace(/[\s_-]/g, "");

/**
 * The fields --fields names (a comma list, as commander gave it), checked against those the
 * output has: a result's fields for JSON, and the person's columns too for CSV.
 */
export function pickFields<F extends string>(names: readonly string[], valid: readonly F[], output: string): F[] {
  const byKey = new Map(valid.map((f) => [key(f), f]));
  const picked: F[] = [];
  for (const name of names) {
    const field = byKey.get(key(name));
    if (field === undefined) {
      const csvOnly = (PERSON_COLUMNS as readonly string[]).includes(key(name))
        ? ` (a column of --output csv only)`
        : "";
      throw usageError(
        `--fields: unknown field "${clip(name)}"${csvOnly}; the fields of ${output} are ${valid.join(", ")}`,
        HINT,
      );
    }
    if (picked.includes(field)) throw usageError(`--fields names "${field}" twice`, HINT);
    picked.push(field);
  }
  return picked;
}

/** What `match --batch` reads of the options that say how to write. */
export interface FormatOptions {
  output?: "jsonl" | "csv";
  fields?: string[];
  bom?: boolean;
  lineOffset?: number;
  json?: boolean;
}

export function lineFormatOf(options: FormatOptions): LineFormat {
  const lineOffset = options.lineOffset ?? 0;
  if (options.output !== "csv") {
    if (options.bom) {
      throw usageError(
        "--bom marks a CSV file as UTF-8 for Excel: it needs --output csv",
        "add --output csv, or drop --bom",
      );
    }
    const fields = options.fields && pickFields(options.fields, RESULT_FIELDS, "a JSON result");
    return { output: "jsonl", fields, lineOffset };
  }
  if (options.json) {
    throw usageError("--json and --output csv both say what stdout holds", "drop one of them");
  }
  // a rejected line's row says why in `error`: it stays, so that it never passes for a row matched
  const picked = options.fields && pickFields(options.fields, CSV_FIELDS, "--output csv");
  const columns = !picked ? DEFAULT_CSV_COLUMNS : picked.includes("error") ? picked : [...picked, "error" as const];
  return { output: "csv", columns, lineOffset, bom: options.bom === true };
}
