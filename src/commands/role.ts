import { type GlobalOptions, type Io, print, printJson, terminalWidth } from "../context.js";
import { findRole, indexRoles } from "../core/lookup.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { colorFor } from "../render/color.js";
import { roleJson, roleNotFoundJson } from "../render/json.js";
import { renderCandidates, renderNoMatch } from "../render/lists-text.js";
import { renderRole } from "../render/role-text.js";

export interface RoleOptions extends GlobalOptions {
  name: string;
}

export async function roleCommand(options: RoleOptions, io: Io): Promise<ExitCode> {
  const kb = await loadKnowledgeBase(io, options.kb);
  const found = findRole(indexRoles(kb.roles), options.name);
  const chalk = colorFor(io, options.color);
  switch (found.kind) {
    case "found":
      if (options.json) printJson(io, roleJson(found.role));
      else print(io.stdout, renderRole(kb, found.role, { chalk, width: terminalWidth(io) }));
      return ExitCode.ok;
    case "ambiguous":
      if (options.json) printJson(io, roleNotFoundJson(options.name, found.candidates, true));
      else print(io.stdout, renderCandidates(options.name, found.candidates, chalk));
      return ExitCode.notFound;
    case "none":
      if (options.json) printJson(io, roleNotFoundJson(options.name, found.nearest, false));
      else print(io.stderr, renderNoMatch(options.name, found.nearest));
      return ExitCode.notFound;
  }
}
