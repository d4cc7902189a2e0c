import { pickFields } from "../batch/line-format.js";
import { runBatch } from "../batch/run-batch.js";
import { type GlobalOptions, type Io, printJson } from "../context.js";
import { rankTopRoles } from "../core/score.js";
import { ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfile } from "../profile/load-profile.js";
import { hasProfileFlags, type ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { prepareLayout } from "../render/layout.js";
import { matchJson, RESULT_FIELDS } from "../render/match-json.js";
import { renderMatches } from "../render/match-text.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface MatchOptions extends GlobalOptions, ProfileFlags {
  profile?: string;
  top: number;
  all?: boolean;
  explain?: boolean;
  /** A JSON Lines or CSV file of profiles (- for stdin): see src/batch/run-batch.ts. */
  batch?: string;
  format?: "jsonl" | "csv";
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
  if (options.batch !== undefined) {
    return runBatch({ ...options, batch: options.batch }, io);
  }
  for (const [key, message, hint] of BATCH_ONLY) if (options[key] !== undefined) throw usageError(message, hint);
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
  // only the roles shown are worded (the rest are placed by their numbers)
  // --all and --explain ask for everything: conflicts too, last
  const everything = options.all === true || options.explain === true;
  const ranked = rankTopRoles(kb, profile, options.all ? undefined : options.top, everything);
  const shown = ranked.matches;
  const market = { kb, country: profile.country, year: new Date().getFullYear() };
  if (options.json)
    printJson(io, matchJson(profile, shown, ranked.total, everything ? 0 : ranked.conflicts, market, fields));
  else {
    const chalk = await colorFor(io, options.color);
    await printForTerminal(
      io,
      io.stdout,
      renderMatches(shown, {
        chalk,
        width: await prepareLayout(io, { measure: true }),
        explain: options.explain,
        total: ranked.total,
        conflictsLeftOut: everything ? 0 : ranked.conflicts,
        conflictsOn: ranked.conflictsOn,
        glyphs: glyphsFor(io.env),
        market,
      }),
    );
  }
  return ExitCode.ok;
}
