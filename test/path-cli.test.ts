import { describe, expect, it } from "vitest";
import { payFor } from "../src/core/pay.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { runCli } from "./helpers/run-cli.js";

interface Step {
  id: string;
  asks: { education: object | null; languages: object | null; experience: object | null };
  pay: { country: string }[];
  fit?: { eligible: boolean };
}
interface PathJson {
  role: { id: string };
  ladder: { rung: number; steps: Step[] }[];
  standing?: {
    eligible: string[];
    at: number | null;
    next: { id: string; rung: number; gaps: { text: string; next?: { text: string } }[] } | null;
  };
}
interface MatchJson {
  results: { id: string; eligible: boolean; gaps: object[] }[];
}

const pathJson = (args: string[]) => {
  const result = runCli(["path", ...args, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PathJson;
};
const role = (id: string) => {
  const found = kb.roles.find((r) => r.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};
const WIDE = { env: { COLUMNS: "80" } };
const FRESHER = ["--country", "IN", "--education", "higher-secondary", "--lang", "en:B2"];

describe("bpo-advisor path", () => {
  it("lists the team leader's previous roles before it and its next roles after it, in ladder order", () => {
    const { code, stdout } = runCli(["path", "team", "leader"], WIDE);
    expect(code).toBe(0);
    const at = (id: string) => stdout.indexOf(`(${id})`);
    const leader = role("team-leader");
    expect(at("team-leader")).toBeGreaterThan(stdout.indexOf("This role"));
    for (const id of leader.careerPath.previous) expect(at(id), id).toBeLessThan(at("team-leader"));
    for (const id of leader.careerPath.next) expect(at(id), id).toBeGreaterThan(at("team-leader"));
    // never inverted: a step the ladder shows comes before every step it leads to
    const shown = kb.roles.filter((r) => at(r.id) >= 0);
    for (const from of shown) {
      for (const to of from.careerPath.next)
        if (at(to) >= 0) expect(at(from.id), `${from.id} -> ${to}`).toBeLessThan(at(to));
    }
  });

  it("gives each step what it asks and its pay in the person's country, or not known", () => {
    const json = pathJson(["team-leader", "--country", "IN"]);
    const steps = json.ladder.flatMap((r) => r.steps);
    for (const s of steps) {
      expect(s.pay).toHaveLength(payFor(role(s.id), "IN").length);
      expect(s.pay.every((p) => p.country === "IN")).toBe(true);
    }
    const { stdout } = runCli(["path", "team-leader", "--country", "IN"]);
    const unpaid = steps.filter((s) => s.pay.length === 0);
    const unknownEducation = steps.filter((s) => s.asks.education === null);
    expect(unpaid.length).toBeGreaterThan(0);
    expect(unknownEducation.length).toBeGreaterThan(0);
    const block = (id: string) => {
      const from = stdout.indexOf(`(${id})\n`);
      return stdout.slice(from, stdout.indexOf("\n\n", from));
    };
    for (const s of unpaid) expect(block(s.id)).toMatch(/^ {4}Pay: not known$/m);
    for (const s of unknownEducation) expect(block(s.id)).toMatch(/^ {4}Education: not known$/m);
    for (const s of steps) expect(block(s.id)).toMatch(/^ {4}Leading a team: /m);
  });

  it("says where a fresher stands as match scores each step, and names the next step's gaps", () => {
    const json = pathJson(["team-leader", ...FRESHER]);
    const match = JSON.parse(runCli(["match", ...FRESHER, "--all", "--json"]).stdout) as MatchJson;
    const onLadder = new Set(json.ladder.flatMap((r) => r.steps.map((s) => s.id)));
    const eligible = match.results.filter((m) => m.eligible && onLadder.has(m.id)).map((m) => m.id);
    expect(new Set(json.standing?.eligible)).toEqual(new Set(eligible));
    const next = json.standing?.next;
    expect(next).toBeTruthy();
    expect(next?.rung).toBeGreaterThan(json.standing?.at as number);
    expect(next?.gaps.length).toBeGreaterThan(0);
    expect(next?.gaps).toEqual(match.results.find((m) => m.id === next?.id)?.gaps);
    const { stdout } = runCli(["path", "team-leader", ...FRESHER]);
    const standing = stdout.slice(stdout.indexOf("Where you stand"));
    expect(standing).toMatch(new RegExp(`Next step: .*\\(${next?.id}\\)`));
    for (const g of next?.gaps ?? []) {
      expect(standing).toContain(`✗ ${g.text}`);
      if (g.next) expect(standing).toContain(`→ ${g.next.text}`);
    }
  });

  it("calls no step eligible for a school-leaver that match does not call eligible", () => {
    const profile = ["--country", "IN", "--education", "secondary", "--lang", "en:B1"];
    const json = pathJson(["operations manager", ...profile]);
    expect(json.standing?.eligible).toEqual([]);
    expect(json.standing?.at).toBeNull();
    const { stdout } = runCli(["path", "operations manager", ...profile]);
    expect(stdout).toMatch(/Eligible now: none of these steps yet/);
    expect(stdout).not.toMatch(/Your fit: eligible/);
  });

  it("says a role's ladder is not known when no career path names it", () => {
    const lonely = kb.roles.find(
      (r) =>
        r.careerPath.previous.length === 0 &&
        r.careerPath.next.length === 0 &&
        !kb.roles.some((o) => o.careerPath.next.includes(r.id) || o.careerPath.previous.includes(r.id)),
    );
    expect(lonely).toBeDefined();
    const { code, stdout } = runCli(["path", lonely?.id as string]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/its ladder is not known/);
    expect(pathJson([lonely?.id as string]).ladder).toEqual([expect.objectContaining({ rung: 0 })]);
  });

  it("lists the candidates of an ambiguous name, with how to pick one (exit 1)", () => {
    const { code, stdout } = runCli(["path", "specialist"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^"specialist" could be several roles:\n/);
    expect(stdout).toMatch(/Pick one: bpo-advisor path <id>/);
  });

  it("shows examples in --help", () => {
    const { code, stdout } = runCli(["path", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:\n {2}\$ bpo-advisor path /);
  });
});
