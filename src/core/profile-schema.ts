import { z } from "zod";
import { toLanguageCode } from "./languages.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "./vocabulary.js";

// The profile contract (issue #3): what a person tells the advisor. Read from YAML or JSON files,
// built from flags, written by the quiz. The names and values here are fixed; optional fields may
// be added. data/profile.schema.json is generated from this schema.

export const PROFILE_WORK_MODES = ["voice", "non-voice", "any"] as const;

/** Read as a code or an English name; always a two-letter code once read. */
const languageCode = z
  .string()
  .transform((text, ctx) => {
    const code = toLanguageCode(text);
    if (code) return code;
    ctx.addIssue({
      code: "custom",
      message: `unknown language "${text}": use an ISO 639-1 code such as en or de, or an English name such as German`,
    });
    return z.NEVER;
  })
  .pipe(z.string().regex(/^[a-z]{2}$/));

/** CEFR levels are written upper-case (B2), but b2 is understood too. */
const cefrLevel = z.preprocess(
  (v) => (typeof v === "string" && v.toLowerCase() !== "native" ? v.toUpperCase() : v?.toString().toLowerCase()),
  z.enum(CEFR_LEVELS),
);

const years = z.number().min(0, "must be 0 or more").max(60, "must be at most 60");

export const ProfileSchema = z
  .strictObject({
    id: z.union([z.string(), z.number()]).optional().describe("an id of your own, echoed in batch output"),
    name: z.string().max(200).optional(),
    languages: z
      .array(z.strictObject({ code: languageCode, level: cefrLevel }))
      .default([])
      .describe("each language the person speaks; code is ISO 639-1 or an English name"),
    education: z
      .strictObject({ level: z.enum(EDUCATION_LEVELS), field: z.enum(FIELDS_OF_STUDY).optional() })
      .default({ level: "none" }),
    experience: z
      .strictObject({
        years: years.default(0),
        bpoYears: years.default(0),
        customerFacingYears: years.default(0),
        leadershipYears: years.default(0),
      })
      .default({ years: 0, bpoYears: 0, customerFacingYears: 0, leadershipYears: 0 }),
    skills: z
      .strictObject({ typingWpm: z.number().int("must be a whole number").min(1).max(250).optional() })
      .default({}),
    preferences: z
      .strictObject({
        workMode: z.enum(PROFILE_WORK_MODES).default("any"),
        nightShifts: z.boolean().optional().describe("willing to work night or rotating shifts"),
        interests: z.array(z.enum(DOMAINS)).default([]),
      })
      .default({ workMode: "any", interests: [] }),
  })
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.languages.forEach((language, i) => {
      if (seen.has(language.code)) {
        ctx.addIssue({ code: "custom", path: ["languages", i, "code"], message: `"${language.code}" is listed twice` });
      }
      seen.add(language.code);
    });
  });

/** A validated profile, every default filled in. */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written in a file: most fields optional. */
export type ProfileInput = z.input<typeof ProfileSchema>;
