import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, fixture, ROOT, runCli } from "./helpers/run-cli.js";

// The library API (issue #17), as built (dist/library.cjs, and dist/library.mjs over it): each
// function gives the object the built CLI's --json prints for the same input, byte for byte once
// printed as the CLI prints it. test/package.test.ts runs it installed from the packed tarball.
type Library = typeof import("../src/library.js");
const lib = createRequire(import.meta.url)(join(ROOT, "dist/library.cjs")) as Library;
type KnowledgeBase = Awaited<ReturnType<Library["loadKnowledgeBase"]>>;

const work = mkdtempSync(join(tmpdir(), "bpo-library-"));
let files = 0;
/** The profile as a file, for `--profile`. */
const profileFile = (profile: unknown) => {
  const file = join(work, `profile-${files++}.json`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
};
/** What the CLI prints, and what the library's result is once printed as the CLI prints it. */
const printed = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const sample = JSON.parse(readFileSync(fixture("profiles/sample.json"), "utf8")) as unknown;
const fresher = JSON.parse(readFileSync(fixture("profiles/fresher.json"), "utf8")) as unknown;
const bcom = parse(readFileSync(fixture("profiles/bcom.yaml"), "utf8")) as unknown;

describe("the library gives what the CLI's --json prints", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await lib.loadKnowledgeBase();
  });

  it.each([
    ["a profile, with the defaults", sample, {}, []],
    ["the best 3 in a country given apart", fresher, { top: 3, country: "ph" }, ["--top", "3", "--country", "PH"]],
    ["every role, for a YAML profile read by the caller", bcom, { all: true }, ["--all"]],
    ["with conflicts kept (explain)", bcom, { explain: true, top: 2 }, ["--explain", "--top", "2"]],
    ["a language by its name, at a level in lower case", { languages: [{ code: "German", level: "c1" }] }, {}, []],
  ] as const)("matchProfile: %s", async (_name, profile, options, flags) => {
    const cli = runCli(["match", "--profile", profileFile(profile), ...flags, "--json"]);
    expect(cli.code).toBe(0);
    const result = await lib.matchProfile(kb, profile as never, options);
    expect(printed(result)).toBe(cli.stdout);
  });

  it.each([
    ["by its title's words", "accounts payable", {}, [], 0],
    ["misspelt", "acounts payble", {}, [], 0],
    ["in a country", "customer service representative", { country: "IN" }, ["--country", "IN"], 0],
    ["with how a profile fits it", "team leader", { profile: { education: { level: "bachelor" } } }, [], 0],
    ["ambiguous: candidates, no role", "specialist", {}, [], 1],
    ["unknown: the nearest names, no role", "xyzzy", {}, [], 1],
  ] as const)("findRole: %s", async (_name, query, options, flags, code) => {
    const profileFlags = "profile" in options ? ["--profile", profileFile(options.profile)] : [];
    const cli = runCli(["role", query, ...profileFlags, ...flags, "--json"]);
    expect(cli.code).toBe(code);
    expect(printed(await lib.findRole(kb, query, options))).toBe(cli.stdout);
  });

  it.each([
    ["by a word of the responsibilities", "invoices", {}, []],
    ["at most n results", "payroll", { limit: 2 }, ["--limit", "2"]],
  ] as const)("searchRoles: %s", async (_name, query, options, flags) => {
    const cli = runCli(["search", query, ...flags, "--json"]);
    expect(cli.code).toBe(0);
    expect(printed(await lib.searchRoles(kb, query, options))).toBe(cli.stdout);
  });

  it("searchRoles finds nothing for noise, as `search` does (exit 1), in an empty list", async () => {
    const cli = runCli(["search", "banana bread", "--json"]);
    expect(cli.code).toBe(1);
    const result = await lib.searchRoles(kb, "banana bread");
    expect(result.results).toEqual([]);
    expect(printed(result)).toBe(cli.stdout);
  });

  it("loadKnowledgeBase reads a custom KB as --kb does", async () => {
    const custom = await lib.loadKnowledgeBase({ path: join(ROOT, "data/kb") });
    const cli = runCli([
      "--kb",
      join(ROOT, "data/kb"),
      "match",
      "--profile",
      fixture("profiles/sample.json"),
      "--json",
    ]);
    expect(cli.code).toBe(0);
    expect(printed(await lib.matchProfile(custom, sample as never))).toBe(cli.stdout);
  });

  it("says its version, and the schemaVersion its results carry", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(lib.version).toBe(pkg.version);
    expect(runCli(["--version"]).stdout).toBe(`${pkg.version}\n`);
    expect((await lib.searchRoles(kb, "payroll")).schemaVersion).toBe(lib.schemaVersion);
  });
});

describe("the library's errors", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await lib.loadKnowledgeBase();
  });

  it("an invalid profile is an InputError listing each problem, worded as `match --profile` words it", async () => {
    const bad = { languages: [{ code: "klingon", level: "B2" }], education: { level: "phd" } };
    const error = await lib.matchProfile(kb, bad as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(lib.InputError);
    const { message, issues } = error as InstanceType<Library["InputError"]>;
    expect(message).toBe("the profile <profile> is invalid");
    expect(issues.map((i) => i.path)).toEqual(["languages[0].code", "education.level"]);
    expect(issues[0]?.message).toMatch(/^unknown language "klingon": use an ISO 639-1 code/);
    const cli = runCli(["match", "--profile", profileFile(bad)]);
    expect(cli.code).toBe(2);
    for (const issue of issues) expect(cli.stderr).toContain(`${issue.path}: ${issue.message}`);
  });

  it("a profile is checked by findRole too, and a country given apart as a profile's is", async () => {
    await expect(lib.findRole(kb, "team leader", { profile: { experience: { years: -1 } } })).rejects.toThrow(
      lib.InputError,
    );
    await expect(lib.findRole(kb, "team leader", { country: "XX" })).rejects.toMatchObject({
      issues: [{ path: "country", message: expect.stringMatching(/^unknown country "XX"/) }],
    });
  });

  it("an invalid KB is an InputError with its problems, located", async () => {
    const error = await lib.loadKnowledgeBase({ path: fixture("kb/wrong-type.yaml") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(lib.InputError);
    const { message, issues } = error as InstanceType<Library["InputError"]>;
    expect(message).toMatch(/^the KB at .*wrong-type\.yaml is invalid \(\d+ problems?\)$/);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: expect.stringContaining("wrong-type.yaml"), line: expect.any(Number) });
  });

  it("a KB that is not there says so", async () => {
    await expect(lib.loadKnowledgeBase({ path: join(work, "no-such-kb") })).rejects.toThrow(
      /^cannot read the KB: .*no-such-kb does not exist$/,
    );
  });

  it("bad options and text too long to be a name are CliErrors that say what to give", async () => {
    await expect(lib.matchProfile(kb, {}, { top: 0 })).rejects.toThrow(
      "top must be a whole number of 1 or more, not 0",
    );
    await expect(lib.searchRoles(kb, "payroll", { limit: 1.5 })).rejects.toThrow(lib.CliError);
    await expect(lib.findRole(kb, "x".repeat(201))).rejects.toThrow(
      "the role name is 201 characters long; at most 200 are taken",
    );
    await expect(lib.findRole(kb, 42 as never)).rejects.toThrow("name must be a string, not number");
  });
});

describe("the library's two entries", () => {
  const node = (code: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });

  it("import and require give one copy of the library: the same functions and error classes", () => {
    const result = node(`
      import { createRequire } from "node:module";
      import * as esm from ${JSON.stringify(join(ROOT, "dist/library.mjs"))};
      const cjs = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, "dist/library.cjs"))});
      const names = ["loadKnowledgeBase", "matchProfile", "findRole", "searchRoles", "InputError", "CliError", "version", "schemaVersion"];
      console.log(JSON.stringify(names.map((n) => [n, typeof esm[n], esm[n] === cjs[n]])));
    `);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([
      ["loadKnowledgeBase", "function", true],
      ["matchProfile", "function", true],
      ["findRole", "function", true],
      ["searchRoles", "function", true],
      ["InputError", "function", true],
      ["CliError", "function", true],
      ["version", "string", true],
      ["schemaVersion", "number", true],
    ]);
  });

  it("reads no environment variable: BPO_ADVISOR_KB, which the CLI reads, changes nothing", () => {
    const result = node(
      `import { loadKnowledgeBase } from ${JSON.stringify(join(ROOT, "dist/library.mjs"))};
      console.log((await loadKnowledgeBase()).roles.length);`,
      { BPO_ADVISOR_KB: join(work, "no-such-kb") },
    );
    expect(result.stderr).toBe("");
    expect(Number(result.stdout)).toBeGreaterThan(30);
  });

  it("`bpo-advisor --version` and `bpo-advisor role` load no file of the library", () => {
    const hook = join(work, "loaded.cjs");
    writeFileSync(hook, `process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`);
    for (const args of [["--version"], ["role", "accounts payable"]]) {
      const result = spawnSync(process.execPath, ["--require", hook, BIN, ...args], { encoding: "utf8" });
      expect(result.status).toBe(0);
      const loaded = JSON.parse(result.stderr) as string[];
      expect(loaded.some((f) => f.endsWith("dist/main.cjs"))).toBe(true);
      expect(loaded.filter((f) => /dist\/library\./.test(f))).toEqual([]);
    }
  });
});
