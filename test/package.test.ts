import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "./helpers/run-cli.js";
import { answerQuiz, closeTerminals, Terminal } from "./helpers/terminal.js";

// The package as a user gets it: packed, installed globally from the tarball into a fresh prefix,
// and run from that prefix's bin, far from this repo.
describe("the packed package, installed globally", () => {
  const work = mkdtempSync(join(tmpdir(), "bpo-pack-"));
  const prefix = join(work, "prefix");
  const bin = join(prefix, "bin", "bpo-advisor");
  let files: string[] = [];
  const installed = (args: string[]) =>
    spawnSync(bin, args, { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  beforeAll(() => {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as { files: { path: string }[] }[];
    files = packed[0]?.files.map((f) => f.path) ?? [];
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "missing.tgz");
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", tarball], {
      cwd: work,
      stdio: "ignore",
    });
  }, 180_000);

  afterAll(() => {
    closeTerminals();
  });

  it("ships the bin, the build, the KB and the schemas, and no tests or sources", () => {
    for (const f of [
      "bin/bpo-advisor.cjs",
      "dist/main.cjs",
      "dist/cli.cjs",
      "dist/cli.cjs.cache",
      "dist/libs/zod.cjs",
      "dist/kb.json",
      "data/kb/roles.yaml",
      "schemas/match.schema.json",
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(test|src|scripts|\.ci)\/|\.ts$|tsconfig|vitest|biome/.test(f))).toEqual([]);
  });

  it("passes publint", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "node_modules/publint/src/cli.js"), "--strict"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error|warning/i);
    expect(result.status).toBe(0);
  });

  it("runs `role` from the installed bin", () => {
    const result = installed(["role", "Accounts Payable Specialist/Accountant"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Accounts Payable Specialist \(accounts-payable-specialist\)/);
  });

  it("runs from the code cache made at build time, as installed", () => {
    const result = spawnSync(bin, ["role", "accounts payable"], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, BPO_ADVISOR_DEBUG: "1" },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("debug: cli.cjs code cache: used");
  });

  it("runs `match` from the installed bin", () => {
    const result = installed(["match", "--profile", fixture("profiles/bcom.yaml"), "--top", "3"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Your best matches: 3 of \d+ roles/);
  });

  it("shows help from the installed bin", () => {
    const result = installed(["--help"]);
    expect(result.status).toBe(0);
    for (const command of ["quiz", "match", "role", "roles", "search", "kb", "completion"]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    }
  });

  it("runs the quiz from the installed bin in a terminal", { timeout: 180_000 }, async () => {
    const t = new Terminal("installed-quiz", `${bin} quiz`, work);
    await answerQuiz(t);
    await t.waitFor(/\? Save your answers as a profile file/);
    expect(t.screen(true)).toContain("Your best matches: 5 of");
    t.press("n", "Enter");
    await t.waitFor(/\? Save a report of your matches/);
    t.press("n", "Enter");
    await t.waitFor(/\? See one of these roles in detail\?/);
    t.type("No, I am done");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=0");
  });
});

describe("the quick start's install", () => {
  it("warns of no dependency's install script: allowScripts in package.json reviews every one", () => {
    // npm 11 lists, at the end of an install, the scripts it held back: the warning stood just
    // above the quiz's first question (issue #13). `ls` reads node_modules; it asks no registry.
    const result = spawnSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("No packages with unreviewed install scripts.");
  });
});
