import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProfileSchema } from "../src/core/profile-schema.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { checkProfile, checkProfileText } from "../src/profile/check-profile.js";

// The fast check (a validator compiled ahead of time from the zod schema) lets a valid profile
// through without loading zod. It must never disagree with zod: what it accepts, zod accepts as
// the very same profile (values, defaults and key order, which --json output shows).

const zodProfile = (value: unknown) => {
  const result = ProfileSchema.safeParse(value);
  return result.success ? result.data : undefined;
};

describe("the fast profile check", () => {
  it.each<[string, unknown]>([
    ["an empty profile, every default filled", {}],
    ["a language by English name", { languages: [{ code: "German", level: "B2" }] }],
    ["a language by upper-case code", { languages: [{ code: "EN", level: "C1" }] }],
    [
      "keys in any order",
      {
        preferences: { interests: ["finance"], nightShifts: false, workMode: "voice" },
        experience: { leadershipYears: 1, years: 3 },
        id: 7,
        education: { field: "commerce", level: "bachelor" },
      },
    ],
    [
      "levels in any case",
      {
        languages: [
          { code: "en", level: "c1" },
          { code: "hi", level: "Native" },
        ],
      },
    ],
    ["yes for night shifts", { preferences: { nightShifts: "yes" } }],
    ["N for night shifts", { preferences: { nightShifts: "N" } }],
    ["1 for night shifts", { preferences: { nightShifts: 1 } }],
    ["a name at the 200-character limit", { name: "x".repeat(200) }],
    ["a name of 200 emoji (zod counts code points)", { name: "😀".repeat(200) }],
  ])("accepts %s, as zod does", (_, value) => {
    const fast = checkProfile(value);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zodProfile(value)));
  });

  it.each<[string, unknown]>([
    ["an unknown language", { languages: [{ code: "Klingon", level: "B2" }] }],
    [
      "a language listed twice",
      {
        languages: [
          { code: "de", level: "B2" },
          { code: "German", level: "C1" },
        ],
      },
    ],
    ["an unknown key", { educaton: { level: "bachelor" } }],
    ["a level of nothing", { languages: [{ code: "en", level: "" }] }],
    ["a level with spaces", { languages: [{ code: "en", level: " C1" }] }],
    ["maybe for night shifts", { preferences: { nightShifts: "maybe" } }],
    ["2 for night shifts", { preferences: { nightShifts: 2 } }],
    ["negative years", { experience: { years: -1 } }],
    ["a fractional typing speed", { skills: { typingWpm: 40.5 } }],
    ["a name over 200 characters", { name: "x".repeat(201) }],
    ["a name over 200 emoji", { name: "😀".repeat(201) }],
    ["not an object", ["languages"]],
  ])("leaves %s to zod, which refuses it", (_, value) => {
    expect(checkProfile(value)).toBeUndefined();
    expect(zodProfile(value)).toBeUndefined();
  });

  it("keeps the canonical level and yes or no, as zod does", () => {
    const fast = checkProfile({
      languages: [{ code: "Tagalog", level: "NATIVE" }],
      preferences: { nightShifts: "Y" },
    });
    expect(fast?.languages).toEqual([{ code: "tl", level: "native" }]);
    expect(fast?.preferences.nightShifts).toBe(true);
  });

  it("reads a JSON profile text, and leaves YAML or broken JSON to the full parser", () => {
    expect(checkProfileText('{"languages":[{"code":"en","level":"B2"}]}')?.languages).toEqual([
      { code: "en", level: "B2" },
    ]);
    expect(checkProfileText("languages: []")).toBeUndefined();
    expect(checkProfileText('{"languages": [')).toBeUndefined();
    expect(checkProfileText('{"education": {"level": "none"}, "education": {"level": "master"}}')).toBeUndefined();
  });

  // mostly valid, with every kind of fault now and then, so both answers are well exercised
  const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: bad, weight: 1 });
  const number = (min: number, max: number) =>
    mostly(
      fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true })),
      fc.constantFrom(min - 1, max + 1, min - 0.5, Number.NaN, Number.POSITIVE_INFINITY, "3"),
    );
  const word = <T extends string>(values: readonly T[]) => mostly(fc.constantFrom(...values), fc.string());
  const nearProfile = fc.record(
    {
      id: mostly(
        fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true })),
        fc.constantFrom(null, true, Number.NaN),
      ),
      name: fc.oneof(fc.string({ maxLength: 210 }), fc.string({ unit: "grapheme", maxLength: 205 })),
      languages: fc.array(
        fc.record(
          {
            code: mostly(fc.constantFrom("en", "de", "EN", "German", "french", " hi ", "xx"), fc.string()),
            level: mostly(
              fc.constantFrom(...CEFR_LEVELS, ...CEFR_LEVELS.map((l) => l.toLowerCase()), "NATIVE", "Native"),
              fc.string(),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      education: mostly(
        fc.record({ level: word(EDUCATION_LEVELS), field: word(FIELDS_OF_STUDY) }, { requiredKeys: ["level"] }),
        fc.anything(),
      ),
      experience: fc.record(
        {
          years: number(0, 60),
          bpoYears: number(0, 60),
          customerFacingYears: number(0, 60),
          leadershipYears: fc.option(number(0, 60), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
      skills: fc.record({ typingWpm: mostly(fc.integer({ min: 1, max: 250 }), number(0, 251)) }, { requiredKeys: [] }),
      preferences: fc.record(
        {
          workMode: word(["voice", "non-voice", "any"]),
          nightShifts: mostly(
            fc.oneof(fc.boolean(), fc.constantFrom("yes", "No", "Y", "n", "TRUE", "false", "1", "0", 1, 0)),
            fc.oneof(fc.string(), fc.integer({ min: -1, max: 2 })),
          ),
          interests: fc.array(word(DOMAINS), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
  const withUnknownKey = nearProfile.map((p) => ({ ...p, educaton: { level: "bachelor" } }));

  it("agrees with zod on any value: the same profile when it accepts, and it accepts all zod accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: nearProfile, weight: 8 },
          { arbitrary: withUnknownKey, weight: 1 },
          { arbitrary: fc.anything(), weight: 1 },
        ),
        (value) => {
          const before = structuredClone(value);
          const fast = checkProfile(value);
          if (fast) accepted += 1;
          const zod = zodProfile(structuredClone(value));
          expect(value).toEqual(before); // the input is never changed
          if (fast === undefined) expect(zod).toBeUndefined();
          else expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
        },
      ),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100); // the property is not only about refusals
  });
});
