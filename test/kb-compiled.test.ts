import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KbFileSchema, type Role } from "../src/core/kb-schema.js";
import { COMPILED_FROM_ROLES, kbFileParser, validateKnowledgeBase } from "../src/core/kb-validate.js";
import { shippedKb } from "./helpers/kb.js";

// A large KB file is parsed by z.compile()'s generated code (kb-validate.ts), which must give
// exactly what the schema gives: the same value for valid roles, the same issues (so the same
// messages) for invalid ones.
const compiled = kbFileParser(COMPILED_FROM_ROLES);
const outcome = (result: ReturnType<typeof KbFileSchema.safeParse>) =>
  result.success ? { data: result.data } : { issues: result.error.issues };

const DELETE = Symbol("delete");
const PATHS: (string | number)[][] = [
  ["id"],
  ["title"],
  ["aliases"],
  ["aliases", 0],
  ["summary"],
  ["domain"],
  ["level"],
  ["countries"],
  ["countries", "PH", "shifts", "night"],
  ["requirements", "experience", "helps"],
  ["requirements", "languageOptions"],
  ["careerPath", "asksLess"],
  ["process"],
  ["process", "mode"],
  ["process", "channels"],
  ["responsibilities", 0],
  ["requirements"],
  ["requirements", "education", "minimum"],
  ["requirements", "languages", 0, "level"],
  ["requirements", "experience", "years"],
  ["requirements", "typingWpm", "minimum"],
  ["pay", 0],
  ["pay", 0, "min"],
  ["pay", 0, "max"],
  ["pay", 0, "amount"],
  ["pay", 0, "currency"],
  ["pay", 0, "year"],
  ["classification", "isco"],
  ["qualificationPacks", 0, "code"],
  ["kpis", 0, "sources"],
  ["careerPath"],
  ["careerPath", "next"],
  ["shifts", "night"],
  ["jobPlatforms", 0, "name"],
  ["sources"],
  ["sources", 0],
  ["salery"],
];

/** The role with the value at `path` replaced (or removed), where its parent exists. */
function mutate(role: Role, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(role)) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== "object" || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe("the compiled parser of a large KB file", () => {
  it("is what validates a file of that many roles, giving the schema's value", () => {
    const roles = Array.from({ length: COMPILED_FROM_ROLES }, (_, i) =>
      i < shippedKb.roles.length
        ? shippedKb.roles[i]
        : {
            id: `role-${i}`,
            title: `Role ${i}`,
            summary: "S.",
            domain: "hr",
            level: "entry",
            office: "back",
            process: { mode: "voice" },
            sources: ["seed-000"],
          },
    );
    const text = JSON.stringify({ ...shippedKb, roles });
    const result = validateKnowledgeBase([{ file: "kb.json", text }], "kb.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.kb.roles).toEqual(KbFileSchema.parse(JSON.parse(text)).roles);
  });

  it("gives the schema's value, defaults filled in, or its issues, for a changed role", () => {
    const values = fc.oneof(
      fc.anything(),
      fc.constantFrom(DELETE, "", " ", -1, 0, 1.5, "B2", "USD", "usd", [], {}, ["seed-001"], [""], null),
    );
    fc.assert(
      fc.property(fc.nat(shippedKb.roles.length - 1), fc.constantFrom(...PATHS), values, (i, path, value) => {
        const file = { roles: [shippedKb.roles[0], mutate(shippedKb.roles[i] as Role, path, value)] };
        expect(outcome(compiled.safeParse(file))).toEqual(outcome(KbFileSchema.safeParse(file)));
      }),
      { numRuns: 500 },
    );
  });
});
