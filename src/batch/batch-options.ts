import { usageError } from "../errors.js";
import type { ProfileFlags } from "../profile/profile-flags.js";
import type { ReportFormat } from "../render/report.js";
import type { FormatOptions } from "./line-format.js";
import type { BatchFormat } from "./open-input.js";

/** What `match --batch` reads of the match command's options. */
export interface BatchOptions extends ProfileFlags, FormatOptions {
  batch: string;
  format?: BatchFormat;
  /** --report-dir: a report for each person there (src/batch/report-batch.ts), in this format. */
  reportDir?: string;
  reportFormat?: ReportFormat;
  force?: boolean;
  kb?: string;
  profile?: string;
  top: number;
  all?: boolean;
}

// A Record, so that a new profile flag cannot be added without a name here.
const FLAG_NAMES: Record<keyof ProfileFlags, string> = {
  country: "--country",
  lang: "--lang",
  education: "--education",
  field: "--field",
  years: "--years",
  bpoYears: "--bpo-years",
  customerYears: "--customer-years",
  leadershipYears: "--leadership-years",
  wpm: "--wpm",
  mode: "--mode",
  nightShifts: "--night-shifts",
  interest: "--interest",
};

/**
 * Each line of a batch is a whole profile, so --profile and the profile flags are refused rather
 * than laid over every line: one rule fewer to explain, and no silent surprise.
 */
export function refuseProfileOptions(options: BatchOptions): void {
  const given = [
    ...(options.profile !== undefined ? ["--profile"] : []),
    ...(Object.keys(FLAG_NAMES) as (keyof ProfileFlags)[])
      .filter((key) => options[key] !== undefined)
      .map((key) => (key === "nightShifts" && options.nightShifts === false ? "--no-night-shifts" : FLAG_NAMES[key])),
  ];
  if (given.length === 0) return;
  throw usageError(
    `--batch cannot be combined with ${given.join(", ")}: each line of the batch file is a whole profile`,
    "put those facts into the lines of the batch file, or drop --batch to match one profile",
  );
}
