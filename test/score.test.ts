import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/core/kb-schema.js";
import type { RoleMatch } from "../src/core/match-types.js";
import type { ProfileInput } from "../src/core/profile-schema.js";
import { rankRoles, rankTopRoles, scoreRole } from "../src/core/score.js";
import type { FieldOfStudy } from "../src/core/vocabulary.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";

/** What `match` shows: conflicts left out, best first. */
const shown = (input: ProfileInput, n = 5) => rankTopRoles(kb, profileOf(input), n).matches;
const ids = (matches: readonly RoleMatch[]) => matches.map((m) => m.role.id);
const matchFor = (input: ProfileInput, id: string): RoleMatch => {
  const found = rankRoles(kb, profileOf(input)).find((m) => m.role.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};

interface Persona {
  who: string;
  profile: ProfileInput;
  /** Roles a counsellor expects among the first five shown. */
  near?: string[];
  /** One of these comes first. */
  first?: string[];
  /** Roles that must not be called eligible. */
  notEligible?: string[];
  /** Roles that must not be shown among the first five (a refused mode or shift, or far off). */
  notNear?: string[];
  /** A gap that must be named: the role, and the kind of requirement. */
  gaps?: [string, "education" | "language" | "experience" | "typing"][];
  /** Roles that must be marked as a step back. */
  stepBack?: string[];
}

const en = (level: string) => ({ code: "en", level });

// Twenty-two people a careers counsellor meets in India, the Philippines and Poland, and what the
// counsellor would tell each of them.
const PERSONAS: Persona[] = [
  {
    who: "an Indian 12th-pass fresher with English B2 who wants voice work and can do nights",
    profile: {
      country: "IN",
      languages: [en("B2")],
      education: { level: "higher-secondary" },
      preferences: { workMode: "voice", nightShifts: true, interests: ["customer-service"] },
    },
    near: ["customer-service-representative", "customer-engagement-manager"],
    first: ["customer-service-representative"],
    notEligible: ["team-leader", "operations-manager", "fpo-specialist", "hro-specialist", "financial-analyst"],
    notNear: ["team-leader", "operations-manager"],
  },
  {
    who: "an Indian 10th-pass school-leaver with English B1",
    profile: { country: "IN", languages: [en("B1")], education: { level: "secondary" } },
    notEligible: ["customer-service-representative", "outbound-telesales-agent", "customer-engagement-manager"],
    // India's CRM Domestic Voice pack asks 10th pass: English is what is missing (issue #15)
    gaps: [
      ["customer-service-representative", "language"],
      ["customer-engagement-manager", "education"],
    ],
  },
  {
    who: "a school-leaver with no certificate and beginner English who likes tech support (issue #14)",
    profile: { languages: [en("A1")], education: { level: "none" }, preferences: { interests: ["technical-support"] } },
    notEligible: kb.roles.map((r) => r.id),
    gaps: [
      ["technical-support-specialist", "education"],
      ["technical-support-specialist", "language"],
    ],
  },
  {
    who: "a Filipino BSBA graduate with English C1 who wants calls and sales, nights fine",
    profile: {
      country: "PH",
      languages: [en("C1")],
      education: { level: "bachelor", field: "business" },
      preferences: { workMode: "voice", nightShifts: true, interests: ["customer-service", "sales"] },
    },
    near: ["customer-service-representative", "outbound-telesales-agent"],
    first: ["customer-service-representative", "customer-engagement-manager"],
    notEligible: ["team-leader", "operations-manager"],
  },
  {
    who: "a Filipino commerce graduate who refuses voice work and night shifts",
    profile: {
      country: "PH",
      languages: [en("B2")],
      education: { level: "bachelor", field: "commerce" },
      preferences: { workMode: "non-voice", nightShifts: false, interests: ["finance"] },
    },
    near: ["accounts-payable-specialist", "accounts-receivable-specialist"],
    notNear: ["customer-service-representative", "outbound-telesales-agent", "customer-engagement-manager"],
  },
  {
    who: "a Polish commerce graduate with English C1 and German B2, for back-office finance",
    profile: {
      country: "PL",
      languages: [en("C1"), { code: "de", level: "B2" }],
      education: { level: "bachelor", field: "commerce" },
      preferences: { workMode: "non-voice", interests: ["finance"] },
    },
    near: ["accounts-payable-specialist", "accounts-receivable-specialist", "internal-departments-accountant"],
    notNear: ["customer-service-representative", "outbound-telesales-agent", "team-leader"],
  },
  {
    who: "an Indian B.Com graduate with English B2 for accounts payable",
    profile: {
      country: "IN",
      languages: [en("B2")],
      education: { level: "bachelor", field: "commerce" },
      preferences: { workMode: "non-voice", interests: ["finance"] },
    },
    near: ["accounts-payable-specialist", "accounts-receivable-specialist", "general-ledger-accountant"],
    first: ["accounts-payable-specialist", "accounts-receivable-specialist", "general-ledger-accountant"],
  },
  {
    who: "an Indian 12th-pass with English B2 who wants finance work",
    profile: {
      country: "IN",
      languages: [en("B2")],
      education: { level: "higher-secondary", field: "commerce" },
      preferences: { interests: ["finance"] },
    },
    notEligible: ["accounts-payable-specialist", "fpo-specialist"],
    gaps: [
      ["accounts-payable-specialist", "education"],
      ["fpo-specialist", "education"],
    ],
  },
  {
    who: "a team leader with ten years in BPO, five of them leading a team",
    profile: {
      languages: [en("C1")],
      education: { level: "bachelor", field: "business" },
      experience: { years: 10, bpoYears: 10, customerFacingYears: 10, leadershipYears: 5 },
      preferences: { workMode: "any", nightShifts: true, interests: ["management"] },
    },
    near: ["team-leader", "assistant-manager", "operations-manager"],
    // no source gives the languages a team leader or manager asks (only the floor of the roles
    // before them): they are "not known", and the eligible back-office specialist ranks first
    first: ["team-leader", "operations-manager", "bpo-specialist"],
    notNear: ["customer-service-representative", "data-entry-operator", "data-collector", "bookkeeper"],
    stepBack: ["customer-service-representative", "chat-email-support-representative", "data-entry-operator"],
  },
  {
    who: "a 12th-pass with a year in BPO and a year leading a team (the ladder of issue #14)",
    profile: {
      languages: [en("C1")],
      education: { level: "higher-secondary" },
      experience: { years: 1, bpoYears: 1, leadershipYears: 1 },
    },
    notEligible: ["team-leader", "operations-manager"],
    gaps: [
      ["team-leader", "education"],
      ["operations-manager", "education"],
    ],
    notNear: ["operations-manager"],
  },
  {
    who: "a career changer with eight years in retail banking and no BPO years",
    profile: {
      country: "IN",
      languages: [en("C1")],
      education: { level: "bachelor", field: "other" },
      experience: { years: 8, customerFacingYears: 8 },
      preferences: { interests: ["customer-service"] },
    },
    near: ["customer-service-representative"],
    notEligible: ["team-leader", "bpo-specialist", "quality-analyst"],
    gaps: [["team-leader", "experience"]],
  },
  {
    who: "a Norwegian native in Kraków with English B1",
    profile: {
      country: "PL",
      languages: [{ code: "no", level: "native" }, en("B1")],
      education: { level: "bachelor" },
    },
    notEligible: ["customer-service-representative", "accounts-receivable-specialist"],
    gaps: [["customer-service-representative", "language"]],
  },
  {
    who: "a nurse in Manila with English C1 who wants healthcare work (issue #15)",
    profile: {
      country: "PH",
      languages: [en("C1")],
      education: { level: "bachelor", field: "health-sciences" },
      preferences: { interests: ["healthcare"] },
    },
    near: ["medical-coder", "medical-billing-ar-caller"],
    first: ["medical-coder", "medical-billing-ar-caller"],
    notNear: ["data-collector"],
  },
  {
    who: "a debt-collection agent in India with Hindi, English B1 and two years on the phones (issue #15)",
    profile: {
      country: "IN",
      languages: [{ code: "hi", level: "native" }, en("B1")],
      education: { level: "higher-secondary" },
      experience: { years: 2, bpoYears: 2, customerFacingYears: 2 },
      preferences: { interests: ["collections"] },
    },
    near: ["collections-agent"],
    first: ["collections-agent"],
  },
  {
    who: "a 12th-pass who types 20 WPM and wants data entry",
    profile: {
      languages: [en("B2")],
      education: { level: "higher-secondary" },
      skills: { typingWpm: 20 },
      preferences: { workMode: "non-voice", interests: ["data"] },
    },
    notEligible: ["data-entry-operator"],
    gaps: [["data-entry-operator", "typing"]],
  },
  {
    who: "an IT graduate with English B2 who wants tech support",
    profile: {
      languages: [en("B2")],
      education: { level: "bachelor", field: "it" },
      preferences: { workMode: "any", interests: ["technical-support"] },
    },
    near: ["technical-support-specialist", "it-developer"],
    first: ["technical-support-specialist"],
    notEligible: ["it-developer"],
  },
  {
    who: "an HR graduate with English B2 who wants non-voice HR work",
    profile: {
      languages: [en("B2")],
      education: { level: "bachelor", field: "hr" },
      preferences: { workMode: "non-voice", interests: ["hr"] },
    },
    near: ["hro-specialist"],
    first: ["hro-specialist"],
    notNear: ["operations-manager", "team-leader", "outbound-telesales-agent", "customer-service-representative"],
  },
  {
    who: "a Polish speaker with no English, two years in BPO and a year leading",
    profile: {
      country: "PL",
      languages: [{ code: "pl", level: "native" }],
      education: { level: "bachelor" },
      experience: { years: 2, bpoYears: 2, leadershipYears: 1 },
    },
    notEligible: kb.roles.map((r) => r.id),
    gaps: [
      ["operations-manager", "language"],
      ["team-leader", "language"],
    ],
  },
  {
    who: "a Filipino who wants calls but will not work nights",
    profile: {
      country: "PH",
      languages: [en("C1")],
      education: { level: "higher-secondary" },
      preferences: { workMode: "voice", nightShifts: false, interests: ["customer-service"] },
    },
    first: ["customer-engagement-manager"],
    notNear: ["customer-service-representative", "outbound-telesales-agent"],
  },
  {
    who: "an Indian who wants calls but will not work nights (nights only possible there)",
    profile: {
      country: "IN",
      languages: [en("C1")],
      education: { level: "higher-secondary" },
      preferences: { workMode: "voice", nightShifts: false, interests: ["customer-service"] },
    },
    near: ["customer-service-representative", "customer-engagement-manager"],
  },
  {
    who: "a graduate with four customer-facing years and one in BPO, for team leader",
    profile: {
      languages: [en("C1")],
      education: { level: "bachelor", field: "business" },
      experience: { years: 5, bpoYears: 1, customerFacingYears: 4 },
      preferences: { interests: ["management"] },
    },
    near: ["team-leader"],
    first: ["team-leader"],
  },
  {
    who: "a fresh accounting graduate in Poland with English B2",
    profile: {
      country: "PL",
      languages: [en("B2")],
      education: { level: "bachelor", field: "accounting" },
      preferences: { workMode: "non-voice", interests: ["finance"] },
    },
    // a degree for SSC finance in Poland: general ledger states it (Kariera w Finansach)
    near: ["general-ledger-accountant", "accounts-payable-specialist", "accounts-receivable-specialist"],
    notEligible: ["financial-analyst", "team-leader"],
  },
  {
    who: "a master's graduate in economics with English C2 who names no preferences",
    profile: { languages: [en("C2")], education: { level: "master", field: "economics" } },
    notEligible: ["team-leader", "operations-manager", "quality-analyst", "trainer", "bpo-specialist"],
    gaps: [["team-leader", "experience"]],
  },
  {
    who: "a diploma holder in the Philippines with English B2 who wants chat support",
    profile: {
      country: "PH",
      languages: [en("B2")],
      education: { level: "diploma" },
      preferences: { workMode: "non-voice", nightShifts: true, interests: ["customer-service"] },
    },
    near: ["chat-email-support-representative"],
    first: ["chat-email-support-representative"],
    notNear: ["customer-service-representative"],
  },
];

describe("advice a counsellor would sign: personas", () => {
  it("has at least twenty people, each with something a counsellor expects", () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(20);
    for (const p of PERSONAS) {
      expect(p.near ?? p.notEligible ?? p.gaps ?? p.notNear, p.who).toBeDefined();
    }
  });

  it.each(PERSONAS)("for $who", (p) => {
    const top = shown(p.profile);
    const topIds = ids(top);
    for (const id of p.near ?? []) expect(topIds, `${id} among the first five`).toContain(id);
    if (p.first) expect(p.first, `first: ${topIds[0]}`).toContain(topIds[0]);
    for (const id of p.notNear ?? []) expect(topIds, `${id} not among the first five`).not.toContain(id);
    for (const id of p.notEligible ?? []) {
      const m = matchFor(p.profile, id);
      expect(m.eligible, `${id} not eligible`).toBe(false);
      expect(m.eligibility, `${id} not eligible`).not.toBe("eligible");
    }
    for (const [id, factor] of p.gaps ?? []) {
      expect(
        matchFor(p.profile, id).gaps.map((g) => g.factor),
        `${id}: a ${factor} gap`,
      ).toContain(factor);
    }
    for (const id of p.stepBack ?? []) expect(matchFor(p.profile, id).stepBack, `${id} a step back`).toBe(true);
  });

  it("gives different people visibly different rankings", () => {
    const rankings = PERSONAS.map((p) => ids(shown(p.profile, 3)).join(","));
    expect(new Set(rankings).size).toBeGreaterThanOrEqual(PERSONAS.length - 4);
  });
});

describe("can I get this job?", () => {
  it("never calls a role eligible whose requirements the sources do not give", () => {
    const m = matchFor(
      { languages: [en("A1")], education: { level: "none" }, preferences: { interests: ["technical-support"] } },
      "it-developer",
    );
    expect(m.eligibility).toBe("not-known");
    expect(m.band).toBe("possible");
    expect(m.unknown.length).toBeGreaterThan(0);
    // not known earns the neutral share, never full marks
    const requirements = m.breakdown.filter((f) => ["education", "language", "experience"].includes(f.factor));
    for (const f of requirements) expect(f.points).toBeLessThan(f.max);
  });

  it("ranks a role not known below one with evidence at the same fit", () => {
    for (const input of PERSONAS.map((p) => p.profile)) {
      const ranked = rankRoles(kb, profileOf(input));
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1] as RoleMatch, ranked[i] as RoleMatch];
        if (a.score === b.score && a.band !== "conflict" && b.band !== "conflict" && a.stepBack === b.stepBack) {
          expect(a.eligibility === "not-known" && b.eligibility === "eligible", `${a.role.id} / ${b.role.id}`).toBe(
            false,
          );
        }
      }
    }
  });

  it("takes the usual requirement for the level and market where a role states none, and says so", () => {
    const m = matchFor(
      { country: "IN", languages: [en("B2")], education: { level: "secondary" } },
      "customer-engagement-manager",
    );
    expect(m.gaps.map((g) => g.text).join(" ")).toContain("Higher secondary (10+2)");
    const fresher = matchFor({ languages: [en("B2")] }, "chat-email-support-representative");
    expect(fresher.reasons.join(" ")).not.toContain("usual");
    const entry = matchFor({ languages: [en("B2")], education: { level: "bachelor" } }, "data-collector");
    expect(entry.breakdown.find((f) => f.factor === "experience")?.reason).toBe(
      "needs no previous experience (usual for entry roles)",
    );
  });

  it("keeps the ladder the right way up: a role asks at least what the step before it asks", () => {
    const m = matchFor(
      { languages: [{ code: "pl", level: "native" }], education: { level: "higher-secondary" } },
      "operations-manager",
    );
    const texts = m.gaps.map((g) => g.text).join(" ");
    expect(texts).toContain("the least that the roles before it on the ladder ask");
    expect(m.gaps.map((g) => g.factor)).toEqual(expect.arrayContaining(["education", "language"]));
  });

  it("counts years beyond a role's minimum, so a veteran outscores a one-year team leader", () => {
    const one: ProfileInput = {
      languages: [en("C1")],
      education: { level: "bachelor" },
      experience: { years: 1, bpoYears: 1 },
    };
    const ten: ProfileInput = { ...one, experience: { years: 10, bpoYears: 10, leadershipYears: 5 } };
    expect(matchFor(ten, "team-leader").score).toBeGreaterThan(matchFor(one, "team-leader").score);
  });

  it("counts customer-facing years where a source says they help (team leader, seed 001)", () => {
    const base: ProfileInput = {
      languages: [en("C1")],
      education: { level: "bachelor" },
      experience: { years: 1, bpoYears: 1 },
    };
    const more: ProfileInput = { ...base, experience: { ...base.experience, years: 4, customerFacingYears: 4 } };
    expect(matchFor(more, "team-leader").score).toBeGreaterThan(matchFor(base, "team-leader").score);
    // and not where none does
    expect(matchFor(more, "bpo-specialist").breakdown.find((f) => f.factor === "extraYears")?.points).toBe(
      matchFor({ ...base, experience: { ...base.experience, years: 4 } }, "bpo-specialist").breakdown.find(
        (f) => f.factor === "extraYears",
      )?.points,
    );
  });
});

describe("refusals are conflicts, not small penalties", () => {
  const noCalls: ProfileInput = {
    languages: [en("C1")],
    education: { level: "bachelor" },
    preferences: { workMode: "non-voice", interests: ["customer-service", "sales"] },
  };

  it("leaves a voice-only role out of the top matches of a person who will not take calls", () => {
    const { matches, conflicts } = rankTopRoles(kb, profileOf(noCalls), 5);
    expect(matches.every((m) => m.role.process.mode !== "voice")).toBe(true);
    expect(conflicts).toBeGreaterThan(0);
  });

  it("shows it last, marked, when everything is asked for", () => {
    const all = rankRoles(kb, profileOf(noCalls));
    const csr = all.find((m) => m.role.id === "customer-service-representative") as RoleMatch;
    expect(csr.band).toBe("conflict");
    expect(csr.eligible).toBe(false);
    expect(csr.conflicts).toEqual(["workMode"]);
    expect(csr.breakdown.find((f) => f.factor === "workMode")?.reason).toBe(
      "you do not want voice work, and this role is voice (calls) work",
    );
    const firstConflict = all.findIndex((m) => m.band === "conflict");
    expect(all.slice(firstConflict).every((m) => m.band === "conflict")).toBe(true);
  });

  it("treats nights as a conflict only where they are usual in the person's market", () => {
    const noNights: ProfileInput = {
      languages: [en("C1")],
      education: { level: "higher-secondary" },
      preferences: { nightShifts: false },
    };
    expect(matchFor({ ...noNights, country: "PH" }, "customer-service-representative").band).toBe("conflict");
    expect(matchFor({ ...noNights, country: "IN" }, "customer-service-representative").band).not.toBe("conflict");
  });

  it("gives a role with no shift data the neutral share, and says it is not known", () => {
    const m = matchFor({ preferences: { nightShifts: true } }, "customer-engagement-manager");
    const line = m.breakdown.find((f) => f.factor === "nightShifts");
    expect(line?.verdict).toBe("not-known");
    expect(line?.points).toBe(kb.scoring.weights.nightShifts * kb.scoring.neutral);
    expect(line?.reason).toBe("not known whether this role works nights");
  });
});

describe("markets and languages", () => {
  it("does not count a mother tongue in its own country as an extra language", () => {
    const pl = matchFor(
      { country: "PL", languages: [{ code: "pl", level: "native" }, en("B2")] },
      "accounts-payable-specialist",
    );
    expect(pl.breakdown.find((f) => f.factor === "extraLanguages")?.points).toBe(0);
    const hi = matchFor(
      { country: "IN", languages: [{ code: "hi", level: "native" }, en("B2")] },
      "accounts-payable-specialist",
    );
    expect(hi.breakdown.find((f) => f.factor === "extraLanguages")?.points).toBe(0);
    expect(hi.reasons.join(" ")).not.toMatch(/Hindi/);
  });

  it("counts a language employers in the market seek, more at a higher level", () => {
    const at = (level: string) =>
      matchFor({ country: "PL", languages: [en("B2"), { code: "de", level }] }, "accounts-receivable-specialist");
    expect(at("C1").score).toBeGreaterThan(at("B2").score);
    expect(at("native").score).toBeGreaterThan(at("C1").score);
    expect(at("C1").reasons.join(" ")).toContain("German C1: employers in Poland seek it beyond English");
  });

  it("gives extra languages the neutral share where no country is given", () => {
    const m = matchFor({ languages: [en("B2"), { code: "de", level: "C1" }] }, "accounts-receivable-specialist");
    expect(m.breakdown.find((f) => f.factor === "extraLanguages")?.verdict).toBe("not-known");
  });

  it("takes a role's requirements for the person's country where they differ", () => {
    const input: ProfileInput = { languages: [en("B2")], education: { level: "higher-secondary" } };
    expect(matchFor({ ...input, country: "IN" }, "accounts-payable-specialist").gaps.map((g) => g.factor)).toContain(
      "education",
    );
    expect(matchFor({ ...input, country: "PL" }, "accounts-payable-specialist").eligibility).toBe("not-known");
  });

  it("names the nearest of several language sets", () => {
    const role = kb.roles.find((r) => r.id === "customer-service-representative");
    if (!role) throw new Error("missing role");
    const desk = {
      ...role,
      id: "dach-desk",
      requirements: {
        ...role.requirements,
        languages: undefined,
        languageOptions: [
          {
            languages: [
              { code: "de", level: "B2" as const, sources: ["seed-000"] },
              { code: "en", level: "B1" as const, sources: ["seed-000"] },
            ],
          },
          { languages: [{ code: "en", level: "C1" as const, sources: ["seed-000"] }] },
        ],
      },
    };
    const deskKb: KnowledgeBase = { ...kb, roles: [desk] };
    const german = scoreRole(
      deskKb,
      desk,
      profileOf({ languages: [{ code: "de", level: "B1" }, en("B1")], education: { level: "bachelor" } }),
    );
    expect(german.gaps[0]?.need).toBe("de:B2 en:B1");
    expect(german.gaps[0]?.text).toContain("the nearest of 2 sets");
    const english = scoreRole(deskKb, desk, profileOf({ languages: [en("C1")], education: { level: "bachelor" } }));
    expect(english.gaps).toEqual([]);
  });
});

describe("ranking that discriminates", () => {
  it("prefers accounting, finance, commerce and economics for finance roles, not engineering", () => {
    const of = (field: FieldOfStudy) =>
      matchFor({ languages: [en("B2")], education: { level: "bachelor", field } }, "accounts-payable-specialist").score;
    for (const field of ["accounting", "finance", "commerce", "economics"] as const) {
      expect(of(field), field).toBeGreaterThan(of("engineering"));
    }
  });

  it("shows scores in order within each group, and the groups in order", () => {
    const group = (m: RoleMatch) => (m.band === "conflict" ? 3 : m.stepBack ? 2 : m.eligibility === "not-yet" ? 1 : 0);
    for (const p of PERSONAS) {
      const ranked = rankRoles(kb, profileOf(p.profile));
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1] as RoleMatch, ranked[i] as RoleMatch];
        expect(group(a), p.who).toBeLessThanOrEqual(group(b));
        if (group(a) === group(b))
          expect(a.score, `${p.who}: ${a.role.id} / ${b.role.id}`).toBeGreaterThanOrEqual(b.score);
      }
    }
  });

  it("gives a band to every role, strong only above the threshold", () => {
    for (const p of PERSONAS) {
      for (const m of rankRoles(kb, profileOf(p.profile))) {
        if (m.band === "strong") expect(m.score).toBeGreaterThanOrEqual(kb.scoring.bands.strong);
        if (m.band === "strong" || m.band === "good") expect(m.eligibility).toBe("eligible");
        if (m.band === "stretch" || m.band === "not-yet") expect(m.gaps.length).toBeGreaterThan(0);
      }
    }
  });

  it("breaks ties by the person's earlier interest before id", () => {
    const ranked = ids(
      shown(
        {
          languages: [en("C1")],
          education: { level: "bachelor" },
          preferences: { interests: ["sales", "customer-service"] },
        },
        20,
      ),
    );
    expect(ranked.indexOf("outbound-telesales-agent")).toBeLessThan(ranked.indexOf("customer-service-representative"));
  });
});

describe("next steps", () => {
  it("gives a sourced next step for the person's market, where one is known", () => {
    const gap = (country: string) =>
      matchFor(
        { country, languages: [en("B2")], education: { level: "none" } },
        "customer-service-representative",
      ).gaps.find((g) => g.factor === "education");
    expect(gap("IN")?.next?.text).toContain("NIOS");
    expect(gap("PH")?.next?.text).toContain("ALS");
    expect(gap("PL")?.next?.text).toContain("school for adults");
    for (const c of ["IN", "PH", "PL"]) {
      for (const s of gap(c)?.next?.sources ?? []) expect(kb.sources.map((x) => x.id)).toContain(s);
    }
  });

  it("gives no school step for a gap in a diploma or a degree", () => {
    // Class 12 passed, and accounts payable in India asks a diploma at the least: "finish Class
    // 10 or Class 12 through NIOS" would send the person back to what they have
    const gap = (level: "secondary" | "higher-secondary") =>
      matchFor({ country: "IN", languages: [en("B2")], education: { level } }, "accounts-payable-specialist").gaps.find(
        (g) => g.factor === "education",
      );
    expect(gap("higher-secondary")).toMatchObject({ need: "diploma", have: "higher-secondary" });
    expect(gap("higher-secondary")?.next).toBeUndefined();
    expect(gap("secondary")?.next).toBeUndefined();
    // and the step where the role asks school: Class 10 passed, collections in India asks Class 12
    const school = matchFor(
      { country: "IN", languages: [en("B2")], education: { level: "secondary" } },
      "collections-agent",
    ).gaps.find((g) => g.factor === "education");
    expect(school).toMatchObject({ need: "higher-secondary" });
    expect(school?.next?.text).toContain("NIOS");
  });

  it("gives none where no source does", () => {
    const gap = matchFor(
      { country: "DE", languages: [en("B2")], education: { level: "secondary" } },
      "customer-service-representative",
    ).gaps.find((g) => g.factor === "education");
    expect(gap?.next).toBeUndefined();
  });
});

describe("explaining a score", () => {
  it("gives every factor's points out of its maximum, adding up to the score of an eligible role", () => {
    const m = matchFor(
      { languages: [en("B2")], education: { level: "higher-secondary" } },
      "customer-service-representative",
    );
    expect(m.eligible).toBe(true);
    const total = m.breakdown.reduce((s, f) => s + f.points, 0);
    expect(m.score).toBe(Math.round(total));
    expect(m.breakdown.reduce((s, f) => s + f.max, 0)).toBeCloseTo(100, 1);
    for (const f of m.breakdown) expect(f.reason.length).toBeGreaterThan(10);
  });

  it.each([
    [
      { languages: [en("B1")] },
      "customer-service-representative",
      "needs English B2 (the minimum the role asks); you have English B1: one CEFR step short",
    ],
    [
      { languages: [] },
      "customer-service-representative",
      "needs English B2 (the minimum the role asks); you have no English: four CEFR steps short",
    ],
    [
      { experience: { years: 2 } },
      "team-leader",
      "needs 1 year in BPO (the minimum the role asks); you have 0 years in BPO",
    ],
    [{ skills: { typingWpm: 20 } }, "data-entry-operator", "needs typing at 25 WPM; you type 20, 5 short"],
    [{}, "data-entry-operator", "needs typing at 25 WPM; you gave no typing speed"],
    [
      { education: { level: "secondary" } },
      "customer-service-representative",
      "needs at least Higher secondary (10+2) (the minimum the role asks); you have Secondary (10th grade): one level short",
    ],
  ] as [ProfileInput, string, string][])("states each gap in words: %j for %s", (profile, id, text) => {
    const m = matchFor(profile, id);
    expect(m.eligible).toBe(false);
    expect(m.gaps.map((g) => g.text)).toContain(text);
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
