import type { Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import { spelledOut, type WordedMatch } from "../core/score.js";
import type { JsonBytes, Market, ResultField } from "../render/match-json.js";
import { payFigureText } from "../render/pay-text.js";
import type { BatchId } from "./batch-item.js";
import type { CsvField } from "./line-format.js";

// `match --batch --output csv` (issue #17): one row per person and role, for a spreadsheet.
// RFC 4180: a header row, rows ended by CRLF, a cell quoted when it holds a comma, a quote, CR
// or LF, its quotes doubled. A cell that begins with = + - @ tab or CR is prefixed with a single
// quote, as OWASP advises against formula injection (CWE-1236): a spreadsheet would run a name
// such as =HYPERLINK(...) as a formula. The text of a list (gaps, reasons, pay figures) is joined
// with " | ", as a gap's own text may hold "; ".

/** Who a row is about: the input line and the profile's id and name. */
export interface Person {
  line: number;
  id: BatchId;
  name: string | undefined;
}

const CRLF = Buffer.from("\r\n");
const LIST = " | ";
const FORMULA = /^[=+\-@\t\r]/;
const QUOTED = /[",\r\n]/;

/** A cell as RFC 4180 writes it, neutralised against formula injection. */
export function csvCell(text: string): string {
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return QUOTED.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvHeader = (columns: readonly CsvField[]): string => `${columns.join(",")}\r\n`;

/** Each result field as the text of a cell (before csvCell); a list's items joined. */
const RESULT_CELLS: Record<ResultField, (m: RoleMatch, market: Market) => string> = {
  id: (m) => m.role.id,
  title: (m) => m.role.title,
  score: (m) => String(m.score),
  band: (m) => m.band,
  eligibility: (m) => m.eligibility,
  eligible: (m) => String(m.eligible),
  stepBack: (m) => String(m.stepBack),
  reasons: (m) => m.reasons.join(LIST),
  gaps: (m) => m.gaps.map((g) => g.text).join(LIST),
  unknown: (m) => m.unknown.join(LIST),
  conflicts: (m) => m.conflicts.join(LIST),
  breakdown: (m) => m.breakdown.map((f) => `${f.factor} ${f.points}/${f.max} ${f.verdict}`).join(LIST),
  pay: (m, market) => payCell(m.role, market),
};

/** The rows of a person matched: one per result (one with no role when none was shown). */
export function writeCsvRows(
  person: Person,
  results: readonly WordedMatch[],
  market: Market,
  columns: readonly CsvField[],
  out: JsonBytes,
): void {
  const line = String(person.line);
  const id = csvCell(person.id === null ? "" : String(person.id));
  const name = csvCell(person.name ?? "");
  for (let rank = 0; rank < Math.max(results.length, 1); rank++) {
    const worded = results[rank];
    const m = worded && spelledOut(worded);
    let row = "";
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as CsvField;
      if (i > 0) row += ",";
      if (column === "line") row += line;
      else if (column === "person") row += id;
      else if (column === "name") row += name;
      else if (column === "rank") row += m ? String(rank + 1) : "";
      else if (column === "error" || !m) continue;
      else if (column === "id" || column === "title" || column === "pay") row += roleCell(m.role, column, market);
      else row += csvCell(RESULT_CELLS[column](m, market));
    }
    out.addText(row);
    out.addBytes(CRLF);
  }
}

/** The row of a line that is not a valid profile: who it was, where it was, and why. */
export function writeCsvError(person: Person, error: string, columns: readonly CsvField[], out: JsonBytes): void {
  const cells = columns.map((column) =>
    column === "line"
      ? String(person.line)
      : column === "person"
        ? csvCell(person.id === null ? "" : String(person.id))
        : column === "name"
          ? csvCell(person.name ?? "")
          : column === "error"
            ? csvCell(error)
            : "",
  );
  out.addText(cells.join(","));
  out.addBytes(CRLF);
}

interface RoleCells {
  /** The id and title they were made from: made again should either change. */
  role: { id: string; title: string };
  id: string;
  title: string;
  pay: Map<string, { year: number; cell: string }>;
}
const roleCells = new WeakMap<Role, RoleCells>();

/** A role's id, title and pay cells, kept per role (and, for pay, per country and year): most rows repeat them. */
function roleCell(role: Role, column: "id" | "title" | "pay", market: Market): string {
  let cells = roleCells.get(role);
  if (cells?.role.id !== role.id || cells.role.title !== role.title) {
    const { id, title } = role;
    cells = { role: { id, title }, id: csvCell(id), title: csvCell(title), pay: new Map() };
    roleCells.set(role, cells);
  }
  if (column !== "pay") return cells[column];
  const key = market.country ?? "";
  let pay = cells.pay.get(key);
  if (pay?.year !== market.year) {
    pay = { year: market.year, cell: csvCell(payCell(role, market)) };
    cells.pay.set(key, pay);
  }
  return pay.cell;
}

/** The role's pay figures in the person's country, in words, newest first; empty where the KB has none. */
function payCell(role: Role, market: Market): string {
  if (market.country === undefined) return "";
  return payFor(role, market.country)
    .map((figure) => payFigureText(market.kb, figure, market.year, false, { withNote: false }))
    .join(LIST);
}
