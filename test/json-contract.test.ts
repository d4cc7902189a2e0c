import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PRECOMPILED, precompiledValidator } from "../scripts/precompiled-validators.js";
import { CONTRACTS, jsonSchemaOf } from "../src/contracts.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

// The --json outputs are contracts: each is checked against the JSON Schema committed in the
// repo, and those files must be what the zod schemas generate (`npm run schemas` refreshes them).
const ajv = new Ajv2020({ allErrors: true, strict: false });
const committed = (name: string) => JSON.parse(readFileSync(join(ROOT, name), "utf8")) as object;
const validator = (name: keyof typeof CONTRACTS) => ajv.compile(committed(name));

describe("the committed JSON Schemas", () => {
  it.each(Object.keys(CONTRACTS))("%s is up to date with the zod schema", (name) => {
    expect(readFileSync(join(ROOT, name), "utf8")).toBe(jsonSchemaOf(name as keyof typeof CONTRACTS));
  });

  it.each(Object.keys(PRECOMPILED))("%s, the validator compiled from one, is up to date", (name) => {
    expect(readFileSync(join(ROOT, name), "utf8")).toBe(precompiledValidator(name as keyof typeof PRECOMPILED));
  });
});

describe("--json output", () => {
  const cases: [string, string[], keyof typeof CONTRACTS, number][] = [
    ["role, found", ["role", "accounts payable", "--json"], "schemas/role.schema.json", 0],
    ["role, not found", ["role", "xyzzy", "--json"], "schemas/role.schema.json", 1],
    ["role, ambiguous", ["role", "specialist", "--json"], "schemas/role.schema.json", 1],
    ["roles", ["roles", "--json"], "schemas/roles.schema.json", 0],
    ["search", ["search", "invoices", "--json"], "schemas/search.schema.json", 0],
    ["kb validate", ["kb", "validate", "--json"], "schemas/kb-validate.schema.json", 0],
    ["kb stats", ["kb", "stats", "--json"], "schemas/kb-stats.schema.json", 0],
    [
      "role in a country",
      ["role", "customer service representative", "--country", "IN", "--json"],
      "schemas/role.schema.json",
      0,
    ],
    ["match", ["match", "--lang", "en:B1", "--lang", "de:C1", "--all", "--json"], "schemas/match.schema.json", 0],
    [
      "match in a market, with conflicts left out",
      ["match", "--country", "PH", "--mode", "non-voice", "--no-night-shifts", "--lang", "en:B2", "--json"],
      "schemas/match.schema.json",
      0,
    ],
    [
      "role with a profile",
      ["role", "team leader", "--education", "bachelor", "--json"],
      "schemas/role.schema.json",
      0,
    ],
    ["compare", ["compare", "csr", "accounts payable", "--json"], "schemas/compare.schema.json", 0],
    [
      "compare in a country with a profile",
      ["compare", "csr", "team leader", "kyc", "content moderator", "--country", "IN", "--lang", "en:B1", "--json"],
      "schemas/compare.schema.json",
      0,
    ],
    [
      "compare, a name not found",
      ["compare", "csr", "xyzzy", "specialist", "--json"],
      "schemas/compare.schema.json",
      1,
    ],
    ["path", ["path", "team leader", "--json"], "schemas/path.schema.json", 0],
    [
      "path in a country with a profile",
      ["path", "team leader", "--country", "IN", "--education", "higher-secondary", "--lang", "en:B2", "--json"],
      "schemas/path.schema.json",
      0,
    ],
    ["path, not found", ["path", "xyzzy", "--json"], "schemas/path.schema.json", 1],
    ["path, ambiguous", ["path", "specialist", "--json"], "schemas/path.schema.json", 1],
  ];

  it.each(cases)("of %s validates against its schema, and stdout holds only JSON", (_name, args, schema, code) => {
    const result = runCli(args);
    expect(result.code).toBe(code);
    const output = JSON.parse(result.stdout) as { schemaVersion: number };
    const validate = validator(schema);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.schemaVersion).toBe(3);
  });

  it("of match carries each role's band, three-valued eligibility, gaps with next steps, and conflicts", () => {
    const output = JSON.parse(
      runCli([
        "match",
        "--country",
        "IN",
        "--lang",
        "en:B1",
        "--education",
        "none",
        "--mode",
        "non-voice",
        "--all",
        "--json",
      ]).stdout,
    ) as {
      conflictsLeftOut: number;
      results: {
        id: string;
        band: string;
        eligibility: string;
        gaps: { next?: { text: string } }[];
        conflicts: string[];
      }[];
    };
    expect(output.conflictsLeftOut).toBe(0);
    const csr = output.results.find((r) => r.id === "customer-service-representative");
    expect(csr).toMatchObject({ band: "conflict", eligibility: "not-yet" });
    expect(csr?.conflicts).toEqual(["workMode"]);
    expect(csr?.gaps.some((g) => g.next?.text.includes("NIOS"))).toBe(true);
    expect(new Set(output.results.map((r) => r.eligibility))).toEqual(new Set(["not-yet", "not-known"]));
  });

  it("of role carries each source it cites in full, numbered, and the pay of the person's country", () => {
    const output = JSON.parse(runCli(["role", "csr", "--country", "IN", "--json"]).stdout) as {
      role: { sources: string[] };
      country: string;
      pay: { country: string; year: number; dated: boolean }[];
      sources: { n: number; id: string; url?: string; file?: string; date: string; kind: string }[];
    };
    expect(output.country).toBe("IN");
    expect(output.pay.length).toBeGreaterThan(0);
    expect(output.pay.every((p) => p.country === "IN")).toBe(true);
    expect(output.pay.every((p) => p.dated === new Date().getFullYear() - p.year > 5)).toBe(true);
    expect(output.sources.map((s) => s.n)).toEqual(output.sources.map((_, i) => i + 1));
    expect(output.sources.map((s) => s.id).slice(0, output.role.sources.length)).toEqual(output.role.sources);
    for (const s of output.sources) {
      expect(s.url ?? s.file).toBeDefined();
      expect(s.date).toBeDefined();
      expect(s.kind).toBeDefined();
    }
  });

  it("of role holds the role's id and title", () => {
    const output = JSON.parse(runCli(["role", "bookkeeper", "--json"]).stdout) as {
      role: { id: string; title: string };
    };
    expect(output.role).toMatchObject({ id: "bookkeeper", title: "Bookkeeper" });
  });
});

describe("--fields output", () => {
  const input = `${[
    JSON.stringify({ id: "a", country: "IN", languages: [{ code: "en", level: "B1" }] }),
    "not json",
    JSON.stringify({ id: 2, languages: [{ code: "en", level: "C1" }], preferences: { workMode: "non-voice" } }),
  ].join("\n")}\n`;
  const batchLines = (args: string[]) =>
    runCli(["match", "--batch", "-", "--all", ...args], { input })
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { results?: object[]; error?: string });

  it("of match --json holds only the fields named, in their order, and validates against its own schema", () => {
    const result = runCli(["match", "--lang", "en:B1", "--all", "--json", "--fields", "score,id,gaps,pay"]);
    const output = JSON.parse(result.stdout) as { schemaVersion: number; results: object[] };
    const validate = validator("schemas/match-fields.schema.json");
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.schemaVersion).toBe(3);
    for (const r of output.results) expect(Object.keys(r)).toEqual(["score", "id", "gaps", "pay"]);
    // and is not what the full schema takes
    expect(validator("schemas/match.schema.json")(output)).toBe(false);
  });

  it("of match --batch: each line validates against the batch line's schema, in full and with --fields", () => {
    const full = validator("schemas/match-batch.schema.json");
    const picked = validator("schemas/match-batch-fields.schema.json");
    const lines = batchLines([]);
    expect(lines.map((l) => (l.error ? "error" : "results"))).toEqual(["results", "error", "results"]);
    for (const line of lines) expect(full(line), JSON.stringify(full.errors)).toBe(true);
    const compact = batchLines(["--fields", "id,band"]);
    for (const line of compact) expect(picked(line), JSON.stringify(picked.errors)).toBe(true);
    expect(full(compact[0])).toBe(false);
  });

  it("of match --batch is each full result's named fields, and nothing else", () => {
    const fields = ["pay", "id", "breakdown", "eligible", "conflicts"];
    const compact = batchLines(["--fields", fields.join(",")]);
    const expected = batchLines([]).map((line) =>
      line.results
        ? {
            ...line,
            results: line.results.map((r) =>
              Object.fromEntries(fields.map((f) => [f, (r as Record<string, unknown>)[f]])),
            ),
          }
        : line,
    );
    expect(compact).toEqual(expected);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(expected)); // the order of the keys too
  });
});

describe("the profile schema", () => {
  it("accepts the profile that match --json echoes back", () => {
    const output = JSON.parse(runCli(["match", "--lang", "German:B2", "--wpm", "40", "--json"]).stdout) as {
      profile: object;
    };
    const validate = validator("schemas/profile.schema.json");
    expect(validate(output.profile), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects a profile with an unknown key", () => {
    expect(validator("schemas/profile.schema.json")({ languages: [], hobbies: ["chess"] })).toBe(false);
  });
});

describe("the KB schema", () => {
  it("accepts every file of the shipped KB", () => {
    const validate = validator("data/kb.schema.json");
    for (const file of ["roles", "sources", "vocabularies", "scoring", "tips"]) {
      const data = parse(readFileSync(join(ROOT, `data/kb/${file}.yaml`), "utf8"));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
