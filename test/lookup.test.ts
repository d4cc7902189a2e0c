import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { findRole, indexRoles } from "../src/core/lookup.js";
import { validateKbAt } from "../src/kb/load-kb.js";
import { ROOT } from "./helpers/run-cli.js";

const kb = await validateKbAt("data/kb", ROOT);
const index = indexRoles(kb.roles);
const lookup = (name: string) => findRole(index, name, Fuse);
const foundId = (name: string) => {
  const result = lookup(name);
  return result.kind === "found" ? result.role.id : result.kind;
};

// Every role name the seed documents use, pasted as the seed writes it, and the role it means.
const SEED_NAMES: [string, string][] = [
  ["Accounts Receivable Specialist/Accountant", "accounts-receivable-specialist"],
  ["Accounts Payable Specialist/Accountant", "accounts-payable-specialist"],
  ["Account Payable Clerk", "accounts-payable-specialist"],
  ["Specialist/Accountant in internal departments", "internal-departments-accountant"],
  ["Customer Service Specialist", "customer-service-representative"],
  ["Customer Service Representative (CSR)", "customer-service-representative"],
  ["Customer Service Representative", "customer-service-representative"],
  ["Customer Support Representative (CSR)", "customer-service-representative"],
  ["Customer Support Executives", "customer-service-representative"],
  ["Customer Service Expert", "customer-service-representative"],
  ["Customer Engagement Manager", "customer-engagement-manager"],
  ["Inbound Voice Process", "customer-service-representative"],
  ["Outbound Voice Process", "outbound-telesales-agent"],
  ["call center and sales teams", "outbound-telesales-agent"],
  ["Technical Support Specialist", "technical-support-specialist"],
  ["Technical Support Representatives", "technical-support-specialist"],
  ["Data Entry Operators", "data-entry-operator"],
  ["Data Collectors", "data-collector"],
  ["Bookkeeper", "bookkeeper"],
  ["Finance & Accounting Staff", "fpo-specialist"],
  ["Financial Process Outsourcing (FPO) Specialist", "fpo-specialist"],
  ["Finance & Accounting BPO Specialist", "fpo-specialist"],
  ["Financial Analyst", "financial-analyst"],
  ["HR Support", "hro-specialist"],
  ["Human Resource Outsourcing (HRO) Specialist", "hro-specialist"],
  ["HR Outsourcing Specialist", "hro-specialist"],
  ["Human Resources Outsourcing Specialist", "hro-specialist"],
  ["Quality Analysts", "quality-analyst"],
  ["Trainers", "trainer"],
  ["Team Leaders", "team-leader"],
  ["BPO Team Leader", "team-leader"],
  ["Team Leader in BPO", "team-leader"],
  ["Operations Manager/Director", "operations-manager"],
  ["BPO Specialist", "bpo-specialist"],
  ["IT experts and developers", "it-developer"],
];

describe("finding a role by name", () => {
  it.each(SEED_NAMES)("finds %s as the seed writes it", (name, id) => {
    expect(foundId(name)).toBe(id);
  });

  it.each([
    ["acounts payble specialist", "accounts-payable-specialist"],
    ["Accounts Recievable Accountant", "accounts-receivable-specialist"],
    ["tecnical suport specialist", "technical-support-specialist"],
    ["data entry oprator", "data-entry-operator"],
    ["bookeeper", "bookkeeper"],
    ["finacial analyst", "financial-analyst"],
    ["custmer engagment manager", "customer-engagement-manager"],
    ["qualty analyst", "quality-analyst"],
    ["operations manger", "operations-manager"],
    ["team leeder", "team-leader"],
  ])("finds %s despite the typos", (name, id) => {
    expect(foundId(name)).toBe(id);
  });

  it.each([
    ["payable accounts specialist", "accounts-payable-specialist"],
    ["analyst financial", "financial-analyst"],
    ["leader team bpo", "team-leader"],
  ])("finds %s with the words in another order", (name, id) => {
    expect(foundId(name)).toBe(id);
  });

  it.each([["accounts-payable-specialist"], ["TEAM-LEADER"]])("finds a role by its id %s", (id) => {
    expect(lookup(id)).toMatchObject({ kind: "found", how: "id" });
  });

  it.each([["xyzzy"], ["qwertyuiop asdf"], ["pizza delivery driver"], ["   "]])(
    "finds nothing for the nonsense %j",
    (name) => {
      expect(lookup(name).kind).toBe("none");
    },
  );

  it("offers candidates when a name fits several roles", () => {
    const result = lookup("specialist");
    expect(result.kind).toBe("ambiguous");
    if (result.kind === "ambiguous") expect(result.candidates.length).toBeGreaterThan(1);
  });

  it("gives the same answer every time", () => {
    expect(lookup("acount")).toEqual(lookup("acount"));
  });
});
