import { type GlobalOptions, type Io, printJson } from "../context.js";
import { findRoleIn } from "../core/find-role.js";
import { scoreRole } from "../core/score.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfileIfGiven } from "../profile/load-profile.js";
import type { ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { prepareLayout } from "../render/layout.js";
import { renderCandidates, renderNoMatch } from "../render/lists-text.js";
import { renderMatch } from "../render/match-text.js";
import { renderRole } from "../render/role-text.js";
import { printForTerminal } from "../render/terminal-text.js";
import { refuseLongName, roleOutput } from "../results.js";

export interface RoleOptions extends GlobalOptions, ProfileFlags {
  name: string;
  profile?: string;
}

export async function roleCommand(options: RoleOptions, io: Io): Promise<ExitCode> {
  refuseLongName(options.name);
  const kb = await loadKnowledgeBase(io, options.kb);
  // the libraries of the later stages load only for a name that is not a role's id or name
  const found = await findRoleIn(kb, options.name);
  const code = found.kind === "found" ? ExitCode.ok : ExitCode.notFound;
  const profile = found.kind === "found" ? await loadProfileIfGiven(io, options.profile, options) : undefined;
  const country = profile?.country ?? options.country;
  if (options.json) {
    printJson(io, roleOutput(kb, options.name, found, profile, country));
    return code;
  }
  const chalk = await colorFor(io, options.color);
  switch (found.kind) {
    case "found": {
      const fit = profile && scoreRole(kb, found.role, profile);
      const width = await prepareLayout(io, { measure: fit !== undefined });
      const glyphs = glyphsFor(io.env);
      const details = renderRole(kb, found.role, { chalk, width, glyphs, country, year: new Date().getFullYear() });
      const fitText = fit
        ? `\n\n${chalk.bold.underline("How you fit")}\n${renderMatch(fit, { chalk, width, explain: true, rank: 1, titleWidth: 0, glyphs })}`
        : "";
      await printForTerminal(io, io.stdout, details + fitText);
      break;
    }
    case "ambiguous":
      await printForTerminal(
        io,
        io.stdout,
        renderCandidates(options.name, found.candidates, {
          chalk,
          note: found.note,
          width: await prepareLayout(io),
        }),
      );
      break;
    case "none":
      await printForTerminal(io, io.stderr, renderNoMatch(options.name, found.nearest));
      break;
  }
  return code;
}
