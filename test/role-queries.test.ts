import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRoleIn, meaningIndexOf } from "../src/core/find-role.js";
import { searchRoles } from "../src/core/search.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

// The words people really use (issue #16): a labelled set of queries (synonyms, jargon,
// abbreviations, typos, plain descriptions, ESCO labels, noise), each with what it must give:
// a role's id, "none", or "several: id|id" (it could be any of them, and each must be among the
// candidates). The suite reports the precision of `role` and of the top 3 of `search`, and holds
// each at 95% or more.
const QUERIES = readFileSync(join(ROOT, "test/fixtures/role-queries.tsv"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => {
    const [query, expected] = line.split("\t") as [string, string];
    return { query, expected: expected.trim() };
  });

type Outcome = { ok: boolean; got: string };

async function roleOutcome(query: string, expected: string): Promise<Outcome> {
  const found = await findRoleIn(kb, query);
  const got =
    found.kind === "found"
      ? found.role.id
      : found.kind === "none"
        ? "none"
        : `several: ${found.candidates.map((c) => c.role.id).join("|")}`;
  if (expected.startsWith("several:")) {
    const wanted = expected.slice("several:".length).trim().split("|");
    const ids = found.kind === "ambiguous" ? found.candidates.map((c) => c.role.id) : [];
    return { ok: wanted.every((id) => ids.includes(id)), got };
  }
  return { ok: got === expected, got };
}

async function searchOutcome(query: string, expected: string): Promise<Outcome> {
  const hits = searchRoles(kb, await meaningIndexOf(kb), query, 3);
  const ids = hits.map((h) => h.role.id);
  const got = ids.join(",") || "none";
  if (expected === "none") return { ok: ids.length === 0, got };
  const wanted = expected.startsWith("several:") ? expected.slice("several:".length).trim().split("|") : [expected];
  return { ok: wanted.some((id) => ids.includes(id)), got };
}

describe("finding a role by the words people use", () => {
  it("has a labelled set of at least 60 queries, each naming roles of the KB", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(kb.roles.map((r) => r.id));
    for (const { expected } of QUERIES) {
      if (expected === "none") continue;
      for (const id of expected
        .replace(/^several:/, "")
        .trim()
        .split("|"))
        expect(ids, expected).toContain(id);
    }
  });

  it.each([
    ["role", roleOutcome],
    ["the top 3 of search", searchOutcome],
  ] as const)("%s resolves at least 95% of them as labelled", async (what, outcome) => {
    const misses: string[] = [];
    for (const { query, expected } of QUERIES) {
      const { ok, got } = await outcome(query, expected);
      if (!ok) misses.push(`${JSON.stringify(query)}: expected ${expected}, got ${got}`);
    }
    const precision = (QUERIES.length - misses.length) / QUERIES.length;
    console.log(
      `precision of ${what}: ${(precision * 100).toFixed(1)}% of ${QUERIES.length} queries\n${misses.join("\n")}`,
    );
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ["help desk", "technical-support-specialist"],
    ["helpdesk", "technical-support-specialist"],
    ["collections", "collections-agent"],
    ["customer care executive", "customer-service-representative"],
  ])("role %j, as the issue quotes it, gives the right role", (query, id) => {
    const { code, stdout } = runCli(["role", query, "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { role: { id: string } }).role.id).toBe(id);
  });

  it.each([["x"], ["ab"], ["%s%n"]])("role %j is noise: no role matches, exit 1", (query) => {
    const { code, stdout, stderr } = runCli(["role", query]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^no role matches /);
  });

  it('role "call center" could be several, and says why each matched', () => {
    const { code, stdout } = runCli(["role", "call center"]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "customer-service-representative  Customer Service Representative\n    matched: call center",
    );
    expect(stdout).toContain("outbound-telesales-agent  Outbound Telesales Agent\n    matched: call center");
    // why a call centre is several roles, from the sector's words (data/kb/jargon.yaml)
    expect(stdout).toContain("(US spelling of call centre: a call centre takes inbound calls (service)");
  });

  it.each([
    ["analyst", ["financial-analyst", "workforce-analyst", "mis-analyst"]],
    ["executive", ["mis-analyst", "customer-service-representative", "collections-agent"]],
  ])("role %j, a word in names of many roles, could be several: no one role is picked for it", (query, ids) => {
    const { code, stdout } = runCli(["role", query, "--json"]);
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { candidates: { id: string }[] }).candidates.map((c) => c.id);
    for (const id of ids) expect(found).toContain(id);
  });

  it('"voice" does not find the non-voice roles, nor "non voice" the voice ones', async () => {
    const ids = async (q: string) => {
      const found = await findRoleIn(kb, q);
      return found.kind === "ambiguous" ? found.candidates.map((c) => c.role.id).sort() : [];
    };
    expect(await ids("voice")).toEqual(["customer-service-representative", "outbound-telesales-agent"]);
    expect(await ids("non voice")).toEqual(["back-office-process-associate", "chat-email-support-representative"]);
    const searched = searchRoles(kb, await meaningIndexOf(kb), "voice", 10).map((h) => h.role.id);
    expect(searched).not.toContain("back-office-process-associate");
    expect(searched).not.toContain("chat-email-support-representative");
  });

  it("wraps why a word is several roles to the terminal's width, in full to a pipe", () => {
    const narrow = runCli(["role", "call center"], { env: { COLUMNS: "60" } }).stdout;
    const note = narrow.split("\n").slice(1, 3);
    for (const line of note) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(narrow).toContain("(US spelling of call centre: a call centre takes inbound\n   calls");
    const piped = runCli(["role", "call center"], { env: { COLUMNS: undefined } }).stdout;
    expect(piped).toContain("takes inbound calls (service) and makes outbound ones (sales))\n");
  });

  it.each([
    ["medical transcription", '"Medical Coder" (medical-coder)'],
    ["bpo jobs for freshers", '"BPO Specialist" (bpo-specialist)'],
  ])("role %j is another job: no role matches, and %s is only the nearest, by a word of its name", (query, nearest) => {
    const { code, stdout, stderr } = runCli(["role", query]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`no role matches "${query}"\nnearest: ${nearest}`);
  });

  it.each([
    ["excel", "process-excellence-analyst"],
    ["operations", "data-entry-operator"],
  ])("role %j does not give %s: the stemmer's merging of their words is undone", async (query, id) => {
    const found = await findRoleIn(kb, query);
    const ids =
      found.kind === "found"
        ? [found.role.id]
        : found.kind === "ambiguous"
          ? found.candidates.map((c) => c.role.id)
          : [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(id);
  });

  it("still takes a name with a word misspelt beyond the letters stage for its role", async () => {
    const found = await findRoleIn(kb, "contnet moderator");
    expect(found.kind === "found" && found.role.id).toBe("content-moderator");
  });

  it("says why for every word of the sector that names several roles", () => {
    const several = (kb.jargon ?? []).filter((j) => j.roles.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const j of several) expect(j.note, j.term).toMatch(/\S/);
  });

  it("search shows what matched: the label or the responsibility", () => {
    const { stdout } = runCli(["search", "help desk"]);
    expect(stdout).toMatch(/^1\. Technical Support Specialist \(technical-support-specialist\)\n {3}aliases: /);
  });
});
