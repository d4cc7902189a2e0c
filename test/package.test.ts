import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "./helpers/run-cli.js";
import { answerQuiz, closeTerminals, Terminal } from "./helpers/terminal.js";

// The package as a user gets it: packed once, then installed from the tarball, far from this
// repo: globally (the CLI, run from that prefix's bin) and into a fresh project (the library).
const work = mkdtempSync(join(tmpdir(), "bpo-pack-"));
let files: string[] = [];
let tarball = "";

beforeAll(() => {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { files: { path: string }[] }[];
  files = packed[0]?.files.map((f) => f.path) ?? [];
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "missing.tgz");
}, 60_000);

describe("the packed package, installed globally", () => {
  const prefix = join(work, "prefix");
  const bin = join(prefix, "bin", "bpo-advisor");
  const installed = (args: string[]) =>
    spawnSync(bin, args, { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  beforeAll(() => {
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", tarball], {
      cwd: work,
      stdio: "ignore",
    });
  }, 180_000);

  afterAll(() => {
    closeTerminals();
  });

  it("ships the bin, the build, the library, the KB and the schemas, and no tests or sources", () => {
    for (const f of [
      "bin/bpo-advisor.cjs",
      "dist/main.cjs",
      "dist/cli.cjs",
      "dist/cli.cjs.cache",
      "dist/libs/zod.cjs",
      "dist/kb.json",
      "dist/library.cjs",
      "dist/library.mjs",
      "dist/library.d.cts",
      "dist/library.d.ts",
      "data/kb/roles.yaml",
      "schemas/match.schema.json",
    ]) {
      expect(files).toContain(f);
    }
    // the library's types (.d.ts, .d.cts) are shipped; TypeScript sources are not
    expect(files.filter((f) => /^(test|src|scripts|\.ci)\/|(?<!\.d)\.ts$|tsconfig|vitest|biome/.test(f))).toEqual([]);
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

describe("the packed package, as a library in a fresh project", () => {
  const project = join(work, "project");
  const run = (file: string, text: string) => {
    writeFileSync(join(project, file), text);
    return spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
  };
  /** What the installed bin prints with --json. */
  const cliJson = (args: string[]) =>
    JSON.parse(
      spawnSync(join(project, "node_modules/.bin/bpo-advisor"), [...args, "--json"], {
        cwd: project,
        encoding: "utf8",
      }).stdout,
    ) as unknown;
  const profile = fixture("profiles/sample.json");
  /** The same calls, as each kind of script writes them; each prints its results as JSON. */
  const calls = `
    const kb = await loadKnowledgeBase();
    const profile = JSON.parse(readFileSync(${JSON.stringify(profile)}, "utf8"));
    const results = {
      match: await matchProfile(kb, profile, { top: 3, country: "PL" }),
      role: await findRole(kb, "acounts payble"),
      search: await searchRoles(kb, "invoices", { limit: 5 }),
      custom: (await loadKnowledgeBase({ path: "node_modules/bpo-advisor/data/kb" })).roles.length,
      invalid: await matchProfile(kb, { education: { level: "phd" } }).catch((e) => [e.name, e.issues[0].path]),
    };
    console.log(JSON.stringify(results));`;
  const expected = () => ({
    match: cliJson(["match", "--profile", profile, "--top", "3", "--country", "PL"]),
    role: cliJson(["role", "acounts payble"]),
    search: cliJson(["search", "invoices", "--limit", "5"]),
    custom: (cliJson(["roles"]) as { roles: unknown[] }).roles.length,
    invalid: ["InputError", "education.level"],
  });

  beforeAll(() => {
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "fresh", private: true }, null, 2)}\n`);
    // its dependencies from npm's cache, as the global install above left them
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], {
      cwd: project,
      stdio: "ignore",
    });
  }, 180_000);

  it("is imported from an ES module, its four functions giving what the CLI's --json prints", () => {
    const result = run(
      "use.mjs",
      `import { readFileSync } from "node:fs";
      import { findRole, loadKnowledgeBase, matchProfile, searchRoles } from "bpo-advisor";
      ${calls}`,
    );
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(expected());
  });

  it("is required from CommonJS, with the same results, its version and its schemas", () => {
    const result = run(
      "use.cjs",
      `const { readFileSync } = require("node:fs");
      const { findRole, loadKnowledgeBase, matchProfile, searchRoles, version } = require("bpo-advisor");
      (async () => {
        ${calls}
        console.log(version === require("bpo-advisor/package.json").version);
        console.log(require(require.resolve("bpo-advisor/schemas/match.schema.json")).title);
      })();`,
    );
    expect(result.stderr).toBe("");
    const [json, sameVersion, schema] = result.stdout.trimEnd().split("\n");
    expect(JSON.parse(json ?? "")).toEqual(expected());
    expect(sameVersion).toBe("true");
    expect(schema).toBe("bpo-advisor match --json");
  });

  it("type-checks TypeScript that imports it and requires it, and refuses what its types do not have", () => {
    writeFileSync(
      join(project, "check.mts"),
      `import { findRole, InputError, loadKnowledgeBase, matchProfile, type MatchResult, searchRoles } from "bpo-advisor";
      const kb = await loadKnowledgeBase({ path: "my-kb" });
      const matched: MatchResult = await matchProfile(kb, { languages: [{ code: "en", level: "B2" }] }, { top: 3 });
      const best: string | undefined = matched.results[0]?.band;
      const found = await findRole(kb, "team leader");
      const title: string | undefined = found.role === null ? found.candidates[0]?.title : found.role.title;
      const { results } = await searchRoles(kb, "payroll", { limit: 2 });
      try {
        await matchProfile(kb, {});
      } catch (error) {
        if (error instanceof InputError) console.log(error.issues.map((i) => i.path));
      }
      // @ts-expect-error: a result has no such field
      matched.nope;
      // @ts-expect-error: the level of a language is a CEFR level
      await matchProfile(kb, { languages: [{ code: "en", level: 5 }] });
      console.log(best, title, results.length);
      `,
    );
    writeFileSync(
      join(project, "check.cts"),
      `import bpo = require("bpo-advisor");
      const search: Promise<bpo.SearchResult> = bpo.loadKnowledgeBase().then((kb) => bpo.searchRoles(kb, "payroll"));
      // @ts-expect-error: no such function
      bpo.rankEverything();
      export { search };
      `,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", target: "es2022", strict: true, noEmit: true, types: [] },
        files: ["check.mts", "check.cts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], {
      cwd: project,
      encoding: "utf8",
    });
    expect(tsc.stdout).toBe("");
    expect(tsc.status).toBe(0);
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
