import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";
import type { CliResult } from "../helpers/run-cli.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): batch input, JSON Lines and CSV. Each
// value is read as `match --profile` reads it in a file (test/bad-input/profile.ts).

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LONG = "x".repeat(100_000);
/** The output lines of a batch run. */
const linesOf = (result: CliResult) =>
  result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { id: unknown; line: number; error?: string; results?: unknown[] });
const allMatched = (count: number) => (result: CliResult) => {
  const lines = linesOf(result);
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(line.error).toBeUndefined();
};
const csv = (text: string) => ({ "people.csv": text });
const batchOf = (file: string) => ["match", "--batch", file, "--top", "1"];

export const rows: BadInputRow[] = [
  // a byte-order mark (Excel writes one at the start of "CSV UTF-8")
  {
    name: "a CSV batch with a UTF-8 BOM",
    files: { "people.csv": Buffer.concat([BOM, Buffer.from("id,languages\n1,en:C1\n")]) },
    args: batchOf("people.csv"),
    code: 0,
    stdout: /^\{"id":"1","line":2,"results":\[\{/,
  },
  {
    name: "a CSV batch with a UTF-8 BOM on stdin",
    args: ["match", "--batch", "-", "--format", "csv", "--top", "1"],
    input: Buffer.concat([BOM, Buffer.from("id,languages\n1,en:C1\n")]),
    code: 0,
    stdout: /^\{"id":"1","line":2,"results":\[\{/,
  },
  {
    name: "a CSV batch on stdin whose BOM comes in pieces, a byte first",
    shell:
      "{ printf '\\xef'; sleep 0.2; printf '\\xbb'; sleep 0.2; printf '\\xbfid,languages\\n1,en:C1\\n'; } | $BPO match --batch - --format csv --top 1",
    code: 0,
    stdout: /^\{"id":"1","line":2,"results":\[\{/,
  },
  {
    name: "a CSV batch of only a BOM and a header",
    files: { "people.csv": Buffer.concat([BOM, Buffer.from("id,languages")]) },
    args: batchOf("people.csv"),
    code: 0,
    stdout: "",
    stderr: /batch: 0 rows read/,
  },
  {
    name: "a JSON Lines batch with a UTF-8 BOM (as before)",
    files: { "people.jsonl": Buffer.concat([BOM, Buffer.from('{"id": 1}\n')]) },
    args: batchOf("people.jsonl"),
    code: 0,
    stdout: /^\{"id":1,"line":1,"results":/,
  },

  // numbers: plain decimal, as the flags read them
  {
    name: "CSV cells of years and typing speed in hexadecimal and exponent form",
    files: csv("id,years,typingWpm\na,0x10,\nb,,1e1\nc,2.5,40\n"),
    args: batchOf("people.csv"),
    code: 1,
    check: (result) => {
      const [a, b, c] = linesOf(result);
      expect(a?.error).toMatch(/^experience\.years: .*expected number/);
      expect(b?.error).toMatch(/^skills\.typingWpm: .*expected number/);
      expect(c?.results).toHaveLength(1);
    },
  },

  // a language given twice, in a cell or a line
  {
    name: "a CSV languages cell naming one language twice",
    files: csv('id,languages\na,"en:C1;English:B1"\n'),
    args: batchOf("people.csv"),
    code: 1,
    stdout: /"error":"languages\[1\]\.code: English \(\\"en\\"\) is given twice, as C1 and as B1/,
  },
  {
    name: "a JSON line listing one language twice",
    files: { "people.jsonl": '{"languages": [{"code": "zh", "level": "C1"}, {"code": "Mandarin", "level": "B1"}]}\n' },
    args: batchOf("people.jsonl"),
    code: 1,
    stdout: /"error":"languages\[1\]\.code: Chinese \(\\"zh\\"\) is given twice, as C1 and as B1/,
  },

  // JSON with a key given twice
  {
    name: "a JSON line with a key given twice, and the next line read",
    files: {
      "people.jsonl": '{"id": "a", "education": {"level": "none"}, "education": {"level": "master"}}\n{"id": "b"}\n',
    },
    args: batchOf("people.jsonl"),
    code: 1,
    check: (result) => {
      const [a, b] = linesOf(result);
      expect(a).toEqual({
        id: "a",
        line: 1,
        error: 'the key "education" is given twice in one object: map keys must be unique (column 45)',
      });
      expect(b?.results).toHaveLength(1);
    },
  },
  {
    name: "a JSON line with a key given twice inside a language",
    files: { "people.jsonl": '{"languages": [{"code": "en", "level": "B1", "level": "C1"}]}\n' },
    args: batchOf("people.jsonl"),
    code: 1,
    stdout: /"error":"languages\[0\]: the key \\"level\\" is given twice in one object/,
  },
  {
    name: "JSON lines with colons inside their strings are matched",
    files: { "people.jsonl": '{"id": "a:1", "name": "Rao: Asha"}\n{"id": "::", "name": "{\\"x\\": 1}"}\n' },
    args: batchOf("people.jsonl"),
    code: 0,
    check: allMatched(2),
  },

  // levels and yes/no, by the profile's rule
  {
    name: "CSV cells with levels in any case and nightShifts Yes, N, 1",
    files: csv("id,languages,nightShifts\na,en:c1;hi:Native,Yes\nb,EN:b2,N\nc,en:C1,1\n"),
    args: batchOf("people.csv"),
    code: 0,
    check: allMatched(3),
  },
  {
    name: "a JSON line with level c1 and nightShifts yes, as a CSV row may have them",
    files: {
      "people.jsonl": '{"languages": [{"code": "en", "level": "c1"}], "preferences": {"nightShifts": "yes"}}\n',
    },
    args: batchOf("people.jsonl"),
    code: 0,
    check: allMatched(1),
  },
  {
    name: "a CSV nightShifts cell that is no yes or no",
    files: csv("id,nightShifts\na,maybe\n"),
    args: batchOf("people.csv"),
    code: 1,
    stdout: /"error":"preferences\.nightShifts: expected true or false \(or yes, no, y, n, 1, 0\)"/,
  },

  // language names
  {
    name: "CSV languages by the names people use: Tagalog, Bengali, Farsi, Flemish, Cantonese",
    files: csv('id,languages\na,"Tagalog:B2,Bengali:C1,Farsi:A2,Flemish:B1,Cantonese:C1"\n'),
    args: batchOf("people.csv"),
    code: 0,
    check: allMatched(1),
  },
  {
    name: "a 100,000-character language in a JSON line is not echoed whole",
    files: { "people.jsonl": `${JSON.stringify({ languages: [{ code: LONG, level: "C1" }] })}\n` },
    args: batchOf("people.jsonl"),
    code: 1,
    stdout: /"error":"languages\[0\]\.code: unknown language \\"x{40}\.\.\.\\" \(100000 characters\)/,
    check: (result) => expect(result.stdout.length).toBeLessThan(1000),
  },

  // the delimiter, told from the header
  {
    name: "a semicolon-separated CSV (Excel's default in Poland)",
    files: csv('id;languages;years;interests\na;en:C1,de:B2;2,5x;finance\nb;"en:B2;pl:native";3;hr,data\n'),
    args: batchOf("people.csv"),
    code: 1,
    check: (result) => {
      const [a, b] = linesOf(result);
      expect(a?.error).toMatch(/^experience\.years/); // a decimal comma is not a number
      expect(b?.results).toHaveLength(1);
    },
  },
  {
    name: "a tab-separated CSV",
    files: csv("id\tlanguages\tnightShifts\na\ten:C1\tno\n"),
    args: batchOf("people.csv"),
    code: 0,
    check: allMatched(1),
  },
  {
    name: "a CSV header with an unknown column names the delimiter it was read with",
    files: csv("id;langs\na;en:C1\n"),
    args: batchOf("people.csv"),
    code: 2,
    stdout: "",
    stderr:
      /people\.csv: column 2 of the header, "langs", is not a column; .* \(its cells read as separated by semicolons, told from the header\)/,
  },
  {
    name: "a CSV header separated by something else is read as one column, and says so",
    files: csv("id|languages\na|en:C1\n"),
    args: batchOf("people.csv"),
    code: 2,
    stderr: /column 1 of the header, "id\|languages", is not a column; .*separated by commas/,
  },
  {
    name: "a 100,000-character CSV column name is not echoed whole",
    files: csv(`id,${LONG}\n1,2\n`),
    args: batchOf("people.csv"),
    code: 2,
    stderr: /column 2 of the header, "x{40}\.\.\." \(100000 characters\), is not a column/,
    check: (result) => expect(result.stderr.length).toBeLessThan(1000),
  },

  // how a batch is written (issue #17): --output, --bom, --fields, --line-offset
  {
    name: "--bom without --output csv",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--bom"],
    code: 2,
    stdout: "",
    stderr:
      /^error: --bom marks a CSV file as UTF-8 for Excel: it needs --output csv\nhint: add --output csv, or drop --bom\n$/,
  },
  {
    name: "--bom with --output jsonl",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--output", "jsonl", "--bom"],
    code: 2,
    stdout: "",
    stderr: /--bom .* it needs --output csv/,
  },
  {
    name: "--bom without --batch",
    args: ["match", "--lang", "en:B2", "--bom"],
    code: 2,
    stdout: "",
    stderr: /--bom marks a CSV file as UTF-8 for Excel: it needs --batch FILE --output csv/,
  },
  {
    name: "an unknown --fields name, listing the valid ones",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--fields", "id,scroe"],
    code: 2,
    stdout: "",
    stderr:
      /^error: --fields: unknown field "scroe"; the fields of a JSON result are id, title, score, band, eligibility, eligible, stepBack, reasons, gaps, unknown, conflicts, breakdown, pay\n/,
  },
  {
    name: "an unknown --fields name with --output csv, listing the columns",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--output", "csv", "--fields", "person,nmae"],
    code: 2,
    stdout: "",
    stderr: /unknown field "nmae"; the fields of --output csv are line, person, name, rank, error, id, title, /,
  },
  {
    name: "a CSV column named in --fields of JSON output",
    args: ["match", "--lang", "en:B2", "--json", "--fields", "rank,score"],
    code: 2,
    stdout: "",
    stderr: /unknown field "rank" \(a column of --output csv only\)/,
  },
  {
    name: "--fields naming a field twice",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--fields", "score,Score"],
    code: 2,
    stderr: /--fields names "score" twice/,
  },
  {
    name: "an empty --fields",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--fields", " , "],
    code: 2,
    stderr: /option '--fields <names>' argument ' , ' is invalid\. give the names of the fields/,
  },
  {
    name: "a 100,000-character --fields name is not echoed whole",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--fields", LONG],
    code: 2,
    stderr: /unknown field "x{40}\.\.\."/,
    check: (result) => expect(result.stderr.length).toBeLessThan(1000),
  },
  {
    name: "--fields for the text of match",
    args: ["match", "--lang", "en:B2", "--fields", "id"],
    code: 2,
    stdout: "",
    stderr: /--fields picks the fields of JSON or CSV output\nhint: add --json \(or --batch FILE\)/,
  },
  {
    name: "--fields with the text of match is the same with names that do not exist",
    args: ["match", "--lang", "en:B2", "--fields", "nope"],
    code: 2,
    stderr: /--fields picks the fields of JSON or CSV output/,
  },
  {
    name: "a negative --line-offset",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--line-offset", "-10"],
    code: 2,
    stdout: "",
    stderr: /option '--line-offset <n>' argument '-10' is invalid\. --line-offset must be a whole number of 0 or more/,
  },
  {
    name: "a --line-offset that is no number",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--line-offset", "ten"],
    code: 2,
    stderr: /argument 'ten' is invalid\. --line-offset must be a whole number/,
  },
  {
    name: "a --line-offset that is a fraction, hexadecimal, or past 2^53",
    shell: ["2.5", "0x10", "1e3", "9007199254740993"]
      .map((n) => `$BPO match --batch - --line-offset ${n}; echo rc=$?`)
      .join("; "),
    code: 0,
    stdout: /^rc=2\nrc=2\nrc=2\nrc=2\n$/,
    check: (result) => expect(result.stderr.match(/must be a whole number of 0 or more/g)).toHaveLength(4),
  },
  {
    name: "a --line-offset without --batch",
    args: ["match", "--lang", "en:B2", "--line-offset", "5"],
    code: 2,
    stdout: "",
    stderr: /--line-offset numbers the lines of a --batch input/,
  },
  {
    name: "--output csv without --batch, with a hint for one profile",
    args: ["match", "--lang", "en:B2", "--output", "csv"],
    code: 2,
    stdout: "",
    stderr:
      /--output says how to write the results of --batch\nhint: for one profile as CSV, give it as one JSON line: echo .* \| bpo-advisor match --batch - --output csv/,
  },
  {
    name: "--output csv with --json",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--output", "csv", "--json"],
    code: 2,
    stdout: "",
    stderr: /--json and --output csv both say what stdout holds/,
  },
  {
    name: "an unknown --output",
    files: { "people.jsonl": '{"id": 1}\n' },
    args: [...batchOf("people.jsonl"), "--output", "xlsx"],
    code: 2,
    stderr: /argument 'xlsx' is invalid\. Allowed choices are jsonl, csv/,
  },
  {
    name: "--output csv of a file that does not exist writes no header",
    args: ["match", "--batch", "missing.jsonl", "--output", "csv"],
    code: 2,
    stdout: "",
    stderr: /the batch file missing\.jsonl does not exist/,
  },
  {
    name: "--output csv of a CSV input with a bad header writes no header of its own",
    files: csv("id,langs\n1,en:B2\n"),
    args: ["match", "--batch", "people.csv", "--output", "csv"],
    code: 2,
    stdout: "",
    stderr: /column 2 of the header, "langs", is not a column/,
  },
  {
    name: "--output csv with ids and names that are formulas",
    files: { "people.jsonl": '{"id": "=1+1", "name": "@cmd"}\n{"id": "-2", "name": "+3"}\n' },
    args: ["match", "--batch", "people.jsonl", "--output", "csv", "--fields", "person,name,rank", "--top", "1"],
    code: 0,
    stdout: "person,name,rank,error\r\n'=1+1,'@cmd,1,\r\n'-2,'+3,1,\r\n",
  },
];
