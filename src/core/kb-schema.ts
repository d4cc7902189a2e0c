import * as z from "zod/mini";
import type { CompiledMoney } from "./money.js";
import type { CompiledNames } from "./role-names.js";
import {
  CEFR_LEVELS,
  CHANNELS,
  DIRECTIONS,
  DOMAINS,
  EDUCATION_LEVELS,
  EXPERIENCE_KEYS,
  FIELDS_OF_STUDY,
  NIGHT_SHIFTS,
  OFFICES,
  ROLE_LEVELS,
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

/** What kind of source it is: how far a reader may trust it (a blog least). */
export const SOURCE_KINDS = [
  "government",
  "classification",
  "employer",
  "industry",
  "news",
  "education",
  "blog",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A date as a source states it: a year, a month or a day; or that it states none. */
const sourceDate = described(
  z.string().check(z.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, 'YYYY, YYYY-MM or YYYY-MM-DD, or "undated"')),
  'as the source states it: YYYY, YYYY-MM or YYYY-MM-DD; "undated" when it states none',
);

export const SourceSchema = z.strictObject({
  id,
  title: text,
  publisher: optionalText,
  url: z.optional(described(text, "where it can be read (kb validate asks a url or a file)")),
  file: z.optional(described(text, "a seed document in shared/seeds")),
  date: z.optional(described(sourceDate, "kb validate asks one of every source")),
  dateNote: optionalText,
  kind: z.optional(described(z.enum(SOURCE_KINDS), "kb validate asks one of every source")),
  mirror: z.optional(described(text, "where the copy cited is kept, when not at its publisher")),
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

const countryCode = described(
  z.string().check(z.regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code in capitals, such as IN, PH or PL")),
  "ISO 3166-1 alpha-2",
);

const Education = z.strictObject({
  minimum: z.optional(z.enum(EDUCATION_LEVELS)),
  preferredFields: z.optional(z.array(z.enum(FIELDS_OF_STUDY))),
  note: optionalText,
  sources: sourceRefs,
});

const Experience = z.strictObject({
  years,
  bpoYears: years,
  customerFacingYears: years,
  leadershipYears: years,
  helps: z.optional(
    described(
      z.array(z.enum(EXPERIENCE_KEYS)),
      "kinds of experience a source says help in this role beyond its minimum (they earn the experience points)",
    ),
  ),
  note: optionalText,
  sources: sourceRefs,
});

const Typing = z.strictObject({
  minimum: z.number().check(z.int(), z.gt(0)),
  note: optionalText,
  sources: sourceRefs,
});

const LanguageOption = z.strictObject({
  languages: z.array(LanguageRequirement).check(z.minLength(1, "name at least one language")),
  note: optionalText,
});

const RequirementsShape = {
  education: z.optional(Education),
  languages: z.optional(described(z.array(LanguageRequirement), "all of them are needed")),
  languageOptions: z.optional(
    described(
      z.array(LanguageOption).check(z.minLength(2, "give two options or more (one is `languages`)")),
      "one of these sets is needed, such as German B2 with English B1, or English C1 alone",
    ),
  ),
  experience: z.optional(Experience),
  typingWpm: z.optional(Typing),
};

const Requirements = z.strictObject(RequirementsShape).check(
  z.superRefine((r, ctx) => {
    if (r.languages !== undefined && r.languageOptions !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["languageOptions"],
        message: "give `languages` or `languageOptions`, not both",
      });
    }
  }),
);

const Shifts = z.strictObject({ night: z.enum(NIGHT_SHIFTS), note: optionalText, sources: sourceRefs });

/** What differs in one country: each part given replaces the role's own. */
const CountryFacts = z.strictObject({
  requirements: z.optional(Requirements),
  shifts: z.optional(Shifts),
});

export const PAY_PERIODS = ["hour", "day", "month", "year"] as const;
const currency = z.string().check(z.regex(/^[A-Z]{3}$/, "an ISO 4217 code such as INR, PHP or PLN"));
const amount = z.number().check(z.gt(0));

/** A pay figure: for one country, with its year and source; a range (min, max) or one amount. */
const Pay = z
  .strictObject({
    country: countryCode,
    region: z.optional(described(text, "left out where the source names none")),
    currency,
    min: z.optional(amount),
    max: z.optional(amount),
    amount: z.optional(described(amount, "one figure (such as an average), where the source gives no range")),
    period: z.enum(PAY_PERIODS),
    basis: described(
      z.enum(["gross", "net", "not-stated"]),
      "before or after tax and contributions, as the source says",
    ),
    year: described(z.number().check(z.int(), z.gte(1990), z.lte(2100)), "the year the figure is for"),
    level: z.optional(described(z.enum(ROLE_LEVELS), "when the figure is for one level, such as freshers")),
    note: optionalText,
    sources: sourceRefs,
  })
  .check(
    z.superRefine((p, ctx) => {
      const range = p.min !== undefined || p.max !== undefined;
      if (range === (p.amount !== undefined) || (range && (p.min === undefined || p.max === undefined))) {
        ctx.addIssue({ code: "custom", path: [], message: "give min and max, or amount" });
      } else if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
        ctx.addIssue({ code: "custom", path: ["max"], message: "min must not exceed max" });
      }
    }),
  );

/** A statutory minimum wage, in force from a date. */
export const MinimumWageSchema = z.strictObject({
  country: countryCode,
  region: z.optional(described(text, "for a regional rate; left out for a national one")),
  currency,
  amount,
  period: z.enum(PAY_PERIODS),
  basis: z.enum(["gross", "net"]),
  from: described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date, YYYY-MM-DD")), "the day it took effect"),
  note: optionalText,
  sources: sourceRefs,
});

/** What classifications call the job: ESCO occupations, ISCO-08, O*NET-SOC, India's NCO-2015. */
const Classification = z.strictObject({
  esco: z.optional(
    z.array(
      z.strictObject({
        uri: z.string().check(z.regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\//, "an ESCO occupation URI")),
        code: z.string().check(z.regex(/^\d{4}(\.\d+)+$/, "an ESCO code such as 5244.1")),
        label: text,
      }),
    ),
  ),
  isco: z.optional(z.string().check(z.regex(/^\d{4}$/, "an ISCO-08 unit group such as 5244"))),
  onet: z.optional(z.string().check(z.regex(/^\d{2}-\d{4}\.\d{2}$/, "an O*NET-SOC code such as 43-4051.00"))),
  nco2015: z.optional(z.string().check(z.regex(/^\d{4}(\.\d{4})?$/, "an NCO-2015 code such as 5244.0101"))),
  note: optionalText,
  sources: sourceRefs,
});

const QualificationPack = z.strictObject({
  code: text,
  title: text,
  country: countryCode,
  nsqfLevel: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
  note: optionalText,
  sources: sourceRefs,
});

const Sourced = z.strictObject({ name: text, description: optionalText, sources: sourceRefs });

export const RoleSchema = z.strictObject({
  id,
  title: text,
  aliases: list(text),
  summary: text,
  domain: z.enum(DOMAINS),
  level: described(z.enum(ROLE_LEVELS), "its level on the career ladder"),
  office: z.enum(OFFICES),
  process: z.strictObject({
    mode: z.enum(WORK_MODES),
    directions: z.optional(z.array(z.enum(DIRECTIONS))),
    channels: z.optional(z.array(z.enum(CHANNELS))),
  }),
  responsibilities: list(text),
  skills: list(text),
  classification: z.optional(Classification),
  qualificationPacks: list(QualificationPack),
  requirements: z._default(Requirements, {}),
  pay: described(list(Pay), "each figure for one country, with its year and source"),
  kpis: list(Sourced),
  certifications: list(Sourced),
  shifts: z.optional(Shifts),
  countries: z.optional(
    described(
      z.record(countryCode, CountryFacts),
      "what differs in a country (requirements, shifts), by ISO 3166-1 code",
    ),
  ),
  careerPath: z._default(
    z.strictObject({
      next: list(id),
      previous: list(id),
      asksLess: z.optional(
        described(
          text,
          "why this role asks less than a role before it on the ladder (kb validate refuses it otherwise)",
        ),
      ),
    }),
    { next: [], previous: [] },
  ),
  jobPlatforms: list(z.strictObject({ name: text, sources: sourceRefs })),
  sources: sourceRefs,
});

/** ESCO's labels of a role's occupation, as scripts/esco-labels.ts takes them from the CSV (issue #16). */
export const EscoLabelsSchema = z.strictObject({
  role: id,
  occupation: text,
  labels: z.array(text),
  excluded: described(list(text), "ESCO labels left out, as they would mislead here"),
});

/** A word of the sector for one role or several (several: it could mean any of them). */
export const JargonSchema = z.strictObject({
  term: text,
  roles: z.array(id).check(z.minLength(1, "name at least one role")),
  note: optionalText,
  sources: z.optional(sourceRefs),
});

/** Words of plain English that mean the same here ("supplier" and "vendor"): a query's word finds the others too. */
export const SynonymsSchema = z.strictObject({
  words: z.array(text).check(z.minLength(2, "name two words or more")),
  note: optionalText,
});

export const InterviewTipSchema = z.strictObject({ title: text, text, sources: sourceRefs });

const weight = z.number().check(z.gte(0));
const share = z.number().check(z.gte(0), z.lte(1));
const sourcedReading = { note: text, sources: sourceRefs };

/** Which roles a usual requirement is for: all of the conditions given hold. */
const RoleWhen = z.strictObject({
  level: z.optional(z.enum(ROLE_LEVELS)),
  mode: z.optional(z.enum(WORK_MODES)),
  domain: z.optional(z.enum(DOMAINS)),
  country: z.optional(countryCode),
});

// Scoring weights, thresholds and readings are data (issues #3, #14): see data/kb/scoring.yaml.
export const ScoringSchema = z
  .strictObject({
    weights: z.strictObject({
      requirements: weight,
      interests: weight,
      workMode: weight,
      fieldOfStudy: weight,
      extraYears: weight,
      extraLanguages: weight,
      nightShifts: weight,
    }),
    ineligibleCap: described(
      z.number().check(z.gte(0), z.lte(100)),
      "the score of a role with a gap is scaled into 0..this",
    ),
    neutral: described(share, "the share of a factor's points when nothing is known of it"),
    stepsToZero: described(
      z.strictObject({
        education: z.number().check(z.int(), z.gte(1)),
        cefr: z.number().check(z.int(), z.gte(1)),
      }),
      "how many levels short leave a requirement no closeness at all",
    ),
    interests: z.strictObject({
      step: described(share, "each interest after the first earns this much less"),
      floor: described(share, "the least a listed interest earns"),
    }),
    extraYears: z.strictObject({
      forFull: described(
        z.number().check(z.gt(0)),
        "years beyond a role's minimum that earn all of weights.extraYears",
      ),
      note: optionalText,
    }),
    bands: z.strictObject({
      strong: described(
        z.number().check(z.gte(0), z.lte(100)),
        "an eligible role scoring this or more is a strong fit",
      ),
      stretchDistance: described(share, "a role whose gaps add up to this distance or less is a stretch"),
    }),
    personLevels: described(
      z.array(
        z.strictObject({
          level: z.enum(ROLE_LEVELS),
          when: z.strictObject({ years, bpoYears: years, customerFacingYears: years, leadershipYears: years }),
          ...sourcedReading,
        }),
      ),
      "the level a person's experience shows, highest first; the first that holds counts (entry otherwise)",
    ),
    stepBackAfter: described(
      z.number().check(z.int(), z.gte(1)),
      "a role this many levels or more below the person's is a step back",
    ),
    usualRequirements: described(
      z.array(
        z.strictObject({
          when: RoleWhen,
          education: z.optional(z.enum(EDUCATION_LEVELS)),
          experience: z.optional(
            z.strictObject({ years, bpoYears: years, customerFacingYears: years, leadershipYears: years }),
          ),
          ...sourcedReading,
        }),
      ),
      "requirements usual for a level and sector, with their source: used where a role states none (the first that applies)",
    ),
    ladder: described(
      z.strictObject(sourcedReading),
      "the reading by which a role asks at least what the roles before it on the ladder ask",
    ),
    extraLanguages: z.strictObject({
      minimumLevel: z.enum(CEFR_LEVELS),
      forFullPoints: z.number().check(z.gt(0)),
      levelShares: described(
        z.partialRecord(z.enum(CEFR_LEVELS), share),
        "what one extra language counts for at each level (levels not listed count nothing)",
      ),
      notExtra: described(
        z.array(z.string().check(z.regex(/^[a-z]{2}$/))),
        "the industry's working languages, which count as extra for no role",
      ),
      demand: described(
        z.record(
          countryCode,
          z.strictObject({ languages: z.array(z.string().check(z.regex(/^[a-z]{2}$/))), ...sourcedReading }),
        ),
        "the languages beyond English that employers seek in a market; elsewhere extra languages earn the neutral share",
      ),
    }),
    nextSteps: described(
      z.array(
        z.strictObject({
          factor: z.enum(["education", "language", "experience", "typing"]),
          country: z.optional(countryCode),
          level: z.optional(described(z.enum(ROLE_LEVELS), "only for roles of this level")),
          upTo: z.optional(
            described(
              z.enum(EDUCATION_LEVELS),
              "for an education gap: only where the role asks this level or a lower one (finishing school is no step towards a degree)",
            ),
          ),
          text,
          sources: sourceRefs,
        }),
      ),
      "a concrete next step for a gap, where a source gives one (the first that applies)",
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const total = Object.values(s.weights).reduce((a, b) => a + b, 0);
      if (Math.abs(total - 100) > 1e-9) {
        ctx.addIssue({ code: "custom", path: ["weights"], message: `the weights must add up to 100, not ${total}` });
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
  minimumWages: z.optional(z.array(MinimumWageSchema)),
  escoLabels: z.optional(z.array(EscoLabelsSchema)),
  jargon: z.optional(z.array(JargonSchema)),
  synonyms: z.optional(z.array(SynonymsSchema)),
});

export type Source = z.infer<typeof SourceSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Vocabularies = z.infer<typeof VocabulariesSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type InterviewTip = z.infer<typeof InterviewTipSchema>;
export type KbFile = z.infer<typeof KbFileSchema>;
export type MinimumWage = z.infer<typeof MinimumWageSchema>;
export type EscoLabels = z.infer<typeof EscoLabelsSchema>;
export type Jargon = z.infer<typeof JargonSchema>;
export type Synonyms = z.infer<typeof SynonymsSchema>;
export type PayFigure = z.infer<typeof Pay>;

export interface KnowledgeBase {
  sources: Source[];
  vocabularies: Vocabularies;
  scoring: Scoring;
  interviewTips: InterviewTip[];
  roles: Role[];
  minimumWages: MinimumWage[];
  /** Other names of the roles (issue #16): ESCO's labels, and the sector's own words. */
  escoLabels?: EscoLabels[];
  jargon?: Jargon[];
  synonyms?: Synonyms[];
  /**
   * The shipped KB's full-text index, made at build time (StoredIndex of src/core/meaning.ts,
   * as src/core/meaning-file.ts writes it with V8's serializer).
   */
  meaningIndex?: Uint8Array;
  /** Its roles' names as a lookup reads them, compiled by the build or the cache (src/core/role-names.ts). */
  names?: CompiledNames;
  /** Its pay figures' amounts as ICU writes them, compiled by the build or the cache (src/core/money.ts). */
  money?: CompiledMoney;
}
export type RoleRequirements = z.infer<typeof Requirements>;
export type RoleShifts = z.infer<typeof Shifts>;
export type LanguageNeed = z.infer<typeof LanguageRequirement>;
