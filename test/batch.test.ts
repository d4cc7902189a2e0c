import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, fixture, ROOT, runCli } from "./helpers/run-cli.js";

interface OutLine {
  id: string | number | null;
  line: number;
  results?: { id: string; score: number; eligible: boolean }[];
  error?: string;
}
const outLines = (stdout: string): OutLine[] =>
  stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as OutLine);
const batch = (args: string[], input?: string | Buffer) => {
  const result = runCli(["match", "--batch", ...args], { input });
  return { ...result, lines: outLines(result.stdout) };
};
const jsonl = (...values: unknown[]) => values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("\n");

const fresher = { languages: [{ code: "en", level: "B2" }], education: { level: "higher-secondary" } };
const tmpFile = (name: string, content: string | Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "bpo-batch-")), name);
  writeFileSync(file, content);
  return file;
};

describe("bpo-advisor match --batch (JSON Lines)", () => {
  it("prints one line per profile, in input order, with its id and line number", () => {
    const { code, lines, stderr } = batch([fixture("batch/people.jsonl"), "--top", "2"]);
    expect(lines.map((l) => [l.id, l.line])).toEqual([
      ["asha", 1],
      [2, 2],
      ["ravi", 4],
      [null, 5],
    ]);
    expect(lines[0]?.results).toHaveLength(2);
    expect(lines[2]?.error).toMatch(/^languages\[0\]\.code: unknown language "klingon"/);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^batch: 5 lines read: 3 matched, 1 rejected, 1 blank; /);
  });

  it("gives each line the results `match --json` gives for the same profile", () => {
    const profile = { id: "x", ...fresher, preferences: { workMode: "voice", interests: ["customer-service"] } };
    const single = runCli(["match", "--profile", "-", "--json", "--top", "3"], { input: JSON.stringify(profile) });
    const { lines } = batch(["-", "--top", "3"], jsonl(profile));
    expect(lines[0]?.results).toEqual((JSON.parse(single.stdout) as { results: unknown }).results);
  });

  it("shows the best 5 by default, --top N, or --all", () => {
    expect(batch(["-"], jsonl(fresher)).lines[0]?.results).toHaveLength(5);
    expect(batch(["-", "--top", "1"], jsonl(fresher)).lines[0]?.results).toHaveLength(1);
    expect(batch(["-", "--all"], jsonl(fresher)).lines[0]?.results?.length).toBeGreaterThan(15);
  });

  it("exits 0 when every line matched, and --json changes nothing", () => {
    const input = jsonl(fresher, { id: 9, ...fresher });
    const plain = batch(["-"], input);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^batch: 2 lines read: 2 matched, 0 rejected; [\d.]+ s, [\d,]+ profiles\/s\n$/);
    const json = runCli(["match", "--batch", "-", "--json"], { input });
    expect(json.stdout).toBe(plain.stdout);
  });

  it("numbers its lines from --line-offset, and says so in its summary", () => {
    const { code, lines, stderr } = batch([fixture("batch/people.jsonl"), "--top", "1", "--line-offset", "10000"]);
    expect(lines.map((l) => [l.id, l.line])).toEqual([
      ["asha", 10_001],
      [2, 10_002],
      ["ravi", 10_004],
      [null, 10_005],
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^batch: 5 lines read, numbered from 10,001: 3 matched, 1 rejected, 1 blank; /);
    const plain = batch([fixture("batch/people.jsonl"), "--top", "1"]);
    expect(lines.map((l) => ({ ...l, line: l.line - 10_000 }))).toEqual(plain.lines);
  });

  it("goes on after a line that is not JSON, and exits 1", () => {
    const { code, lines } = batch(["-"], jsonl(fresher, "{oops", fresher));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(lines[1]).toEqual({ id: null, line: 2, error: expect.stringMatching(/^not valid JSON: /) });
    expect(lines[2]?.results).toHaveLength(5);
    expect(code).toBe(1);
  });

  it("skips blank lines, yet numbers lines as they are in the file", () => {
    const { code, lines, stderr } = batch(
      ["-"],
      `\n\n${JSON.stringify(fresher)}\r\n   \n${JSON.stringify(fresher)}\n\n`,
    );
    expect(lines.map((l) => l.line)).toEqual([3, 5]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^batch: 6 lines read: 2 matched, 0 rejected, 4 blank;/);
  });

  it("says a last line without a newline that is not JSON may be cut short", () => {
    const { code, lines } = batch(["-"], `${JSON.stringify(fresher)}\n{"id": "cut", "langu`);
    expect(lines[1]?.error).toMatch(/not valid JSON: .*\(the last line has no newline: was the input cut short\?\)/);
    expect(code).toBe(1);
    expect(batch(["-"], JSON.stringify(fresher)).lines[0]?.results).toHaveLength(5);
  });

  it("refuses a 10 MB line with an error line, and goes on", () => {
    const huge = JSON.stringify({ id: "huge", name: "x".repeat(10 * 1024 * 1024) });
    const { code, lines } = batch(["-"], jsonl(fresher, huge, fresher));
    expect(lines[1]).toEqual({
      id: null,
      line: 2,
      error: expect.stringMatching(/^the line is 10 MiB, over the 1 MiB/),
    });
    expect(lines[2]?.results).toHaveLength(5);
    expect(code).toBe(1);
  });

  it("says a line of invalid UTF-8 is not UTF-8, for that line only", () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify(fresher)}\n{"id": "`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(`"}\n${JSON.stringify({ id: "ü", ...fresher })}\n`),
    ]);
    const { lines } = batch(["-"], input);
    expect(lines[1]).toEqual({ id: null, line: 2, error: "the line is not valid UTF-8 text" });
    expect(lines[2]?.id).toBe("ü");
  });

  it.each([
    ["[1, 2]", "an array"],
    ['"text"', "a string"],
    ["42", "a number"],
    ["null", "null"],
  ])("rejects %s: a profile is a JSON object", (line, kind) => {
    const { lines } = batch(["-"], line);
    expect(lines[0]?.error).toBe(`a profile is a JSON object, such as {"languages": [...]}, not ${kind}`);
  });

  it("names every wrong field of a line, keeping its id", () => {
    const { lines } = batch(
      ["-"],
      jsonl({ id: 7, education: { level: "phd", feild: "x" }, experience: { years: -1 } }),
    );
    expect(lines[0]?.id).toBe(7);
    expect(lines[0]?.error).toMatch(/education\.level: expected one of "none", /);
    expect(lines[0]?.error).toMatch(/education\.feild: unknown key "feild"/);
    expect(lines[0]?.error).toMatch(/experience\.years: must be 0 or more/);
  });

  it("loads zod and the YAML parser only once a line needs them explained, then says what is wrong", () => {
    // Node names each file it loads, with NODE_DEBUG=module
    const loaded = (input: string) => {
      const result = runCli(["match", "--batch", "-"], { input, env: { NODE_DEBUG: "module" } });
      return { ...result, libs: [...result.stderr.matchAll(/load "[^"]*\/dist\/libs\/(\w+)\.cjs"/g)].map((m) => m[1]) };
    };
    const good = loaded(jsonl(fresher, { ...fresher, id: "b" }));
    expect(good.code).toBe(0);
    expect(good.libs).toEqual([]);
    const bad = loaded(jsonl(fresher, { languages: [{ code: "en", level: "Z9" }] }, fresher));
    expect(bad.code).toBe(1);
    expect(bad.libs).toEqual(["zod", "yaml"]);
    expect(outLines(bad.stdout).map((l) => l.error ?? "matched")).toEqual([
      "matched",
      expect.stringMatching(/^languages\[0\]\.level: expected one of "A1", /),
      "matched",
    ]);
  });
});

describe("bpo-advisor match --batch (CSV)", () => {
  it("reads a .csv file with a header, quoted cells and lists, numbering rows by their first line", () => {
    const { code, lines, stderr } = batch([fixture("batch/people.csv"), "--top", "3"]);
    expect(lines.map((l) => [l.id, l.line])).toEqual([
      ["asha", 2],
      ["ravi", 3],
      ["meena", 5],
      ["bad", 7],
    ]);
    expect(lines[3]?.error).toMatch(/languages\[0\]\.level: expected one of "A1"/);
    expect(lines[3]?.error).toMatch(/education\.level: expected one of/);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^batch: 5 rows read: 3 matched, 1 rejected, 1 blank;/);
  });

  it("gives a row the results its profile gives as JSON", () => {
    const csv =
      "id,languages,education,field,years,nightShifts,interests\nasha,en:C1;de:B2,bachelor,commerce,2,no,finance;hr\n";
    const profile = {
      id: "asha",
      languages: [
        { code: "en", level: "C1" },
        { code: "de", level: "B2" },
      ],
      education: { level: "bachelor", field: "commerce" },
      experience: { years: 2 },
      preferences: { nightShifts: false, interests: ["finance", "hr"] },
    };
    const [fromCsv] = batch(["-", "--format", "csv"], csv).lines;
    const [fromJson] = batch(["-"], jsonl(profile)).lines;
    expect(fromCsv).toEqual({ ...fromJson, line: 2 });
  });

  it("refuses a header with a column it does not know, with exit 2", () => {
    const { code, stdout, stderr } = batch(["-", "--format", "csv"], "id,langs\n1,en:B2\n");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^error: <stdin>: column 2 of the header, "langs", is not a column; the columns are id, name,/,
    );
  });

  it("rejects a row with more cells than the header, and one whose quote never closes", () => {
    const { lines } = batch(["-", "--format", "csv"], 'id,languages\na,en:B2,extra\nb,en:B2\nc,"en:B2\n');
    expect(lines).toEqual([
      { id: null, line: 2, error: "the row has 3 cells; the header names 2" },
      expect.objectContaining({ id: "b", line: 3 }),
      { id: null, line: 4, error: "a quoted cell of this row is never closed: the input ends inside it" },
    ]);
  });
});

describe("bpo-advisor match --batch as a stream", () => {
  it("prints a line's result before its input has ended", async () => {
    const child = spawn(process.execPath, [BIN, "match", "--batch", "-"], { cwd: ROOT });
    child.stdin.write(`${JSON.stringify({ id: "first", ...fresher })}\n`);
    const first = await new Promise<string>((resolve) => {
      let seen = "";
      child.stdout.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes("\n")) resolve(seen);
      });
    });
    expect(child.exitCode).toBeNull(); // still running, waiting for more input
    expect(JSON.parse(first.split("\n")[0] ?? "")).toMatchObject({ id: "first", line: 1 });
    child.stdin.end();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
  });

  it("ends quietly, with exit 0, when its reader stops reading", async () => {
    const line = `${JSON.stringify(fresher)}\n`;
    const file = tmpFile("many.jsonl", line.repeat(20_000));
    const child = spawn(process.execPath, [BIN, "match", "--batch", file], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});

describe("bpo-advisor match --batch with bad usage", () => {
  it.each([
    ["a missing file", ["no-such.jsonl"], /the batch file no-such\.jsonl does not exist/],
    ["a folder", [fixture("batch")], /the batch file .*batch is a folder, not a file/],
    [
      "profile flags",
      ["-", "--lang", "en:B2", "--no-night-shifts"],
      /cannot be combined with --lang, --no-night-shifts/,
    ],
    ["--profile", ["-", "--profile", "me.yaml"], /--batch cannot be combined with --profile/],
    ["an unknown format", ["-", "--format", "xml"], /argument 'xml' is invalid\. Allowed choices are jsonl, csv/],
  ])("refuses %s with exit 2", (_name, args, message) => {
    const { code, stdout, stderr } = batch(args, "");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("refuses --format without --batch", () => {
    const { code, stderr } = runCli(["match", "--format", "csv", "--lang", "en:B2"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format says how to read a --batch file/);
  });

  it("draws no progress line when stderr is not a terminal: only the summary", () => {
    const { stderr } = batch(["-"], jsonl(fresher, fresher, fresher));
    expect(stderr).not.toContain("\r");
    expect(stderr.split("\n")).toEqual([expect.stringMatching(/^batch: 3 lines read: 3 matched, 0 rejected;/), ""]);
  });
});
