import { compareIds } from "./compare.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { Profile } from "./profile-schema.js";
import {
  type InputPlaces,
  inputPlacesOf,
  type PreferenceName,
  type PreferenceTables,
  preferenceTablesOf,
} from "./score-preferences.js";
import { levelRanksOf, planRequirements, type RequirementPlan } from "./score-requirements.js";
import { factorLine, Memo, PlacedMemo, sharedWords, type Worded, wordedOf } from "./score-words.js";
import type { Standings } from "./standings.js";

// What scoring needs of a KB that no profile changes: each level's rank, each id's label, each
// role's requirements in the order they are checked. Built once per KB (and role) and kept in
// WeakMaps, so that a batch of 100,000 profiles does not rebuild it for every profile and role.
// A KB is never changed once loaded; a changed copy ({ ...kb, scoring }) is another KB here.

export interface KbPlan {
  kb: KnowledgeBase;
  /** 1-based rank of an education level, lowest first; 0 for one not in the vocabulary. */
  educationRank: ReadonlyMap<string, number>;
  educationLabel: ReadonlyMap<string, string>;
  /** 1-based rank of a CEFR level, lowest first; 0 for one not in the vocabulary. */
  cefrRank: ReadonlyMap<string, number>;
  fieldLabel: ReadonlyMap<string, string>;
  roles: WeakMap<Role, RolePlan>;
  /** The plans of kb.roles, in order, once asked for. */
  allRoles?: readonly RolePlan[];
  /** Each id of kb.roles: its place among them in compareIds' order (ties between roles are broken by id). */
  idOrder: ReadonlyMap<string, number>;
  /** The requirements line of a role with none (frozen, shared). */
  noRequirements: Worded;
  /** The table a ranking fills (see standings.ts): made with the first ranking, kept for the next. */
  standings?: Standings;
  /** How many more results all the KB's memos may keep (see Memo). */
  budget: { left: number };
  /** The roles' tables of points, shared by roles alike (see preferenceTablesOf). */
  preferenceTables: Map<string, PreferenceTables>;
}

export interface RolePlan {
  role: Role;
  /** Its id's place in KbPlan.idOrder; NaN for a role not in the KB. */
  order: number;
  /** Its requirements in the order they are checked, each with its words kept by input. */
  requirements: readonly { req: RequirementPlan; said: Memo<unknown> }[];
  /** Each requirement's share of the requirements' weight, and that share rounded (its `max`). */
  share: number;
  max: number;
  // what the preferences look at, read once from the role (roles' objects differ in shape, so
  // reading role.process.mode for each of 20 roles and every profile is slower)
  mode: Role["process"]["mode"];
  domain: Role["domain"];
  night: NonNullable<Role["shifts"]>["night"] | undefined;
  domainLabel: string;
  /** The role's preferred fields of study, and their labels as one list ("Commerce, Finance"). */
  preferredFields: readonly string[];
  preferredLabels: string;
  /** Languages that are not extra for this role: the ones it asks, and the sector's working ones. */
  asked: ReadonlySet<string>;
  /**
   * Each preference's words, kept by the one value of a profile it looks at: for a factor with
   * cases, by its place among the factor's inputs (CaseRule.inputs); extra languages by the
   * languages ("de:B2 fr:C1").
   */
  said: Record<Exclude<PreferenceName, "extraLanguages">, PlacedMemo> & { extraLanguages: Memo<string> };
  /** Each factor with cases: its points for each value of its input (ranking looks them up). */
  points: PreferenceTables;
}

/** Enough for every value a batch meets for the shipped KB's 20 roles (~4,000 are kept over 1,000,000 lines). */
const KEPT_PER_KB = 20_000;

/** What scoring needs of one profile, worked out once for all roles. */
export interface ProfileFacts {
  profile: Profile;
  /** The most years of any kind: a year in BPO is also a year of work. */
  totalYears: number;
  /**
   * The languages that may be extra: at the minimum level for an extra language or above, and
   * not one of the sector's working languages (scoring.extraLanguages.notExtra). Those a role
   * does not ask are extra; most profiles have none (their English is a working language).
   */
  extraCandidates: Profile["languages"];
  /** Where the profile's inputs are among the inputs of the factors with cases (see RolePlan.points). */
  places: InputPlaces;
  /** The rank of the profile's education level, and of each of its languages' levels, in order. */
  ranks: { education: number; languages: readonly number[] };
}

const plans = new WeakMap<KnowledgeBase, KbPlan>();

export function planOf(kb: KnowledgeBase): KbPlan {
  let plan = plans.get(kb);
  if (!plan) {
    const { educationLevels, cefrLevels, fieldsOfStudy } = kb.vocabularies;
    plan = {
      kb,
      educationRank: rankMap(educationLevels),
      educationLabel: labelMap(educationLevels),
      cefrRank: rankMap(cefrLevels),
      fieldLabel: labelMap(fieldsOfStudy),
      roles: new WeakMap(),
      idOrder: new Map([...new Set(kb.roles.map((r) => r.id))].sort(compareIds).map((id, i) => [id, i])),
      noRequirements: sharedWords(
        wordedOf(
          factorLine(
            "requirements",
            kb.scoring.weights.requirements,
            kb.scoring.weights.requirements,
            "the sources state no requirements for this role",
          ),
          undefined,
        ),
      ),
      budget: { left: KEPT_PER_KB },
      preferenceTables: new Map(),
    };
    plans.set(kb, plan);
  }
  return plan;
}

export function rolePlanOf(plan: KbPlan, role: Role): RolePlan {
  let rolePlan = plan.roles.get(role);
  if (!rolePlan) {
    const { kb } = plan;
    const { budget } = plan;
    const requirements = planRequirements(plan, role).map((req) => ({ req, said: new Memo<unknown>(budget) }));
    const weight = kb.scoring.weights.requirements;
    const preferredFields = role.requirements.education?.preferredFields ?? [];
    rolePlan = {
      role,
      order: plan.idOrder.get(role.id) ?? Number.NaN,
      requirements,
      share: weight / requirements.length,
      max: round(weight / requirements.length),
      mode: role.process.mode,
      domain: role.domain,
      night: role.shifts?.night,
      domainLabel: kb.vocabularies.domains.find((d) => d.id === role.domain)?.label ?? role.domain,
      preferredFields,
      preferredLabels: preferredFields.map((id) => plan.fieldLabel.get(id) ?? id).join(", "),
      asked: new Set([
        ...kb.scoring.extraLanguages.notExtra,
        ...(role.requirements.languages ?? []).map((l) => l.code),
      ]),
      said: {
        workMode: new PlacedMemo(budget),
        interests: new PlacedMemo(budget),
        fieldOfStudy: new PlacedMemo(budget),
        extraLanguages: new Memo(budget),
        nightShifts: new PlacedMemo(budget),
      },
      points: NO_TABLES,
    };
    rolePlan.points = preferenceTablesOf(plan, rolePlan);
    plan.roles.set(role, rolePlan);
  }
  return rolePlan;
}

/** The plans of `roles`; those of kb.roles are kept, as a batch ranks them for every profile. */
export function rolePlansOf(plan: KbPlan, roles: readonly Role[]): readonly RolePlan[] {
  if (roles !== plan.kb.roles) return roles.map((role) => rolePlanOf(plan, role));
  plan.allRoles ??= roles.map((role) => rolePlanOf(plan, role));
  return plan.allRoles;
}

export function factsOf(plan: KbPlan, profile: Profile): ProfileFacts {
  const { years, bpoYears, customerFacingYears, leadershipYears } = profile.experience;
  const ranks = levelRanksOf(plan, profile);
  return {
    profile,
    totalYears: Math.max(years, bpoYears, customerFacingYears, leadershipYears),
    extraCandidates: extraCandidatesOf(plan, profile, ranks.languages),
    places: inputPlacesOf(profile),
    ranks,
  };
}

function extraCandidatesOf(plan: KbPlan, profile: Profile, ranks: readonly number[]): Profile["languages"] {
  const minimum = plan.cefrRank.get(plan.kb.scoring.extraLanguages.minimumLevel) ?? 0;
  const { notExtra } = plan.kb.scoring.extraLanguages;
  const candidates: Profile["languages"] = [];
  for (let i = 0; i < profile.languages.length; i++) {
    const l = profile.languages[i] as Profile["languages"][number];
    if ((ranks[i] as number) >= minimum && !notExtra.includes(l.code)) candidates.push(l);
  }
  return candidates;
}

/** RolePlan.points until they are made (they are made from the plan). */
const NO_TABLES: PreferenceTables = { workMode: [], interests: [], fieldOfStudy: [], nightShifts: [] };

type Entry = { id: string; label: string };

// Where an id is listed twice, the first entry counts (as indexOf and find would have it).
const rankMap = (entries: readonly Entry[]) => {
  const map = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!map.has(e.id)) map.set(e.id, i + 1);
  });
  return map;
};
const labelMap = (entries: readonly Entry[]) => {
  const map = new Map<string, string>();
  for (const e of entries) if (!map.has(e.id)) map.set(e.id, e.label);
  return map;
};

const round = (n: number) => Math.round(n * 100) / 100;
