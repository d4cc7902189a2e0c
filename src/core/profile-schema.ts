import * as z from "zod/mini";
import { countryOf } from "./countries.js";
import { givenTwice, toLanguageCode } from "./languages.js";
import { quoted } from "./typed-values.js";
import {
  CEFR_LEVEL_PATTERN,
  CEFR_LEVELS,
  DOMAINS,
  EDUCATION_LEVELS,
  FIELDS_OF_STUDY,
  levelOf,
  PROFILE_WORK_MODES,
  YES_NO_PATTERN,
  yesNoOf,
} from "./vocabulary.js";
import { described } from "./zod.js";

// The profile contract (issue #3): what a person tells the advisor. Read from YAML or JSON files,
// built from flags, written by the quiz. The names and values here are fixed; optional fields may
// be added. data/profile.schema.json is generated from this schema.

/** `text` read by `read` as a code, or an issue saying `problem(text)`. */
const codeOf = (read: (text: string) => string | undefined, problem: (text: string) => string) =>
  z.transform((text: string, ctx) => {
    const code = read(text);
    if (code) return code;
    ctx.issues.push({ code: "custom", input: text, message: problem(text) });
    return z.NEVER;
  });

/** Read as a code or an English name; always a two-letter code once read. */
const languageCode = z.pipe(
  z.pipe(
    z.string(),
    codeOf(
      toLanguageCode,
      (text) =>
        `unknown language ${quoted(text)}: use an ISO 639-1 code such as en or de, or an English name such as German`,
    ),
  ),
  z.string().check(z.regex(/^[a-z]{2}$/)),
);

// A level and a yes or no are read in any case, and as words (src/core/vocabulary.ts), then kept
// as their canonical value; the JSON Schema (input) gives the patterns, the output the values.
const cefrLevel = z.pipe(
  z.pipe(
    described(
      z
        .string()
        .check(z.regex(CEFR_LEVEL_PATTERN, `expected one of ${CEFR_LEVELS.map((l) => JSON.stringify(l)).join(", ")}`)),
      "A1 A2 B1 B2 C1 C2 native, in any case",
    ),
    z.transform((text: string) => levelOf(text) as (typeof CEFR_LEVELS)[number]),
  ),
  z.enum(CEFR_LEVELS),
);
const YES_NO_WANTED = "expected true or false (or yes, no, y, n, 1, 0)";
const yesNo = z.pipe(
  z.pipe(
    z.union([z.boolean(), z.literal([1, 0]), z.string().check(z.regex(YES_NO_PATTERN, YES_NO_WANTED))], {
      error: YES_NO_WANTED,
    }),
    z.transform((value: boolean | 0 | 1 | string) => yesNoOf(value) as boolean),
  ),
  z.boolean(),
);

/** Read in any case; always the capital code once read. */
const country = z.pipe(
  z.pipe(
    described(
      z.string().check(z.regex(/^[A-Za-z]{2}$/, "expected an ISO 3166-1 alpha-2 country code, such as IN, PH or PL")),
      "ISO 3166-1 alpha-2, in any case: IN, PH, PL, ...",
    ),
    codeOf(
      countryOf,
      (text) => `unknown country ${quoted(text)}: use an ISO 3166-1 alpha-2 code, such as IN, PH or PL`,
    ),
  ),
  z.string().check(z.regex(/^[A-Z]{2}$/)),
);

const years = z._default(z.number().check(z.gte(0, "must be 0 or more"), z.lte(60, "must be at most 60")), 0);

export const ProfileSchema = z
  .strictObject({
    id: z.optional(described(z.union([z.string(), z.number()]), "an id of your own, echoed in batch output")),
    name: z.optional(z.string().check(z.maxLength(200))),
    country: z.optional(
      described(country, "where the person looks for work: requirements, shifts and languages in demand differ"),
    ),
    languages: described(
      z._default(z.array(z.strictObject({ code: languageCode, level: cefrLevel })), []),
      "each language the person speaks; code is ISO 639-1 or an English name",
    ),
    education: z._default(
      z.strictObject({ level: z.enum(EDUCATION_LEVELS), field: z.optional(z.enum(FIELDS_OF_STUDY)) }),
      { level: "none" },
    ),
    experience: z._default(
      z.strictObject({ years, bpoYears: years, customerFacingYears: years, leadershipYears: years }),
      { years: 0, bpoYears: 0, customerFacingYears: 0, leadershipYears: 0 },
    ),
    skills: z._default(
      z.strictObject({
        typingWpm: z.optional(
          z
            .number()
            .check(z.int("must be a whole number"), z.gte(1, "must be 1 or more"), z.lte(250, "must be at most 250")),
        ),
      }),
      {},
    ),
    preferences: z._default(
      z.strictObject({
        workMode: z._default(z.enum(PROFILE_WORK_MODES), "any"),
        nightShifts: z.optional(described(yesNo, "willing to work night or rotating shifts")),
        interests: z._default(z.array(z.enum(DOMAINS)), []),
      }),
      { workMode: "any", interests: [] },
    ),
  })
  .check(
    z.superRefine((profile, ctx) => {
      const seen = new Map<string, string>();
      profile.languages.forEach((language, i) => {
        const first = seen.get(language.code);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["languages", i, "code"],
            message: givenTwice(language.code, first, language.level),
          });
        } else seen.set(language.code, language.level);
      });
    }),
  );

/** A validated profile, every default filled in. */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written in a file: most fields optional. */
export type ProfileInput = z.input<typeof ProfileSchema>;
