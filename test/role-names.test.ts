import { describe, expect, it } from "vitest";
import { findRoleIn } from "../src/core/find-role.js";
import type { KnowledgeBase } from "../src/core/kb-schema.js";
import { compileNames, namesOf } from "../src/core/role-names.js";
import { CliError } from "../src/errors.js";
import { compiledKb, compiledText } from "../src/kb/kb-cache.js";
import { shippedKb } from "./helpers/kb.js";

// The names of a KB's roles as a lookup reads them, compiled once (src/core/role-names.ts): by
// the build for the shipped KB, and into the cache for a custom one (src/kb/kb-cache.ts).

const kb = (over: Partial<KnowledgeBase>): KnowledgeBase => ({ ...shippedKb, ...over });
type Role = KnowledgeBase["roles"][number];
const roleOf = (id: string): Role => {
  const role = shippedKb.roles.find((r) => r.id === id);
  if (!role) throw new Error(`the shipped KB has no ${id}`);
  return role;
};
const csr = roleOf("customer-service-representative");
const ap = roleOf("accounts-payable-specialist");

describe("the compiled thesaurus", () => {
  const small = kb({
    roles: [csr, ap],
    escoLabels: [
      { role: ap.id, occupation: "x", labels: ["Payables Clerk", "AP clerk"] },
      { role: csr.id, occupation: "y", labels: ["Call-centre agent"] },
      { role: "no-such-role", occupation: "z", labels: ["Ghost"] },
    ] as KnowledgeBase["escoLabels"],
    jargon: [
      { term: "AP  Clerk", roles: [ap.id], sources: [] },
      { term: "CCE", roles: [csr.id, ap.id], sources: [] },
    ] as unknown as KnowledgeBase["jargon"],
  });
  const thesaurus = new Map(compileNames(small).thesaurus);
  it.each([
    ["a label, normalised", "payables clerk", [[1, "Payables Clerk"]]],
    ["punctuation and spacing aside", "call centre agent", [[0, "Call-centre agent"]]],
    ["a role's first label: ESCO's before the sector's", "ap clerk", [[1, "AP clerk"]]],
    [
      "a word of several roles, in the order given",
      "cce",
      [
        [0, "CCE"],
        [1, "CCE"],
      ],
    ],
    ["nothing for a role the KB does not have", "ghost", undefined],
  ])("%s", (_name, norm, roles) => {
    expect(thesaurus.get(norm)).toEqual(roles);
  });

  it("holds every title and alias of the roles, normalised, with its role's place", () => {
    const { names, roles } = compileNames(small);
    expect(roles).toEqual([
      { id: csr.id, title: csr.title },
      { id: ap.id, title: ap.title },
    ]);
    expect(names.filter(([place]) => place === 1).map(([, name]) => name)).toEqual([ap.title, ...ap.aliases]);
    expect(names[0]).toEqual([0, csr.title, csr.title.toLowerCase()]);
  });
});

describe("a custom KB as its cache holds it", () => {
  const text = compiledText(shippedKb);
  it("reads back as the KB that was checked, with its names compiled", () => {
    const read = compiledKb(Buffer.from(text), "cache/kb-1.json");
    expect(JSON.stringify(read)).toBe(JSON.stringify(shippedKb)); // keys in the same order too
    expect(read.names).toEqual(compileNames(shippedKb));
    expect(Object.keys(read)).not.toContain("names");
  });

  it("lists the roles a misspelt name could be from the names alone, in a KB too large for the full-text stage", async () => {
    // 2,100 roles (over 2,000, typo matching alone looks for a name that is no role's), their roles damaged
    const roles = Array.from(
      { length: 2100 },
      (_, i): Role => ({
        ...ap,
        id: `${ap.id}-${i}`,
        title: `${ap.title} ${i}`,
        aliases: ap.aliases.map((a) => `${a} ${i}`),
      }),
    );
    const [head] = compiledText(kb({ roles })).split("\n");
    const read = compiledKb(Buffer.from(`${head}\n[{"broken`), "cache/kb-1.json");
    // the first words of every role's title, misspelt: any of them
    const found = await findRoleIn(read, "acounts payble specilist");
    expect(found.kind).toBe("ambiguous");
    const ids = found.kind === "ambiguous" ? found.candidates.map((c) => c.role.id) : [];
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id).toMatch(/^accounts-payable-specialist-\d+$/);
    expect(() => read.roles).toThrow(CliError);
    expect(() => read.roles).toThrow("the cached copy of the KB is damaged: cache/kb-1.json");
  });

  it("finds the same roles as the KB it was compiled from", async () => {
    const read = compiledKb(Buffer.from(text), "cache/kb-1.json");
    for (const query of ["accounts payable", "cce", "acounts payble", "tech suport", "x", "help desk"]) {
      expect(await findRoleIn(read, query)).toEqual(await findRoleIn(shippedKb, query));
    }
  });

  it("is compiled once for a KB that comes without its names", () => {
    expect(namesOf(shippedKb)).toBe(namesOf(shippedKb));
  });
});
