import type { KnowledgeBase, Role } from "./kb-schema.js";
import { languageNameOf } from "./languages.js";
import type { Gap } from "./match-types.js";
import type { Profile } from "./profile-schema.js";

// Requirements decide eligibility. Each is met or not; one not met is a gap with its distance,
// and its closeness (1 - distance) earns part of the requirement's points, so that a near miss
// ranks above a far one. Every closeness rises with the qualification it measures, never falls.

export interface RequirementCheck {
  factor: Gap["factor"];
  met: boolean;
  closeness: number;
  /** Plain words: "German B2 meets the B2 the role asks". */
  text: string;
  gap?: Gap;
}

// [key, what the years are of, what "no previous ..." is]
const EXPERIENCE = [
  ["years", "of work experience", "work experience"],
  ["bpoYears", "in BPO", "experience in BPO"],
  ["customerFacingYears", "in a customer-facing role", "customer-facing experience"],
  ["leadershipYears", "leading a team", "experience leading a team"],
] as const;

export function checkRequirements(kb: KnowledgeBase, role: Role, profile: Profile): RequirementCheck[] {
  const req = role.requirements;
  const { stepsToZero } = kb.scoring;
  const checks: RequirementCheck[] = [];
  const educationRank = rankOf(kb.vocabularies.educationLevels.map((e) => e.id));
  const cefrRank = rankOf(kb.vocabularies.cefrLevels.map((e) => e.id));
  const educationLabel = (id: string) => kb.vocabularies.educationLevels.find((e) => e.id === id)?.label ?? id;

  const minimum = req.education?.minimum;
  if (minimum) {
    const short = educationRank(minimum) - educationRank(profile.education.level);
    const have = educationLabel(profile.education.level);
    const need = educationLabel(minimum);
    checks.push(
      short <= 0
        ? {
            factor: "education",
            met: true,
            closeness: 1,
            text:
              short === 0
                ? `${have}: the minimum the role asks`
                : `${have} is above the minimum the role asks, ${need}`,
          }
        : gapCheck("education", short / stepsToZero.education, {
            text: `needs at least ${need}; you have ${have}: ${count(short, "level")} short`,
            need: minimum,
            have: profile.education.level,
          }),
    );
  }

  for (const language of req.languages ?? []) {
    const name = languageNameOf(language.code) ?? language.code;
    const own = profile.languages.find((l) => l.code === language.code);
    const short = cefrRank(language.level) - (own ? cefrRank(own.level) : 0);
    checks.push(
      short <= 0
        ? {
            factor: "language",
            met: true,
            closeness: 1,
            text: `${name} ${own?.level} meets the ${language.level} the role asks`,
          }
        : gapCheck("language", short / stepsToZero.cefr, {
            text: own
              ? `${name} ${own.level}, the role asks ${language.level}: ${count(short, "CEFR step")}`
              : `needs ${name} ${language.level}; you have not listed ${name}`,
            need: `${language.code}:${language.level}`,
            have: own ? `${own.code}:${own.level}` : null,
          }),
    );
  }

  const totalYears = Math.max(...Object.values(profile.experience));
  for (const [key, of, none] of EXPERIENCE) {
    const need = req.experience?.[key];
    if (need === undefined) continue;
    const have = key === "years" ? totalYears : profile.experience[key];
    if (need === 0) {
      checks.push({ factor: "experience", met: true, closeness: 1, text: `needs no previous ${none}` });
    } else if (have >= need) {
      checks.push({
        factor: "experience",
        met: true,
        closeness: 1,
        text: `${plural(have, "year")} ${of} meets the ${need} the role asks`,
      });
    } else {
      checks.push(
        gapCheck("experience", 1 - have / need, {
          text: `needs ${plural(need, "year")} ${of}, you have ${have}`,
          need,
          have,
        }),
      );
    }
  }

  const wpm = req.typingWpm?.minimum;
  if (wpm !== undefined) {
    const have = profile.skills.typingWpm;
    checks.push(
      have !== undefined && have >= wpm
        ? { factor: "typing", met: true, closeness: 1, text: `typing ${have} WPM meets the ${wpm} WPM the role asks` }
        : gapCheck("typing", 1 - (have ?? 0) / wpm, {
            text:
              have === undefined
                ? `needs typing at ${wpm} WPM; you gave no typing speed`
                : `needs typing at ${wpm} WPM; you type ${have}, ${wpm - have} short`,
            need: wpm,
            have: have ?? null,
          }),
    );
  }
  return checks;
}

function gapCheck(factor: Gap["factor"], distance: number, gap: Omit<Gap, "factor" | "distance">): RequirementCheck {
  const d = Math.min(1, Math.max(0, distance));
  return { factor, met: false, closeness: 1 - d, text: gap.text, gap: { factor, ...gap, distance: round(d) } };
}

/** Rank of an id in a vocabulary listed lowest first (1-based; 0 for none). */
const rankOf = (ids: readonly string[]) => (id: string) => ids.indexOf(id) + 1;

const WORDS = ["no", "one", "two", "three", "four", "five", "six"];
const count = (n: number, unit: string) => `${WORDS[n] ?? n} ${unit}${n === 1 ? "" : "s"}`;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const round = (n: number) => Math.round(n * 1000) / 1000;
