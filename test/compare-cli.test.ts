import { describe, expect, it } from "vitest";
import { payFor } from "../src/core/pay.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { runCli } from "./helpers/run-cli.js";

interface CompareJson {
  country: string | null;
  roles: {
    id: string;
    mode: string;
    asks: { education: object | null; languages: object | null; experience: object | null; typingWpm: number | null };
    pay: { country: string; year: number; sources: string[] }[];
    fit?: { eligible: boolean; band: string; eligibility: string };
  }[];
}
interface MatchJson {
  results: { id: string }[];
}

const compareJson = (args: string[]) => {
  const result = runCli(["compare", ...args, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CompareJson;
};
const role = (id: string) => {
  const found = kb.roles.find((r) => r.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};
const WIDE = { env: { COLUMNS: "80" } };
const NARROW = { env: { COLUMNS: "50" } };
const widest = (text: string) => Math.max(...text.split("\n").map((l) => [...l].length));
const SCHOOL_LEAVER = ["--country", "IN", "--education", "secondary", "--lang", "en:B1"];

describe("bpo-advisor compare", () => {
  it("sets a voice CSR and an accounts payable role side by side, showing both modes on one line", () => {
    const { code, stdout } = runCli(["compare", "csr", "accounts payable"], WIDE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Process +Voice \(inbound\).* {2,}Non-voice/m);
    expect(stdout).toMatch(/Customer Service Representative +Accounts Payable Specialist/);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it("stacks the roles one after another on a narrow terminal, every line within it", () => {
    const { code, stdout } = runCli(["compare", "csr", "accounts payable"], NARROW);
    expect(code).toBe(0);
    const csr = stdout.indexOf("Customer Service Representative\n  (customer-service-representative)");
    const ap = stdout.indexOf("Accounts Payable Specialist\n  (accounts-payable-specialist)");
    expect(csr).toBeGreaterThan(0);
    expect(ap).toBeGreaterThan(csr);
    expect(stdout.slice(csr, ap)).toMatch(/^ {2}Process: Voice/m);
    expect(stdout.slice(ap)).toMatch(/^ {2}Process: Non-voice/m);
    expect(widest(stdout)).toBeLessThanOrEqual(50);
  });

  it("finds each name as role finds it: a typo, a word of the sector, an id", () => {
    const names = ["acounts payble", "help desk", "team-leader"];
    const asRole = (name: string) =>
      (JSON.parse(runCli(["role", name, "--json"]).stdout) as { role: { id: string } }).role.id;
    expect(compareJson(names).roles.map((r) => r.id)).toEqual(names.map(asRole));
  });

  it("does not show a manager role as fitting a school-leaver", () => {
    const json = compareJson(["csr", "operations manager", ...SCHOOL_LEAVER]);
    const manager = json.roles.find((r) => r.id === "operations-manager");
    expect(manager?.fit?.eligible).toBe(false);
    expect(["strong", "good", "possible"]).not.toContain(manager?.fit?.band);
    const { stdout } = runCli(["compare", "csr", "operations manager", ...SCHOOL_LEAVER], NARROW);
    const section = stdout.slice(stdout.indexOf("(operations-manager)"));
    expect(section).toMatch(/^ {2}Your fit: (not yet|stretch)/m);
    expect(section).not.toMatch(/^ {2}Your fit: eligible/m);
    expect(section).toMatch(/^ {2}Missing:\n {4}✗ needs/m);
  });

  it("scores each role with a profile exactly as match does", () => {
    const profile = ["--country", "PH", "--education", "bachelor", "--lang", "en:C1", "--bpo-years", "1"];
    const json = compareJson(["csr", "team leader", "kyc aml analyst", ...profile]);
    const match = JSON.parse(runCli(["match", ...profile, "--all", "--json"]).stdout) as MatchJson;
    for (const r of json.roles) expect(r.fit).toEqual(match.results.find((m) => m.id === r.id));
  });

  it("never marks a requirement no source gives as met", () => {
    const json = compareJson(["bookkeeper", "back office process associate", ...SCHOOL_LEAVER]);
    const unknown = json.roles.flatMap((r) =>
      (["education", "languages", "experience"] as const).filter((k) => r.asks[k] === null).map((k) => [r.id, k]),
    );
    expect(unknown.length).toBeGreaterThan(0);
    const { stdout } = runCli(["compare", "bookkeeper", "back office process associate", ...SCHOOL_LEAVER], NARROW);
    const label = { education: "Education", languages: "Languages", experience: "Experience" };
    for (const [id, part] of unknown) {
      const section = stdout.slice(stdout.indexOf(`(${id})`));
      expect(section).toMatch(new RegExp(`^ {2}${label[part as keyof typeof label]}: \\? not known$`, "m"));
    }
  });

  it("shows the pay of the person's country with its year and source, and none where the KB has none", () => {
    const { stdout } = runCli(["compare", "csr", "accounts payable", "--country", "IN"], NARROW);
    const json = compareJson(["csr", "accounts payable", "--country", "IN"]);
    const [csr, ap] = json.roles;
    expect(csr?.pay).toHaveLength(payFor(role("customer-service-representative"), "IN").length);
    expect(csr?.pay.every((p) => p.country === "IN")).toBe(true);
    expect(ap?.pay).toEqual([]);
    for (const p of csr?.pay ?? []) expect(stdout).toContain(`in ${p.year}`);
    expect(stdout).toMatch(/^Sources of the pay figures\n *\[1\] /m);
    expect(stdout.slice(stdout.indexOf("(accounts-payable-specialist)"))).toMatch(/^ {2}Pay: not known$/m);
    expect(stdout).not.toMatch(/PHP|PLN/);
  });

  it("names the argument that matches no role, and lists no unrelated role as the nearest (exit 1)", () => {
    const { code, stdout, stderr } = runCli(["compare", "csr", "pizza delivery driver"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^error: no single role for argument 2 \("pizza delivery driver"\)\n {2}argument 2, "pizza delivery driver": no role matches\nhint: /,
    );
  });

  it("lists the candidates of an ambiguous name, by its argument, in JSON too", () => {
    const { code, stdout } = runCli(["compare", "specialist", "csr", "--json"]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as {
      roles: null;
      misses: { argument: number; reason: string; candidates: { id: string }[] }[];
    };
    expect(json.roles).toBeNull();
    expect(json.misses).toHaveLength(1);
    expect(json.misses[0]).toMatchObject({ argument: 1, reason: "ambiguous" });
    expect(json.misses[0]?.candidates.length).toBeGreaterThan(1);
  });

  it("shows examples in --help", () => {
    const { code, stdout } = runCli(["compare", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:\n {2}\$ bpo-advisor compare /);
  });
});
