import type { KnowledgeBase, LanguageNeed } from "../core/kb-schema.js";
import type { Origin, RoleTerms } from "../core/role-terms.js";
import type { ExperienceKey } from "../core/vocabulary.js";
import { label, languageName, NOT_KNOWN } from "./labels.js";

// What a role asks, in words, as the scorer reads it (src/core/role-terms.ts: the role's own
// requirement for the market, else the usual one for such roles, else the least the steps before
// it ask), for `compare` and `path`. A part that no source gives reads "not known".

/** Where a requirement comes from, when it is not the role's own. */
const originText = (origin: Origin): string =>
  origin.kind === "usual"
    ? ", usual for such roles"
    : origin.kind === "ladder"
      ? ", the least the steps before ask"
      : "";

export function educationAsked(kb: KnowledgeBase, terms: RoleTerms): string {
  const e = terms.education;
  return e ? `at least ${label(kb, "educationLevels", e.minimum)}${originText(e.origin)}` : NOT_KNOWN;
}

const setText = (set: readonly LanguageNeed[]) => set.map((l) => `${languageName(l.code)} ${l.level}`).join(" and ");

export function languagesAsked(terms: RoleTerms): string {
  const l = terms.languages;
  if (!l) return NOT_KNOWN;
  const sets = l.sets.map(setText);
  return (sets.length === 1 ? (sets[0] as string) : `one of: ${sets.join("; ")}`) + originText(l.origin);
}

const YEAR_WORDS: Record<ExperienceKey, string> = {
  years: "overall",
  bpoYears: "in BPO",
  customerFacingYears: "customer-facing",
  leadershipYears: "leading a team",
};

const yearsText = (n: number, key: ExperienceKey) => `${n} year${n === 1 ? "" : "s"} ${YEAR_WORDS[key]}`;

/**
 * The years asked, of the kinds in `keys` (every kind by default): "1 year in BPO"; "no previous
 * experience" where none of any kind is asked, "none named" where only other kinds are.
 */
export function experienceAsked(terms: RoleTerms, keys?: readonly ExperienceKey[]): string {
  const e = terms.experience;
  if (!e) return NOT_KNOWN;
  const parts = Object.entries(e.need)
    .filter(([key, n]) => (n ?? 0) > 0 && (keys === undefined || keys.includes(key as ExperienceKey)))
    .map(([key, n]) => yearsText(n as number, key as ExperienceKey));
  const none = Object.values(e.need).some((n) => (n ?? 0) > 0) ? "none named" : "no previous experience";
  return (parts.length > 0 ? parts.join(", ") : none) + originText(e.origin);
}

/** The years in all, in BPO and customer-facing: `path` shows leading a team apart. */
export const yearsAsked = (terms: RoleTerms): string =>
  experienceAsked(terms, ["years", "bpoYears", "customerFacingYears"]);

/** The years of leading a team asked; "none named" where the role's experience names none. */
export function leadershipAsked(terms: RoleTerms): string {
  const e = terms.experience;
  if (!e) return NOT_KNOWN;
  const n = e.need.leadershipYears ?? 0;
  return n > 0 ? `${n} year${n === 1 ? "" : "s"}${originText(e.origin)}` : "none named";
}

export const typingAsked = (terms: RoleTerms): string =>
  terms.typingWpm === undefined ? NOT_KNOWN : `${terms.typingWpm} words a minute`;
