import { InvalidArgumentError } from "commander";
import { countryOf } from "../core/countries.js";
import { givenTwice, toLanguageCode } from "../core/languages.js";
import { numberIn, quoted, splitList } from "../core/typed-values.js";
import { CEFR_LEVELS, type CefrLevel, DOMAINS, type Domain, levelOf } from "../core/vocabulary.js";

// The profile's facts as command-line flags (`match`, `role --profile`): parsing each value
// where it is typed, so that a bad one is named with its flag, and laying flags over a file.
// Lists may be given as repeated flags, comma lists or both (--lang en:C1,de:B2 --lang hi:B1).

export interface ProfileFlags {
  country?: string;
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
  interest?: Domain[];
}

/** --lang de:B2, --lang German:C1,hi:B1 (repeatable); a language given twice is refused, whatever its levels. */
export function parseLanguageFlag(
  value: string,
  previous: ProfileFlags["lang"] = [],
): NonNullable<ProfileFlags["lang"]> {
  const languages = [...previous];
  for (const item of listOf(value, "a language and its level, as de:B2")) {
    const at = item.lastIndexOf(":");
    const [name, rawLevel] = at < 0 ? [item, ""] : [item.slice(0, at), item.slice(at + 1)];
    const code = toLanguageCode(name);
    if (!code) {
      throw new InvalidArgumentError(
        `${quoted(name)} is not a language: use an ISO 639-1 code (en, de) or an English name.`,
      );
    }
    const level = levelOf(rawLevel.trim());
    if (!level) {
      throw new InvalidArgumentError(`write LANGUAGE:LEVEL, the level one of ${CEFR_LEVELS.join(", ")} (as in de:B2).`);
    }
    const given = languages.find((l) => l.code === code);
    if (given) throw new InvalidArgumentError(`${givenTwice(code, given.level, level)}.`);
    languages.push({ code, level });
  }
  return languages;
}

/** --country IN (any case): a country ICU knows, as its ISO 3166-1 alpha-2 code. */
export function countryFlag(value: string): string {
  const code = countryOf(value.trim());
  if (!code) {
    throw new InvalidArgumentError(
      `${quoted(value)} is not a country: use an ISO 3166-1 alpha-2 code, such as IN, PH or PL.`,
    );
  }
  return code;
}

/** --interest finance,hr (repeatable): each one of the domains, named when it is not. */
export function parseInterestFlag(value: string, previous: Domain[] = []): Domain[] {
  const interests = [...previous];
  for (const item of listOf(value, "a field of work, as finance")) {
    if (!(DOMAINS as readonly string[]).includes(item)) {
      throw new InvalidArgumentError(`${quoted(item)} is not a field of work: use ${DOMAINS.join(", ")}.`);
    }
    interests.push(item as Domain);
  }
  return interests;
}

const listOf = (value: string, what: string): string[] => {
  const items = splitList(value);
  if (items.length === 0) throw new InvalidArgumentError(`give ${what} (several: a comma list).`);
  return items;
};

/** A number flag's value: plain decimal in range (src/core/typed-values.ts), else `problem`. */
const numberFlag =
  (range: Parameters<typeof numberIn>[1], problem: string) =>
  (value: string): number => {
    const n = numberIn(value, range);
    if (n === undefined) throw new InvalidArgumentError(problem);
    return n;
  };

export const years = numberFlag({ min: 0, max: 60 }, "must be a number of years from 0 to 60, such as 2 or 1.5.");
export const wordsPerMinute = numberFlag({ min: 1, max: 250, whole: true }, "must be a whole number from 1 to 250.");
/** --top, --limit. */
export const positiveInt = (name: string) =>
  numberFlag({ min: 1, whole: true }, `${name} must be a whole number of 1 or more.`);

/** --line-offset. */
export const wholeNumber = (name: string) =>
  numberFlag(
    { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
    `${name} must be a whole number of 0 or more, such as 10000.`,
  );
/** --fields: a comma list of names, checked against the output's fields once the output is known. */
export const nameList = (value: string): string[] => listOf(value, "the names of the fields, such as id,score");

/** A file or folder named by a flag: a blank one would be read as the current folder (issue #13). */
export const fileName = (value: string): string => {
  if (value.trim() === "") throw new InvalidArgumentError("give a file name, such as me.yaml (or - for stdin).");
  return value;
};

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
  if (flags.country !== undefined) profile.country = flags.country;
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
  "country",
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
