import { type GlobalOptions, type Io, print, printJson } from "../context.js";
import { ExitCode, InputError, usageError } from "../errors.js";
import { SHIPPED_KB_DIR, validateKbAt } from "../kb/load-kb.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { SCHEMA_VERSION } from "../render/json.js";
import { sanitize } from "../render/sanitize.js";

export interface KbValidateOptions extends GlobalOptions {
  path?: string;
}

/** Checks a KB and reports every problem; the shipped one when no path is given. */
export async function kbValidateCommand(options: KbValidateOptions, io: Io): Promise<ExitCode> {
  if (options.path?.trim() === "")
    throw usageError(
      "kb validate needs a KB file or folder, not a blank name",
      "as in `bpo-advisor kb validate ./my-kb`",
    );
  const path = options.path ?? options.kb ?? (io.env.BPO_ADVISOR_KB || SHIPPED_KB_DIR);
  try {
    const kb = await validateKbAt(path, io.cwd, io);
    const counts = { roles: kb.roles.length, sources: kb.sources.length, interviewTips: kb.interviewTips.length };
    if (options.json) printJson(io, { schemaVersion: SCHEMA_VERSION, path, valid: true, ...counts, issues: [] });
    else {
      const chalk = await colorFor(io, options.color);
      print(
        io.stdout,
        `${chalk.green(glyphsFor(io.env).tick)} ${sanitize(path)} is a valid KB: ${counts.roles} roles, ${counts.sources} sources`,
      );
    }
    return ExitCode.ok;
  } catch (error) {
    if (options.json && error instanceof InputError) {
      printJson(io, { schemaVersion: SCHEMA_VERSION, path, valid: false, issues: error.issues });
    }
    throw error;
  }
}
