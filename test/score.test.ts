import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/core/kb-schema.js";
import type { ProfileInput } from "../src/core/profile-schema.js";
import { rankRoles, scoreRole } from "../src/core/score.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";

const top = (input: ProfileInput, n = 5) =>
  rankRoles(kb, profileOf(input))
    .slice(0, n)
    .map((m) => m.role.id);
const matchFor = (input: ProfileInput, id: string) => {
  const found = rankRoles(kb, profileOf(input)).find((m) => m.role.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};

// What a careers counsellor would expect for each person: roles near the top, and roles not.
const PERSONAS: { who: string; profile: ProfileInput; near: string[]; notNear: string[] }[] = [
  {
    who: "a 10+2 fresher with English B2 who wants voice work",
    profile: {
      languages: [{ code: "en", level: "B2" }],
      education: { level: "higher-secondary" },
      preferences: { workMode: "voice", nightShifts: true, interests: ["customer-service"] },
    },
    near: ["customer-service-representative", "customer-engagement-manager"],
    notNear: ["operations-manager", "team-leader", "financial-analyst", "fpo-specialist", "hro-specialist"],
  },
  {
    who: "a B.Com graduate with English C1 and German B2 who wants back-office work",
    profile: {
      languages: [
        { code: "en", level: "C1" },
        { code: "de", level: "B2" },
      ],
      education: { level: "bachelor", field: "commerce" },
      preferences: { workMode: "non-voice", interests: ["finance"] },
    },
    near: ["accounts-payable-specialist", "accounts-receivable-specialist", "fpo-specialist"],
    notNear: ["customer-service-representative", "outbound-telesales-agent", "team-leader"],
  },
  {
    who: "a B.Tech in IT",
    profile: {
      languages: [{ code: "en", level: "B2" }],
      education: { level: "bachelor", field: "it" },
      preferences: { workMode: "any", interests: ["technical-support"] },
    },
    near: ["technical-support-specialist", "it-developer"],
    notNear: ["operations-manager", "hro-specialist", "bookkeeper"],
  },
  {
    who: "six years in BPO with three leading a team",
    profile: {
      languages: [{ code: "en", level: "C1" }],
      education: { level: "bachelor", field: "business" },
      experience: { years: 6, bpoYears: 6, customerFacingYears: 6, leadershipYears: 3 },
      preferences: { workMode: "any", nightShifts: true, interests: ["management"] },
    },
    near: ["team-leader", "operations-manager", "bpo-specialist"],
    notNear: ["data-entry-operator", "data-collector", "bookkeeper"],
  },
  {
    who: "an HR graduate",
    profile: {
      languages: [{ code: "en", level: "B2" }],
      education: { level: "bachelor", field: "hr" },
      preferences: { workMode: "non-voice", interests: ["hr"] },
    },
    near: ["hro-specialist"],
    notNear: ["operations-manager", "team-leader", "outbound-telesales-agent", "technical-support-specialist"],
  },
];

describe("ranking roles for a person", () => {
  it.each(PERSONAS)("for $who puts the expected roles near the top", ({ profile, near, notNear }) => {
    const top5 = top(profile, 5);
    for (const id of near) expect(top5, `${id} in the top 5`).toContain(id);
    expect(near).toContain(top(profile, 1)[0]);
    for (const id of notNear) expect(top5, `${id} not in the top 5`).not.toContain(id);
  });

  it("gives different people visibly different rankings", () => {
    const rankings = PERSONAS.map((p) => top(p.profile, 3).join(","));
    expect(new Set(rankings).size).toBe(PERSONAS.length);
  });

  it("ranks every eligible role above every other, and orders the rest by fewest and smallest gaps", () => {
    const ranked = rankRoles(
      kb,
      profileOf({ languages: [{ code: "en", level: "B1" }], education: { level: "secondary" } }),
    );
    const firstIneligible = ranked.findIndex((m) => !m.eligible);
    expect(firstIneligible).toBeGreaterThan(0);
    expect(ranked.slice(firstIneligible).every((m) => !m.eligible)).toBe(true);
    const rest = ranked.slice(firstIneligible);
    for (let i = 1; i < rest.length; i++) {
      expect(rest[i - 1]?.gaps.length).toBeLessThanOrEqual(rest[i]?.gaps.length ?? 0);
    }
    for (const m of ranked.slice(0, firstIneligible)) expect(m.score).toBeGreaterThan(kb.scoring.ineligibleCap);
    for (const m of rest) expect(m.score).toBeLessThanOrEqual(kb.scoring.ineligibleCap);
  });

  it("breaks ties by id, so the same profile always gives the same order", () => {
    const ranked = rankRoles(kb, profileOf({}));
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      if (
        a &&
        b &&
        a.eligible === b.eligible &&
        a.score === b.score &&
        a.gaps.length === b.gaps.length &&
        a.gaps.length === 0
      ) {
        expect(a.role.id < b.role.id).toBe(true);
      }
    }
  });
});

describe("explaining a score", () => {
  it("says in plain words why a requirement is met", () => {
    const m = matchFor(
      {
        languages: [
          { code: "en", level: "C1" },
          { code: "de", level: "B2" },
        ],
        education: { level: "bachelor", field: "commerce" },
      },
      "accounts-receivable-specialist",
    );
    expect(m.reasons).toContain("English C1 meets the B2 the role asks");
    expect(m.reasons.some((r) => /German B2/.test(r))).toBe(true);
  });

  it.each([
    [
      { languages: [{ code: "en", level: "B1" }] },
      "customer-service-representative",
      "English B1, the role asks B2: one CEFR step",
    ],
    [{ languages: [] }, "customer-service-representative", "needs English B2; you have not listed English"],
    [{ experience: { years: 2 } }, "team-leader", "needs 1 year in BPO, you have 0"],
    [{ experience: { bpoYears: 1 } }, "operations-manager", "needs 1 year leading a team, you have 0"],
    [{ skills: { typingWpm: 30 } }, "data-entry-operator", "needs typing at 45 WPM; you type 30, 15 short"],
    [{}, "data-entry-operator", "needs typing at 45 WPM; you gave no typing speed"],
    [
      { education: { level: "secondary" } },
      "customer-service-representative",
      "needs at least Higher secondary (10+2); you have Secondary (10th grade): one level short",
    ],
  ] as [ProfileInput, string, string][])("states each gap with its distance: %j for %s", (profile, id, text) => {
    const m = matchFor(profile, id);
    expect(m.eligible).toBe(false);
    expect(m.gaps.map((g) => g.text)).toContain(text);
  });

  it("gives every factor's points out of its maximum, adding up to the score of an eligible role", () => {
    const m = matchFor(
      { languages: [{ code: "en", level: "B2" }], education: { level: "higher-secondary" } },
      "customer-service-representative",
    );
    expect(m.eligible).toBe(true);
    const total = m.breakdown.reduce((s, f) => s + f.points, 0);
    expect(m.score).toBe(Math.round(total));
    expect(m.breakdown.reduce((s, f) => s + f.max, 0)).toBeCloseTo(100, 1);
    for (const f of m.breakdown) expect(f.reason.length).toBeGreaterThan(10);
  });
});

describe("weights and thresholds", () => {
  it("come from the KB's scoring data, not from code", () => {
    const profile = profileOf({ preferences: { workMode: "voice" } });
    const role = kb.roles.find((r) => r.id === "customer-service-representative");
    if (!role) throw new Error("missing role");
    const heavierMode: KnowledgeBase = {
      ...kb,
      scoring: { ...kb.scoring, weights: { ...kb.scoring.weights, workMode: 30, interests: 0 } },
    };
    const modeOf = (k: KnowledgeBase) => scoreRole(k, role, profile).breakdown.find((f) => f.factor === "workMode");
    expect(modeOf(kb)?.max).toBe(kb.scoring.weights.workMode);
    expect(modeOf(heavierMode)?.points).toBe(30);
  });
});
