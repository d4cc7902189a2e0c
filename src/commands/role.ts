import { type GlobalOptions, type Io, printJson } from "../context.js";
import { findRoleIn } from "../core/find-role.js";
import { MAX_NAME_CHARS } from "../core/lookup.js";
import { scoreRole } from "../core/score.js";
import { ExitCode, refuseLongText } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfileIfGiven } from "../profile/load-profile.js";
import type { ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { roleJson, roleNotFoundJson } from "../render/json.js";
import { prepareLayout } from "../render/layout.js";
import { renderCandidates, renderNoMatch } from "../render/lists-text.js";
import { matchResultJson } from "../render/match-json.js";
import { renderMatch } from "../render/match-text.js";
import { renderRole } from "../render/role-text.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface RoleOptions extends GlobalOptions, ProfileFlags {
  name: string;
  profile?: string;
}

export async function roleCommand(options: RoleOptions, io: Io): Promise<ExitCode> {
  refuseLongText(
    options.name,
    MAX_NAME_CHARS,
    "the role name",
    "type a role's name or a few words of it, as in `bpo-advisor role team leader`",
  );
  const kb = await loadKnowledgeBase(io, options.kb);
  // the libraries of the later stages load only for a name that is not a role's id or name
  const found = await findRoleIn(kb, options.name);
  const chalk = await colorFor(io, options.color);
  switch (found.kind) {
    case "found": {
      const profile = await loadProfileIfGiven(io, options.profile, options);
      const fit = profile && scoreRole(kb, found.role, profile);
      const country = profile?.country ?? options.country;
      const year = new Date().getFullYear();
      if (options.json) {
        printJson(io, {
          ...roleJson(kb, found.role, country, year),
          ...(fit ? { fit: matchResultJson(fit, { kb, country, year }) } : {}),
        });
      } else {
        const width = await prepareLayout(io, { measure: fit !== undefined });
        const glyphs = glyphsFor(io.env);
        const details = renderRole(kb, found.role, { chalk, width, glyphs, country, year });
        const fitText = fit
          ? `\n\n${chalk.bold.underline("How you fit")}\n${renderMatch(fit, { chalk, width, explain: true, rank: 1, titleWidth: 0, glyphs })}`
          : "";
        await printForTerminal(io, io.stdout, details + fitText);
      }
      return ExitCode.ok;
    }
    case "ambiguous":
      if (options.json) printJson(io, roleNotFoundJson(options.name, found.candidates, true));
      else await printForTerminal(io, io.stdout, renderCandidates(options.name, found.candidates, chalk));
      return ExitCode.notFound;
    case "none":
      if (options.json) printJson(io, roleNotFoundJson(options.name, found.nearest, false));
      else await printForTerminal(io, io.stderr, renderNoMatch(options.name, found.nearest));
      return ExitCode.notFound;
  }
}
