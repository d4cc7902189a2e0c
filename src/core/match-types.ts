import type { Role } from "./kb-schema.js";

export type FactorName =
  | "education"
  | "language"
  | "experience"
  | "typing"
  | "requirements"
  | "workMode"
  | "interests"
  | "fieldOfStudy"
  | "extraLanguages"
  | "nightShifts";

/** One line of a score's breakdown: the points a factor earned, of how many, and why. */
export interface Factor {
  factor: FactorName;
  points: number;
  max: number;
  reason: string;
}

/** An unmet requirement and how far off it is (distance 0..1: 1 is as far as it gets). */
export interface Gap {
  factor: "education" | "language" | "experience" | "typing";
  text: string;
  need: string | number;
  have: string | number | null;
  distance: number;
}

export interface RoleMatch {
  role: Role;
  score: number;
  eligible: boolean;
  reasons: string[];
  gaps: Gap[];
  breakdown: Factor[];
}
