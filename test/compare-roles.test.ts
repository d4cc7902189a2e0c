import { describe, expect, it } from "vitest";
import { compareCountProblem, pickRoles } from "../src/core/compare-roles.js";
import type { Role } from "../src/core/kb-schema.js";
import type { RoleLookup } from "../src/core/lookup.js";
import { shippedKb as kb } from "./helpers/kb.js";

const role = (id: string) => kb.roles.find((r) => r.id === id) as Role;
const found = (id: string): RoleLookup => ({ kind: "found", role: role(id), matchedName: id, how: "id" });
const none: RoleLookup = { kind: "none", nearest: [] };
const ambiguous: RoleLookup = { kind: "ambiguous", candidates: [] };

describe("how many roles compare takes", () => {
  it.each([
    [0, "compare takes 2 to 4 roles; 0 were given"],
    [1, "compare takes 2 to 4 roles; 1 was given"],
    [2, undefined],
    [4, undefined],
    [5, "compare takes 2 to 4 roles; 5 were given"],
  ])("%i roles: %s", (count, wanted) => {
    expect(compareCountProblem(count)).toBe(wanted);
  });
});

describe("the roles compare sets side by side", () => {
  const summary = (lookups: RoleLookup[]) => {
    const picked = pickRoles(
      lookups.map((_, i) => `name ${i + 1}`),
      lookups,
    );
    if (picked.kind === "roles") return picked.roles.map((r) => r.id).join(",");
    if (picked.kind === "twice") return `twice ${picked.arguments.join("+")} ${picked.role.id}`;
    return `misses ${picked.misses.map((m) => `${m.argument}:${m.lookup.kind}:${m.query}`).join(",")}`;
  };

  it.each([
    ["two roles, in the order named", [found("bookkeeper"), found("trainer")], "bookkeeper,trainer"],
    ["a name that matches nothing, by its place", [found("bookkeeper"), none], "misses 2:none:name 2"],
    [
      "every argument that is not one role",
      [ambiguous, found("trainer"), none],
      "misses 1:ambiguous:name 1,3:none:name 3",
    ],
    [
      "one role named twice, by both places",
      [found("trainer"), found("bookkeeper"), found("trainer")],
      "twice 1+3 trainer",
    ],
    ["a name not found before a role named twice", [found("trainer"), found("trainer"), none], "misses 3:none:name 3"],
  ])("%s", (_name, lookups, wanted) => {
    expect(summary(lookups)).toBe(wanted);
  });
});
