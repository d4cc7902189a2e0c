import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli } from "./helpers/run-cli.js";

interface MatchJson {
  schemaVersion: number;
  profile: { languages: { code: string; level: string }[]; education: { level: string; field?: string } };
  results: { id: string; score: number; eligible: boolean; reasons: string[]; gaps: { text: string }[] }[];
}
const matchJson = (args: string[], input?: string) => {
  const result = runCli(["match", ...args, "--json"], { input });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as MatchJson;
};
const ids = (json: MatchJson) => json.results.map((r) => r.id);

describe("bpo-advisor match", () => {
  it("ranks roles for a profile file, best first, with a score bar, reasons and a hint", () => {
    const { code, stdout } = runCli(["match", "--profile", fixture("profiles/bcom.yaml")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Your best matches: 5 of \d+ roles/);
    expect(stdout).toMatch(/ 1\. .+ [█░]{10} +\d+ {2}eligible, (strong|good) fit/);
    expect(stdout).toContain("✓ English C1 meets English B2, the minimum the role asks");
    expect(stdout).toMatch(/More on a role: bpo-advisor role <id>/);
  });

  it("reads the same facts from flags as from a file", () => {
    const fromFile = matchJson(["--profile", fixture("profiles/bcom.yaml")]);
    const fromFlags = matchJson([
      ...["--country", "in", "--lang", "en:C1", "--lang", "de:B2", "--education", "bachelor", "--field", "commerce"],
      ...["--years", "0", "--mode", "non-voice", "--no-night-shifts", "--interest", "finance"],
    ]);
    expect(fromFlags.results).toEqual(fromFile.results);
  });

  it("reads JSON from stdin with --profile -", () => {
    const json = matchJson(
      ["--profile", "-"],
      JSON.stringify({
        languages: [{ code: "en", level: "B2" }],
        education: { level: "higher-secondary" },
        preferences: { workMode: "voice", interests: ["customer-service"] },
      }),
    );
    expect(ids(json).slice(0, 2)).toContain("customer-service-representative");
  });

  it("lets flags override the file", () => {
    const json = matchJson(["--profile", fixture("profiles/bcom.yaml"), "--lang", "de:C2", "--education", "master"]);
    expect(json.profile.languages).toEqual([
      { code: "en", level: "C1" },
      { code: "de", level: "C2" },
    ]);
    expect(json.profile.education).toEqual({ level: "master", field: "commerce" });
  });

  it("shows the best 5 by default, --top N, or --all", () => {
    expect(matchJson(["--profile", fixture("profiles/fresher.json")]).results).toHaveLength(5);
    expect(matchJson(["--profile", fixture("profiles/fresher.json"), "--top", "2"]).results).toHaveLength(2);
    const all = matchJson(["--profile", fixture("profiles/fresher.json"), "--all"]);
    expect(all.results.length).toBeGreaterThan(15);
    expect(all.results.some((r) => !r.eligible && r.gaps.length > 0)).toBe(true);
  });

  it("explains every factor with --explain", () => {
    const { stdout } = runCli(["match", "--profile", fixture("profiles/fresher.json"), "--top", "1", "--explain"]);
    expect(stdout).toMatch(/\d+(\.\d)?\/10 +you want voice work/);
    expect(stdout).toMatch(/\/5 +/);
  });

  it("says what is missing for a role that does not fit yet", () => {
    const json = matchJson(["--lang", "en:B1", "--education", "higher-secondary", "--all"]);
    const csr = json.results.find((r) => r.id === "customer-service-representative");
    expect(csr?.eligible).toBe(false);
    expect(csr?.gaps.map((g) => g.text)).toContain(
      "needs English B2 (the minimum the role asks); you have English B1: one CEFR step short",
    );
  });

  it("reads where the person looks for work, and refuses a country that does not exist", () => {
    expect(matchJson(["--country", "ph", "--lang", "en:B2"]).profile).toMatchObject({ country: "PH" });
    const { code, stderr } = runCli(["match", "--country", "XX", "--lang", "en:B2"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"XX" is not a country: use an ISO 3166-1 alpha-2 code, such as IN, PH or PL/);
  });

  it("leaves out roles that ask what the person will not do, and says so", () => {
    const { stdout } = runCli([
      "match",
      "--lang",
      "en:C1",
      "--education",
      "bachelor",
      "--mode",
      "non-voice",
      "--top",
      "20",
    ]);
    expect(stdout).not.toContain("customer-service-representative");
    expect(stdout).toMatch(
      /\d+ roles? left out, as (it asks|they ask) what you said you do not want: voice work\. --all shows/,
    );
    const all = runCli(["match", "--lang", "en:C1", "--education", "bachelor", "--mode", "non-voice", "--all"]).stdout;
    expect(all).toContain("Against what you said you will not do");
    expect(all).toContain("✗ you do not want voice work, and this role is voice (calls) work");
  });

  it("marks roles well below a veteran's level as a step back, after the rest", () => {
    const { stdout } = runCli([
      ...["match", "--lang", "en:C1", "--education", "bachelor", "--bpo-years", "10", "--leadership-years", "5"],
      "--all",
    ]);
    const stepBack = stdout.indexOf("A step back from your level");
    expect(stepBack).toBeGreaterThan(0);
    expect(stdout.indexOf("customer-service-representative")).toBeGreaterThan(stepBack);
    expect(stdout.indexOf("team-leader")).toBeLessThan(stepBack);
  });
});

describe("bpo-advisor match with bad input", () => {
  const cases: [string, string[], RegExp][] = [
    ["no profile at all", [], /match needs a profile: --profile FILE, or flags/],
    ["an unknown CEFR level", ["--lang", "de:Z9"], /option '--lang <code:level>' argument 'de:Z9' is invalid/],
    ["a negative number of years", ["--years", "-1"], /option '--years <n>' argument '-1' is invalid/],
    ["--top 0", ["--lang", "en:B2", "--top", "0"], /--top must be a whole number of 1 or more/],
    [
      "an unknown education level",
      ["--education", "phd"],
      /argument 'phd' is invalid\. Allowed choices are none, secondary/,
    ],
    ["a missing file", ["--profile", "no-such.yaml"], /no-such\.yaml: does not exist/],
    ["an empty file", ["--profile", fixture("profiles/empty.yaml")], /empty\.yaml:1:1: the profile is empty/],
    ["a folder", ["--profile", fixture("profiles")], /profiles: is a folder, not a file/],
    ["a file that is not YAML or JSON", ["--profile", fixture("profiles/not-yaml.yaml")], /not-yaml\.yaml:\d+:\d+: /],
    [
      "a file of the wrong shape",
      ["--profile", fixture("profiles/wrong-shape.yaml")],
      /a profile is a mapping of fields/,
    ],
    [
      "an unknown key",
      ["--profile", fixture("profiles/unknown-key.yaml")],
      /unknown-key\.yaml:5:3: education\.feild: unknown key "feild"/,
    ],
  ];
  it.each(cases)("rejects %s with a clear message and exit 2", (_name, args, message) => {
    const { code, stdout, stderr } = runCli(["match", ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names each wrong field of a profile and lists the allowed values", () => {
    const { code, stderr } = runCli(["match", "--profile", fixture("profiles/bad-values.yaml")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad-values\.yaml:2:\d+: languages\[0\]\.code: unknown language "klingon"/);
    expect(stderr).toMatch(
      /bad-values\.yaml:3:\d+: languages\[1\]\.level: expected one of "A1", "A2", "B1", "B2", "C1", "C2", "native"/,
    );
    expect(stderr).toMatch(
      /bad-values\.yaml:5:10: education\.level: expected one of "none", "secondary", "higher-secondary"/,
    );
    expect(stderr).toMatch(/bad-values\.yaml:7:10: experience\.years: must be 0 or more/);
  });

  it("refuses a huge profile file before reading it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bpo-profile-")), "huge.yaml");
    writeFileSync(file, "");
    truncateSync(file, 5 * 1024 * 1024);
    const { code, stderr } = runCli(["match", "--profile", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/huge\.yaml: is 5\.0 MiB; the limit is 1\.0 MiB/);
  });
});

describe("bpo-advisor role --profile", () => {
  it("adds how the profile fits the role", () => {
    const { code, stdout } = runCli(["role", "team leader", "--profile", fixture("profiles/fresher.json")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/How you fit\n/);
    expect(stdout).toContain("✗ needs 1 year in BPO (the minimum the role asks); you have 0 years in BPO");
    const json = JSON.parse(
      runCli(["role", "team leader", "--profile", fixture("profiles/fresher.json"), "--json"]).stdout,
    ) as {
      fit: { eligible: boolean };
    };
    expect(json.fit.eligible).toBe(false);
  });
});
