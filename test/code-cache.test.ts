import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/run-cli.js";

// The built command compiles its code from the V8 code cache made at build time
// (src/code-cache.ts); BPO_ADVISOR_DEBUG=1 says whether it did. A cache that does not fit is
// passed over, and the command works the same without it.
describe("the built command's code cache", () => {
  const ARGS = ["role", "accounts payable"];
  const debug = { BPO_ADVISOR_DEBUG: "1" };
  const expected = runCli(ARGS);

  /** A copy of the built package's files, to spoil its cache without touching the real one. */
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-cache-"));
    for (const part of ["bin", "dist", "data", "package.json"])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    return dir;
  };
  const runIn = (dir: string) =>
    spawnSync(process.execPath, [join(dir, "bin/bpo-advisor.cjs"), ...ARGS], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ...debug },
    });

  it("is made for a bundle in ASCII, which loads as one byte a character", () => {
    // a character outside ASCII (esbuild leaves one in a regular expression as written) would
    // make the whole bundle's text two bytes a character, and its decoding slower
    const bundle = readFileSync(join(ROOT, "dist/cli.cjs"));
    const outside = bundle.toString("utf8").match(/[^\0-\x7f]/g) ?? [];
    expect(outside).toEqual([]);
  });

  it("is used when the command runs", () => {
    expect(expected.code).toBe(0);
    const result = runCli(ARGS, { env: debug });
    expect(result.stderr).toContain("debug: cli.cjs code cache: used");
    expect(result.stdout).toBe(expected.stdout);
  });

  it("is passed over when the bundle changed after the build, even to a text of the same length", () => {
    const dir = copy();
    const bundle = join(dir, "dist/cli.cjs");
    const text = readFileSync(bundle, "utf8");
    expect(text).toContain("Also known as:");
    writeFileSync(bundle, text.replace("Also known as:", "ALSO KNOWN AS:"));
    const result = runIn(dir);
    expect(result.stderr).toContain("debug: cli.cjs code cache: stale");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout.replace("Also known as:", "ALSO KNOWN AS:"));
  });

  it("is refused when V8 cannot use it (made by another Node), and the command works the same", () => {
    const dir = copy();
    const bundle = readFileSync(join(dir, "dist/cli.cjs"));
    writeFileSync(join(dir, "dist/cli.cjs.cache"), Buffer.concat([bundle, Buffer.alloc(4096, 7)]));
    const result = runIn(dir);
    expect(result.stderr).toContain("debug: cli.cjs code cache: rejected");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
  });

  it("is not needed: without it the command works the same", () => {
    const dir = copy();
    rmSync(join(dir, "dist/cli.cjs.cache"));
    const result = runIn(dir);
    expect(result.stderr).toContain("debug: cli.cjs code cache: none");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
  });
});
