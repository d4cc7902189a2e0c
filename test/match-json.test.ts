import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OutputBytes } from "../src/batch/output-bytes.js";
import type { Role } from "../src/core/kb-schema.js";
import { rankWorded, spelledOut, type WordedMatch } from "../src/core/score.js";
import { type Worded, wordedOf } from "../src/core/score-words.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import {
  matchResultJson,
  pickedResultJson,
  RESULT_FIELDS,
  writePickedMatch,
  writeWordedMatch,
} from "../src/render/match-json.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";

/** Where a result is for: its pay is that country's (none without one). */
const marketOf = (country: string | undefined) => ({ kb, country, year: 2026 });
const asJson = (m: WordedMatch, country?: string) => JSON.stringify(matchResultJson(spelledOut(m), marketOf(country)));
/** What writeWordedMatch writes, as text (into a small buffer, which must grow as it goes). */
const matchResultText = (m: WordedMatch, country?: string): string => {
  const out = new OutputBytes(16);
  writeWordedMatch(m, out, marketOf(country));
  return Buffer.concat(out.take()).toString("utf8");
};

describe("a match result written as JSON bytes", () => {
  it("is JSON.stringify's text, byte for byte, for any profile", () => {
    const profileArb = fc.record({
      country: fc.option(fc.constantFrom("IN", "PH", "PL"), { nil: undefined }),
      languages: fc.uniqueArray(
        fc.record({ code: fc.constantFrom("en", "de", "fr", "hi", "ja"), level: fc.constantFrom(...CEFR_LEVELS) }),
        { selector: (l) => l.code, maxLength: 3 },
      ),
      education: fc.record({
        level: fc.constantFrom(...EDUCATION_LEVELS),
        field: fc.option(fc.constantFrom(...FIELDS_OF_STUDY), { nil: undefined }),
      }),
      experience: fc.record({
        years: fc.double({ min: 0, max: 30, noNaN: true }),
        bpoYears: fc.integer({ min: 0, max: 10 }),
      }),
      skills: fc.record({ typingWpm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }) }),
      preferences: fc.record({
        workMode: fc.constantFrom("voice", "non-voice", "any"),
        nightShifts: fc.option(fc.boolean(), { nil: undefined }),
        interests: fc.uniqueArray(fc.constantFrom(...DOMAINS), { maxLength: 3 }),
      }),
    });
    fc.assert(
      fc.property(profileArb, (input) => {
        for (const m of rankWorded(kb, profileOf(input), undefined, true).matches) {
          expect(matchResultText(m, input.country)).toBe(asJson(m, input.country));
          // again, from the JSON kept with shared words
          expect(matchResultText(m, input.country)).toBe(asJson(m, input.country));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with --fields, is JSON.stringify's text of the fields named, in their order, for any profile", () => {
    const profileArb = fc.record({
      country: fc.option(fc.constantFrom("IN", "PH", "PL"), { nil: undefined }),
      languages: fc.uniqueArray(
        fc.record({ code: fc.constantFrom("en", "de", "hi"), level: fc.constantFrom(...CEFR_LEVELS) }),
        { selector: (l) => l.code, maxLength: 2 },
      ),
      education: fc.record({ level: fc.constantFrom(...EDUCATION_LEVELS) }),
      preferences: fc.record({ workMode: fc.constantFrom("voice", "non-voice", "any") }),
    });
    const fieldsArb = fc.shuffledSubarray(RESULT_FIELDS, { minLength: 1 });
    fc.assert(
      fc.property(profileArb, fieldsArb, (input, fields) => {
        const market = marketOf(input.country);
        for (const m of rankWorded(kb, profileOf(input), 5, true).matches) {
          const out = new OutputBytes(16);
          writePickedMatch(m, out, market, fields);
          const text = Buffer.concat(out.take()).toString("utf8");
          expect(text).toBe(JSON.stringify(pickedResultJson(spelledOut(m), market, fields)));
          expect(Object.keys(JSON.parse(text))).toEqual(fields);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("in full, as a batch writes it, has every field --fields may name, in that order", () => {
    const [m] = rankWorded(kb, profileOf({ country: "IN" }), 1, false).matches;
    expect(Object.keys(JSON.parse(matchResultText(m as WordedMatch, "IN")))).toEqual(RESULT_FIELDS);
  });

  it("escapes what JSON escapes, in titles, reasons, gaps and breakdown lines, shared or not", () => {
    const odd = 'a "quote", a \\ backslash, a\nnewline, a \u0001 control, é, 日本, 😀, a lone \udc00';
    const role = { ...kb.roles[0], id: "odd", title: odd } as Role;
    const gap = {
      factor: "typing" as const,
      text: odd,
      need: 40,
      have: null,
      distance: 0.125,
      next: { text: odd, sources: ["seed-000"] },
    };
    const line = { factor: "typing" as const, points: 7.5, max: 15, verdict: "unmet" as const, reason: odd };
    const fresh = wordedOf(line, 1, gap);
    const shared: Worded = {
      line: Object.freeze({ ...line, points: 0 }),
      reasonRank: 2,
      gap: Object.freeze({ ...gap, have: 12 }),
      shared: { json: undefined },
    };
    const plain = wordedOf({ ...line, reason: "plain" }, 3);
    const unknown = wordedOf({ ...line, factor: "education", verdict: "not-known", reason: odd }, undefined);
    const conflict = wordedOf({ ...line, factor: "workMode", verdict: "conflict", reason: odd }, undefined);
    const m: WordedMatch = {
      role,
      score: 42,
      band: "conflict",
      eligibility: "not-yet",
      stepBack: true,
      lines: [fresh, shared, plain, unknown, conflict],
      reasons: [fresh, plain],
    };
    expect(matchResultText(m)).toBe(asJson(m));
    expect(matchResultText(m)).toBe(asJson(m)); // again, from what was kept
  });

  it("writes words that are not shared afresh each time, as they may have changed", () => {
    const line = { factor: "workMode" as const, points: 15, max: 15, verdict: "met" as const, reason: "before" };
    const w = wordedOf(line, 0);
    const m: WordedMatch = {
      role: kb.roles[0] as Role,
      score: 1,
      band: "good",
      eligibility: "eligible",
      stepBack: false,
      lines: [w],
      reasons: [w],
    };
    expect(matchResultText(m)).toContain('"reason":"before"');
    line.reason = "after";
    expect(matchResultText(m)).toBe(asJson(m));
    expect(matchResultText(m)).not.toContain("before");
  });
});
