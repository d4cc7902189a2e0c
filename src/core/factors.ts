import { inCountry } from "./countries.js";
import type { KnowledgeBase, LanguageNeed, Scoring } from "./kb-schema.js";
import { languageNameOf } from "./languages.js";
import type { FactorName, Gap, NextStep } from "./match-types.js";

export type { FactorName };

import type { Profile } from "./profile-schema.js";
import type { Origin, RoleTerms } from "./role-terms.js";
import { EXPERIENCE_KEYS, type ExperienceKey, FIELDS_OF_STUDY, PROFILE_WORK_MODES, ROLE_LEVELS } from "./vocabulary.js";

// The table of factors (issue #14): every requirement and preference the scorer weighs, each a
// pure function from (a role's terms, the profile's facts) to a verdict. A verdict is a number:
// a share of the factor's points (0..1), NOT_KNOWN (earns scoring.neutral; for a requirement, the
// role is "not known", never "eligible"), FLOOR_MET (a requirement read from the ladder, met: it
// earns its points, so that a better qualification never lowers a score, but the role is "not
// known", as it may ask more) or CONFLICT (earns nothing; the role goes among the conflicts). For a requirement, a share below 1 is a gap. The words of a verdict (reason, gap,
// next step) are made apart, only for the roles shown, and kept by `key`: see score.ts.
//
// Adding a factor: write it here and list it in FACTORS; give it a weight in the KB's scoring
// (kb-schema.ts ScoringSchema.weights, data/kb/scoring.yaml); add its name to FactorName
// (match-types.ts) and to the JSON contract (contracts.ts); add it to the reference scorer of
// the tests (test/helpers/reference-scorer.ts). README's "Adding a factor" says the same.

export const NOT_KNOWN = -1;
export const CONFLICT = -2;
export const FLOOR_MET = -3;

/** What scoring needs of a KB that no profile changes. */
export interface KbContext {
  kb: KnowledgeBase;
  scoring: Scoring;
  educationRank: ReadonlyMap<string, number>;
  educationLabel: ReadonlyMap<string, string>;
  cefrRank: ReadonlyMap<string, number>;
  fieldLabel: ReadonlyMap<string, string>;
  domainLabel: ReadonlyMap<string, string>;
  titleOf: (id: string) => string;
}

/** What scoring needs of one profile, worked out once for all roles. */
export interface Facts {
  profile: Profile;
  country: string | undefined;
  educationRank: number;
  /** Each language's CEFR rank, by code. */
  languageRank: ReadonlyMap<string, number>;
  /** Years of each kind; `years` is the most of any kind (a year in BPO is also a year of work). */
  years: Readonly<Record<ExperienceKey, number>>;
  /** The rank of the level the person's experience shows (ROLE_LEVELS, 1-based). */
  levelRank: number;
  /** Languages that may be extra: at scoring's minimum level or above, not a working language. */
  extraCandidates: readonly { code: string; level: string; share: number }[];
  /** The languages employers seek in the person's market; undefined where no source says. */
  demand: ReadonlySet<string> | undefined;
  /**
   * Small whole numbers, each the same for every profile with the same languages, interests, or
   * extra languages (interned per KB: see internOf), for the factors that read only those: -1
   * once too many have been seen (the verdict is then worked out each time). (Years interned the
   * same way, for experience and extra years, made a batch slower: ~4,300 of 50,000 lines had
   * years no line before them had.)
   */
  languagesPlace: number;
  interestsPlace: number;
  extrasPlace: number;
  /** The typing speed (0: none given), or -1 should it not be a small whole number. */
  typingPlace: number;
}

/** A verdict in words. */
export interface Words {
  reason: string;
  gap?: Gap;
  /** Where its reason goes among the role's reasons (lower first); undefined: not listed. */
  rank?: number;
}

export interface FactorDef {
  name: FactorName;
  kind: "requirement" | "preference";
  /** The key of scoring.weights it earns (requirements share theirs equally). */
  weight: keyof Scoring["weights"];
  /** Whether the role has this factor at all (typing speed only where a role asks one). */
  applies: (t: RoleTerms) => boolean;
  verdict: (t: RoleTerms, f: Facts, c: KbContext) => number;
  /**
   * All that the verdict and its words read of the profile, for a role (in its market), as a key
   * to keep them by: a verdict and its words are pure functions of the role and this key.
   */
  key: (t: RoleTerms, f: Facts) => string | number;
  /**
   * Set when the key is the profile's alone, the same for every role, and a small whole number:
   * it is worked out once per profile, and each role's verdict for it is looked up in a table
   * filled as profiles come (see score.ts).
   */
  byProfile?: (f: Facts) => number;
  words: (t: RoleTerms, f: Facts, c: KbContext, verdict: number) => Words;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const WORDS = ["no", "one", "two", "three", "four", "five", "six"];
const count = (n: number, unit: string) => `${WORDS[n] ?? n} ${unit}${n === 1 ? "" : "s"}`;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const langName = (code: string) => languageNameOf(code) ?? code;
const notKnown = (what: string) => `no source gives the ${what} this role asks: check the advert`;
/**
 * A requirement read from the ladder (the least the roles before it ask) is a floor, not what
 * the role asks: met, it is still not known whether the role asks more (not known, not met); not
 * met, the gap is real (who lacks what the step before asks lacks what this role asks).
 */
const fromLadder = (part: { origin: Origin } | undefined) => part?.origin.kind === "ladder";
const floorMet = (have: string, need: string, why: string) =>
  `${have} meets ${need}, ${why}; what this role itself asks is not known: check the advert`;

/** Where a requirement comes from, said as the minimum it is: "the minimum the role asks", ... */
function minimumOf(origin: Origin, c: KbContext): string {
  switch (origin.kind) {
    case "role":
      return "the minimum the role asks";
    case "usual":
      return "the usual minimum for such roles";
    case "ladder":
      return origin.from.length === 1
        ? `the minimum of ${c.titleOf(origin.from[0] as string)}, the step before`
        : "the least that the roles before it on the ladder ask";
  }
}

/** The first next step scoring.yaml gives for a kind of gap in the person's market. */
function nextStep(c: KbContext, factor: Gap["factor"], f: Facts, t: RoleTerms): NextStep | undefined {
  let general: NextStep | undefined;
  const asked = t.education ? (c.educationRank.get(t.education.minimum) ?? 0) : 0;
  for (const s of c.scoring.nextSteps) {
    if (s.factor !== factor || (s.level !== undefined && s.level !== t.role.level)) continue;
    // a step that finishes school is none towards a diploma or a degree
    if (s.upTo !== undefined && asked > (c.educationRank.get(s.upTo) ?? 0)) continue;
    if (s.country !== undefined && s.country === f.country) return { text: s.text, sources: s.sources };
    if (s.country === undefined) general ??= { text: s.text, sources: s.sources };
  }
  return general;
}

// ------------------------------------------------------------------------------ requirements

const EDUCATION: FactorDef = {
  name: "education",
  kind: "requirement",
  weight: "requirements",
  applies: () => true,
  verdict: (t, f, c) => {
    if (!t.education) return NOT_KNOWN;
    const short = (c.educationRank.get(t.education.minimum) ?? 0) - f.educationRank;
    if (short <= 0) return fromLadder(t.education) ? FLOOR_MET : 1;
    return 1 - clamp(short / c.scoring.stepsToZero.education);
  },
  key: (_t, f) => f.educationRank,
  byProfile: (f) => f.educationRank,
  words: (t, f, c, v) => {
    if (!t.education) return { reason: notKnown("education") };
    const level = f.profile.education.level;
    const have = c.educationLabel.get(level) ?? level;
    const need = c.educationLabel.get(t.education.minimum) ?? t.education.minimum;
    const why = minimumOf(t.education.origin, c);
    const short = (c.educationRank.get(t.education.minimum) ?? 0) - f.educationRank;
    if (v === FLOOR_MET) return { reason: floorMet(have, `at least ${need}`, why) };
    if (v === 1) return { reason: short === 0 ? `${have}: ${why}` : `${have}, above ${need}, ${why}`, rank: 3 };
    const text = `needs at least ${need} (${why}); you have ${have}: ${count(short, "level")} short`;
    return {
      reason: text,
      gap: {
        factor: "education",
        text,
        need: t.education.minimum,
        have: level,
        distance: round3(1 - v),
        next: nextStep(c, "education", f, t),
      },
    };
  },
};

/** How close the person is to one set of languages (1: every one met), and the levels short in all. */
function setCloseness(set: readonly LanguageNeed[], f: Facts, c: KbContext): { share: number; short: number } {
  let short = 0;
  for (const need of set) short += Math.max(0, levelsShort(need, f, c));
  return { share: setShare(set, f, c), short };
}

/** How many CEFR steps the person is short of `need` (0 or less: met). */
const levelsShort = (need: LanguageNeed, f: Facts, c: KbContext) =>
  (c.cefrRank.get(need.level) ?? 0) - (f.languageRank.get(need.code) ?? 0);

/** setCloseness's share alone, without allocating (ranking needs it for every role). */
function setShare(set: readonly LanguageNeed[], f: Facts, c: KbContext): number {
  let sum = 0;
  let short = false;
  for (let i = 0; i < set.length; i++) {
    const gap = levelsShort(set[i] as LanguageNeed, f, c);
    if (gap > 0) short = true;
    sum += gap <= 0 ? 1 : 1 - clamp(gap / c.scoring.stepsToZero.cefr);
  }
  return set.length === 0 || !short ? 1 : Math.min(sum / set.length, 1 - 1e-9);
}

/** The set the person is closest to (the first of equals). */
function nearestSet(t: RoleTerms, f: Facts, c: KbContext) {
  let best: { set: readonly LanguageNeed[]; share: number; short: number } | undefined;
  for (const set of t.languages?.sets ?? []) {
    const s = setCloseness(set, f, c);
    if (!best || s.share > best.share) best = { set, ...s };
  }
  return best;
}

const levelOfCode = (f: Facts, code: string) => f.profile.languages.find((l) => l.code === code)?.level;
const setText = (set: readonly LanguageNeed[]) => set.map((l) => `${langName(l.code)} ${l.level}`).join(" and ");

const LANGUAGE: FactorDef = {
  name: "language",
  kind: "requirement",
  weight: "requirements",
  applies: () => true,
  verdict: (t, f, c) => {
    if (!t.languages) return NOT_KNOWN;
    let best = 0;
    for (const set of t.languages.sets) {
      const share = setShare(set, f, c);
      if (share > best) best = share;
    }
    return best === 1 && fromLadder(t.languages) ? FLOOR_MET : best;
  },
  byProfile: (f) => f.languagesPlace,
  // the person's level in each language the role names, in a fixed order
  key: (t, f) => {
    let key = 0;
    const asked = t.languagesAskedList;
    for (let i = 0; i < asked.length; i++) key = key * 8 + (f.languageRank.get(asked[i] as string) ?? 0);
    return key;
  },
  words: (t, f, c, v) => {
    if (!t.languages) return { reason: notKnown("languages") };
    const near = nearestSet(t, f, c) as { set: readonly LanguageNeed[]; short: number };
    const why = minimumOf(t.languages.origin, c);
    const several = t.languages.sets.length > 1;
    const own = (l: LanguageNeed) => {
      const level = levelOfCode(f, l.code);
      return level === undefined ? `no ${langName(l.code)}` : `${langName(l.code)} ${level}`;
    };
    if (v === FLOOR_MET) {
      const sets = several ? `${setText(near.set)}, one of the sets` : setText(near.set);
      return { reason: floorMet(near.set.map(own).join(" and "), sets, why) };
    }
    if (v === 1) {
      const yours = near.set.map(own).join(" and ");
      return { reason: `${yours} meets ${setText(near.set)}, ${several ? `one of the sets, ${why}` : why}`, rank: 3 };
    }
    const missing = near.set.filter((l) => (c.cefrRank.get(l.level) ?? 0) > (f.languageRank.get(l.code) ?? 0));
    const text =
      `needs ${setText(near.set)} (${several ? `the nearest of ${t.languages.sets.length} sets, ${why}` : why}); ` +
      `you have ${missing.map(own).join(" and ")}: ${count(near.short, "CEFR step")} short`;
    return {
      reason: text,
      gap: {
        factor: "language",
        text,
        need: near.set.map((l) => `${l.code}:${l.level}`).join(" "),
        have: missing.map((l) => levelOfCode(f, l.code)).some((x) => x !== undefined)
          ? missing.map((l) => `${l.code}:${levelOfCode(f, l.code) ?? "-"}`).join(" ")
          : null,
        distance: round3(1 - v),
        next: nextStep(c, "language", f, t),
      },
    };
  },
};

const EXPERIENCE_OF: Record<ExperienceKey, string> = {
  years: "of work",
  bpoYears: "in BPO",
  customerFacingYears: "in customer-facing work",
  leadershipYears: "leading a team",
};

const EXPERIENCE: FactorDef = {
  name: "experience",
  kind: "requirement",
  weight: "requirements",
  applies: () => true,
  verdict: (t, f) => {
    if (!t.experience) return NOT_KNOWN;
    let least = 1;
    for (const key of t.experienceAsked) {
      const need = t.experience.need[key] as number;
      least = Math.min(least, f.years[key] >= need ? 1 : f.years[key] / need);
    }
    if (least >= 1) return fromLadder(t.experience) ? FLOOR_MET : 1;
    return Math.min(least, 1 - 1e-9);
  },
  // the years of the kinds asked: all the words read
  key: (t, f) => yearsKey(t.experienceAsked, f),
  words: (t, f, c, v) => {
    if (!t.experience) return { reason: notKnown("experience") };
    const why = minimumOf(t.experience.origin, c);
    const asked = t.experienceAsked;
    if (asked.length === 0) {
      const usual = t.experience.origin.kind === "usual" ? " (usual for entry roles)" : "";
      return { reason: `needs no previous experience${usual}`, rank: 9 };
    }
    const say = (k: ExperienceKey) => `${plural(t.experience?.need[k] ?? 0, "year")} ${EXPERIENCE_OF[k]}`;
    if (v === FLOOR_MET) {
      const have = asked.map((k) => `${plural(f.years[k], "year")} ${EXPERIENCE_OF[k]}`).join(", ");
      return { reason: floorMet(have, asked.map(say).join(" and "), why) };
    }
    if (v === 1) {
      const have = asked.map((k) => `${plural(f.years[k], "year")} ${EXPERIENCE_OF[k]}`).join(", ");
      return { reason: `${have} meets ${asked.map(say).join(" and ")}, ${why}`, rank: 3 };
    }
    const short = asked.filter((k) => f.years[k] < (t.experience?.need[k] ?? 0));
    const yours = short.map((k) => `${plural(f.years[k], "year")} ${EXPERIENCE_OF[k]}`).join(", ");
    const text = `needs ${asked.map(say).join(" and ")} (${why}); you have ${yours}`;
    const first = short[0] as ExperienceKey;
    return {
      reason: text,
      gap: {
        factor: "experience",
        text,
        need: t.experience.need[first] as number,
        have: f.years[first],
        distance: round3(1 - v),
        next: nextStep(c, "experience", f, t),
      },
    };
  },
};

const TYPING: FactorDef = {
  name: "typing",
  kind: "requirement",
  weight: "requirements",
  applies: (t) => t.typingWpm !== undefined,
  verdict: (t, f) => {
    const have = f.profile.skills.typingWpm ?? 0;
    const need = t.typingWpm as number;
    return have >= need ? 1 : have / need;
  },
  key: (_t, f) => f.profile.skills.typingWpm ?? 0,
  byProfile: (f) => f.typingPlace,
  words: (t, f, c, v) => {
    const need = t.typingWpm as number;
    const have = f.profile.skills.typingWpm;
    if (v === 1) return { reason: `typing ${have} WPM meets the ${need} WPM the role asks`, rank: 3 };
    const text =
      have === undefined
        ? `needs typing at ${need} WPM; you gave no typing speed`
        : `needs typing at ${need} WPM; you type ${have}, ${need - have} short`;
    return {
      reason: text,
      gap: {
        factor: "typing",
        text,
        need,
        have: have ?? null,
        distance: round3(1 - v),
        next: nextStep(c, "typing", f, t),
      },
    };
  },
};

// ------------------------------------------------------------------------------- preferences

const INTERESTS: FactorDef = {
  name: "interests",
  kind: "preference",
  weight: "interests",
  applies: () => true,
  verdict: (t, f, c) => {
    const listed = f.profile.preferences.interests;
    if (listed.length === 0) return NOT_KNOWN;
    const at = listed.indexOf(t.role.domain);
    if (at < 0) return 0;
    const { step, floor } = c.scoring.interests;
    return Math.max(floor, 1 - at * step);
  },
  key: (t, f) =>
    f.profile.preferences.interests.indexOf(t.role.domain) + (f.profile.preferences.interests.length ? 0 : 100),
  byProfile: (f) => f.interestsPlace,
  words: (t, f, c, v) => {
    const domain = c.domainLabel.get(t.role.domain) ?? t.role.domain;
    if (v === NOT_KNOWN) return { reason: `you named no interests; this role is ${domain}` };
    if (v === 0) return { reason: `${domain} is not among your interests` };
    const at = f.profile.preferences.interests.indexOf(t.role.domain);
    return { reason: at === 0 ? `${domain} is your first interest` : `${domain} is one of your interests`, rank: 0 };
  },
};

const fieldPlace = (f: Facts) => {
  const field = f.profile.education.field;
  return field === undefined ? 0 : FIELDS_OF_STUDY.indexOf(field) + 1;
};
const nightPlace = (f: Facts) => {
  const willing = f.profile.preferences.nightShifts;
  return willing === undefined ? 0 : willing ? 1 : 2;
};

const MODE_WORDS = {
  voice: "voice (calls)",
  "non-voice": "non-voice",
  blended: "a mix of voice and non-voice",
} as const;

const WORK_MODE: FactorDef = {
  name: "workMode",
  kind: "preference",
  weight: "workMode",
  applies: () => true,
  verdict: (t, f, c) => {
    const wanted = f.profile.preferences.workMode;
    const mode = t.role.process.mode;
    if (wanted === "any" || wanted === mode) return 1;
    if (mode === "blended") return c.scoring.neutral;
    return wanted === "non-voice" && mode === "voice" ? CONFLICT : 0;
  },
  key: (_t, f) => PROFILE_WORK_MODES.indexOf(f.profile.preferences.workMode),
  byProfile: (f) => PROFILE_WORK_MODES.indexOf(f.profile.preferences.workMode),
  words: (t, f, _c, v) => {
    const wanted = f.profile.preferences.workMode;
    const roleIs = `this role is ${MODE_WORDS[t.role.process.mode]} work`;
    if (v === CONFLICT) return { reason: `you do not want voice work, and ${roleIs}` };
    if (wanted === "any") return { reason: `open to voice and non-voice work; ${roleIs}`, rank: 5 };
    if (v === 1) return { reason: `you want ${wanted} work, and ${roleIs}`, rank: 5 };
    return { reason: `you want ${wanted} work; ${roleIs}` };
  },
};

const FIELD_OF_STUDY: FactorDef = {
  name: "fieldOfStudy",
  kind: "preference",
  weight: "fieldOfStudy",
  applies: () => true,
  verdict: (t, f) => {
    if (t.preferredFields.length === 0) return NOT_KNOWN;
    const field = f.profile.education.field;
    if (field === undefined) return NOT_KNOWN;
    return t.preferredFields.includes(field) ? 1 : 0;
  },
  key: (_t, f) => fieldPlace(f),
  byProfile: (f) => fieldPlace(f),
  words: (t, f, c, v) => {
    const label = (id: string) => c.fieldLabel.get(id) ?? id;
    const wanted = t.preferredFields.map(label).join(", ");
    const field = f.profile.education.field;
    if (t.preferredFields.length === 0) return { reason: "the sources name no field of study this role prefers" };
    if (field === undefined) return { reason: `the role prefers ${wanted}; you gave no field of study` };
    if (v === 1) return { reason: `your field, ${label(field)}, is one the role prefers`, rank: 1 };
    return { reason: `the role prefers ${wanted}; your field is ${label(field)}` };
  },
};

/** The years of `keys`, as a key to keep words by: the number itself for one kind. */
function yearsKey(keys: readonly ExperienceKey[], f: Facts): string | number {
  if (keys.length === 0) return 0;
  if (keys.length === 1) return f.years[keys[0] as ExperienceKey];
  let key = "";
  for (const k of keys) key += `${f.years[k]} `;
  return key;
}

const EXTRA_YEARS: FactorDef = {
  name: "extraYears",
  kind: "preference",
  weight: "extraYears",
  applies: () => true,
  verdict: (t, f, c) => {
    if (!t.experience) return NOT_KNOWN;
    let beyond = 0;
    const counted = t.yearsCounted;
    for (let i = 0; i < counted.length; i++) {
      const [key, need] = counted[i] as readonly [ExperienceKey, number];
      beyond = Math.max(beyond, f.years[key] - need);
    }
    return clamp(beyond / c.scoring.extraYears.forFull);
  },
  key: (t, f) => yearsKey(t.yearsCountedKeys, f),
  words: (t, f, c, v) => {
    if (!t.experience)
      return { reason: "not known how much experience this role asks, so years beyond it cannot count" };
    let best: [ExperienceKey, number] = ["years", 0];
    let beyond = -1;
    for (const [key, need] of t.yearsCounted) {
      if (f.years[key] - need > beyond) {
        beyond = f.years[key] - need;
        best = [key, need];
      }
    }
    const [key] = best;
    if (v <= 0) return { reason: `no years ${EXPERIENCE_OF[key]} beyond what the role asks` };
    const years = Math.round(beyond * 100) / 100;
    return {
      reason: `${plural(years, "year")} ${EXPERIENCE_OF[key]} beyond what the role asks${v >= 1 ? ` (full points from ${c.scoring.extraYears.forFull})` : ""}`,
      rank: 2,
    };
  },
};

/** The person's extra languages for a role: candidates the role does not ask; in demand, if known. */
function extraLanguagesFor(t: RoleTerms, f: Facts) {
  return f.extraCandidates.filter(
    (l) => !t.languagesAsked.has(l.code) && (f.demand === undefined || f.demand.has(l.code)),
  );
}

const EXTRA_LANGUAGES: FactorDef = {
  name: "extraLanguages",
  kind: "preference",
  weight: "extraLanguages",
  applies: () => true,
  verdict: (t, f, c) => {
    const { demand } = f;
    if (demand === undefined) return NOT_KNOWN;
    let sum = 0;
    for (const l of f.extraCandidates) if (!t.languagesAsked.has(l.code) && demand.has(l.code)) sum += l.share;
    return clamp(sum / c.scoring.extraLanguages.forFullPoints);
  },
  byProfile: (f) => f.extrasPlace,
  key: (t, f) => {
    if (f.demand === undefined || f.extraCandidates.length === 0) return "";
    return extraLanguagesFor(t, f)
      .map((l) => `${l.code}:${l.level}`)
      .join(" ");
  },
  words: (t, f, _c, v) => {
    if (f.demand === undefined) {
      return {
        reason:
          f.country === undefined
            ? "languages in demand depend on the market: give your country to count them"
            : `no source says which languages beyond English employers seek ${inCountry(f.country)}`,
      };
    }
    const extra = extraLanguagesFor(t, f);
    const market = inCountry(f.country as string);
    if (extra.length === 0 || v <= 0)
      return { reason: `no language beyond what the role asks that employers ${market} seek` };
    const names = extra.map((l) => `${langName(l.code)} ${l.level}`).join(", ");
    return {
      reason: `${names}: employers ${market} seek ${extra.length === 1 ? "it" : "them"} beyond English`,
      rank: 4,
    };
  },
};

const NIGHT_WORDS = {
  usual: "usually works nights",
  possible: "may work nights",
  none: "works no night shifts",
} as const;

const NIGHT_SHIFTS: FactorDef = {
  name: "nightShifts",
  kind: "preference",
  weight: "nightShifts",
  applies: () => true,
  verdict: (t, f, c) => {
    const willing = f.profile.preferences.nightShifts;
    if (t.night === undefined) return NOT_KNOWN;
    if (t.night === "none" || willing === true) return 1;
    if (willing === undefined) return c.scoring.neutral;
    return t.night === "usual" ? CONFLICT : 0;
  },
  key: (_t, f) => nightPlace(f),
  byProfile: (f) => nightPlace(f),
  words: (t, f, _c, v) => {
    const where = f.country === undefined ? "" : ` ${inCountry(f.country)}`;
    if (t.night === undefined) return { reason: `not known whether this role works nights${where}` };
    const role = `this role ${NIGHT_WORDS[t.night]}${where}`;
    const willing = f.profile.preferences.nightShifts;
    if (t.night === "none") return { reason: role, rank: 6 };
    if (willing === true) return { reason: `you can work nights; ${role}`, rank: 6 };
    if (willing === undefined) return { reason: `${role}; you did not say whether you would` };
    return { reason: v === CONFLICT ? `you will not work nights, and ${role}` : `${role}, and you prefer not to` };
  },
};

/** Every factor, in the order a role's breakdown lists them. */
export const FACTORS: readonly FactorDef[] = [
  EDUCATION,
  LANGUAGE,
  EXPERIENCE,
  TYPING,
  INTERESTS,
  WORK_MODE,
  FIELD_OF_STUDY,
  EXTRA_YEARS,
  EXTRA_LANGUAGES,
  NIGHT_SHIFTS,
];

// ------------------------------------------------------------------------------------- facts

/** The profile's facts for scoring, worked out once for all roles. */
export function factsOf(c: KbContext, profile: Profile): Facts {
  const e = profile.experience;
  const years = {
    years: Math.max(e.years, e.bpoYears, e.customerFacingYears, e.leadershipYears),
    bpoYears: e.bpoYears,
    customerFacingYears: e.customerFacingYears,
    leadershipYears: e.leadershipYears,
  };
  const languageRank = new Map<string, number>();
  for (const l of profile.languages) languageRank.set(l.code, c.cefrRank.get(l.level) ?? 0);
  const x = c.scoring.extraLanguages;
  const minimum = c.cefrRank.get(x.minimumLevel) ?? 0;
  const extraCandidates: Facts["extraCandidates"][number][] = [];
  for (const l of profile.languages) {
    if ((languageRank.get(l.code) ?? 0) < minimum || x.notExtra.includes(l.code)) continue;
    const share = x.levelShares[l.level as keyof typeof x.levelShares] ?? 0;
    if (share > 0) extraCandidates.push({ code: l.code, level: l.level, share });
  }
  const country = profile.country;
  const demand = country === undefined ? undefined : x.demand[country];
  let languages = "";
  for (const l of profile.languages) languages += `${l.code}:${l.level} `;
  let extras = "";
  for (const l of extraCandidates) extras += `${l.code}:${l.level} `;
  const wpm = profile.skills.typingWpm ?? 0;
  return {
    profile,
    country,
    educationRank: c.educationRank.get(profile.education.level) ?? 0,
    languageRank,
    years,
    levelRank: personLevelRank(c.scoring, years),
    extraCandidates,
    demand: demand ? demandSet(demand.languages) : undefined,
    languagesPlace: internOf(c, "languages", languages),
    interestsPlace: internOf(c, "interests", profile.preferences.interests.join(" ")),
    extrasPlace: internOf(c, "extras", extras),
    typingPlace: Number.isInteger(wpm) && wpm >= 0 && wpm < INTERNED_MAX ? wpm : -1,
  };
}

/** How many values of each kind are numbered; past that, -1 (see Facts.languagesPlace). */
const INTERNED_MAX = 4096;
const INTERNED = new WeakMap<KbContext, Record<string, Map<string, number>>>();

/** A small whole number for `value` of a kind, the same each time it comes (per KB). */
function internOf(c: KbContext, kind: string, value: string): number {
  let kinds = INTERNED.get(c);
  if (!kinds) {
    kinds = {};
    INTERNED.set(c, kinds);
  }
  kinds[kind] ??= new Map();
  const map = kinds[kind];
  let n = map.get(value);
  if (n === undefined) {
    if (map.size >= INTERNED_MAX) return -1;
    n = map.size;
    map.set(value, n);
  }
  return n;
}

const DEMAND_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();
function demandSet(languages: readonly string[]): ReadonlySet<string> {
  let set = DEMAND_SETS.get(languages);
  if (!set) {
    set = new Set(languages);
    DEMAND_SETS.set(languages, set);
  }
  return set;
}

function personLevelRank(scoring: Scoring, years: Facts["years"]): number {
  for (const rule of scoring.personLevels) {
    let holds = true;
    for (const key of EXPERIENCE_KEYS) {
      const need = rule.when[key];
      if (need !== undefined && years[key] < need) holds = false;
    }
    if (holds) return ROLE_LEVELS.indexOf(rule.level) + 1;
  }
  return 1;
}
