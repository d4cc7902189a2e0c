import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

// The README's console examples are what users copy: each is run against the build by the
// project's drift checker (shared/tools, beside the repo, in CI too), and must print what the
// README shows (issue #13: one showed a score of 40 where the command printed 36).
describe("the README", () => {
  it("shows what each of its console examples prints today", () => {
    const tool = join(ROOT, "..", "shared", "tools", "readme-drift.mjs");
    const result = spawnSync(process.execPath, [tool], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(result.stdout).toMatch(/readme-drift: \d+ examples run, 0 drifted/);
  });
});
