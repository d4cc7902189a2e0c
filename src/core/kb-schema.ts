import * as z from "zod/mini";
import {
  CEFR_LEVELS,
  CHANNELS,
  DIRECTIONS,
  DOMAINS,
  EDUCATION_LEVELS,
  FIELDS_OF_STUDY,
  NIGHT_SHIFTS,
  OFFICES,
  WORK_MODES,
} from "./vocabulary.js";
import { described } from "./zod.js";

// The KB schema, written once. Every object is strict: an unknown key is an error, so a typo in
// a YAML file is caught rather than silently ignored. Cross-references (ids, aliases, career
// paths, sources) are checked in kb-check.ts, because they span files.

const text = z.string().check(z.regex(/\S/, "must not be empty"));
const optionalText = z.optional(text);
const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lower-case id in kebab-case, such as accounts-payable-specialist"));
const sourceRefs = described(
  z.array(id).check(z.minLength(1, "name at least one source")),
  "ids of entries in `sources`",
);
const years = z.optional(z.number().check(z.gte(0)));
const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

export const SourceSchema = z.strictObject({
  id,
  title: text,
  publisher: optionalText,
  url: optionalText,
  file: z.optional(described(text, "a seed document in shared/seeds")),
});

const vocabEntry = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: z.enum(ids), label: text, description: optionalText });

export const VocabulariesSchema = z.strictObject({
  educationLevels: described(z.array(vocabEntry(EDUCATION_LEVELS)), "lowest first"),
  fieldsOfStudy: z.array(vocabEntry(FIELDS_OF_STUDY)),
  domains: z.array(vocabEntry(DOMAINS)),
  cefrLevels: described(z.array(vocabEntry(CEFR_LEVELS)), "lowest first"),
});

const LanguageRequirement = z.strictObject({
  code: z.string().check(z.regex(/^[a-z]{2}$/, "an ISO 639-1 code such as en or de")),
  level: z.enum(CEFR_LEVELS),
  note: optionalText,
  sources: sourceRefs,
});

const Requirements = z.strictObject({
  education: z.optional(
    z.strictObject({
      minimum: z.optional(z.enum(EDUCATION_LEVELS)),
      preferredFields: z.optional(z.array(z.enum(FIELDS_OF_STUDY))),
      note: optionalText,
      sources: sourceRefs,
    }),
  ),
  languages: z.optional(z.array(LanguageRequirement)),
  experience: z.optional(
    z.strictObject({
      years,
      bpoYears: years,
      customerFacingYears: years,
      leadershipYears: years,
      note: optionalText,
      sources: sourceRefs,
    }),
  ),
  typingWpm: z.optional(
    z.strictObject({ minimum: z.number().check(z.int(), z.gt(0)), note: optionalText, sources: sourceRefs }),
  ),
});

const Salary = z
  .strictObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD or PLN")),
    period: z.enum(["year", "month", "hour"]),
    min: z.number().check(z.gt(0)),
    max: z.number().check(z.gt(0)),
    region: z.optional(described(text, "left out where the source names none")),
    note: optionalText,
    sources: sourceRefs,
  })
  .check(z.refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["max"] }));

const Sourced = z.strictObject({ name: text, description: optionalText, sources: sourceRefs });

export const RoleSchema = z.strictObject({
  id,
  title: text,
  aliases: list(text),
  summary: text,
  domain: z.enum(DOMAINS),
  office: z.enum(OFFICES),
  process: z.strictObject({
    mode: z.enum(WORK_MODES),
    directions: z.optional(z.array(z.enum(DIRECTIONS))),
    channels: z.optional(z.array(z.enum(CHANNELS))),
  }),
  responsibilities: list(text),
  skills: list(text),
  requirements: z._default(Requirements, {}),
  salary: list(Salary),
  kpis: list(Sourced),
  certifications: list(Sourced),
  shifts: z.optional(z.strictObject({ night: z.enum(NIGHT_SHIFTS), note: optionalText, sources: sourceRefs })),
  careerPath: z._default(z.strictObject({ next: list(id), previous: list(id) }), { next: [], previous: [] }),
  jobPlatforms: list(z.strictObject({ name: text, sources: sourceRefs })),
  sources: sourceRefs,
});

export const InterviewTipSchema = z.strictObject({ title: text, text, sources: sourceRefs });

const weight = z.number().check(z.gte(0));

// Scoring weights and thresholds are data (issue #3): see data/kb/scoring.yaml.
export const ScoringSchema = z
  .strictObject({
    weights: z.strictObject({
      requirements: weight,
      workMode: weight,
      interests: weight,
      fieldOfStudy: weight,
      extraLanguages: weight,
      nightShifts: weight,
    }),
    ineligibleCap: described(
      z.number().check(z.gte(0), z.lte(100)),
      "an ineligible role's score is scaled into 0..this",
    ),
    neutral: described(
      z.number().check(z.gte(0), z.lte(1)),
      "the share of a preference's points when nothing is known of it",
    ),
    stepsToZero: described(
      z.strictObject({
        education: z.number().check(z.int(), z.gte(1)),
        cefr: z.number().check(z.int(), z.gte(1)),
      }),
      "how many levels short leave a requirement no closeness at all",
    ),
    extraLanguages: z.strictObject({
      minimumLevel: z.enum(CEFR_LEVELS),
      forFullPoints: z.number().check(z.int(), z.gte(1)),
      notExtra: described(
        z.array(z.string().check(z.regex(/^[a-z]{2}$/))),
        "the industry's working languages, which count as extra for no role",
      ),
    }),
  })
  .check(
    z.superRefine((s, ctx) => {
      const total = Object.values(s.weights).reduce((a, b) => a + b, 0);
      if (Math.abs(total - 100) > 1e-9) {
        ctx.addIssue({ code: "custom", path: ["weights"], message: `the weights must add up to 100, not ${total}` });
      }
      if (s.weights.requirements <= s.ineligibleCap) {
        ctx.addIssue({
          code: "custom",
          path: ["ineligibleCap"],
          message: "must be below weights.requirements, so that every eligible role outscores every ineligible one",
        });
      }
    }),
  );

/** One YAML file of a KB: any of the sections; a KB is one file or a folder of them. */
export const KbFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sources: z.optional(z.array(SourceSchema)),
  vocabularies: z.optional(VocabulariesSchema),
  scoring: z.optional(ScoringSchema),
  interviewTips: z.optional(z.array(InterviewTipSchema)),
  roles: z.optional(z.array(RoleSchema)),
});

export type Source = z.infer<typeof SourceSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Vocabularies = z.infer<typeof VocabulariesSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type InterviewTip = z.infer<typeof InterviewTipSchema>;
export type KbFile = z.infer<typeof KbFileSchema>;

export interface KnowledgeBase {
  sources: Source[];
  vocabularies: Vocabularies;
  scoring: Scoring;
  interviewTips: InterviewTip[];
  roles: Role[];
}
