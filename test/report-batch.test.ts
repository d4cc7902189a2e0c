import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import anyAscii from "any-ascii";
import { parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileNameOf } from "../src/batch/report-batch.js";
import { runCli } from "./helpers/run-cli.js";

// `match --batch FILE --report-dir DIR` (issue #17): a placement cell's whole intake, one report
// a person, and an index; file names from ids never lead outside DIR, nothing is written over.

const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 2) / 1000) };
const PEOPLE = [
  {
    id: "asha",
    name: "Asha Rao",
    country: "IN",
    languages: [{ code: "en", level: "B2" }],
    education: { level: "higher-secondary" },
  },
  { id: "../../escape", country: "PH", languages: [{ code: "en", level: "C1" }] },
  { id: "bad", languages: [{ code: "en", level: "B7" }] },
  { id: "Asha", country: "PL", languages: [{ code: "pl", level: "native" }] },
];
const lines = `${PEOPLE.map((p) => JSON.stringify(p)).join("\n")}\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpo-reports-"));
  writeFileSync(join(dir, "people.jsonl"), lines);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: dir, env });

describe("file names from ids", () => {
  it.each([
    ["asha", 1, "asha"],
    ["../../etc/passwd", 2, "etc-passwd"],
    ["C:\\Users\\x", 3, "C-Users-x"],
    ["..", 4, "line-4"],
    [null, 5, "line-5"],
    [42, 6, "42"],
    ["Zażółć Gęślą", 7, "Zazolc-Gesla"],
    [".hidden", 8, "hidden"],
    ["प्रिया", 9, "priya"],
  ] as const)("%j (line %i) is %j", (id, line, name) => {
    expect(fileNameOf(id, line, anyAscii)).toBe(name);
  });
});

describe("bpo-advisor match --batch --report-dir", () => {
  it("writes one report a person, inside the folder, an index of them, and exit 1 for the line refused", () => {
    const result = run(["match", "--batch", "people.jsonl", "--report-dir", "out", "--format", "pdf"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('line 3 (id "bad"): languages[0].level: expected one of');
    expect(result.stderr).toMatch(/reports: 3 written to out, listed in out\/index\.html\n$/);
    // "Asha" is "asha" to a case-blind file system: it gets its line's number
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["Asha-line-4.pdf", "asha.pdf", "escape.pdf", "index.html"]);
    expect(existsSync(join(dir, "escape.pdf"))).toBe(false);
    const text = spawnSync("pdftotext", [join(dir, "out", "asha.pdf"), "-"], { encoding: "utf8" });
    if (text.error) throw text.error; // poppler-utils: .ci/run installs it
    expect(text.stdout).toContain("Career report: Asha Rao");
    const rows = readFileSync(join(dir, "out", "index.html"), "utf8");
    expect(parse(rows)).toBeDefined();
    expect(rows).toContain('<a href="asha.pdf">asha.pdf</a>');
    expect(rows).toMatch(/<td>3<\/td><td>bad<\/td><td><\/td><td>not written: languages\[0\]\.level/);
  });

  it("refuses a folder of an earlier run before any work, and writes over it with --force", () => {
    writeFileSync(join(dir, "people-ok.jsonl"), `${JSON.stringify(PEOPLE[0])}\n`);
    expect(run(["match", "--batch", "people-ok.jsonl", "--report-dir", "again", "--format", "md"]).code).toBe(0);
    const first = readFileSync(join(dir, "again", "asha.md"), "utf8");
    writeFileSync(join(dir, "again", "asha.md"), "changed\n");
    const refused = run(["match", "--batch", "people-ok.jsonl", "--report-dir", "again", "--format", "md"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "error: again/index.md already exists: the folder holds the reports of an earlier run\nhint: add --force to write over them, or give another --report-dir\n",
    );
    expect(readFileSync(join(dir, "again", "asha.md"), "utf8")).toBe("changed\n");
    expect(
      run(["match", "--batch", "people-ok.jsonl", "--report-dir", "again", "--format", "md", "--force"]).code,
    ).toBe(0);
    expect(readFileSync(join(dir, "again", "asha.md"), "utf8")).toBe(first);
  });

  it("leaves a file already there alone, saying so, when the index is new", () => {
    writeFileSync(join(dir, "people-ok.jsonl"), `${JSON.stringify(PEOPLE[0])}\n`);
    run(["match", "--batch", "people-ok.jsonl", "--report-dir", "kept", "--format", "html"]);
    rmSync(join(dir, "kept", "index.html"));
    writeFileSync(join(dir, "kept", "asha.html"), "mine\n");
    const result = run(["match", "--batch", "people-ok.jsonl", "--report-dir", "kept", "--format", "html"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'line 1 (id "asha"): cannot save the report to kept/asha.html: the file already exists (add --force to overwrite it, or choose another file name)',
    );
    expect(readFileSync(join(dir, "kept", "asha.html"), "utf8")).toBe("mine\n");
  });

  it("reads a CSV intake as match does, its reports in the format asked", () => {
    writeFileSync(join(dir, "intake.csv"), "id,name,country,languages,education\nr1,Ravi Kumar,IN,en:B2,bachelor\n");
    const result = run(["match", "--batch", "intake.csv", "--report-dir", "csv", "--format", "md"]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "csv", "r1.md"), "utf8")).toMatch(/^# Career report: Ravi Kumar\n/);
    expect(readFileSync(join(dir, "csv", "index.md"), "utf8")).toContain("| 2 | r1 | Ravi Kumar | [r1.md](r1.md) |");
  });
});
