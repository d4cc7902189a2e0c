import { InvalidArgumentError } from "commander";
import { toLanguageCode } from "../core/languages.js";
import { CEFR_LEVELS, type CefrLevel } from "../core/vocabulary.js";

// The profile's facts as command-line flags (`match`, `role --profile`): parsing each value
// where it is typed, so that a bad one is named with its flag, and laying flags over a file.

export interface ProfileFlags {
  lang?: { code: string; level: CefrLevel }[];
  education?: string;
  field?: string;
  years?: number;
  bpoYears?: number;
  customerYears?: number;
  leadershipYears?: number;
  wpm?: number;
  mode?: string;
  nightShifts?: boolean;
  interest?: string[];
}

/** --lang de:B2, --lang German:C1 (repeatable). */
export function parseLanguageFlag(
  value: string,
  previous: ProfileFlags["lang"] = [],
): NonNullable<ProfileFlags["lang"]> {
  const at = value.lastIndexOf(":");
  const [name, rawLevel] = at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1)];
  const code = toLanguageCode(name);
  if (!code)
    throw new InvalidArgumentError(`"${name}" is not a language: use an ISO 639-1 code (en, de) or an English name.`);
  const level = CEFR_LEVELS.find((l) => l.toLowerCase() === rawLevel.toLowerCase());
  if (!level) {
    throw new InvalidArgumentError(`write LANGUAGE:LEVEL, the level one of ${CEFR_LEVELS.join(", ")} (as in de:B2).`);
  }
  return [...previous.filter((l) => l.code !== code), { code, level }];
}

export const years = (value: string): number => {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 60) {
    throw new InvalidArgumentError("must be a number of years from 0 to 60.");
  }
  return n;
};

export const wordsPerMinute = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 250) throw new InvalidArgumentError("must be a whole number from 1 to 250.");
  return n;
};

export const collect = (value: string, previous: string[] = []) => [...previous, value];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

/** A profile object with the flags laid over `base` (a file's profile): flags win. */
export function applyFlags(base: unknown, flags: ProfileFlags): Obj {
  const profile = { ...obj(base) };
  const set = (section: string, key: string, value: unknown) => {
    if (value !== undefined) profile[section] = { ...obj(profile[section]), [key]: value };
  };
  if (flags.lang) {
    const fromFile = Array.isArray(profile.languages) ? (profile.languages as { code?: unknown }[]) : [];
    const codes = new Set(flags.lang.map((l) => l.code));
    profile.languages = [...fromFile.filter((l) => !codes.has(toLanguageCode(String(l.code)) ?? "")), ...flags.lang];
  }
  set("education", "level", flags.education);
  set("education", "field", flags.field);
  set("experience", "years", flags.years);
  set("experience", "bpoYears", flags.bpoYears);
  set("experience", "customerFacingYears", flags.customerYears);
  set("experience", "leadershipYears", flags.leadershipYears);
  set("skills", "typingWpm", flags.wpm);
  set("preferences", "workMode", flags.mode);
  set("preferences", "nightShifts", flags.nightShifts);
  set("preferences", "interests", flags.interest);
  return profile;
}

const PROFILE_FLAG_KEYS: readonly (keyof ProfileFlags)[] = [
  "lang",
  "education",
  "field",
  "years",
  "bpoYears",
  "customerYears",
  "leadershipYears",
  "wpm",
  "mode",
  "nightShifts",
  "interest",
];

/** Whether any profile fact was given as a flag (other options do not count). */
export const hasProfileFlags = (options: ProfileFlags): boolean =>
  PROFILE_FLAG_KEYS.some((key) => options[key] !== undefined);
