import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers/run-cli.js";

// A batch is a line-in, line-out filter, so GNU parallel can shard it (issue #17): each shard
// numbers its lines from --line-offset, fed from parallel's job number, and the shards' output,
// kept in order, is the output of one process, byte for byte. `.ci/run` installs parallel; a
// machine without it fails here rather than skipping (`sudo apt-get install -y parallel`).

const LINES = 6000;
/** Lines per shard: past the lines after which a batch starts its worker threads, and not a divisor of LINES. */
const PER_SHARD = 2500;

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;

/** Runs a bash line, $BPO standing for the command and $FILE for the input. */
const bash = (script: string, file: string) => {
  const result = spawnSync("bash", ["-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BPO: `${process.execPath} ${BIN}`, FILE: file, NO_COLOR: undefined, FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** LINES profiles from scripts/gen-batch.ts, 1 in 100 of them bad. */
function generate(format: "jsonl" | "csv"): string[] {
  const args = ["tsx", "scripts/gen-batch.ts", String(LINES), "--seed", "17", "--bad-rate", "0.01", "--format", format];
  const generated = spawnSync("npx", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(generated.status).toBe(0);
  return generated.stdout.trimEnd().split("\n");
}

// each test runs the whole input twice, and a machine shared with other work can be slow
describe("match --batch sharded by GNU parallel", { timeout: 120_000 }, () => {
  const files = { jsonl: "", csv: "" };
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-parallel-"));
    // a blank line now and then: parallel passes it on as a line, and it keeps its number
    const lines = generate("jsonl");
    for (let at = 997; at < lines.length; at += 997) lines.splice(at, 0, "");
    files.jsonl = join(dir, "people.jsonl");
    writeFileSync(files.jsonl, `${lines.join("\n")}\n`);
    files.csv = join(dir, "people.csv");
    writeFileSync(files.csv, `${generate("csv").join("\n")}\n`);
  });

  it("has GNU parallel to run (.ci/run installs it)", () => {
    expect(hasParallel, "GNU parallel is not installed: `sudo apt-get install -y parallel`").toBe(true);
  });

  // the README's recipe, with shards of PER_SHARD lines (of a CSV input, its header given to each)
  const recipe = (args: string, header: string) =>
    `parallel --will-cite --pipe ${header}--keep-order -N ${PER_SHARD} $BPO match --batch - ${args} ` +
    `--line-offset '$(( ({#}-1)*${PER_SHARD} ))' < "$FILE"`;

  it.each([
    ["JSON Lines", "jsonl", "--top 3"],
    ["CSV rows", "jsonl", "--output csv --bom --top 2"],
    ["results with --fields", "jsonl", "--fields id,score,gaps --top 10"],
    ["JSON Lines of a CSV input", "csv", "--format csv --top 3"],
  ] as const)("gives the %s of one process, byte for byte", (_name, input, args) => {
    expect(hasParallel, "GNU parallel is not installed").toBe(true);
    const file = files[input];
    const one = bash(`$BPO match --batch "$FILE" ${args}`, file);
    const sharded = bash(recipe(args, input === "csv" ? "--header : " : ""), file);
    expect(one.code).toBe(1); // the bad lines
    expect(sharded.stdout.length).toBeGreaterThan(LINES * 10);
    expect(sharded.stdout).toBe(one.stdout);
    // one summary a shard, each saying where its lines are numbered from, and nothing else
    const records = readFileSync(file, "utf8").split("\n").length - (input === "csv" ? 2 : 1);
    const shards = Math.ceil(records / PER_SHARD);
    const unit = input === "csv" ? "rows" : "lines";
    const summaries = sharded.stderr.trimEnd().split("\n");
    expect(summaries).toHaveLength(shards);
    expect(summaries[0]).toMatch(new RegExp(`^batch: 2,500 ${unit} read: `));
    for (const [i, summary] of summaries.slice(1).entries()) {
      const from = ((i + 1) * PER_SHARD + 1).toLocaleString("en");
      expect(summary).toMatch(new RegExp(`^batch: [\\d,]+ ${unit} read, numbered from ${from}: `));
    }
    expect(sharded.code).toBe(shards); // parallel's exit code: how many jobs failed (each has bad lines)
  });
});
