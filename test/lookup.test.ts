import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import type { Role } from "../src/core/kb-schema.js";
import { editsAllowed, findRole, findRoleMisspelt, indexNames, indexRoles } from "../src/core/lookup.js";
import { namesOf } from "../src/core/role-names.js";
import { shippedKb as kb } from "./helpers/kb.js";

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

describe("a misspelt name: each word a letter or two off a name's (before the full-text stage)", () => {
  // the names and the thesaurus's words, as `role` reads them
  const withThesaurus = indexNames(
    () => namesOf(kb),
    (place) => kb.roles[place] as Role,
  );
  const misspelt = (query: string) => {
    const found = findRoleMisspelt(withThesaurus, query);
    return found?.kind === "found" ? found.role.id : found;
  };

  it.each([
    ["acounts payble", "accounts-payable-specialist"], // the first words of one role's names
    ["tecnical suport", "technical-support-specialist"],
    ["medcal coder", "medical-coder"],
    ["telemarketter", "outbound-telesales-agent"], // two letters off a word of 9 or more
    ["colections", "collections-agent"], // a word of the thesaurus
    ["AR caler", "medical-billing-ar-caller"],
    // a whole name before names it only begins: not "Customer Service Representative (chat/email)"
    ["custmer servce representative", "customer-service-representative"],
    // the classic trap: "debt" and "data" are four letters, and must be as written
    ["debt colector", "collections-agent"],
    ["data colector", "data-collector"],
  ])("finds %s", (query, id) => {
    expect(misspelt(query)).toBe(id);
  });

  it.each([
    ["AP caller", "a word of four letters or fewer is taken as written: AP is not AR"],
    ["custmer", "one word is matched against whole names only"],
    ["acounts payble specialist manager", "more words than any name of the role"],
    ["chasing unpaid invoices", "a description, for the full-text stage"],
    ["x", "no word long enough for a typo"],
    ["%s%n", "no word long enough for a typo"],
  ])("leaves %s to the later stages: %s", (query) => {
    expect(misspelt(query)).toBeUndefined();
  });

  it.each([
    ["acounts receivble", ["accounts-receivable-specialist", "medical-billing-ar-caller"]],
    ["custmer servce", ["customer-service-representative", "chat-email-support-representative"]],
  ])("says %j could be several: names of several roles begin so, a letter off", (query, ids) => {
    const found = findRoleMisspelt(withThesaurus, query);
    expect(found?.kind).toBe("ambiguous");
    const got = found?.kind === "ambiguous" ? found.candidates.map((c) => c.role.id) : [];
    for (const id of ids) expect(got).toContain(id);
  });

  it("never gives another role for a name with a letter dropped or changed", () => {
    const wrong: string[] = [];
    for (const [place, , norm] of namesOf(kb).names) {
      const words = norm.split(" ");
      words.forEach((word, i) => {
        if (editsAllowed(word) === 0) return;
        for (const typo of [
          word.slice(0, 1) + word.slice(2),
          `${word.slice(0, -1)}${word.endsWith("q") ? "z" : "q"}`,
        ]) {
          const query = [...words.slice(0, i), typo, ...words.slice(i + 1)].join(" ");
          const id = misspelt(query);
          if (id !== undefined && id !== kb.roles[place]?.id) wrong.push(`${query} -> ${String(id)}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});
