import * as z from "zod/mini";
import { KbFileSchema, PAY_PERIODS, RoleSchema, SOURCE_KINDS } from "./core/kb-schema.js";
import { ProfileSchema } from "./core/profile-schema.js";
import {
  CEFR_LEVELS,
  DOMAINS,
  EDUCATION_LEVELS,
  NIGHT_SHIFTS,
  OFFICES,
  ROLE_LEVELS,
  WORK_MODES,
} from "./core/vocabulary.js";
import { described } from "./core/zod.js";

// The shapes of every --json output, written once in zod. scripts/generate-schemas.ts turns them
// into the committed JSON Schemas under schemas/ (and the KB file schema into data/), and
// test/json-contract.test.ts validates the real command's output against those files.

const schemaVersion = z.literal(3);
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const count = z.optional(z.number().check(z.int()));
const roleSummaryShape = {
  id: z.string(),
  title: z.string(),
  domain: z.enum(DOMAINS),
  office: z.enum(OFFICES),
  mode: z.enum(WORK_MODES),
};
const RoleSummary = z.strictObject(roleSummaryShape);
const Candidate = z.strictObject({ id: z.string(), title: z.string(), name: z.string(), score: z.number() });

const Gap = z.strictObject({
  factor: z.enum(["education", "language", "experience", "typing"]),
  text: z.string(),
  need: z.union([z.string(), z.number()]),
  have: z.union([z.string(), z.number(), z.null()]),
  distance: between(0, 1),
  next: z.optional(
    described(
      z.strictObject({ text: z.string(), sources: z.array(z.string()) }),
      "a concrete next step, where a source gives one (ids of the KB's sources)",
    ),
  ),
});
const Factor = z.strictObject({
  factor: z.enum([
    "education",
    "language",
    "experience",
    "typing",
    "interests",
    "workMode",
    "fieldOfStudy",
    "extraYears",
    "extraLanguages",
    "nightShifts",
  ]),
  points: z.number().check(z.gte(0)),
  max: z.number().check(z.gte(0)),
  verdict: z.enum(["met", "partial", "unmet", "not-known", "conflict"]),
  reason: z.string(),
});
const PayFigure = z.strictObject({
  country: z.string(),
  region: z.optional(z.string()),
  currency: described(z.string(), "ISO 4217"),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  amount: z.optional(z.number()),
  period: z.enum(PAY_PERIODS),
  basis: z.enum(["gross", "net", "not-stated"]),
  year: described(z.number().check(z.int()), "the year the figure is for"),
  level: z.optional(z.enum(["entry", "experienced", "lead", "manager"])),
  note: z.optional(z.string()),
  sources: z.array(z.string()),
  dated: described(z.boolean(), "more than five years older than the current year"),
  fromBlog: described(z.boolean(), "every source of the figure is a blog"),
});
const Pay = described(z.array(PayFigure), "the person's country's figures, newest first");

export const MatchResult = z.strictObject({
  id: z.string(),
  title: z.string(),
  score: z.number().check(z.int(), z.gte(0), z.lte(100)),
  band: described(
    z.enum(["strong", "good", "possible", "stretch", "not-yet", "conflict"]),
    "strong and good: eligible; possible: requirements not known; stretch: small gaps; not-yet; conflict: against what the person will not do",
  ),
  eligibility: described(
    z.enum(["eligible", "not-yet", "not-known"]),
    "every requirement known and met; some known requirement unmet; some requirement not known",
  ),
  eligible: described(z.boolean(), 'eligibility is "eligible" and nothing conflicts'),
  stepBack: described(z.boolean(), "the role is well below the level the person's experience shows"),
  reasons: z.array(z.string()),
  gaps: z.array(Gap),
  unknown: described(
    z.array(z.enum(["education", "language", "experience", "typing"])),
    "the requirements the sources do not give (their reasons are in the breakdown)",
  ),
  conflicts: described(
    z.array(z.enum(["workMode", "nightShifts"])),
    "the factors on which the role asks what the person said they will not do",
  ),
  breakdown: z.array(Factor),
  pay: described(Pay, "the role's pay in the person's country, newest first ([] without a country)"),
});

export const MatchOutput = z.strictObject({
  schemaVersion,
  profile: ProfileSchema,
  total: described(z.number().check(z.int(), z.gte(0)), "how many roles were ranked"),
  conflictsLeftOut: described(
    z.number().check(z.int(), z.gte(0)),
    "roles left out as they conflict with what the person said (--all and --explain keep them)",
  ),
  results: described(z.array(MatchResult), "best first"),
});

const Country = described(
  z.union([z.string(), z.null()]),
  "the person's country (--country or the profile's), or null",
);
/** A name that is no one role (`role`, `path`). */
const RoleNotFound = z.strictObject({
  schemaVersion,
  query: z.string(),
  role: z.null(),
  reason: z.enum(["ambiguous", "no-match"]),
  candidates: z.array(Candidate),
});

/** A result of `--fields`: only the fields it names (any of MatchResult's), in the order it names them. */
const PickedMatchResult = described(
  z.strictObject(Object.fromEntries(Object.entries(MatchResult.shape).map(([key, value]) => [key, z.optional(value)]))),
  "with --fields: only the fields it names, each as in a full result",
);

export const MatchFieldsOutput = z.strictObject({
  ...MatchOutput.shape,
  results: described(z.array(PickedMatchResult), "best first"),
});

// A line of `match --batch` (JSON Lines): the line's `id` (null when it could not be read), its
// number (plus --line-offset), and its results or why it was rejected.
const BatchId = described(
  z.union([z.string(), z.number(), z.null()]),
  "the profile's id, or null when it has none (or the line could not be read)",
);
const BatchLineNumber = described(
  z.number().check(z.int(), z.gte(1)),
  "the line's number in the input (for CSV, where its row starts), plus --line-offset",
);
const batchLineOf = (result: z.ZodMiniType) =>
  z.union([
    z.strictObject({
      id: BatchId,
      line: BatchLineNumber,
      results: described(z.array(result), "best first"),
    }),
    z.strictObject({
      id: BatchId,
      line: BatchLineNumber,
      error: described(z.string(), "why the line is not a valid profile"),
    }),
  ]);
export const BatchLine = batchLineOf(MatchResult);
export const BatchFieldsLine = batchLineOf(PickedMatchResult);

export const RoleOutput = z.union([
  z.strictObject({
    schemaVersion,
    role: RoleSchema,
    country: Country,
    pay: described(Pay, "the role's pay in that country, newest first (every country's without one)"),
    sources: described(
      z.array(
        z.strictObject({
          n: described(z.number().check(z.int(), z.gte(1)), "its number, as `role` prints it"),
          id: z.string(),
          title: z.string(),
          publisher: z.optional(z.string()),
          url: z.optional(z.string()),
          file: z.optional(z.string()),
          date: z.optional(z.string()),
          dateNote: z.optional(z.string()),
          kind: z.optional(z.enum(SOURCE_KINDS)),
          mirror: z.optional(z.string()),
        }),
      ),
      "every source the role cites, in full",
    ),
    fit: z.optional(described(MatchResult, "with --profile")),
  }),
  RoleNotFound,
]);

export const RolesOutput = z.strictObject({ schemaVersion, roles: z.array(RoleSummary) });

export const SearchOutput = z.strictObject({
  schemaVersion,
  query: z.string(),
  results: z.array(
    z.strictObject({
      ...roleSummaryShape,
      score: between(0, 1),
      matches: z.array(
        z.strictObject({
          field: z.enum(["title", "aliases", "summary", "skills", "responsibilities"]),
          text: z.string(),
        }),
      ),
    }),
  ),
});

const Origin = described(
  z.union([
    z.strictObject({ kind: z.literal("role") }),
    z.strictObject({ kind: z.literal("usual"), note: z.string() }),
    z.strictObject({ kind: z.literal("ladder"), from: z.array(z.string()) }),
  ]),
  "where the requirement comes from: the role's own sources, what scoring.yaml gives as usual for such roles, or the least the roles before it (from) ask",
);
const years = z.optional(z.number().check(z.gte(0)));
const Asks = described(
  z.strictObject({
    education: z.union([z.strictObject({ minimum: z.enum(EDUCATION_LEVELS), origin: Origin }), z.null()]),
    languages: z.union([
      z.strictObject({
        sets: described(
          z.array(z.array(z.strictObject({ code: z.string(), level: z.enum(CEFR_LEVELS) }))),
          "one of these sets is needed, every language of it",
        ),
        origin: Origin,
      }),
      z.null(),
    ]),
    experience: z.union([
      z.strictObject({
        need: z.strictObject({ years, bpoYears: years, customerFacingYears: years, leadershipYears: years }),
        origin: Origin,
      }),
      z.null(),
    ]),
    typingWpm: z.union([z.number(), z.null()]),
  }),
  "what the role asks in the person's country, as the scorer reads it; null: not known (no source gives it)",
);
const RoleRef = z.strictObject({ id: z.string(), title: z.string() });
const Query = z.strictObject({
  argument: described(z.number().check(z.int(), z.gte(1)), "the argument's place, from 1"),
  query: z.string(),
  reason: z.enum(["ambiguous", "no-match"]),
  candidates: described(z.array(Candidate), "the roles it could be, or the nearest names"),
});

export const CompareOutput = z.union([
  z.strictObject({
    schemaVersion,
    country: Country,
    profile: z.optional(described(ProfileSchema, "with --profile or the profile flags")),
    roles: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        domain: z.enum(DOMAINS),
        level: z.enum(ROLE_LEVELS),
        office: z.enum(OFFICES),
        mode: z.enum(WORK_MODES),
        shifts: described(
          z.array(
            z.strictObject({
              country: z.union([z.string(), z.null()]),
              night: z.union([z.enum(NIGHT_SHIFTS), z.null()]),
              note: z.optional(z.string()),
            }),
          ),
          "night shifts: the country's (its own fact, else the role's, country null), or the role's and each country's; night null: not known",
        ),
        asks: Asks,
        pay: described(Pay, "the role's pay in that country, newest first (every country's without one)"),
        kpis: z.array(z.strictObject({ name: z.string(), description: z.optional(z.string()) })),
        careerPath: z.strictObject({ previous: z.array(RoleRef), next: z.array(RoleRef) }),
        fit: z.optional(described(MatchResult, "with a profile: scored as match scores it")),
      }),
    ),
  }),
  z.strictObject({
    schemaVersion,
    roles: z.null(),
    misses: described(z.array(Query), "each argument that is not one role"),
  }),
]);

export const PathOutput = z.union([
  z.strictObject({
    schemaVersion,
    role: RoleRef,
    country: Country,
    profile: z.optional(described(ProfileSchema, "with --profile or the profile flags")),
    ladder: described(
      z.array(
        z.strictObject({
          rung: described(
            z.number().check(z.int()),
            "steps from the role: negative before it, 0 the role, positive after",
          ),
          steps: z.array(
            z.strictObject({
              id: z.string(),
              title: z.string(),
              level: z.enum(ROLE_LEVELS),
              mode: z.enum(WORK_MODES),
              asks: Asks,
              pay: described(Pay, "the step's pay in that country, newest first (every country's without one)"),
              fit: z.optional(described(MatchResult, "with a profile: scored as match scores it")),
            }),
          ),
        }),
      ),
      "the rungs in ladder order: the farthest before the role first; a role sits on the rung of its longest way to the role",
    ),
    standing: z.optional(
      described(
        z.strictObject({
          eligible: described(z.array(z.string()), "the steps the person is eligible for now, in ladder order"),
          at: described(
            z.union([z.number().check(z.int()), z.null()]),
            "the highest rung with a step they are eligible for; null: none yet",
          ),
          next: described(
            z.union([
              z.strictObject({
                id: z.string(),
                title: z.string(),
                rung: z.number().check(z.int()),
                band: MatchResult.shape.band,
                eligibility: MatchResult.shape.eligibility,
                gaps: z.array(Gap),
                unknown: MatchResult.shape.unknown,
                conflicts: MatchResult.shape.conflicts,
              }),
              z.null(),
            ]),
            "the step to take next and what is missing for it; null: none above where they stand",
          ),
        }),
        "with a profile",
      ),
    ),
  }),
  RoleNotFound,
]);

const Issue = z.strictObject({
  file: z.string(),
  line: count,
  col: count,
  path: z.optional(z.string()),
  message: z.string(),
});

export const KbValidateOutput = z.strictObject({
  schemaVersion,
  path: z.string(),
  valid: z.boolean(),
  roles: count,
  sources: count,
  interviewTips: count,
  issues: z.array(Issue),
});

const Countries = z.array(z.string());
const share = between(0, 1);
export const KbStatsOutput = z.strictObject({
  schemaVersion,
  path: z.string(),
  roles: z.number().check(z.int()),
  sources: z.number().check(z.int()),
  facts: described(z.number().check(z.int()), "statements of the KB with their own sources"),
  blogFacts: described(z.number().check(z.int()), "facts every source of which is a blog"),
  blogShare: share,
  datedPay: described(z.number().check(z.int()), "pay figures over five years old"),
  rolesWithoutPay: described(z.record(z.string(), z.number().check(z.int())), "per hub country (IN, PH, PL)"),
  rolesWithUnknownRequirements: z.number().check(z.int()),
  perRole: z.array(
    z.strictObject({
      id: z.string(),
      facts: z.number().check(z.int()),
      sources: z.number().check(z.int()),
      unknownRequirements: described(
        z.array(z.enum(["education", "languages", "experience"])),
        "requirements no source gives, nor a usual requirement or the ladder",
      ),
      borrowedRequirements: described(
        z.array(z.enum(["education", "languages", "experience"])),
        "requirements read from scoring.usualRequirements or the ladder",
      ),
      noPay: described(Countries, "hub countries without a pay figure"),
      noShifts: described(Countries, "hub countries without a night-shift fact"),
      datedPay: z.number().check(z.int()),
      blogFacts: z.number().check(z.int()),
      blogShare: share,
    }),
  ),
});

/** file name under the repo -> the schema and the direction it describes */
export const CONTRACTS = {
  "data/kb.schema.json": { schema: KbFileSchema, io: "input", title: "bpo-advisor knowledge base file" },
  "schemas/profile.schema.json": { schema: ProfileSchema, io: "input", title: "bpo-advisor profile" },
  "schemas/match.schema.json": { schema: MatchOutput, io: "output", title: "bpo-advisor match --json" },
  "schemas/match-fields.schema.json": {
    schema: MatchFieldsOutput,
    io: "output",
    title: "bpo-advisor match --json --fields",
  },
  "schemas/match-batch.schema.json": { schema: BatchLine, io: "output", title: "a line of bpo-advisor match --batch" },
  "schemas/match-batch-fields.schema.json": {
    schema: BatchFieldsLine,
    io: "output",
    title: "a line of bpo-advisor match --batch --fields",
  },
  "schemas/role.schema.json": { schema: RoleOutput, io: "output", title: "bpo-advisor role --json" },
  "schemas/compare.schema.json": { schema: CompareOutput, io: "output", title: "bpo-advisor compare --json" },
  "schemas/path.schema.json": { schema: PathOutput, io: "output", title: "bpo-advisor path --json" },
  "schemas/roles.schema.json": { schema: RolesOutput, io: "output", title: "bpo-advisor roles --json" },
  "schemas/search.schema.json": { schema: SearchOutput, io: "output", title: "bpo-advisor search --json" },
  "schemas/kb-validate.schema.json": {
    schema: KbValidateOutput,
    io: "output",
    title: "bpo-advisor kb validate --json",
  },
  "schemas/kb-stats.schema.json": { schema: KbStatsOutput, io: "output", title: "bpo-advisor kb stats --json" },
} as const;

export function jsonSchemaOf(name: keyof typeof CONTRACTS): string {
  const { schema, io, title } = CONTRACTS[name];
  const json = z.toJSONSchema(schema, { io, target: "draft-2020-12", override: keepDefault });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

/**
 * zod drops the default of a field whose type transforms its input (profile.languages, whose
 * codes may be given as names); the JSON Schema keeps every default, which documents it and which
 * the profile's compiled check fills in (src/profile/json-schema-defaults.ts).
 */
const keepDefault = ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
  const def = (zodSchema as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  if (def.type === "default" && !("default" in jsonSchema)) jsonSchema.default = structuredClone(def.defaultValue);
};
