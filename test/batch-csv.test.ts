import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, writeCsvError, writeCsvRows } from "../src/batch/csv-output.js";
import { DEFAULT_CSV_COLUMNS } from "../src/batch/line-format.js";
import { OutputBytes } from "../src/batch/output-bytes.js";
import { rankWorded } from "../src/core/score.js";
import { profileOf, shippedKb } from "./helpers/kb.js";
import { runCli } from "./helpers/run-cli.js";

// `match --batch --output csv` (issue #17): one row per person and role, for a spreadsheet.

const jsonl = (...values: unknown[]) =>
  `${values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("\n")}\n`;
const rowsOf = (csv: string) => parse(csv, { bom: true }) as string[][];
/** The rows as objects by the header's names. */
const recordsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

const asha = {
  id: "asha",
  name: "Rao, Asha",
  country: "IN",
  languages: [{ code: "en", level: "B1" }],
  education: { level: "higher-secondary" },
  preferences: { workMode: "voice", interests: ["customer-service"] },
};
const ravi = { id: "ravi", languages: [{ code: "en", level: "B7" }] };
const meena = {
  id: 7,
  name: "Meena",
  country: "PL",
  languages: [
    { code: "en", level: "C1" },
    { code: "de", level: "B2" },
  ],
};

interface JsonResult {
  id: string;
  title: string;
  band: string;
  score: number;
  eligibility: string;
  gaps: { text: string }[];
  pay: { currency: string; year: number }[];
}
interface JsonLine {
  id: string | number | null;
  line: number;
  results?: JsonResult[];
  error?: string;
}

describe("match --batch --output csv", () => {
  const input = jsonl(asha, "", ravi, meena);
  const csv = runCli(["match", "--batch", "-", "--output", "csv", "--top", "3"], { input });
  const lines = runCli(["match", "--batch", "-", "--top", "3"], { input })
    .stdout.trim()
    .split("\n")
    .map((l) => JSON.parse(l) as JsonLine);

  it("writes a header, then a row per person and role holding what the JSON line holds, in input order", () => {
    const records = recordsOf(csv.stdout);
    expect(Object.keys(records[0] ?? {})).toEqual(DEFAULT_CSV_COLUMNS);
    const expected = lines.flatMap((l) =>
      l.error
        ? [{ line: String(l.line), person: String(l.id), rank: "", id: "", error: l.error }]
        : (l.results ?? []).map((r, i) => ({
            line: String(l.line),
            person: String(l.id),
            rank: String(i + 1),
            id: r.id,
            title: r.title,
            band: r.band,
            score: String(r.score),
            eligibility: r.eligibility,
            gaps: r.gaps.map((g) => g.text).join(" | "),
            error: "",
          })),
    );
    expect(records).toEqual(expected.map((row) => expect.objectContaining(row)));
    expect(records.filter((r) => r.person === "asha").map((r) => r.name)).toEqual([
      "Rao, Asha",
      "Rao, Asha",
      "Rao, Asha",
    ]);
  });

  it("gives the pay of the person's country as the JSON result does, and none where the KB has none", () => {
    const records = recordsOf(csv.stdout);
    const results = lines.flatMap((l) => l.results ?? []);
    const matched = records.filter((r) => r.rank !== "");
    expect(matched).toHaveLength(results.length);
    matched.forEach((row, i) => {
      const pay = results[i]?.pay ?? [];
      if (pay.length === 0) expect(row.pay).toBe("");
      for (const figure of pay) expect(row.pay).toContain(`in ${figure.year}`);
      for (const figure of pay) expect(row.pay).toContain(`${figure.currency} `);
    });
    expect(matched.some((r) => r.pay !== "")).toBe(true);
  });

  it("says why a rejected line was rejected, in a row of its own, and exits 1 as JSON Lines do", () => {
    const rejected = recordsOf(csv.stdout).filter((r) => r.error !== "");
    expect(rejected).toEqual([
      expect.objectContaining({
        line: "3",
        person: "ravi",
        rank: "",
        id: "",
        error: expect.stringMatching(/^languages\[0\]\.level: /),
      }),
    ]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/^batch: 4 lines read: 2 matched, 1 rejected, 1 blank; /);
  });

  it("follows RFC 4180: CRLF after every row, and a cell with a comma or a quote quoted, its quotes doubled", () => {
    expect(csv.stdout.split("\r\n").every((row) => !row.includes("\n"))).toBe(true);
    expect(csv.stdout.endsWith("\r\n")).toBe(true);
    expect(csv.stdout).toContain(',"Rao, Asha",');
    const quoted = runCli(["match", "--batch", "-", "--output", "csv", "--top", "1"], {
      input: jsonl({ id: 'say "hi"', name: "two\nlines" }),
    });
    expect(quoted.stdout.split("\r\n")[1]).toMatch(/^1,"say ""hi""","two\nlines",1,/);
    expect(recordsOf(quoted.stdout)[0]).toMatchObject({ person: 'say "hi"', name: "two\nlines" });
  });

  it("neutralises cells that a spreadsheet would run as formulas, with a single quote (CWE-1236)", () => {
    const attacks = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\r=1"];
    const input = jsonl(...attacks.map((text, i) => ({ id: text, name: attacks[(i + 1) % attacks.length] })), {
      id: 5,
      languages: [{ code: "en", level: "=1" }],
    });
    const result = runCli(["match", "--batch", "-", "--output", "csv", "--top", "1"], { input });
    const records = recordsOf(result.stdout);
    expect(records.slice(0, attacks.length).map((r) => [r.person, r.name])).toEqual(
      attacks.map((text, i) => [`'${text}`, `'${attacks[(i + 1) % attacks.length]}`]),
    );
    // an error that quotes the bad value begins with the field's name: it needs no quote
    expect(records.at(-1)?.error).toMatch(/^languages\[0\]\.level: /);
    for (const row of rowsOf(result.stdout)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("begins with a UTF-8 byte-order mark with --bom, for Excel, and only then", () => {
    const withBom = runCli(["match", "--batch", "-", "--output", "csv", "--bom", "--top", "1"], { input: jsonl(asha) });
    expect(withBom.stdout.startsWith("\ufeffline,person,")).toBe(true);
    expect(csv.stdout.startsWith("line,person,")).toBe(true);
  });

  it("writes only the columns --fields names, in its order, and keeps the error column", () => {
    const picked = runCli(
      ["match", "--batch", "-", "--output", "csv", "--fields", "person,Rank,score,stepBack", "--top", "2"],
      {
        input: jsonl(asha, ravi),
      },
    );
    expect(rowsOf(picked.stdout)).toEqual([
      ["person", "rank", "score", "stepBack", "error"],
      ["asha", "1", expect.stringMatching(/^\d+$/), "false", ""],
      ["asha", "2", expect.stringMatching(/^\d+$/), "false", ""],
      ["ravi", "", "", "", expect.stringMatching(/^languages\[0\]\.level/)],
    ]);
  });

  it("writes the lists of a result joined, and the breakdown as factor points/max verdict", () => {
    const fields = "id,reasons,unknown,conflicts,breakdown,eligible";
    const result = runCli(["match", "--batch", "-", "--output", "csv", "--fields", fields, "--all"], {
      input: jsonl({ ...asha, preferences: { workMode: "non-voice" } }),
    });
    const [json] = runCli(["match", "--batch", "-", "--all"], {
      input: jsonl({ ...asha, preferences: { workMode: "non-voice" } }),
    })
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { results: Record<string, never>[] });
    const records = recordsOf(result.stdout);
    expect(records).toHaveLength(json?.results.length ?? -1);
    records.forEach((row, i) => {
      const r = json?.results[i] as unknown as {
        id: string;
        reasons: string[];
        unknown: string[];
        conflicts: string[];
        eligible: boolean;
        breakdown: { factor: string; points: number; max: number; verdict: string }[];
      };
      expect(row).toEqual({
        id: r.id,
        reasons: r.reasons.join(" | "),
        unknown: r.unknown.join(" | "),
        conflicts: r.conflicts.join(" | "),
        breakdown: r.breakdown.map((f) => `${f.factor} ${f.points}/${f.max} ${f.verdict}`).join(" | "),
        eligible: String(r.eligible),
        error: "",
      });
    });
    expect(records.some((r) => r.conflicts === "workMode")).toBe(true);
  });

  it("writes the header on an empty input too", () => {
    const empty = runCli(["match", "--batch", "-", "--output", "csv"], { input: "" });
    expect(empty.stdout).toBe(`${DEFAULT_CSV_COLUMNS.join(",")}\r\n`);
    expect(empty.code).toBe(0);
  });
});

describe("a CSV cell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["INR 1,30,000–5,00,000 a year", '"INR 1,30,000–5,00,000 a year"'],
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@A1", "'@A1"],
    ["\tx", "'\tx"],
    ["\r=1", '"\'\r=1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a=1", "a=1"],
    [" =1", " =1"],
  ])("%j is written %j", (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });
});

describe("the rows of a person", () => {
  const market = { kb: shippedKb, country: "IN", year: 2026 };
  const written = (write: (out: OutputBytes) => void) => {
    const out = new OutputBytes(64);
    write(out);
    return Buffer.concat(out.take()).toString("utf8");
  };

  it("are one row without a role when no role is shown, so that nobody vanishes", () => {
    const text = written((out) => writeCsvRows({ line: 4, id: "x", name: "X" }, [], market, DEFAULT_CSV_COLUMNS, out));
    expect(text).toBe("4,x,X,,,,,,,,,\r\n");
  });

  it("are numbered by rank, the first role first", () => {
    const results = rankWorded(shippedKb, profileOf({ country: "IN" }), 2, false).matches;
    const text = written((out) =>
      writeCsvRows({ line: 1, id: null, name: undefined }, results, market, ["rank", "id"], out),
    );
    expect(text).toBe(`1,${results[0]?.role.id}\r\n2,${results[1]?.role.id}\r\n`);
  });

  it("of a rejected line say why, in the error column only", () => {
    const text = written((out) =>
      writeCsvError({ line: 9, id: 3, name: "=x" }, "bad, very", ["line", "person", "name", "score", "error"], out),
    );
    expect(text).toBe(`9,3,'=x,,"bad, very"\r\n`);
  });
});
