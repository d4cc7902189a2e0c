import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/core/kb-schema.js";
import type { ProfileInput } from "../src/core/profile-schema.js";
import { rankRoles, rankStandings, rankTopRoles } from "../src/core/score.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { matchResultJson } from "../src/render/match-json.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";
import { referenceRanking } from "./helpers/reference-scorer.js";

const LANGUAGES = ["en", "de", "fr", "es", "pl", "hi", "tl", "nl", "no", "ja"] as const;
const yearsArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 30, noNaN: true }));

const profileArb: fc.Arbitrary<ProfileInput> = fc.record({
  country: fc.option(fc.constantFrom("IN", "PH", "PL", "DE", "US"), { nil: undefined }),
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
    "more years in customer-facing work",
    (p) => ({
      ...p,
      experience: { ...p.experience, customerFacingYears: (p.experience?.customerFacingYears ?? 0) + 1 },
    }),
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
          // nor turns a known requirement met into a gap
          if (was.eligibility !== "not-yet") expect(now?.eligibility, id).not.toBe("not-yet");
        }
      }),
      { numRuns: 200 },
    );
  });
});

// Other scoring data than the shipped KB's, for the compiled path to be checked on: other
// weights, neutral shares, steps, bands, interest steps, years for full points and level shares.
const weightsArb = fc
  .tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 10 })))
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    const [requirements, interests, workMode, fieldOfStudy, extraYears, extraLanguages] = w.map(
      (x) => (x * 100) / total,
    ) as number[];
    const used = [requirements, interests, workMode, fieldOfStudy, extraYears, extraLanguages].reduce(
      (a, b) => (a as number) + (b as number),
      0,
    ) as number;
    return {
      requirements: requirements as number,
      interests: interests as number,
      workMode: workMode as number,
      fieldOfStudy: fieldOfStudy as number,
      extraYears: extraYears as number,
      extraLanguages: extraLanguages as number,
      nightShifts: 100 - used,
    };
  });

const kbArb: fc.Arbitrary<KnowledgeBase> = fc
  .record({
    weights: fc.option(weightsArb, { nil: undefined }),
    neutral: fc.constantFrom(0, 0.5, 1, 0.3),
    forFullPoints: fc.constantFrom(0.5, 1, 2),
    minimumLevel: fc.constantFrom(...CEFR_LEVELS),
    steps: fc.integer({ min: 1, max: 4 }),
    ineligibleCap: fc.constantFrom(0, 33, 49, 100),
    strong: fc.integer({ min: 0, max: 100 }),
    stretch: fc.constantFrom(0, 0.34, 1),
    step: fc.constantFrom(0, 0.15, 0.5),
    floor: fc.constantFrom(0, 0.55, 1),
    forFull: fc.constantFrom(0.5, 3, 10),
    stepBackAfter: fc.integer({ min: 1, max: 4 }),
    b2: fc.constantFrom(0, 0.5, 1),
  })
  .map((r) => ({
    ...kb,
    scoring: {
      ...kb.scoring,
      weights: r.weights ?? kb.scoring.weights,
      neutral: r.neutral,
      ineligibleCap: r.ineligibleCap,
      stepsToZero: { education: r.steps, cefr: r.steps },
      interests: { step: r.step, floor: r.floor },
      extraYears: { forFull: r.forFull },
      bands: { strong: r.strong, stretchDistance: r.stretch },
      stepBackAfter: r.stepBackAfter,
      extraLanguages: {
        ...kb.scoring.extraLanguages,
        forFullPoints: r.forFullPoints,
        minimumLevel: r.minimumLevel,
        levelShares: { ...kb.scoring.extraLanguages.levelShares, B2: r.b2 },
      },
    },
  }));

describe("the compiled scorer", () => {
  it("agrees with the plain reference scorer on random profiles and random scoring data", () => {
    fc.assert(
      fc.property(profileArb, fc.option(kbArb, { nil: kb }), (input, someKb) => {
        const profile = profileOf(input);
        const compiled = rankRoles(someKb, profile).map((m) => ({
          id: m.role.id,
          score: m.score,
          eligibility: m.eligibility,
          band: m.band,
          stepBack: m.stepBack,
          conflict: m.conflicts.length > 0,
        }));
        expect(compiled).toEqual(referenceRanking(someKb, profile));
      }),
      { numRuns: 1000 },
    );
  });
});

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
          const top = rankTopRoles(someKb, profile, n, true).matches;
          const MARKET = { kb: someKb, country: profile.country, year: 2026 };
          expect(top).toEqual(expected);
          // and the same JSON, byte for byte (toEqual overlooks the order of keys)
          expect(JSON.stringify(top.map((m) => matchResultJson(m, MARKET)))).toBe(
            JSON.stringify(expected.map((m) => matchResultJson(m, MARKET))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the first n of the ranking without conflicts, as match shows them, whatever it skips", () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.integer({ min: 0, max: kb.roles.length + 2 }),
        fc.option(kbArb, { nil: kb }),
        (input, n, someKb) => {
          const profile = profileOf(input);
          const full = rankRoles(someKb, profile).filter((m) => m.conflicts.length === 0);
          const top = rankTopRoles(someKb, profile, n, false);
          expect(top.matches).toEqual(full.slice(0, n));
          expect(top.conflicts).toBe(someKb.roles.length - full.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves out conflicts, and only them, unless they are asked for", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const profile = profileOf(input);
        const full = rankRoles(kb, profile);
        const { matches, conflicts, total } = rankTopRoles(kb, profile, undefined, false);
        expect(total).toBe(kb.roles.length);
        expect(matches).toEqual(full.filter((m) => m.conflicts.length === 0));
        expect(conflicts).toBe(full.length - matches.length);
      }),
      { numRuns: 200 },
    );
  });

  it("places each role by the numbers its details add up to", () => {
    fc.assert(
      fc.property(profileArb, fc.option(kbArb, { nil: kb }), (input, someKb) => {
        const profile = profileOf(input);
        const full = new Map(rankRoles(someKb, profile).map((m) => [m.role.id, m]));
        for (const s of rankStandings(someKb, profile)) {
          const m = full.get(s.role.id);
          expect(s.score, s.role.id).toBe(m?.score);
          expect(s.eligibility, s.role.id).toBe(m?.eligibility);
          expect(s.gapCount, s.role.id).toBe(m?.gaps.length);
          expect(s.distance, s.role.id).toBeCloseTo(m?.gaps.reduce((sum, g) => sum + g.distance, 0) ?? -1, 2);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("words a role the same whether its words were kept from earlier profiles or made afresh", () => {
    // `kb` keeps each role's words by input across all the runs; a copy starts with none kept
    fc.assert(
      fc.property(profileArb, (input) => {
        const profile = profileOf(input);
        const kept = JSON.stringify(
          rankRoles(kb, profile).map((m) => matchResultJson(m, { kb, country: profile.country, year: 2026 })),
        );
        expect(kept).toBe(
          JSON.stringify(
            rankRoles({ ...kb }, profile).map((m) => matchResultJson(m, { kb, country: profile.country, year: 2026 })),
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("ranks a subset of the roles as rankRoles does", () => {
    fc.assert(
      fc.property(profileArb, fc.subarray(kb.roles), (input, roles) => {
        const profile = profileOf(input);
        expect(rankTopRoles(kb, profile, undefined, true, roles).matches).toEqual(rankRoles(kb, profile, roles));
      }),
      { numRuns: 100 },
    );
  });
});
