import { type GlobalOptions, type Io, printJson } from "../context.js";
import { kbStats } from "../core/kb-stats.js";
import { ExitCode, usageError } from "../errors.js";
import { SHIPPED_KB_DIR, validateKbAt } from "../kb/load-kb.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { SCHEMA_VERSION } from "../render/json.js";
import { renderKbStats } from "../render/kb-stats-text.js";
import { prepareLayout } from "../render/layout.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface KbStatsOptions extends GlobalOptions {
  path?: string;
}

/** Where a KB is thin, per role: facts, sources, what is not known, dated pay, blogs. The KB must be valid. */
export async function kbStatsCommand(options: KbStatsOptions, io: Io): Promise<ExitCode> {
  if (options.path?.trim() === "")
    throw usageError("kb stats needs a KB file or folder, not a blank name", "as in `bpo-advisor kb stats ./my-kb`");
  const path = options.path ?? options.kb ?? (io.env.BPO_ADVISOR_KB || SHIPPED_KB_DIR);
  const kb = await validateKbAt(path, io.cwd, io);
  const stats = kbStats(kb, new Date().getFullYear());
  if (options.json) printJson(io, { schemaVersion: SCHEMA_VERSION, path, ...stats });
  else {
    const chalk = await colorFor(io, options.color);
    // its table is measured, whether or not there is a width to wrap to (a pipe has none)
    const width = await prepareLayout(io, { measure: true });
    // the shipped KB by that name: its folder is wherever the package is installed
    const shown = path === SHIPPED_KB_DIR ? "the shipped KB" : path;
    const ellipsis = glyphsFor(io.env).ellipsis;
    await printForTerminal(io, io.stdout, renderKbStats(shown, stats, { chalk, width, ellipsis }));
  }
  return ExitCode.ok;
}
