import type { KnowledgeBase, LanguageNeed, Role, RoleRequirements, Scoring } from "./kb-schema.js";
import type { EducationLevel, ExperienceKey, NightShifts } from "./vocabulary.js";
import { EDUCATION_LEVELS, EXPERIENCE_KEYS, ROLE_LEVELS } from "./vocabulary.js";

// What a role asks of a person in one market, each part with where it comes from (issue #14):
// the role's facts for that country, else its own, else the requirement scoring.yaml gives as
// usual for its level and sector (with a source), else at least what the roles before it on the
// ladder ask (scoring.ladder's reading), else not known. "Not known" is kept as undefined, so
// that the scorer can never take it for "met".

/** Where a part of a role's terms comes from. */
export type Origin = { kind: "role" } | { kind: "usual"; note: string } | { kind: "ladder"; from: readonly string[] };

export interface RoleTerms {
  role: Role;
  /** 1-based rank of the role's level (entry 1 ... manager 4). */
  levelRank: number;
  education: { minimum: EducationLevel; origin: Origin } | undefined;
  /** One of these sets is needed (most roles have one). */
  languages: { sets: readonly (readonly LanguageNeed[])[]; origin: Origin } | undefined;
  experience:
    | { need: Readonly<Partial<Record<ExperienceKey, number>>>; helps: readonly ExperienceKey[]; origin: Origin }
    | undefined;
  /** Asked only by some roles: undefined when the role does not ask it. */
  typingWpm: number | undefined;
  preferredFields: readonly string[];
  night: NightShifts | undefined;
  // worked out once from the above, for the scorer (src/core/factors.ts)
  /** The kinds of experience asked (more than 0 years). */
  experienceAsked: readonly ExperienceKey[];
  /** The kinds of years that count beyond the minimum, each with its minimum (total years if none). */
  yearsCounted: readonly (readonly [ExperienceKey, number])[];
  /** The kinds of yearsCounted alone. */
  yearsCountedKeys: readonly ExperienceKey[];
  /** Every language any of its sets names, and the same as a list. */
  languagesAsked: ReadonlySet<string>;
  languagesAskedList: readonly string[];
}

type Part = "education" | "languages" | "experience";

/** The role's terms for a person looking for work in `country` (undefined: none said). */
export function termsOf(kb: KnowledgeBase, role: Role, country: string | undefined): RoleTerms {
  return resolve(kb, role, country, new Set());
}

const byId = new WeakMap<KnowledgeBase, Map<string, Role>>();

function roleById(kb: KnowledgeBase, id: string): Role | undefined {
  let map = byId.get(kb);
  if (!map) {
    map = new Map();
    for (const r of kb.roles) if (!map.has(r.id)) map.set(r.id, r);
    byId.set(kb, map);
  }
  return map.get(id);
}

function resolve(kb: KnowledgeBase, role: Role, country: string | undefined, seen: Set<string>): RoleTerms {
  const local = country === undefined ? undefined : role.countries?.[country];
  let req: RoleRequirements = role.requirements;
  if (local?.requirements) {
    req = { ...role.requirements, ...local.requirements };
    if (local.requirements.languages) delete req.languageOptions;
    if (local.requirements.languageOptions) delete req.languages;
  }
  const terms: RoleTerms = {
    role,
    levelRank: ROLE_LEVELS.indexOf(role.level) + 1,
    education: req.education?.minimum ? { minimum: req.education.minimum, origin: ROLE } : undefined,
    languages: languageSetsOf(req),
    experience: experienceOf(req),
    typingWpm: req.typingWpm?.minimum,
    preferredFields: req.education?.preferredFields ?? [],
    night: (local?.shifts ?? role.shifts)?.night,
    experienceAsked: [],
    yearsCounted: [],
    yearsCountedKeys: [],
    languagesAsked: new Set(),
    languagesAskedList: [],
  };
  const usual = usualFor(kb.scoring, role, country);
  if (!terms.education && usual.education)
    terms.education = { minimum: usual.education.level, origin: usual.education.origin };
  if (!terms.experience && usual.experience) terms.experience = { ...usual.experience, helps: [] };
  if (needsLadder(terms) && role.careerPath.previous.length > 0 && !seen.has(role.id)) {
    seen.add(role.id);
    const before: RoleTerms[] = [];
    for (const id of role.careerPath.previous) {
      const prev = roleById(kb, id);
      if (prev) before.push(resolve(kb, prev, country, seen));
    }
    seen.delete(role.id);
    inherit(terms, before);
  }
  return derived(terms);
}

/** Fills in what the scorer works out from the terms (they are new: changed in place). */
function derived(terms: RoleTerms): RoleTerms {
  const need = terms.experience?.need ?? {};
  const asked = EXPERIENCE_KEYS.filter((k) => (need[k] ?? 0) > 0);
  const counted: (readonly [ExperienceKey, number])[] = [];
  for (const key of EXPERIENCE_KEYS) {
    const n = need[key] ?? 0;
    if (n > 0 || terms.experience?.helps.includes(key)) counted.push([key, n]);
  }
  if (counted.length === 0) counted.push(["years", 0]);
  const languages = new Set<string>();
  for (const set of terms.languages?.sets ?? []) for (const l of set) languages.add(l.code);
  terms.experienceAsked = asked;
  terms.yearsCounted = counted;
  terms.yearsCountedKeys = counted.map(([k]) => k);
  terms.languagesAsked = languages;
  terms.languagesAskedList = [...languages];
  return terms;
}

const ROLE: Origin = Object.freeze({ kind: "role" });

const needsLadder = (t: RoleTerms) => !t.education || !t.languages || !t.experience;

function languageSetsOf(req: RoleRequirements): RoleTerms["languages"] {
  if (req.languageOptions) return { sets: req.languageOptions.map((o) => o.languages), origin: ROLE };
  if (req.languages && req.languages.length > 0) return { sets: [req.languages], origin: ROLE };
  return undefined;
}

function experienceOf(req: RoleRequirements): RoleTerms["experience"] {
  const e = req.experience;
  if (!e) return undefined;
  const need: Partial<Record<ExperienceKey, number>> = {};
  let any = false;
  for (const key of EXPERIENCE_KEYS) {
    const n = e[key];
    if (n !== undefined) {
      need[key] = n;
      any = true;
    }
  }
  return any ? { need, helps: e.helps ?? [], origin: ROLE } : undefined;
}

const USUAL_ORIGINS = new WeakMap<object, Origin>();
/** A usual requirement's origin, made once per rule (a KB of 10,000 roles asks for it 10,000 times). */
function usualOrigin(rule: Scoring["usualRequirements"][number]): Origin {
  let origin = USUAL_ORIGINS.get(rule);
  if (!origin) {
    origin = Object.freeze({ kind: "usual", note: rule.note });
    USUAL_ORIGINS.set(rule, origin);
  }
  return origin;
}

/** The first usual requirement of scoring.yaml whose conditions the role meets, for each part. */
function usualFor(scoring: Scoring, role: Role, country: string | undefined) {
  let education: { level: EducationLevel; origin: Origin } | undefined;
  let experience: { need: Partial<Record<ExperienceKey, number>>; origin: Origin } | undefined;
  for (const rule of scoring.usualRequirements) {
    const w = rule.when;
    if (w.level !== undefined && w.level !== role.level) continue;
    if (w.mode !== undefined && w.mode !== role.process.mode) continue;
    if (w.domain !== undefined && w.domain !== role.domain) continue;
    if (w.country !== undefined && w.country !== country) continue;
    const origin = usualOrigin(rule);
    if (!education && rule.education) education = { level: rule.education, origin };
    if (!experience && rule.experience) experience = { need: { ...rule.experience }, origin };
  }
  return { education, experience };
}

/**
 * A part not known takes the least that the roles before it ask, of those that state it (any
 * of them is a way up): the lowest education, every language set of theirs, the fewest years. A
 * role before it whose part is not known says nothing of it (the ladder note of scoring.yaml):
 * medical billing states no language, but the team leader it leads to does not thereby ask none.
 */
function inherit(terms: RoleTerms, before: readonly RoleTerms[]): void {
  const stating = (part: Part) => before.filter((t) => t[part] !== undefined);
  const originOf = (from: readonly RoleTerms[]): Origin => ({ kind: "ladder", from: from.map((t) => t.role.id) });
  const educated = stating("education");
  if (!terms.education && educated.length > 0) {
    const ranks = educated.map((t) => EDUCATION_LEVELS.indexOf((t.education as { minimum: EducationLevel }).minimum));
    terms.education = { minimum: EDUCATION_LEVELS[Math.min(...ranks)] as EducationLevel, origin: originOf(educated) };
  }
  const speaking = stating("languages");
  if (!terms.languages && speaking.length > 0) {
    const sets = new Map<string, readonly LanguageNeed[]>();
    for (const t of speaking) {
      for (const set of (t.languages as NonNullable<RoleTerms["languages"]>).sets) {
        sets.set(set.map((l) => `${l.code}:${l.level}`).join(" "), set);
      }
    }
    terms.languages = { sets: [...sets.values()], origin: originOf(speaking) };
  }
  const experienced = stating("experience");
  if (!terms.experience && experienced.length > 0) {
    const need: Partial<Record<ExperienceKey, number>> = {};
    for (const key of EXPERIENCE_KEYS) {
      const least = Math.min(...experienced.map((t) => t.experience?.need[key] ?? 0));
      if (least > 0) need[key] = least;
    }
    // a floor of no years says nothing of what the role asks: it stays not known
    if (Object.keys(need).length > 0) terms.experience = { need, helps: [], origin: originOf(experienced) };
  }
}

/**
 * Whether `role` asks less than `before` (a role on its `previous` path) of education, years in
 * BPO or years leading a team, in any market: the ladder would invert (kb validate refuses it,
 * unless careerPath.asksLess says why). Says what it asks less of, or undefined.
 */
export function asksLessThan(kb: KnowledgeBase, role: Role, before: Role): string | undefined {
  const countries = new Set<string | undefined>([undefined]);
  for (const c of Object.keys(role.countries ?? {})) countries.add(c);
  for (const c of Object.keys(before.countries ?? {})) countries.add(c);
  for (const country of countries) {
    const t = termsOf(kb, role, country);
    const b = termsOf(kb, before, country);
    const where = country === undefined ? "" : ` in ${country}`;
    if (b.education && t.education && t.education.origin.kind !== "ladder") {
      if (EDUCATION_LEVELS.indexOf(t.education.minimum) < EDUCATION_LEVELS.indexOf(b.education.minimum)) {
        return `education${where}: ${t.education.minimum}, below the ${b.education.minimum} of "${before.id}"`;
      }
    }
    for (const key of ["bpoYears", "leadershipYears"] as const) {
      const mine = t.experience?.need[key] ?? 0;
      const theirs = b.experience?.need[key] ?? 0;
      if (t.experience && t.experience.origin.kind !== "ladder" && mine < theirs)
        return `${key}${where}: ${mine}, below the ${theirs} of "${before.id}"`;
    }
  }
  return undefined;
}
