import type { Role } from "./kb-schema.js";
import { languageNameOf } from "./languages.js";
import type { Gap } from "./match-types.js";
import { mapPacked } from "./packed.js";
import type { Profile } from "./profile-schema.js";
import type { KbPlan, ProfileFacts } from "./score-plan.js";

type Language = Profile["languages"][number];

// Requirements decide eligibility. Each is met or not; one not met is a gap with its distance,
// and its closeness (1 - distance) earns part of the requirement's points, so that a near miss
// ranks above a far one. Every closeness rises with the qualification it measures, never falls.
// Ranking needs only the distances (`shortfall`); the words (`describeCheck`) are built only for
// the roles whose details are shown.

export interface RequirementCheck {
  factor: Gap["factor"];
  met: boolean;
  closeness: number;
  /** Plain words: "German B2 meets the B2 the role asks". */
  text: string;
  gap?: Gap;
}

type ExperienceKey = "years" | "bpoYears" | "customerFacingYears" | "leadershipYears";

/** One requirement of a role, with what the KB says of it looked up once. */
export type RequirementPlan =
  | { factor: "education"; minimum: string; rank: number; steps: number }
  | { factor: "language"; code: string; level: string; rank: number; name: string; steps: number }
  | { factor: "experience"; key: ExperienceKey; need: number; of: string; none: string }
  | { factor: "typing"; wpm: number };

// [key, what the years are of, what "no previous ..." is]
const EXPERIENCE = [
  ["years", "of work experience", "work experience"],
  ["bpoYears", "in BPO", "experience in BPO"],
  ["customerFacingYears", "in a customer-facing role", "customer-facing experience"],
  ["leadershipYears", "leading a team", "experience leading a team"],
] as const;

/** A role's requirements in the order they are checked and listed: education, languages, experience, typing. */
export function planRequirements(plan: KbPlan, role: Role): RequirementPlan[] {
  const req = role.requirements;
  const { stepsToZero } = plan.kb.scoring;
  const reqs: RequirementPlan[] = [];
  const minimum = req.education?.minimum;
  if (minimum) {
    reqs.push({
      factor: "education",
      minimum,
      rank: plan.educationRank.get(minimum) ?? 0,
      steps: stepsToZero.education,
    });
  }
  for (const { code, level } of req.languages ?? []) {
    const name = languageNameOf(code) ?? code;
    reqs.push({ factor: "language", code, level, rank: plan.cefrRank.get(level) ?? 0, name, steps: stepsToZero.cefr });
  }
  for (const [key, of, none] of EXPERIENCE) {
    const need = req.experience?.[key];
    if (need !== undefined) reqs.push({ factor: "experience", key, need, of, none });
  }
  const wpm = req.typingWpm?.minimum;
  if (wpm !== undefined) reqs.push({ factor: "typing", wpm });
  return reqs;
}

/**
 * The one value of a profile a requirement looks at: the education level, the level of the
 * language asked (undefined when not listed), the years, the typing speed. A check is a pure
 * function of the requirement and this value, so it can be kept per role and value.
 */
export type RequirementInput = string | number | undefined;

export function inputOf(req: RequirementPlan, facts: ProfileFacts): RequirementInput {
  const { profile } = facts;
  switch (req.factor) {
    case "education":
      return profile.education.level;
    case "language":
      for (const l of profile.languages) if (l.code === req.code) return l.level;
      return undefined;
    case "experience":
      return req.key === "years" ? facts.totalYears : profile.experience[req.key];
    case "typing":
      return profile.skills.typingWpm;
  }
}

// Below, `input` is what inputOf gave for the same requirement, so its type follows the factor.

/** Undefined when the requirement is met; else how far the profile falls short (0..1, unrounded). */
export function shortfall(plan: KbPlan, req: RequirementPlan, input: RequirementInput): number | undefined {
  switch (req.factor) {
    case "education":
      return levelsShort(req.rank - (plan.educationRank.get(input as string) ?? 0), req.steps);
    case "language":
      return levelsShort(req.rank - cefrRankOf(plan, input as string | undefined), req.steps);
    default:
      return amountShort(req, input as number | undefined);
  }
}

/**
 * shortfall(plan, req, inputOf(req, facts)), as ranking needs it for every role: with the
 * profile's levels ranked once (ProfileFacts.ranks), not looked up for each requirement.
 */
export function shortfallOf(req: RequirementPlan, facts: ProfileFacts): number | undefined {
  const { ranks } = facts;
  switch (req.factor) {
    case "education":
      return levelsShort(req.rank - ranks.education, req.steps);
    case "language": {
      const { languages } = facts.profile;
      let rank = 0; // not listed
      for (let i = 0; i < languages.length; i++) {
        if ((languages[i] as Language).code !== req.code) continue;
        rank = ranks.languages[i] as number;
        break;
      }
      return levelsShort(req.rank - rank, req.steps);
    }
    case "experience":
      return amountShort(req, req.key === "years" ? facts.totalYears : facts.profile.experience[req.key]);
    case "typing":
      return amountShort(req, facts.profile.skills.typingWpm);
  }
}

/** The ranks of the profile's levels (its education's, and each language's in order): 0 for a level not known. */
export function levelRanksOf(plan: KbPlan, profile: Profile): ProfileFacts["ranks"] {
  return {
    education: plan.educationRank.get(profile.education.level) ?? 0,
    languages: mapPacked(profile.languages, (l) => plan.cefrRank.get(l.level) ?? 0),
  };
}

/** A level `short` steps below the one asked: met at 0 or less, missed entirely at `steps`. */
const levelsShort = (short: number, steps: number) => (short <= 0 ? undefined : clamp(short / steps));

/** Years or words per minute short of those asked: met at the amount asked, missed entirely at none. */
function amountShort(req: RequirementPlan & { factor: "experience" | "typing" }, have: number | undefined) {
  if (req.factor === "experience") {
    const years = have as number;
    return req.need === 0 || years >= req.need ? undefined : clamp(1 - years / req.need);
  }
  return have !== undefined && have >= req.wpm ? undefined : clamp(1 - (have ?? 0) / req.wpm);
}

/** A requirement checked, in words. */
export function describeCheck(plan: KbPlan, req: RequirementPlan, input: RequirementInput): RequirementCheck {
  const distance = shortfall(plan, req, input);
  switch (req.factor) {
    case "education": {
      const level = input as string;
      const short = req.rank - (plan.educationRank.get(level) ?? 0);
      const have = plan.educationLabel.get(level) ?? level;
      const need = plan.educationLabel.get(req.minimum) ?? req.minimum;
      if (distance === undefined) {
        const text =
          short === 0 ? `${have}: the minimum the role asks` : `${have} is above the minimum the role asks, ${need}`;
        return { factor: "education", met: true, closeness: 1, text };
      }
      return gapCheck("education", distance, {
        text: `needs at least ${need}; you have ${have}: ${count(short, "level")} short`,
        need: req.minimum,
        have: level,
      });
    }
    case "language": {
      const { name, level, code } = req;
      const own = input as string | undefined;
      if (distance === undefined) {
        return { factor: "language", met: true, closeness: 1, text: `${name} ${own} meets the ${level} the role asks` };
      }
      const short = req.rank - cefrRankOf(plan, own);
      return gapCheck("language", distance, {
        text:
          own !== undefined
            ? `${name} ${own}, the role asks ${level}: ${count(short, "CEFR step")}`
            : `needs ${name} ${level}; you have not listed ${name}`,
        need: `${code}:${level}`,
        have: own !== undefined ? `${code}:${own}` : null,
      });
    }
    case "experience": {
      const { need, of, none } = req;
      const have = input as number;
      if (need === 0) return { factor: "experience", met: true, closeness: 1, text: `needs no previous ${none}` };
      if (distance === undefined) {
        const text = `${plural(have, "year")} ${of} meets the ${need} the role asks`;
        return { factor: "experience", met: true, closeness: 1, text };
      }
      return gapCheck("experience", distance, {
        text: `needs ${plural(need, "year")} ${of}, you have ${have}`,
        need,
        have,
      });
    }
    case "typing": {
      const { wpm } = req;
      const have = input as number | undefined;
      if (distance === undefined) {
        return {
          factor: "typing",
          met: true,
          closeness: 1,
          text: `typing ${have} WPM meets the ${wpm} WPM the role asks`,
        };
      }
      return gapCheck("typing", distance, {
        text:
          have === undefined
            ? `needs typing at ${wpm} WPM; you gave no typing speed`
            : `needs typing at ${wpm} WPM; you type ${have}, ${wpm - have} short`,
        need: wpm,
        have: have ?? null,
      });
    }
  }
}

function gapCheck(factor: Gap["factor"], distance: number, gap: Omit<Gap, "factor" | "distance">): RequirementCheck {
  return {
    factor,
    met: false,
    closeness: 1 - distance,
    text: gap.text,
    gap: { factor, ...gap, distance: round(distance) },
  };
}

/** A gap's distance as listed (and summed to rank roles with gaps): to three decimals. */
export const roundDistance = (distance: number) => round(distance);

const cefrRankOf = (plan: KbPlan, level: string | undefined): number =>
  level === undefined ? 0 : (plan.cefrRank.get(level) ?? 0);

const clamp = (distance: number) => Math.min(1, Math.max(0, distance));

const WORDS = ["no", "one", "two", "three", "four", "five", "six"];
const count = (n: number, unit: string) => `${WORDS[n] ?? n} ${unit}${n === 1 ? "" : "s"}`;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const round = (n: number) => Math.round(n * 1000) / 1000;
