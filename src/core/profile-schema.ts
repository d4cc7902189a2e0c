import * as z from "zod/mini";
import { toLanguageCode } from "./languages.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY, PROFILE_WORK_MODES } from "./vocabulary.js";
import { described } from "./zod.js";

// The profile contract (issue #3): what a person tells the advisor. Read from YAML or JSON files,
// built from flags, written by the quiz. The names and values here are fixed; optional fields may
// be added. data/profile.schema.json is generated from this schema.

/** Read as a code or an English name; always a two-letter code once read. */
const languageCode = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const code = toLanguageCode(text);
      if (code) return code;
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `unknown language "${text}": use an ISO 639-1 code such as en or de, or an English name such as German`,
      });
      return z.NEVER;
    }),
  ),
  z.string().check(z.regex(/^[a-z]{2}$/)),
);

const years = z._default(z.number().check(z.gte(0, "must be 0 or more"), z.lte(60, "must be at most 60")), 0);

export const ProfileSchema = z
  .strictObject({
    id: z.optional(described(z.union([z.string(), z.number()]), "an id of your own, echoed in batch output")),
    name: z.optional(z.string().check(z.maxLength(200))),
    languages: described(
      z._default(z.array(z.strictObject({ code: languageCode, level: z.enum(CEFR_LEVELS) })), []),
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
        nightShifts: z.optional(described(z.boolean(), "willing to work night or rotating shifts")),
        interests: z._default(z.array(z.enum(DOMAINS)), []),
      }),
      { workMode: "any", interests: [] },
    ),
  })
  .check(
    z.superRefine((profile, ctx) => {
      const seen = new Set<string>();
      profile.languages.forEach((language, i) => {
        if (seen.has(language.code)) {
          ctx.addIssue({
            code: "custom",
            path: ["languages", i, "code"],
            message: `"${language.code}" is listed twice`,
          });
        }
        seen.add(language.code);
      });
    }),
  );

/** A validated profile, every default filled in. */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written in a file: most fields optional. */
export type ProfileInput = z.input<typeof ProfileSchema>;
