import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KbFileSchema, type Role } from "../src/core/kb-schema.js";
import { validateKnowledgeBase } from "../src/core/kb-validate.js";
import { schemaIssues } from "../src/core/schema-issues.js";
import { parseDocumentText } from "../src/core/yaml-document.js";
import { shippedKb } from "./helpers/kb.js";

// A custom KB's roles are parsed by z.compile()'s generated code (kb-validate.ts), which must give
// exactly what the schema gives: the same value for valid roles, the same issues for invalid ones.
const FILE = "kb.json";
const textOf = (roles: unknown[]) => JSON.stringify({ ...shippedKb, roles });

/** What the KB schema itself says of a file, as validateKnowledgeBase would report it. */
function bySchema(text: string) {
  const parsed = parseDocumentText(text, FILE);
  if (!parsed.ok) throw new Error("not JSON");
  const result = KbFileSchema.safeParse(parsed.doc.value);
  return result.success ? { data: result.data } : { issues: schemaIssues(result.error, FILE, parsed.doc) };
}

const DELETE = Symbol("delete");
const PATHS: (string | number)[][] = [
  ["id"],
  ["title"],
  ["aliases"],
  ["aliases", 0],
  ["summary"],
  ["domain"],
  ["process"],
  ["process", "mode"],
  ["process", "channels"],
  ["responsibilities", 0],
  ["requirements"],
  ["requirements", "education", "minimum"],
  ["requirements", "languages", 0, "level"],
  ["requirements", "experience", "years"],
  ["requirements", "typingWpm", "minimum"],
  ["salary", 0],
  ["salary", 0, "min"],
  ["salary", 0, "max"],
  ["salary", 0, "currency"],
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
  const copy = structuredClone(role) as unknown as Record<string | number, unknown>;
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

describe("validating a KB's roles with the compiled parser", () => {
  it("gives the schema's value for valid roles", () => {
    const text = textOf(shippedKb.roles);
    const result = validateKnowledgeBase([{ file: FILE, text }], FILE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.kb.roles).toEqual(bySchema(text).data?.roles);
  });

  it("gives the schema's value, defaults filled in, or its issues, for a changed role", () => {
    const values = fc.oneof(
      fc.anything(),
      fc.constantFrom(DELETE, "", " ", -1, 0, 1.5, "B2", "USD", "usd", [], {}, ["seed-001"], [""], null),
    );
    fc.assert(
      fc.property(fc.nat(shippedKb.roles.length - 1), fc.constantFrom(...PATHS), values, (i, path, value) => {
        const text = textOf([mutate(shippedKb.roles[i] as Role, path, value)]);
        const expected = bySchema(text);
        const result = validateKnowledgeBase([{ file: FILE, text }], FILE);
        if (expected.issues) expect(result).toEqual({ ok: false, issues: expected.issues });
        else if (result.ok) expect(result.kb.roles).toEqual(expected.data?.roles);
        // else: valid by the schema, refused by the cross-reference checks, which follow it
      }),
      { numRuns: 300 },
    );
  });
});
