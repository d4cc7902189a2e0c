import { parseDecimal, quoted, splitList } from "../core/typed-values.js";

// The CSV columns of `match --batch`, and how a row becomes a profile object. The object is then
// validated by the profile schema like any other, so a wrong value here is left as written (a
// number column holding "abc" stays a string) for the schema to name with its field; levels and
// yes/no words (nightShifts) are read by the schema's own rule, as in a profile file.

export const CSV_COLUMNS = [
  "id",
  "name",
  "country",
  "languages",
  "education",
  "field",
  "years",
  "bpoYears",
  "customerFacingYears",
  "leadershipYears",
  "typingWpm",
  "workMode",
  "nightShifts",
  "interests",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Header names match whatever their case and separators: bpoYears, BPO years, bpo_years. */
const key = (name: string) => name.toLowerCase().replace(/[\s_-]/g, "");
const BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [key(c), c]));

/** The header row's columns, or what is wrong with it. */
export function readHeader(cells: readonly string[]): { columns: CsvColumn[] } | { error: string } {
  const columns: CsvColumn[] = [];
  for (const [i, cell] of cells.entries()) {
    const column = BY_KEY.get(key(cell));
    if (!column) {
      return {
        error: `column ${i + 1} of the header, ${quoted(cell)}, is not a column; the columns are ${CSV_COLUMNS.join(", ")}`,
      };
    }
    if (columns.includes(column)) return { error: `the header names the column "${column}" twice` };
    columns.push(column);
  }
  return { columns };
}

type Obj = Record<string, unknown>;

/** A row as a profile object: empty cells are left out, lists split at ";" (or ","). */
export function rowToProfile(columns: readonly CsvColumn[], cells: readonly string[]): Obj {
  const profile: Obj = {};
  const section = (name: string): Obj => {
    profile[name] ??= {};
    return profile[name] as Obj;
  };
  columns.forEach((column, i) => {
    const cell = cells[i]?.trim() ?? "";
    if (cell === "") return;
    switch (column) {
      case "id":
      case "name":
      case "country":
        profile[column] = cell;
        break;
      case "languages":
        profile.languages = splitList(cell).map(language);
        break;
      case "education":
        section("education").level = cell;
        break;
      case "field":
        section("education").field = cell;
        break;
      case "years":
      case "bpoYears":
      case "customerFacingYears":
      case "leadershipYears":
        section("experience")[column] = numberOr(cell);
        break;
      case "typingWpm":
        section("skills").typingWpm = numberOr(cell);
        break;
      case "workMode":
        section("preferences").workMode = cell;
        break;
      case "nightShifts":
        section("preferences").nightShifts = cell;
        break;
      case "interests":
        section("preferences").interests = splitList(cell);
        break;
    }
  });
  return profile;
}

/** "de:B2" (as --lang reads it); without a level, the schema says the level is missing. */
function language(text: string): Obj {
  const at = text.lastIndexOf(":");
  return at < 0 ? { code: text } : { code: text.slice(0, at).trim(), level: text.slice(at + 1).trim() };
}

const numberOr = (cell: string): number | string => parseDecimal(cell) ?? cell;
