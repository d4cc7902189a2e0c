import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { kbFolderWith } from "./helpers/kb-folder.js";
import { BIN, fixture, runCli } from "./helpers/run-cli.js";

const ESC = "\u001b";

describe("bpo-advisor roles", () => {
  it("lists every role in a table", () => {
    const { code, stdout } = runCli(["roles"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^ID\s+TITLE\s+DOMAIN\s+OFFICE\s+PROCESS$/);
    expect(stdout).toContain("accounts-payable-specialist");
    expect(stdout).toMatch(/\d+ roles\. Details: bpo-advisor role <id>/);
  });

  it("filters by domain, office and mode", () => {
    const { stdout } = runCli(["roles", "--domain", "finance", "--office", "back", "--json"]);
    const roles = (JSON.parse(stdout) as { roles: { id: string; domain: string; office: string }[] }).roles;
    expect(roles.map((r) => r.id)).toContain("accounts-receivable-specialist");
    expect(roles.every((r) => r.domain === "finance" && r.office === "back")).toBe(true);
    const voice = JSON.parse(runCli(["roles", "--mode", "voice", "--json"]).stdout) as { roles: { mode: string }[] };
    expect(voice.roles.length).toBeGreaterThan(0);
    expect(voice.roles.every((r) => r.mode !== "non-voice")).toBe(true);
  });

  it("rejects a filter value it does not know, naming the allowed ones", () => {
    const { code, stderr } = runCli(["roles", "--office", "middle"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/argument 'middle' is invalid\. Allowed choices are front, back/);
  });

  it("ends quietly when the reader closes the pipe early", () => {
    const result = spawnSync("bash", ["-c", `set -o pipefail; node ${BIN} roles | head -1`], { encoding: "utf8" });
    expect(result.stdout).toMatch(/^ID\s+TITLE/);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("bpo-advisor role", () => {
  it("shows a role's details in sections", () => {
    const { code, stdout } = runCli(["role", "accounts", "payable"], { env: { COLUMNS: "70" } });
    expect(code).toBe(0);
    for (const section of ["The work", "Responsibilities", "Skills", "Requirements", "Pay", "Career path", "Sources"]) {
      expect(stdout).toContain(section);
    }
    expect(stdout).toContain("Accounts Payable");
    expect(Math.max(...stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(70);
  });

  it('says "not known" for a fact no source gives, rather than inventing one', () => {
    const { stdout } = runCli(["role", "data collector"]);
    expect(stdout).toMatch(/Pay\n\s+not known/);
  });

  it("exits 1 with the nearest names when nothing matches", () => {
    const { code, stdout, stderr } = runCli(["role", "xyzzy"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^no role matches "xyzzy"\n/);
    expect(stderr).toMatch(/hint: /);
  });

  it("lists the candidates when several roles fit the name", () => {
    const { code, stdout } = runCli(["role", "specialist"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/could be several roles/);
    expect(stdout).toMatch(/Pick one: bpo-advisor role <id>/);
  });

  it("needs a name", () => {
    const { code, stderr } = runCli(["role"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing required argument 'name'/);
  });
});

describe("bpo-advisor search", () => {
  it("finds the payable and receivable roles from 'invoices', saying what matched", () => {
    const { code, stdout } = runCli(["search", "invoices"]);
    expect(code).toBe(0);
    expect(stdout).toContain("accounts-payable-specialist");
    expect(stdout).toContain("accounts-receivable-specialist");
    expect(stdout).toMatch(/responsibilities: .*invoice/i);
  });

  it("exits 1 when nothing matches", () => {
    const { code, stderr } = runCli(["search", "zzqqxx"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Nothing matches "zzqqxx"/);
  });
});

describe("bpo-advisor kb stats", () => {
  it("prints its table to a pipe, where there is no width to wrap to", () => {
    const { code, stdout, stderr } = runCli(["kb", "stats"], { env: { COLUMNS: undefined } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^the shipped KB: \d+ roles, \d+ sources/);
    expect(stdout).toMatch(/^role +facts +sources +not known/m);
  });
});

describe("colour", () => {
  it("is off when stdout is not a terminal", () => {
    expect(runCli(["role", "bookkeeper"]).stdout).not.toContain(ESC);
  });
  it("is on with FORCE_COLOR, and off again with --no-color or NO_COLOR", () => {
    expect(runCli(["role", "bookkeeper"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}[`);
    expect(runCli(["role", "bookkeeper", "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(runCli(["role", "bookkeeper"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESC);
  });
});

describe("usage", () => {
  it("prints the version", () => {
    const { code, stdout } = runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("shows help with examples, for the program and for each command", () => {
    expect(runCli(["--help"]).stdout).toMatch(/Examples:\n\s+\$ bpo-advisor quiz\n/);
    for (const command of ["roles", "role", "search"]) {
      const { code, stdout } = runCli([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Examples:/);
    }
    expect(runCli(["kb", "validate", "--help"]).stdout).toMatch(/Examples:/);
  });

  it("suggests the command or option that was probably meant, and exits 2", () => {
    const command = runCli(["rols"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'rols'\n\(Did you mean one of role, roles\?\)/);
    const option = runCli(["roles", "--jsn"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--jsn'\n\(Did you mean --json\?\)/);
  });

  it("hides stack traces, unless BPO_ADVISOR_DEBUG=1 asks for them", () => {
    const args = ["match", "--profile", "no-such.yaml"];
    expect(runCli(args).stderr).not.toMatch(/\n\s+at /);
    const debug = runCli(args, { env: { BPO_ADVISOR_DEBUG: "1" } });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/no-such\.yaml: does not exist[\s\S]*\n\s+at /);
  });

  it("exits 2 with help on stderr when no command is given", () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/Usage: bpo-advisor/);
  });
});

describe("text from the knowledge base", () => {
  it("cannot send escape sequences or bidi overrides to the terminal", () => {
    const { code, stdout } = runCli(["--kb", kbFolderWith(fixture("kb/escape-role.yaml")), "role", "evil-role"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toContain("\u202e");
    expect(stdout).toContain("Evil \\x1b[31mRED\\x1b[0m \\u202eTITLE");
  });
});
