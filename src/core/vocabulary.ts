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
] as const;
export type Domain = (typeof DOMAINS)[number];

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const OFFICES = ["front", "back"] as const;
export type Office = (typeof OFFICES)[number];

export const WORK_MODES = ["voice", "non-voice", "blended"] as const;
export type WorkMode = (typeof WORK_MODES)[number];
/** The work a person wants: a role's mode, or any. */
export const PROFILE_WORK_MODES = ["voice", "non-voice", "any"] as const;

export const DIRECTIONS = ["inbound", "outbound"] as const;
export const CHANNELS = ["phone", "email", "chat", "back-office"] as const;
export const NIGHT_SHIFTS = ["common", "possible", "rare"] as const;
