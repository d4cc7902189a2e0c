import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

// The package as a user gets it: packed, installed from the tarball into a fresh prefix, run
// from that prefix's bin, far from this repo.
describe("the packed package", () => {
  const work = mkdtempSync(join(tmpdir(), "bpo-pack-"));
  const prefix = join(work, "prefix");
  let files: string[] = [];

  beforeAll(() => {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as { filename: string; files: { path: string }[] }[];
    files = packed[0]?.files.map((f) => f.path) ?? [];
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "missing.tgz");
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", tarball], {
      cwd: work,
      stdio: "ignore",
    });
  }, 180_000);

  it("ships the bin, the build, the KB and the schemas, and no tests or sources", () => {
    expect(files).toContain("bin/bpo-advisor.js");
    expect(files).toContain("dist/main.js");
    expect(files).toContain("dist/kb.json");
    expect(files).toContain("data/kb/roles.yaml");
    expect(files.some((f) => f.startsWith("test/") || f.startsWith("src/") || f.endsWith(".ts"))).toBe(false);
  });

  it("runs `bpo-advisor role` from the installed bin", () => {
    const result = spawnSync(join(prefix, "bin", "bpo-advisor"), ["role", "Accounts Payable Specialist/Accountant"], {
      cwd: work,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Accounts Payable Specialist \(accounts-payable-specialist\)/);
  });
});
