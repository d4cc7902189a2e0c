import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/core/kb-schema.js";
import type { ProfileInput } from "../src/core/profile-schema.js";
import { rankRoles, rankStandings, rankTopRoles } from "../src/core/score.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { matchResultJson } from "../src/render/match-json.js";
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

// Other scoring data than the shipped KB's, for the shortcuts to be checked on: all neutral shares
// full or none, an extra language enough for full points, one CEFR step enough to miss entirely.
const kbArb: fc.Arbitrary<KnowledgeBase> = fc
  .record({
    neutral: fc.constantFrom(0, 0.5, 1, 0.3),
    forFullPoints: fc.integer({ min: 1, max: 3 }),
    minimumLevel: fc.constantFrom(...CEFR_LEVELS),
    steps: fc.integer({ min: 1, max: 4 }),
    ineligibleCap: fc.constantFrom(0, 33, 49),
  })
  .map(({ neutral, forFullPoints, minimumLevel, steps, ineligibleCap }) => ({
    ...kb,
    scoring: {
      ...kb.scoring,
      neutral,
      ineligibleCap,
      stepsToZero: { education: steps, cefr: steps },
      extraLanguages: { ...kb.scoring.extraLanguages, forFullPoints, minimumLevel },
    },
  }));

describe("ranking only the top roles", () => {
  it("gives the first n of the full ranking, in the same order with the same details", () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.option(fc.integer({ min: 0, max: kb.roles.length + 2 }), { nil: undefined }),
        fc.option(kbArb, { nil: kb }),
        (input, n, someKb) => {
          const profile = profileOf(input);
          const full = rankRoles(someKb, profile);
          const expected = n === undefined ? full : full.slice(0, n);
          const top = rankTopRoles(someKb, profile, n);
          expect(top).toEqual(expected);
          // and the same JSON, byte for byte (toEqual overlooks the order of keys)
          expect(JSON.stringify(top.map(matchResultJson))).toBe(JSON.stringify(expected.map(matchResultJson)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("places each role by the numbers its details add up to, to the last bit", () => {
    fc.assert(
      fc.property(profileArb, fc.option(kbArb, { nil: kb }), (input, someKb) => {
        const profile = profileOf(input);
        const full = new Map(rankRoles(someKb, profile).map((m) => [m.role.id, m]));
        for (const s of rankStandings(someKb, profile)) {
          const m = full.get(s.role.id);
          expect(s.score, s.role.id).toBe(m?.score);
          expect(s.eligible, s.role.id).toBe(m?.eligible);
          expect(s.points, s.role.id).toBe(m?.breakdown.reduce((sum, f) => sum + f.points, 0));
          expect(s.gapCount, s.role.id).toBe(m?.gaps.length);
          expect(s.distance, s.role.id).toBe(m?.gaps.reduce((sum, g) => sum + g.distance, 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("words a role the same whether its words were kept from earlier profiles or made afresh", () => {
    // `kb` keeps each role's words by input across all the runs; a copy starts with none kept
    fc.assert(
      fc.property(profileArb, (input) => {
        const profile = profileOf(input);
        const kept = JSON.stringify(rankRoles(kb, profile).map(matchResultJson));
        expect(kept).toBe(JSON.stringify(rankRoles({ ...kb }, profile).map(matchResultJson)));
      }),
      { numRuns: 500 },
    );
  });

  it("ranks a subset of the roles as rankRoles does", () => {
    fc.assert(
      fc.property(profileArb, fc.subarray(kb.roles), (input, roles) => {
        const profile = profileOf(input);
        expect(rankTopRoles(kb, profile, undefined, roles)).toEqual(rankRoles(kb, profile, roles));
      }),
      { numRuns: 100 },
    );
  });
});
