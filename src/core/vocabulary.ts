// The words profiles and roles share. Their ids are fixed by the profile contract (issue #3);
// their labels, descriptions and order live in the KB (data/kb/vocabularies.yaml).
export const EDUCATION_LEVELS = [
  "none",
  "secondary",
  "higher-secondary",
  "diploma",
  "bachelor",
  "master",
  "doctorate",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const FIELDS_OF_STUDY = [
  "accounting",
  "finance",
  "commerce",
  "economics",
  "business",
  "it",
  "engineering",
  "hr",
  "psychology",
  "languages",
  "health-sciences",
  "other",
] as const;
export type FieldOfStudy = (typeof FIELDS_OF_STUDY)[number];

export const DOMAINS = [
  "customer-service",
  "technical-support",
  "sales",
  "finance",
  "hr",
  "data",
  "quality",
  "training",
  "management",
  "collections",
  "back-office",
  "healthcare",
  "risk-compliance",
  "trust-and-safety",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

// How a level and a yes or no may be written, one rule for flags, profile files and CSV cells
// (issue #13: `--lang en:c1` was read, `level: c1` in a file refused; `nightShifts: yes` was
// read in CSV, refused in a file). The profile schema reads them by these patterns (so that its
// JSON Schema says what is accepted) and keeps the canonical value: C1, native, true.

/** A pattern matching any of `words`, in any case (as a JSON Schema can say it: no flags). */
const anyCase = (words: readonly string[]): RegExp =>
  new RegExp(
    `^(${words.map((word) => word.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`)).join("|")})$`,
  );

const LEVEL_OF = new Map<string, CefrLevel>(CEFR_LEVELS.map((level) => [level.toLowerCase(), level]));
/** A1 ... C2 and native, in any case: "c1", "Native". */
export const CEFR_LEVEL_PATTERN = anyCase(CEFR_LEVELS);
/** "c1" -> "C1", "Native" -> "native"; undefined for anything else. */
export const levelOf = (text: string): CefrLevel | undefined =>
  (CEFR_LEVELS as readonly string[]).includes(text) ? (text as CefrLevel) : LEVEL_OF.get(text.toLowerCase());

const YES_NO = new Map([
  ["yes", true],
  ["y", true],
  ["true", true],
  ["1", true],
  ["no", false],
  ["n", false],
  ["false", false],
  ["0", false],
]);
/** yes, no, true, false, y, n, 1, 0 as text, in any case. */
export const YES_NO_PATTERN = anyCase([...YES_NO.keys()]);
/** true or false, a yes/no word, or the number 1 or 0 -> the boolean; undefined for anything else. */
export function yesNoOf(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  return typeof value === "string" ? YES_NO.get(value.toLowerCase()) : undefined;
}

export const OFFICES = ["front", "back"] as const;
export type Office = (typeof OFFICES)[number];

export const WORK_MODES = ["voice", "non-voice", "blended"] as const;
export type WorkMode = (typeof WORK_MODES)[number];
/** The work a person wants: a role's mode, or any. */
export const PROFILE_WORK_MODES = ["voice", "non-voice", "any"] as const;

export const DIRECTIONS = ["inbound", "outbound"] as const;
export const CHANNELS = ["phone", "email", "chat", "back-office"] as const;
/** How usual night shifts are in a role (for a market): usual, possible, or none. Not known: left out. */
export const NIGHT_SHIFTS = ["usual", "possible", "none"] as const;
export type NightShifts = (typeof NIGHT_SHIFTS)[number];

/** A role's level on the career ladder, lowest first (issue #14). */
export const ROLE_LEVELS = ["entry", "experienced", "lead", "manager"] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

/** The kinds of experience a profile gives, in years. */
export const EXPERIENCE_KEYS = ["years", "bpoYears", "customerFacingYears", "leadershipYears"] as const;
export type ExperienceKey = (typeof EXPERIENCE_KEYS)[number];
