import { describe, expect, it } from "vitest";
import { fixture, runCli } from "./helpers/run-cli.js";

// What the everyday commands load (issues #4, #16: start-up within 1.3x of bare node). Each
// module Node loads costs start-up time: node:fs/promises alone ~3 ms, and with it the readline
// internals; node:crypto over 1 ms. They load only for the commands that need them.

const PRELOAD = fixture("startup/loaded.cjs");

interface Loaded {
  builtins: string[];
  libs: string[];
  files: string[];
  /** The package's data files under dist/ that it read (the shipped KB's parts: JSON, and its full-text index). */
  json: string[];
  icu: string[];
}

function loaded(args: string[]): Loaded {
  const result = runCli(args, { env: { NODE_OPTIONS: `--require ${PRELOAD}` } });
  const line = result.stderr.split("\n").find((l) => l.startsWith("loaded: "));
  if (!line) throw new Error(`no list of what was loaded: ${result.stderr}`);
  const { builtins, files, reads, icu } = JSON.parse(line.slice(8)) as Record<
    "builtins" | "files" | "reads" | "icu",
    string[]
  >;
  const inDist = (list: string[]) => list.filter((f) => f.includes("/dist/")).map((f) => f.replace(/.*\/dist\//, ""));
  const ours = inDist(files);
  const json = [...new Set(inDist(reads).filter((f) => f.endsWith(".json") || f.endsWith(".bin")))].sort();
  return { builtins, libs: ours.filter((f) => f.startsWith("libs/")), files: ours, json, icu };
}

describe("start-up", () => {
  it.each([
    ["a role by a name of the thesaurus", ["role", "accounts payable"], []],
    ["a role by its id, as JSON", ["role", "accounts-payable-specialist", "--json"], []],
    ["a match from a profile file, as JSON", ["match", "--profile", fixture("profiles/sample.json"), "--json"], []],
    // text is wrapped to the terminal's width, by the width of each character
    ["a match from flags, as text", ["match", "--lang", "en:B2", "--education", "bachelor"], ["libs/text-width.cjs"]],
  ])("of %s loads no fs/promises, readline or crypto, and only the libraries it needs", (_name, args, needed) => {
    const { builtins, libs } = loaded(args);
    expect(builtins).not.toContain("fs/promises");
    expect(builtins).not.toContain("internal/readline/interface");
    expect(builtins).not.toContain("crypto");
    expect(libs).toEqual(needed);
  });

  it.each([
    ["a role with pay in two countries (its amounts compiled by the build)", ["role", "csr"]],
    ["a role by a misspelt name", ["role", "acounts payble"]],
    ["a match from a profile file, as JSON", ["match", "--profile", fixture("profiles/sample.json"), "--json"]],
  ])("of %s starts no ICU service (number formats, collation: 6-12 ms each)", (_name, args) => {
    expect(loaded(args).icu).toEqual([]);
  });

  it.each([
    [
      "a match from a profile file, as JSON",
      ["match", "--profile", fixture("profiles/sample.json"), "--json"],
      ["kb.json"],
    ],
    ["a role by a name of the thesaurus", ["role", "accounts payable"], ["kb.json", "lookup.json", "sources.json"]],
    [
      "a role by a description",
      ["role", "chasing unpaid invoices"],
      ["kb.json", "lookup.json", "meaning.bin", "sources.json"],
    ],
  ])("of %s reads only the parts of the shipped KB it needs", (_name, args, parts) => {
    expect(loaded(args).json).toEqual(parts);
  });

  it("reads the shipped KB's compiled names for a name of the thesaurus or a misspelt name, not its full-text index", () => {
    for (const name of ["accounts payable", "acounts payble"]) {
      const { json, libs } = loaded(["role", name]);
      expect(json).toEqual(["kb.json", "lookup.json", "sources.json"]);
      expect(libs).toEqual([]);
    }
    // minisearch and the stemmer are in the code-cached bundle, run only for the full-text search
    expect(loaded(["role", "chasing unpaid invoices"]).json).toContain("meaning.bin");
  });

  it("of --version loads nothing of the program but its entry", () => {
    expect(loaded(["--version"]).files).toEqual(["main.cjs"]);
  });
});
