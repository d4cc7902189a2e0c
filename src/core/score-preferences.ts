import { languageNameOf } from "./languages.js";
import type { Factor } from "./match-types.js";
import type { KbPlan, ProfileFacts, RolePlan } from "./score-plan.js";

// Preferences and strengths decide how well an eligible role fits. Each factor earns a share
// (0..1) of its weight in data/kb/scoring.yaml; "neutral" is the share when nothing is known.
// Each factor first decides which case a role and profile are in; the share follows from the
// case alone, so ranking needs no words, and the reason is said only for the roles shown.

export const PREFERENCES = ["workMode", "interests", "fieldOfStudy", "extraLanguages", "nightShifts"] as const;
export type PreferenceName = (typeof PREFERENCES)[number];

export interface PreferenceFactor extends Factor {
  /** The reason speaks for this role, worth listing among its reasons. */
  good: boolean;
}

/** A share: a number, or the KB's neutral share. */
type Share = number | "neutral";
type Said = { reason: string; good?: boolean };

/**
 * `raw` plus each factor's points, added one by one in breakdown order, as the score adds them
 * up (in another order the sum could differ in its last bit): all that ranking needs.
 */
export function addPreferencePoints(raw: number, plan: KbPlan, role: RolePlan, facts: ProfileFacts): number {
  let sum = raw;
  sum += pointsOf(plan, "workMode", WORK_MODE.shares[WORK_MODE.caseOf(role, facts)]);
  sum += pointsOf(plan, "interests", INTERESTS.shares[INTERESTS.caseOf(role, facts)]);
  sum += pointsOf(plan, "fieldOfStudy", FIELD_OF_STUDY.shares[FIELD_OF_STUDY.caseOf(role, facts)]);
  sum += pointsOf(plan, "extraLanguages", extraLanguagesShare(plan, extraCount(role, facts)));
  sum += pointsOf(plan, "nightShifts", NIGHT_SHIFTS.shares[NIGHT_SHIFTS.caseOf(role, facts)]);
  return sum;
}

/** Every factor in breakdown order, with its reason. */
export function preferenceFactors(plan: KbPlan, role: RolePlan, facts: ProfileFacts): PreferenceFactor[] {
  const factor = (name: PreferenceName, share: Share, said: Said): PreferenceFactor => ({
    factor: name,
    points: pointsOf(plan, name, share),
    max: plan.kb.scoring.weights[name],
    reason: said.reason,
    good: said.good ?? shareValue(plan, share) >= 1,
  });
  const withCases = <C extends string>(name: PreferenceName, rule: CaseRule<C>) => {
    const which = rule.caseOf(role, facts);
    return factor(name, rule.shares[which], rule.say(which, plan, role, facts));
  };
  return [
    withCases("workMode", WORK_MODE),
    withCases("interests", INTERESTS),
    withCases("fieldOfStudy", FIELD_OF_STUDY),
    factor("extraLanguages", extraLanguagesShare(plan, extraCount(role, facts)), sayExtraLanguages(plan, role, facts)),
    withCases("nightShifts", NIGHT_SHIFTS),
  ];
}

const shareValue = (plan: KbPlan, share: Share) => (share === "neutral" ? plan.kb.scoring.neutral : share);
const pointsOf = (plan: KbPlan, name: PreferenceName, share: Share) =>
  round(plan.kb.scoring.weights[name] * shareValue(plan, share));

/**
 * A factor with a few cases. `say` gives the reason in a case; `good` (default: full points)
 * says whether the reason speaks for the role, worth listing among its reasons.
 */
interface CaseRule<C extends string> {
  /** Which case a role and a profile are in: the share follows from it alone. */
  caseOf: (role: RolePlan, facts: ProfileFacts) => C;
  shares: Record<C, Share>;
  say: (which: C, plan: KbPlan, role: RolePlan, facts: ProfileFacts) => Said;
}

const MODE_WORDS = { voice: "voice", "non-voice": "non-voice", blended: "a mix of voice and non-voice" } as const;

const WORK_MODE: CaseRule<"open" | "same" | "blended" | "other"> = {
  caseOf: (role, facts) => {
    const wanted = facts.profile.preferences.workMode;
    const mode = role.role.process.mode;
    return wanted === "any" ? "open" : mode === wanted ? "same" : mode === "blended" ? "blended" : "other";
  },
  shares: { open: 1, same: 1, blended: "neutral", other: 0 },
  say: (which, _plan, role, facts) => {
    const wanted = facts.profile.preferences.workMode;
    const roleIs = `this role is ${MODE_WORDS[role.role.process.mode]} work`;
    switch (which) {
      case "open":
        return { reason: `you are open to voice and non-voice work; ${roleIs}` };
      case "same":
        return { reason: `you want ${wanted} work, and ${roleIs}` };
      case "blended":
        return { reason: `you want ${wanted} work; ${roleIs}` };
      case "other":
        return { reason: `you want ${wanted} work, but ${roleIs}` };
    }
  },
};

const INTERESTS: CaseRule<"none" | "listed" | "unlisted"> = {
  caseOf: (role, facts) => {
    const listed = facts.profile.preferences.interests;
    return listed.length === 0 ? "none" : listed.includes(role.role.domain) ? "listed" : "unlisted";
  },
  shares: { none: "neutral", listed: 1, unlisted: 0 },
  say: (which, _plan, role) => {
    const domain = role.domainLabel;
    switch (which) {
      case "none":
        return { reason: `you named no interests; this role is ${domain}` };
      case "listed":
        return { reason: `${domain} is one of your interests` };
      case "unlisted":
        return { reason: `${domain} is not among your interests` };
    }
  },
};

const FIELD_OF_STUDY: CaseRule<"no-preference" | "preferred" | "other"> = {
  caseOf: (role, facts) => {
    const field = facts.profile.education.field;
    if (role.preferredFields.length === 0) return "no-preference";
    return field && role.preferredFields.includes(field) ? "preferred" : "other";
  },
  shares: { "no-preference": "neutral", preferred: 1, other: 0 },
  say: (which, plan, role, facts) => {
    const field = facts.profile.education.field;
    const label = (id: string) => plan.fieldLabel.get(id) ?? id;
    const wanted = role.preferredLabels;
    switch (which) {
      case "no-preference":
        return { reason: "the role prefers no particular field of study" };
      case "preferred":
        return { reason: `your field, ${label(field ?? "")}, is one the role prefers` };
      case "other":
        return {
          reason: field ? `the role prefers ${wanted}; your field is ${label(field)}` : `the role prefers ${wanted}`,
        };
    }
  },
};

const NIGHT_SHIFTS: CaseRule<"no-nights" | "willing" | "unsaid" | "declined-often" | "declined-maybe"> = {
  caseOf: (role, facts) => {
    const night = role.role.shifts?.night;
    const willing = facts.profile.preferences.nightShifts;
    if (!night || night === "rare") return "no-nights";
    if (willing === true) return "willing";
    if (willing === undefined) return "unsaid";
    return night === "common" ? "declined-often" : "declined-maybe";
  },
  shares: { "no-nights": 1, willing: 1, unsaid: "neutral", "declined-often": 0, "declined-maybe": "neutral" },
  say: (which, _plan, role) => {
    const often = role.role.shifts?.night === "common" ? "often works nights" : "may work nights";
    switch (which) {
      case "no-nights":
        return { reason: "the sources note no night shifts for this role", good: false };
      case "willing":
        return { reason: `you are willing to work nights; this role ${often}` };
      case "unsaid":
        return { reason: `this role ${often}; you did not say whether you would` };
      case "declined-often":
      case "declined-maybe":
        return { reason: `this role ${often}, and you prefer not to` };
    }
  },
};

// Extra languages count: those at the minimum level or above that the role does not ask.

function extraCount(role: RolePlan, facts: ProfileFacts): number {
  let n = 0;
  for (const l of facts.strongLanguages) if (!role.asked.has(l.code)) n += 1;
  return n;
}

const extraLanguagesShare = (plan: KbPlan, count: number): number =>
  count === 0 ? 0 : Math.min(1, count / plan.kb.scoring.extraLanguages.forFullPoints);

function sayExtraLanguages(plan: KbPlan, role: RolePlan, facts: ProfileFacts): Said {
  const extra = facts.strongLanguages.filter((l) => !role.asked.has(l.code));
  if (extra.length === 0) {
    const { minimumLevel } = plan.kb.scoring.extraLanguages;
    return { reason: `no languages at ${minimumLevel} or above beyond those the role asks` };
  }
  const names = extra.map((l) => `${languageNameOf(l.code) ?? l.code} ${l.level}`).join(", ");
  return { reason: `extra languages (${names}): shared-service centres prize them`, good: true };
}

const round = (n: number) => Math.round(n * 100) / 100;
