import { pickFields } from "../batch/line-format.js";
import type { BatchFormat } from "../batch/open-input.js";
import { runBatch } from "../batch/run-batch.js";
import { type GlobalOptions, type Io, printJson } from "../context.js";
import { ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfile } from "../profile/load-profile.js";
import { hasProfileFlags, type ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { prepareLayout } from "../render/layout.js";
import { RESULT_FIELDS } from "../render/match-json.js";
import { renderMatches } from "../render/match-text.js";
import type { ReportFormat } from "../render/report.js";
import { printForTerminal } from "../render/terminal-text.js";
import { matchOutput, matchRanking } from "../results.js";

export interface MatchOptions extends GlobalOptions, ProfileFlags {
  profile?: string;
  top: number;
  all?: boolean;
  explain?: boolean;
  /** A JSON Lines or CSV file of profiles (- for stdin): see src/batch/run-batch.ts. */
  batch?: string;
  /** The --batch file's format, or (with --report-dir) the reports'; --format may be given twice for both. */
  format?: (BatchFormat | ReportFormat)[];
  /** --report-dir: a report for each person of the batch (src/batch/report-batch.ts). */
  reportDir?: string;
  force?: boolean;
  /** How --batch writes (src/batch/line-format.ts). */
  output?: "jsonl" | "csv";
  bom?: boolean;
  lineOffset?: number;
  /** With --json (or --batch): only these fields of each result. */
  fields?: string[];
}

/** The options that only a batch reads, each with what it is for (refused without --batch). */
const BATCH_ONLY = [
  ["format", "--format says how to read a --batch file", "add --batch FILE, or drop --format"],
  [
    "output",
    "--output says how to write the results of --batch",
    `for one profile as CSV, give it as one JSON line: echo '{"languages": [{"code": "en", "level": "B2"}]}' | bpo-advisor match --batch - --output csv`,
  ],
  [
    "bom",
    "--bom marks a CSV file as UTF-8 for Excel: it needs --batch FILE --output csv",
    "add --batch FILE --output csv, or drop --bom",
  ],
  ["lineOffset", "--line-offset numbers the lines of a --batch input", "add --batch FILE, or drop --line-offset"],
] as const;

export async function matchCommand(options: MatchOptions, io: Io): Promise<ExitCode> {
  const formats = options.format ?? [];
  const format = formats.find((f): f is BatchFormat => f === "jsonl" || f === "csv");
  const reportFormat = formats.find((f): f is ReportFormat => f !== "jsonl" && f !== "csv");
  if (reportFormat !== undefined && options.reportDir === undefined) {
    throw usageError(
      `--format ${reportFormat} is the format of the reports of --report-dir`,
      "add --report-dir DIR, or use `bpo-advisor report` for one person",
    );
  }
  if (options.reportDir !== undefined && options.batch === undefined) {
    throw usageError(
      "--report-dir writes a report for each person of a --batch file",
      "add --batch FILE, or use `bpo-advisor report -o FILE` for one person",
    );
  }
  if (options.batch !== undefined) {
    return runBatch({ ...options, batch: options.batch, format, reportFormat }, io);
  }
  if (format !== undefined) throw usageError(BATCH_ONLY[0][1], BATCH_ONLY[0][2]);
  for (const [key, message, hint] of BATCH_ONLY.slice(1))
    if (options[key] !== undefined) throw usageError(message, hint);
  if (options.fields && !options.json) {
    throw usageError("--fields picks the fields of JSON or CSV output", "add --json (or --batch FILE)");
  }
  const fields = options.fields && pickFields(options.fields, RESULT_FIELDS, "a JSON result");
  if (options.profile === undefined && !hasProfileFlags(options)) {
    throw usageError(
      "match needs a profile: --profile FILE, or flags such as --lang en:B2 --education bachelor",
      "run `bpo-advisor match --help` for every flag, or `bpo-advisor quiz` to answer questions instead",
    );
  }
  const [kb, profile] = await Promise.all([
    loadKnowledgeBase(io, options.kb),
    loadProfile(io, options.profile, options),
  ]);
  const ranking = matchRanking(kb, profile, options);
  if (options.json) printJson(io, matchOutput(profile, ranking, fields));
  else {
    const chalk = await colorFor(io, options.color);
    await printForTerminal(
      io,
      io.stdout,
      renderMatches(ranking.shown, {
        chalk,
        width: await prepareLayout(io, { measure: true }),
        explain: options.explain,
        total: ranking.total,
        conflictsLeftOut: ranking.conflictsLeftOut,
        conflictsOn: ranking.conflictsOn,
        glyphs: glyphsFor(io.env),
        market: ranking.market,
      }),
    );
  }
  return ExitCode.ok;
}
