import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProfileInput } from "../src/core/profile-schema.js";
import { rankRoles } from "../src/core/score.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";

const LANGUAGES = ["en", "de", "fr", "es", "pl", "hi", "tl", "nl", "no", "ja"] as const;
const yearsArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 30, noNaN: true }));

const profileArb: fc.Arbitrary<ProfileInput> = fc.record({
  languages: fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...CEFR_LEVELS) }),
    { selector: (l) => l.code, maxLength: 4 },
  ),
  education: fc.record({
    level: fc.constantFrom(...EDUCATION_LEVELS),
    field: fc.option(fc.constantFrom(...FIELDS_OF_STUDY), { nil: undefined }),
  }),
  experience: fc.record({
    years: yearsArb,
    bpoYears: yearsArb,
    customerFacingYears: yearsArb,
    leadershipYears: yearsArb,
  }),
  skills: fc.record({ typingWpm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }) }),
  preferences: fc.record({
    workMode: fc.constantFrom("voice", "non-voice", "any"),
    nightShifts: fc.option(fc.boolean(), { nil: undefined }),
    interests: fc.uniqueArray(fc.constantFrom(...DOMAINS), { maxLength: 4 }),
  }),
});

const byId = (input: ProfileInput) => new Map(rankRoles(kb, profileOf(input)).map((m) => [m.role.id, m]));
const next = <T>(list: readonly T[], item: T): T => list[Math.min(list.indexOf(item) + 1, list.length - 1)] as T;

/** Ways to improve one qualification; each must never lower a score or lose eligibility. */
const improvements: [string, (p: ProfileInput) => ProfileInput][] = [
  [
    "a higher education level",
    (p) => ({ ...p, education: { ...p.education, level: next(EDUCATION_LEVELS, p.education?.level ?? "none") } }),
  ],
  [
    "a higher CEFR level",
    (p) => ({
      ...p,
      languages: (p.languages ?? []).map((l, i) =>
        i === 0 ? { ...l, level: next(CEFR_LEVELS, l.level as (typeof CEFR_LEVELS)[number]) } : l,
      ),
    }),
  ],
  [
    "another language",
    (p) => {
      const spare = LANGUAGES.find((c) => !(p.languages ?? []).some((l) => l.code === c));
      return spare ? { ...p, languages: [...(p.languages ?? []), { code: spare, level: "B2" }] } : p;
    },
  ],
  [
    "more years of experience",
    (p) => ({ ...p, experience: { ...p.experience, years: (p.experience?.years ?? 0) + 1 } }),
  ],
  [
    "more years in BPO",
    (p) => ({ ...p, experience: { ...p.experience, bpoYears: (p.experience?.bpoYears ?? 0) + 1.5 } }),
  ],
  [
    "more years leading a team",
    (p) => ({ ...p, experience: { ...p.experience, leadershipYears: (p.experience?.leadershipYears ?? 0) + 2 } }),
  ],
  ["faster typing", (p) => ({ ...p, skills: { typingWpm: (p.skills?.typingWpm ?? 0) + 10 } })],
];

describe("scoring any valid profile", () => {
  it("never throws, and keeps every score within 0..100", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        for (const m of rankRoles(kb, profileOf(input))) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(m.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        expect(rankRoles(kb, profileOf(input))).toEqual(rankRoles(kb, profileOf(structuredClone(input))));
      }),
      { numRuns: 100 },
    );
  });

  it.each(improvements)("never lowers a score or loses eligibility with %s", (_name, improve) => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const before = byId(input);
        const after = byId(improve(input));
        for (const [id, was] of before) {
          const now = after.get(id);
          expect(now?.score, id).toBeGreaterThanOrEqual(was.score);
          if (was.eligible) expect(now?.eligible, id).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
