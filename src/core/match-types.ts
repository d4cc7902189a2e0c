import type { Role } from "./kb-schema.js";

/** The factors of the scorer (src/core/factors.ts), in the order a breakdown lists them. */
export type FactorName =
  | "education"
  | "language"
  | "experience"
  | "typing"
  | "interests"
  | "workMode"
  | "fieldOfStudy"
  | "extraYears"
  | "extraLanguages"
  | "nightShifts";

/** "Can I get this job?": every requirement known and met; some known one unmet; or some not known. */
export type Eligibility = "eligible" | "not-yet" | "not-known";

/**
 * How well a role fits, like O*NET's Best / Great / Good fit: strong and good (eligible), possible
 * (requirements not known), stretch (small gaps), not-yet (larger gaps), conflict (against what
 * the person said they will not do).
 */
export type Band = "strong" | "good" | "possible" | "stretch" | "not-yet" | "conflict";

/** How a factor's verdict came out: met in full, in part, not at all, not known, or a conflict. */
export type Verdict = "met" | "partial" | "unmet" | "not-known" | "conflict";

/** One line of a score's breakdown: the points a factor earned, of how many, and why. */
export interface Factor {
  factor: FactorName;
  points: number;
  max: number;
  verdict: Verdict;
  reason: string;
}

/** A concrete next step for a gap, where a source gives one. */
export interface NextStep {
  text: string;
  sources: readonly string[];
}

/** An unmet requirement and how far off it is (distance 0..1: 1 is as far as it gets). */
export interface Gap {
  factor: "education" | "language" | "experience" | "typing";
  text: string;
  need: string | number;
  have: string | number | null;
  distance: number;
  next?: NextStep | undefined;
}

export interface RoleMatch {
  role: Role;
  score: number;
  band: Band;
  eligibility: Eligibility;
  /** eligibility === "eligible", and no conflict. */
  eligible: boolean;
  /** The role is well below the level the person's experience shows. */
  stepBack: boolean;
  reasons: string[];
  gaps: Gap[];
  /** The requirements the sources do not give (their reasons are in the breakdown). */
  unknown: FactorName[];
  /** The factors on which the role asks what the person said they will not do. */
  conflicts: FactorName[];
  breakdown: Factor[];
}
