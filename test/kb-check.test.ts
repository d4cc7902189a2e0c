import { describe, expect, it } from "vitest";
import type { KnowledgeBase, Role } from "../src/core/kb-schema.js";
import { validateKnowledgeBase } from "../src/core/kb-validate.js";
import { shippedKb } from "./helpers/kb.js";

// The rules that span a KB's entries (kb-check.ts): each broken one is reported at its path.
const FILE = "kb.json";
const roleAt = (i: number) => shippedKb.roles[i] as Role;
const indexOf = (id: string) => shippedKb.roles.findIndex((r) => r.id === id);
/** A role with one language set (not languageOptions), whose facts the tests below replace. */
const R = indexOf("bookkeeper");
/** Where `id` is on the career path of role `of`. */
const previousAt = (of: string, id: string) => (roleAt(indexOf(of)) as Role).careerPath.previous.indexOf(id);

/** The problems found in the shipped KB after `change`, as "path: message" (line numbers as N). */
function problems(change: (kb: KnowledgeBase) => void): string[] {
  const kb = JSON.parse(JSON.stringify(shippedKb)) as KnowledgeBase; // no shared default arrays
  change(kb);
  const result = validateKnowledgeBase([{ file: FILE, text: JSON.stringify(kb, null, 2) }], FILE);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`.replace(/:\d+\)$/, ":N)"));
}

describe("checking a KB's cross-references", () => {
  it("finds nothing wrong with the shipped KB", () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each<[string, (kb: KnowledgeBase) => void, string[]]>([
    [
      "a role id used twice",
      (kb) => {
        kb.roles.push({ ...roleAt(1), id: roleAt(0).id, title: "Another title", aliases: [] });
      },
      [`roles[${shippedKb.roles.length}].id: duplicate role id "${roleAt(0).id}" (first defined at ${FILE}:N)`],
    ],
    [
      "a source id used twice",
      (kb) => {
        kb.sources.push({ ...(kb.sources[0] as KnowledgeBase["sources"][number]) });
      },
      [
        `sources[${shippedKb.sources.length}].id: duplicate source id "${shippedKb.sources[0]?.id}" (first defined at ${FILE}:N)`,
      ],
    ],
    [
      "a name another role has, written another way",
      (kb) => {
        (kb.roles[1] as Role).aliases.push(roleAt(0).title.toUpperCase().replace(/ /g, "-"));
        (kb.roles[2] as Role).title = `  ${roleAt(0).title.toLowerCase()}!`;
      },
      [
        `roles[1].aliases[${roleAt(1).aliases.length}]: the name "${roleAt(0).title.toUpperCase().replace(/ /g, "-")}" is already used by role "${roleAt(0).id}"`,
        `roles[2].title: the name "  ${roleAt(0).title.toLowerCase()}!" is already used by role "${roleAt(0).id}"`,
      ],
    ],
    [
      "a name a role has twice",
      (kb) => {
        (kb.roles[3] as Role).aliases.push(roleAt(3).title);
      },
      [],
    ],
    [
      "career paths to roles that do not exist",
      (kb) => {
        (kb.roles[0] as Role).careerPath.next.push("no-such-role");
        (kb.roles[4] as Role).careerPath.previous.unshift("nor-this-one");
      },
      [
        `roles[0].careerPath.next[${roleAt(0).careerPath.next.length}]: no role has the id "no-such-role"`,
        'roles[4].careerPath.previous[0]: no role has the id "nor-this-one"',
      ],
    ],
    [
      "sources that do not exist, wherever a role names them",
      (kb) => {
        const role = kb.roles[R] as Role;
        role.sources = ["no-such-source"];
        role.requirements.languages = [{ code: "en", level: "B2", sources: ["seed-000", "missing-a"] }];
        role.requirements.education = { sources: ["missing-b"] };
        role.requirements.experience = { years: 1, sources: ["missing-c"] };
        role.requirements.typingWpm = { minimum: 30, sources: ["missing-d"] };
        role.pay = [
          {
            country: "IN",
            currency: "INR",
            period: "year",
            basis: "gross",
            year: 2024,
            amount: 1,
            sources: ["missing-e"],
          },
        ];
        role.kpis = [{ name: "k", sources: ["missing-f"] }];
        role.certifications = [{ name: "c", sources: ["missing-g"] }];
        role.jobPlatforms = [{ name: "p", sources: ["missing-h"] }];
        role.shifts = { night: "none", sources: ["missing-i"] };
        (kb.interviewTips[0] as KnowledgeBase["interviewTips"][number]).sources.push("missing-j");
      },
      [
        `roles[${R}].sources[0]: no source has the id "no-such-source"`,
        `roles[${R}].requirements.education.sources[0]: no source has the id "missing-b"`,
        `roles[${R}].requirements.experience.sources[0]: no source has the id "missing-c"`,
        `roles[${R}].requirements.typingWpm.sources[0]: no source has the id "missing-d"`,
        `roles[${R}].requirements.languages[0].sources[1]: no source has the id "missing-a"`,
        `roles[${R}].pay[0].sources[0]: no source has the id "missing-e"`,
        `roles[${R}].kpis[0].sources[0]: no source has the id "missing-f"`,
        `roles[${R}].certifications[0].sources[0]: no source has the id "missing-g"`,
        `roles[${R}].jobPlatforms[0].sources[0]: no source has the id "missing-h"`,
        `roles[${R}].shifts.sources[0]: no source has the id "missing-i"`,
        `interviewTips[0].sources[${shippedKb.interviewTips[0]?.sources.length ?? 0}]: no source has the id "missing-j"`,
      ],
    ],
    [
      "sources that do not exist in the scoring data or a role's facts for a country",
      (kb) => {
        kb.scoring.nextSteps.push({ factor: "typing", text: "t", sources: ["missing-k"] });
        kb.scoring.extraLanguages.demand.PL?.sources.push("missing-l");
        const role = kb.roles[R] as Role;
        role.countries = { IN: { shifts: { night: "usual", sources: ["missing-m"] } } };
      },
      [
        `roles[${R}].countries.IN.shifts.sources[0]: no source has the id "missing-m"`,
        `scoring.extraLanguages.demand.PL.sources[${shippedKb.scoring.extraLanguages.demand.PL?.sources.length ?? 0}]: no source has the id "missing-l"`,
        `scoring.nextSteps[${shippedKb.scoring.nextSteps.length}].sources[0]: no source has the id "missing-k"`,
      ],
    ],
    [
      "a source that does not say where it is, when it is from, or what kind it is",
      (kb) => {
        kb.sources.push({ id: "bare", title: "A page" });
      },
      [
        `sources[${shippedKb.sources.length}].url: source "bare" needs a url (or, for a seed document, a file)`,
        `sources[${shippedKb.sources.length}].date: source "bare" needs a date: the one it states (YYYY, YYYY-MM or YYYY-MM-DD), or "undated"`,
        `sources[${shippedKb.sources.length}].kind: source "bare" needs a kind: government, classification, employer, industry, news, education or blog`,
      ],
    ],
    [
      "a pay figure below the minimum wage in force in its country and year",
      (kb) => {
        kb.minimumWages = [
          {
            country: "PL",
            currency: "PLN",
            amount: 4242,
            period: "month",
            basis: "gross",
            from: "2024-01-01",
            sources: ["seed-000"],
          },
          {
            country: "PL",
            currency: "PLN",
            amount: 4666,
            period: "month",
            basis: "gross",
            from: "2025-01-01",
            sources: ["seed-000"],
          },
        ];
        const figure = {
          country: "PL",
          currency: "PLN",
          period: "month" as const,
          basis: "gross" as const,
          sources: ["seed-000"],
        };
        (kb.roles[R] as Role).pay = [
          { ...figure, min: 3800, max: 9000, year: 2025 }, // below 2025's 4,666
          { ...figure, min: 4300, max: 9000, year: 2024 }, // above 2024's 4,242
          { ...figure, amount: 4500, year: 2025, basis: "net" }, // net: not held to a gross rate
          { ...figure, min: 3000, max: 4000, year: 2023 }, // no rate for 2023 in this KB
          { ...figure, currency: "EUR", min: 900, max: 1000, year: 2025 }, // another currency
        ];
      },
      [
        `roles[${R}].pay[0].min: PLN 3800 per month is below the minimum wage in force in 2025 (PLN 4666 per month from 2025-01-01): correct the figure or its year, or leave it out`,
      ],
    ],
    [
      "a ladder that inverts: a role asking less than the one before it",
      (kb) => {
        const leader = kb.roles.find((r) => r.id === "team-leader") as Role;
        leader.requirements.education = { minimum: "higher-secondary", sources: ["seed-001"] };
        const manager = kb.roles.find((r) => r.id === "operations-manager") as Role;
        manager.requirements.experience = { bpoYears: 0, sources: ["bpodiary-career-path"] };
      },
      [
        `roles[${indexOf("team-leader")}].careerPath.previous[${previousAt("team-leader", "technical-support-specialist")}]: the ladder inverts: this role asks less than the one before it (education: higher-secondary, below the bachelor of "technical-support-specialist"); raise its requirement, or say why in careerPath.asksLess`,
        `roles[${indexOf("team-leader")}].careerPath.previous[${previousAt("team-leader", "medical-billing-ar-caller")}]: the ladder inverts: this role asks less than the one before it (education in IN: higher-secondary, below the bachelor of "medical-billing-ar-caller"); raise its requirement, or say why in careerPath.asksLess`,
        `roles[${indexOf("operations-manager")}].careerPath.previous[${previousAt("operations-manager", "team-leader")}]: the ladder inverts: this role asks less than the one before it (bpoYears: 0, below the 1 of "team-leader"); raise its requirement, or say why in careerPath.asksLess`,
        `roles[${indexOf("operations-manager")}].careerPath.previous[${previousAt("operations-manager", "assistant-manager")}]: the ladder inverts: this role asks less than the one before it (bpoYears: 0, below the 1 of "assistant-manager"); raise its requirement, or say why in careerPath.asksLess`,
      ],
    ],
    [
      "nothing when a role that asks less says why",
      (kb) => {
        const leader = kb.roles.find((r) => r.id === "team-leader") as Role;
        leader.requirements.education = { minimum: "higher-secondary", sources: ["seed-001"] };
        leader.careerPath.asksLess = "Some centres promote strong agents without a degree.";
      },
      [],
    ],
    [
      "vocabularies with an entry missing or listed twice",
      (kb) => {
        kb.vocabularies.domains.pop();
        kb.vocabularies.cefrLevels.push({
          ...(kb.vocabularies.cefrLevels[0] as KnowledgeBase["vocabularies"]["cefrLevels"][number]),
        });
      },
      [
        `vocabularies.domains: missing entries: ${shippedKb.vocabularies.domains.at(-1)?.id}`,
        `vocabularies.cefrLevels: entries listed twice: ${shippedKb.vocabularies.cefrLevels[0]?.id}`,
      ],
    ],
  ])("reports %s", (_name, change, expected) => {
    expect(problems(change)).toEqual(expected);
  });
});
