import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { validateKnowledgeBase } from "../src/core/kb-validate.js";
import { parseProfileObject, parseProfileText } from "../src/profile/parse-profile.js";

// Whatever text or value they are given, the parsers answer with a result or with located
// issues: they never throw, never return anything else, and an issue always says something.
const isAnswer = (result: { ok: boolean; issues?: { file: string; message: string }[] }) => {
  if (result.ok) return true;
  return (
    Array.isArray(result.issues) &&
    result.issues.length > 0 &&
    result.issues.every((i) => typeof i.file === "string" && typeof i.message === "string" && i.message.length > 0)
  );
};

const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.anything().map((v) => JSON.stringify(v) ?? ""),
  fc.anything().map((v) => String(stringify(v) ?? "")),
  fc.constantFrom("{", "[", "- a\n-", "a: &x 1\nb: *x", "a: b: c", "\u0000", '{"languages": [{"code": 1}]}'),
);

describe("parsing any input", () => {
  it("a profile text gives a profile or issues", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isAnswer(parseProfileText(text, "p.yaml"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a profile value gives a profile or issues", () => {
    const nearProfile = fc.record(
      {
        languages: fc.array(fc.record({ code: fc.string(), level: fc.string() }, { requiredKeys: [] })),
        education: fc.anything(),
        experience: fc.dictionary(fc.string(), fc.anything()),
        preferences: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearProfile), (value) => {
        expect(isAnswer(parseProfileObject(value, "<flags>"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a KB file gives a KB or issues", () => {
    const nearKb = fc.record(
      { roles: fc.array(fc.dictionary(fc.string(), fc.anything()), { maxLength: 3 }), sources: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          texts,
          nearKb.map((v) => stringify(v)),
        ),
        (text) => {
          expect(isAnswer(validateKnowledgeBase([{ file: "kb.yaml", text }], "kb.yaml"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
