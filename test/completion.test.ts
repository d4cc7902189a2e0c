import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers/run-cli.js";

// `completion <shell>` prints a script (by @bomb.sh/tab); at each [TAB] the script asks
// `bpo-advisor complete -- <words>`, whose answer is one suggestion per line, then :directive.
const suggestions = (...words: string[]) => {
  const { code, stdout } = runCli(["complete", "--", ...words]);
  expect(code).toBe(0);
  return stdout
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith(":"))
    .map((l) => l.split("\t")[0]);
};

describe("bpo-advisor completion", () => {
  it("prints a bash script that bash accepts and that registers itself for bpo-advisor", () => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-bin-"));
    symlinkSync(BIN, join(dir, "bpo-advisor"));
    const result = spawnSync("bash", ["-c", "source <(bpo-advisor completion bash) && complete -p bpo-advisor"], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("complete -F __bpo_advisor_complete bpo-advisor");
  });

  it.each([
    ["zsh", /^#compdef bpo-advisor/],
    ["fish", /complete -c bpo-advisor/],
  ])("prints a %s script", (shell, wanted) => {
    const { code, stdout } = runCli(["completion", shell]);
    expect(code).toBe(0);
    expect(stdout).toMatch(wanted);
  });

  it("refuses a shell it does not know, naming the ones it does", () => {
    const { code, stderr } = runCli(["completion", "tcsh"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Allowed choices are bash, zsh, fish, powershell/);
  });

  it("completes commands, option values and role ids", () => {
    expect(suggestions("rol")).toEqual(["roles", "role"]);
    expect(suggestions("roles", "--office", "")).toEqual(["front", "back"]);
    expect(suggestions("role", "acc")).toEqual(["accounts-receivable-specialist", "accounts-payable-specialist"]);
    expect(suggestions("match", "--mo")).toContain("--mode");
  });

  it("completes the new commands, and role ids for each role that compare and path take", () => {
    expect(suggestions("com")).toEqual(["compare", "completion"]);
    expect(suggestions("pa")).toEqual(["path"]);
    const accounts = ["accounts-receivable-specialist", "accounts-payable-specialist"];
    expect(suggestions("compare", "acc")).toEqual(accounts);
    expect(suggestions("compare", "bookkeeper", "acc")).toEqual(accounts);
    expect(suggestions("path", "team")).toEqual(["team-leader"]);
    expect(suggestions("path", "--coun")).toContain("--country");
  });
});
