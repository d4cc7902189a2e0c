import { z } from "zod";
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

// The KB schema, written once. Every object is strict: an unknown key is an error, so a typo in
// a YAML file is caught rather than silently ignored. Cross-references (ids, aliases, career
// paths, sources) are checked in kb-check.ts, because they span files.

const text = z.string().trim().min(1);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lower-case id in kebab-case, such as accounts-payable-specialist");
const sourceRefs = z.array(id).min(1).describe("ids of entries in `sources`");

export const SourceSchema = z.strictObject({
  id,
  title: text,
  publisher: text.optional(),
  url: text.optional(),
  file: text.optional().describe("a seed document in shared/seeds"),
});

const vocabEntry = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: z.enum(ids), label: text, description: text.optional() });

export const VocabulariesSchema = z.strictObject({
  educationLevels: z.array(vocabEntry(EDUCATION_LEVELS)).describe("lowest first"),
  fieldsOfStudy: z.array(vocabEntry(FIELDS_OF_STUDY)),
  domains: z.array(vocabEntry(DOMAINS)),
  cefrLevels: z.array(vocabEntry(CEFR_LEVELS)).describe("lowest first"),
});

const LanguageRequirement = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 code such as en or de"),
  level: z.enum(CEFR_LEVELS),
  note: text.optional(),
  sources: sourceRefs,
});

const Requirements = z.strictObject({
  education: z
    .strictObject({
      minimum: z.enum(EDUCATION_LEVELS).optional(),
      preferredFields: z.array(z.enum(FIELDS_OF_STUDY)).optional(),
      note: text.optional(),
      sources: sourceRefs,
    })
    .optional(),
  languages: z.array(LanguageRequirement).optional(),
  experience: z
    .strictObject({
      years: z.number().min(0).optional(),
      bpoYears: z.number().min(0).optional(),
      customerFacingYears: z.number().min(0).optional(),
      leadershipYears: z.number().min(0).optional(),
      note: text.optional(),
      sources: sourceRefs,
    })
    .optional(),
  typingWpm: z
    .strictObject({ minimum: z.number().int().positive(), note: text.optional(), sources: sourceRefs })
    .optional(),
});

const Salary = z
  .strictObject({
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD or PLN"),
    period: z.enum(["year", "month", "hour"]),
    min: z.number().positive(),
    max: z.number().positive(),
    region: text.optional().describe("left out where the source names none"),
    note: text.optional(),
    sources: sourceRefs,
  })
  .refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["max"] });

const Sourced = z.strictObject({ name: text, description: text.optional(), sources: sourceRefs });

export const RoleSchema = z.strictObject({
  id,
  title: text,
  aliases: z.array(text).default([]),
  summary: text,
  domain: z.enum(DOMAINS),
  office: z.enum(OFFICES),
  process: z.strictObject({
    mode: z.enum(WORK_MODES),
    directions: z.array(z.enum(DIRECTIONS)).optional(),
    channels: z.array(z.enum(CHANNELS)).optional(),
  }),
  responsibilities: z.array(text).default([]),
  skills: z.array(text).default([]),
  requirements: Requirements.default({}),
  salary: z.array(Salary).default([]),
  kpis: z.array(Sourced).default([]),
  certifications: z.array(Sourced).default([]),
  shifts: z.strictObject({ night: z.enum(NIGHT_SHIFTS), note: text.optional(), sources: sourceRefs }).optional(),
  careerPath: z
    .strictObject({ next: z.array(id).default([]), previous: z.array(id).default([]) })
    .default({ next: [], previous: [] }),
  jobPlatforms: z.array(z.strictObject({ name: text, sources: sourceRefs })).default([]),
  sources: sourceRefs,
});

export const InterviewTipSchema = z.strictObject({ title: text, text, sources: sourceRefs });

// Scoring weights and thresholds are data (issue #3): see data/kb/scoring.yaml.
export const ScoringSchema = z
  .strictObject({
    weights: z.strictObject({
      requirements: z.number().min(0),
      workMode: z.number().min(0),
      interests: z.number().min(0),
      fieldOfStudy: z.number().min(0),
      extraLanguages: z.number().min(0),
      nightShifts: z.number().min(0),
    }),
    ineligibleCap: z.number().min(0).max(100).describe("an ineligible role's score is scaled into 0..this"),
    neutral: z.number().min(0).max(1).describe("the share of a preference's points when nothing is known of it"),
    stepsToZero: z
      .strictObject({ education: z.number().int().min(1), cefr: z.number().int().min(1) })
      .describe("how many levels short leave a requirement no closeness at all"),
    extraLanguages: z.strictObject({
      minimumLevel: z.enum(CEFR_LEVELS),
      forFullPoints: z.number().int().min(1),
      notExtra: z
        .array(z.string().regex(/^[a-z]{2}$/))
        .describe("the industry's working languages, which count as extra for no role"),
    }),
  })
  .superRefine((s, ctx) => {
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
  });

/** One YAML file of a KB: any of the sections; a KB is one file or a folder of them. */
export const KbFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  vocabularies: VocabulariesSchema.optional(),
  scoring: ScoringSchema.optional(),
  interviewTips: z.array(InterviewTipSchema).optional(),
  roles: z.array(RoleSchema).optional(),
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
