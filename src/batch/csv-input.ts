import { isUtf8 } from "node:buffer";
import { finished } from "node:stream/promises";
import type { CsvError as CsvParseError, InfoRecord, Parser } from "csv-parse";
import { CliError, ExitCode } from "../errors.js";
import { type BatchInput, type BatchItem, idOf, MAX_LINE_BYTES } from "./batch-item.js";
import { type CsvColumn, readHeader, rowToProfile } from "./csv-columns.js";

// CSV with a header row. csv-parse does the quoting (cells with commas, quotes and newlines);
// each record is taken in its `on_record` hook, synchronously as each chunk is written, so that
// no record is lost when a later one fails and the output keeps the input's order.
// The input is held until its first line is whole: the cells' delimiter is told from it (Excel
// writes ";" where the decimal mark is a comma, as in Poland), and a byte-order mark is dropped
// from its bytes (csv-parse's own `bom` option hands the first cell on as a string, not bytes).

const HINT = "the first row names the columns; see `bpo-advisor match --help`";

/** `csv`: the csv-parse module, which the caller loads only for a CSV batch. */
export function csvInput(
  csv: typeof import("csv-parse"),
  chunks: AsyncIterable<Buffer | string>,
  shown: string,
  maxBytes = MAX_LINE_BYTES,
): BatchInput {
  const { CsvError, parse } = csv;
  let blank = 0;
  let columns: CsvColumn[] | undefined;
  let fatal: CliError | undefined;
  const items: BatchItem[] = [];
  // where the last record ended, to place a row that fails before it is complete
  let lastLine = 0;
  let lastEmpty = 0;

  // With `encoding: null` the cells are Buffers, though csv-parse's types say strings.
  const onRecord = (record: string[], info: InfoRecord): null => {
    const cells = record as unknown as Buffer[];
    const line = info.lines - cells.reduce((sum, cell) => sum + newlines(cell), 0);
    lastLine = info.lines;
    lastEmpty = info.empty_lines;
    if (fatal) return null;
    if (!cells.every((cell) => isUtf8(cell))) {
      if (columns) items.push({ line, id: null, error: "the row is not valid UTF-8 text" });
      else fatal = new CliError(`the CSV header of ${shown} is not valid UTF-8 text`, ExitCode.usage, { hint: HINT });
      return null;
    }
    const text = cells.map((cell) => cell.toString("utf8"));
    if (!columns) {
      const header = readHeader(text);
      if ("error" in header) {
        const split = `(its cells read as separated by ${DELIMITERS.get(delimiter)}, told from the header)`;
        fatal = new CliError(`${shown}: ${header.error} ${split}`, ExitCode.usage, { hint: HINT });
      } else columns = header.columns;
    } else if (text.every((cell) => cell.trim() === "")) blank += 1;
    else if (text.length > columns.length) {
      items.push({ line, id: null, error: `the row has ${text.length} cells; the header names ${columns.length}` });
    } else {
      const profile = rowToProfile(columns, text);
      items.push({ line, id: idOf(profile), profile });
    }
    return null; // taken here: nothing goes on to the stream's readable side
  };

  let delimiter = ",";
  const start = (head: Buffer): Parser => {
    delimiter = delimiterOf(head);
    const parser = parse({
      delimiter,
      encoding: null, // cells come as bytes, so that invalid UTF-8 is caught, not replaced
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxBytes,
      on_record: onRecord,
    });
    parser.on("error", () => {}); // read from parser.errored where it matters
    parser.resume();
    parser.write(hasBom(head) ? head.subarray(BOM.length) : head);
    return parser;
  };
  let parser: Parser | undefined;

  const failedRow = (error: CsvParseError): BatchItem => ({
    line: lastLine + 1 + (Number(error.empty_lines) - lastEmpty || 0),
    id: null,
    error:
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quoted cell of this row is never closed: the input ends inside it"
        : `the row is over the ${maxBytes / (1024 * 1024)} MiB a row may be (a quote never closed?); the rest of the input was not read`,
  });

  // csv-parse counts the "line" after a final newline as an empty one
  let phantomEmptyLine = 0;
  async function* batches(): AsyncGenerator<{ items: BatchItem[] }> {
    let head: Buffer[] = []; // the input until its first line is whole
    for await (const raw of chunks) {
      const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
      if (chunk.length > 0) phantomEmptyLine = chunk[chunk.length - 1] === NEWLINE ? 1 : 0;
      if (parser) parser.write(chunk);
      else {
        head.push(chunk);
        const held = Buffer.concat(head);
        if (held.indexOf(NEWLINE) === -1 && held.length < maxBytes) continue;
        parser = start(held);
        head = [];
      }
      if (fatal) throw fatal;
      if (parser.errored) break;
      if (items.length > 0) yield { items: items.splice(0) };
    }
    parser ??= start(Buffer.concat(head));
    if (!parser.errored) {
      parser.end();
      await finished(parser).catch(() => {});
    }
    if (fatal) throw fatal;
    const error = parser.errored;
    if (error instanceof CsvError) items.push(failedRow(error));
    else if (error) throw error;
    if (items.length > 0) yield { items };
  }
  // empty lines, which csv-parse skips, count as blank as much as rows of empty cells do
  const emptyLines = () =>
    parser ? Math.max(0, parser.info.empty_lines - (parser.writableEnded ? phantomEmptyLine : 0)) : 0;
  return { batches: batches(), blank: () => blank + emptyLines(), unit: "row" };
}

const NEWLINE = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const hasBom = (bytes: Buffer) => bytes.subarray(0, BOM.length).equals(BOM);

/** The delimiters a header may use (column names contain none of them), and how a message names each. */
const DELIMITERS = new Map([
  [",", "commas"],
  [";", "semicolons"],
  ["\t", "tabs"],
]);

/** The delimiter of the first line of `head`: the one it has most of (a comma when it has none). */
function delimiterOf(head: Buffer): string {
  const end = head.indexOf(NEWLINE);
  const line = head.subarray(0, end === -1 ? head.length : end);
  let best = ",";
  let most = 0;
  for (const delimiter of DELIMITERS.keys()) {
    let n = 0;
    for (const byte of line) if (byte === delimiter.charCodeAt(0)) n += 1;
    if (n > most) [best, most] = [delimiter, n];
  }
  return best;
}
const newlines = (cell: Buffer): number => {
  let n = 0;
  for (let at = cell.indexOf(NEWLINE); at !== -1; at = cell.indexOf(NEWLINE, at + 1)) n += 1;
  return n;
};
