import { languageNameOf } from "./languages.js";
import { filterPacked, mapPacked } from "./packed.js";
import type { Profile } from "./profile-schema.js";
import type { KbPlan, ProfileFacts, RolePlan } from "./score-plan.js";
import { factorLine, type Worded, wordedOf } from "./score-words.js";
import { FIELDS_OF_STUDY, PROFILE_WORK_MODES } from "./vocabulary.js";

// Preferences and strengths decide how well an eligible role fits. Each factor earns a share
// (0..1) of its weight in data/kb/scoring.yaml; "neutral" is the share when nothing is known.
// Each factor looks at one value of the profile (its input) and decides which case a role is in;
// the share follows from the case alone, so ranking needs no words. The words are a pure
// function of the role and the input, so each role keeps them per input (RolePlan.said).

export const PREFERENCES = ["workMode", "interests", "fieldOfStudy", "extraLanguages", "nightShifts"] as const;
export type PreferenceName = (typeof PREFERENCES)[number];

/** A share: a number, or the KB's neutral share. */
type Share = number | "neutral";
/** A reason; `good` (default: full points) says whether it speaks for the role, worth listing. */
type Said = { reason: string; good?: boolean };

/**
 * `raw` plus each factor's points, added one by one in breakdown order, as the score adds them
 * up (in another order the sum could differ in its last bit): all that ranking needs. The points
 * of a factor with cases are looked up in the role's table (preferenceTablesOf) by where the
 * profile's input is among the rule's inputs: this runs for every role and profile of a batch.
 */
export function addPreferencePoints(raw: number, plan: KbPlan, role: RolePlan, facts: ProfileFacts): number {
  const { points } = role;
  const { places } = facts;
  let sum = raw;
  sum += points.workMode[places.workMode] as number;
  sum += points.interests[INTERESTS.place(facts, role)] as number;
  sum += points.fieldOfStudy[places.fieldOfStudy] as number;
  sum += round(plan.kb.scoring.weights.extraLanguages * extraLanguagesShare(plan, extraCount(role, facts)));
  sum += points.nightShifts[places.nightShifts] as number;
  return sum;
}

/** A role's points for each factor with cases, by the place of the input among the rule's inputs. */
export interface PreferenceTables {
  workMode: readonly number[];
  interests: readonly number[];
  fieldOfStudy: readonly number[];
  nightShifts: readonly number[];
}

/** Where a profile's inputs are among their rules' inputs, for the factors whose input is the profile's alone. */
export interface InputPlaces {
  workMode: number;
  fieldOfStudy: number;
  nightShifts: number;
}

/**
 * The role's tables of points (see RolePlan.points): the same for roles alike in what their cases
 * depend on (their rules' roleKey), so those share them, made once per KB. A KB of 10,000 roles
 * has a few dozen, not 10,000 (tables of their own cost a `match` over them ~50 ms more CPU, most
 * of it collecting them).
 */
export function preferenceTablesOf(plan: KbPlan, role: RolePlan): PreferenceTables {
  const key = JSON.stringify([WORK_MODE, INTERESTS, FIELD_OF_STUDY, NIGHT_SHIFTS].map((rule) => rule.roleKey(role)));
  let tables = plan.preferenceTables.get(key);
  if (!tables) {
    tables = {
      workMode: tableOf(plan, role, "workMode", WORK_MODE),
      interests: tableOf(plan, role, "interests", INTERESTS),
      fieldOfStudy: tableOf(plan, role, "fieldOfStudy", FIELD_OF_STUDY),
      nightShifts: tableOf(plan, role, "nightShifts", NIGHT_SHIFTS),
    };
    plan.preferenceTables.set(key, tables);
  }
  return tables;
}

const tableOf = <I, C extends string>(
  plan: KbPlan,
  role: RolePlan,
  name: PreferenceName,
  rule: CaseRule<I, C>,
): number[] => mapPacked(rule.inputs, (input) => pointsOf(plan, name, rule.shares[rule.caseOf(role, input)]));

/** Where the profile's inputs are among the rules' inputs (once per profile: see ProfileFacts.places). */
export function inputPlacesOf(profile: Profile): InputPlaces {
  return {
    workMode: placeOf(WORK_MODE, profile),
    fieldOfStudy: placeOf(FIELD_OF_STUDY, profile),
    nightShifts: placeOf(NIGHT_SHIFTS, profile),
  };
}

function placeOf<I, C extends string>(rule: ProfileRule<I, C>, profile: Profile): number {
  const input = rule.input(profile);
  const at = rule.inputs.indexOf(input);
  // a Profile is validated before it is scored, so its values are those its schema allows
  if (at === -1) throw new Error(`a profile value the scorer does not know: ${JSON.stringify(input)}`);
  return at;
}

/** Adds every factor to `lines` in breakdown order, in words: kept per role and input, made when first met. */
export function wordPreferences(plan: KbPlan, role: RolePlan, facts: ProfileFacts, lines: Worded[]): void {
  const { places } = facts;
  lines.push(
    wordKept(plan, role, "workMode", WORK_MODE, places.workMode),
    wordKept(plan, role, "interests", INTERESTS, INTERESTS.place(facts, role)),
    wordKept(plan, role, "fieldOfStudy", FIELD_OF_STUDY, places.fieldOfStudy),
    wordExtraLanguages(plan, role, facts),
    wordKept(plan, role, "nightShifts", NIGHT_SHIFTS, places.nightShifts),
  );
}

/** A factor with cases in words, for the input at `place` among its inputs: as kept, or made and kept. */
function wordKept<I, C extends string>(
  plan: KbPlan,
  role: RolePlan,
  name: Exclude<PreferenceName, "extraLanguages">,
  rule: CaseRule<I, C>,
  place: number,
): Worded {
  const said = role.said[name];
  return said.kept(place) ?? said.keep(place, wordCase(plan, role, name, rule, rule.inputs[place] as I));
}

/** Extra languages in words, kept by the languages (code and level: "de:B2 fr:C1"). */
function wordExtraLanguages(plan: KbPlan, role: RolePlan, facts: ProfileFacts): Worded {
  const candidates = facts.extraCandidates;
  const extra = candidates.length === 0 ? candidates : filterPacked(candidates, (l) => !role.asked.has(l.code));
  const input = extra.length === 0 ? "" : mapPacked(extra, (l) => `${l.code}:${l.level}`).join(" ");
  const said = role.said.extraLanguages;
  const share = extraLanguagesShare(plan, extra.length);
  return said.kept(input) ?? said.keep(input, worded(plan, "extraLanguages", share, sayExtraLanguages(plan, extra)));
}

function worded(plan: KbPlan, name: PreferenceName, share: Share, said: Said): Worded {
  const points = pointsOf(plan, name, share);
  const line = factorLine(name, points, plan.kb.scoring.weights[name], said.reason);
  const listed = (said.good ?? shareValue(plan, share) >= 1) && points > 0;
  return wordedOf(line, listed ? (REASON_RANK[name] ?? 3) : undefined);
}

// Reasons lead with what is personal (interests, field of study), then requirements met (2),
// then the rest.
const REASON_RANK: Partial<Record<PreferenceName, number>> = {
  interests: 0,
  fieldOfStudy: 1,
  extraLanguages: 3,
  workMode: 4,
  nightShifts: 5,
};

const shareValue = (plan: KbPlan, share: Share) => (share === "neutral" ? plan.kb.scoring.neutral : share);
const pointsOf = (plan: KbPlan, name: PreferenceName, share: Share) =>
  round(plan.kb.scoring.weights[name] * shareValue(plan, share));

/**
 * A factor with a few cases. Its input is the one value of the profile it looks at, for a role:
 * said by where that value is among its inputs (see ProfileRule, and INTERESTS.place).
 */
interface CaseRule<I, C extends string> {
  /** Every value its input can take (from a profile valid under its schema), in a fixed order. */
  inputs: readonly I[];
  /** Which case the input puts the role in: the share follows from it alone. */
  caseOf: (role: RolePlan, input: I) => C;
  /** All that caseOf reads of a role, as text: roles alike in it have the same case for every input. */
  roleKey: (role: RolePlan) => string;
  shares: Record<C, Share>;
  say: (which: C, role: RolePlan, input: I, plan: KbPlan) => Said;
}

/** A factor whose input is the profile's alone, the same for every role: its place is found once per profile. */
interface ProfileRule<I, C extends string> extends CaseRule<I, C> {
  input: (profile: Profile) => I;
}

function wordCase<I, C extends string>(
  plan: KbPlan,
  role: RolePlan,
  name: PreferenceName,
  rule: CaseRule<I, C>,
  input: I,
): Worded {
  const which = rule.caseOf(role, input);
  return worded(plan, name, rule.shares[which], rule.say(which, role, input, plan));
}

const MODE_WORDS = { voice: "voice", "non-voice": "non-voice", blended: "a mix of voice and non-voice" } as const;

const WORK_MODE: ProfileRule<Profile["preferences"]["workMode"], "open" | "same" | "blended" | "other"> = {
  inputs: PROFILE_WORK_MODES,
  input: (profile) => profile.preferences.workMode,
  caseOf: (role, wanted) => {
    const { mode } = role;
    return wanted === "any" ? "open" : mode === wanted ? "same" : mode === "blended" ? "blended" : "other";
  },
  roleKey: (role) => role.mode,
  shares: { open: 1, same: 1, blended: "neutral", other: 0 },
  say: (which, role, wanted) => {
    const roleIs = `this role is ${MODE_WORDS[role.mode]} work`;
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

/** Input: undefined when no interests are named, else whether the role's domain is among them. */
const INTERESTS: CaseRule<boolean | undefined, "none" | "listed" | "unlisted"> & {
  place: (facts: ProfileFacts, role: RolePlan) => number;
} = {
  inputs: [undefined, true, false],
  // the input's place among the inputs, for each role of every profile: worked out, not looked up
  place: (facts, role) => {
    const listed = facts.profile.preferences.interests;
    return listed.length === 0 ? 0 : listed.includes(role.domain) ? 1 : 2;
  },
  caseOf: (_role, listed) => (listed === undefined ? "none" : listed ? "listed" : "unlisted"),
  roleKey: () => "",
  shares: { none: "neutral", listed: 1, unlisted: 0 },
  say: (which, role) => {
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

const FIELD_OF_STUDY: ProfileRule<string | undefined, "no-preference" | "preferred" | "other"> = {
  inputs: [undefined, ...FIELDS_OF_STUDY],
  input: (profile) => profile.education.field,
  caseOf: (role, field) => {
    if (role.preferredFields.length === 0) return "no-preference";
    return field && role.preferredFields.includes(field) ? "preferred" : "other";
  },
  roleKey: (role) => role.preferredFields.join(","),
  shares: { "no-preference": "neutral", preferred: 1, other: 0 },
  say: (which, role, field, plan) => {
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

const NIGHT_SHIFTS: ProfileRule<
  boolean | undefined,
  "no-nights" | "willing" | "unsaid" | "declined-often" | "declined-maybe"
> = {
  inputs: [undefined, true, false],
  input: (profile) => profile.preferences.nightShifts,
  caseOf: (role, willing) => {
    const { night } = role;
    if (!night || night === "rare") return "no-nights";
    if (willing === true) return "willing";
    if (willing === undefined) return "unsaid";
    return night === "common" ? "declined-often" : "declined-maybe";
  },
  roleKey: (role) => String(role.night),
  shares: { "no-nights": 1, willing: 1, unsaid: "neutral", "declined-often": 0, "declined-maybe": "neutral" },
  say: (which, role) => {
    const often = role.night === "common" ? "often works nights" : "may work nights";
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

// Extra languages: those at the minimum level or above (facts.extraCandidates) that the role
// does not ask. Ranking needs only how many.

function extraCount(role: RolePlan, facts: ProfileFacts): number {
  let n = 0;
  for (const l of facts.extraCandidates) if (!role.asked.has(l.code)) n += 1;
  return n;
}

const extraLanguagesShare = (plan: KbPlan, count: number): number =>
  count === 0 ? 0 : Math.min(1, count / plan.kb.scoring.extraLanguages.forFullPoints);

function sayExtraLanguages(plan: KbPlan, extra: Profile["languages"]): Said {
  if (extra.length === 0) {
    const { minimumLevel } = plan.kb.scoring.extraLanguages;
    return { reason: `no languages at ${minimumLevel} or above beyond those the role asks` };
  }
  const names = mapPacked(extra, (l) => `${languageNameOf(l.code) ?? l.code} ${l.level}`).join(", ");
  return { reason: `extra languages (${names}): shared-service centres prize them`, good: true };
}

const round = (n: number) => Math.round(n * 100) / 100;
