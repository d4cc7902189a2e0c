import { type GlobalOptions, type Io, printJson } from "../context.js";
import { careerLadder } from "../core/career-ladder.js";
import { findRoleIn } from "../core/find-role.js";
import { fitOnLadder } from "../core/ladder-standing.js";
import { MAX_NAME_CHARS } from "../core/lookup.js";
import { ExitCode, refuseLongText } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfileIfGiven } from "../profile/load-profile.js";
import type { ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { roleNotFoundJson } from "../render/json.js";
import { prepareLayout } from "../render/layout.js";
import { renderCandidates, renderNoMatch } from "../render/lists-text.js";
import { pathJson } from "../render/path-json.js";
import { renderPath } from "../render/path-text.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface PathOptions extends GlobalOptions, ProfileFlags {
  name: string;
  profile?: string;
}

export async function pathCommand(options: PathOptions, io: Io): Promise<ExitCode> {
  refuseLongText(
    options.name,
    MAX_NAME_CHARS,
    "the role name",
    "type a role's name or a few words of it, as in `bpo-advisor path team leader`",
  );
  const kb = await loadKnowledgeBase(io, options.kb);
  const found = await findRoleIn(kb, options.name);
  if (found.kind !== "found") {
    const candidates = found.kind === "ambiguous" ? found.candidates : found.nearest;
    if (options.json) printJson(io, roleNotFoundJson(options.name, candidates, found.kind === "ambiguous"));
    else if (found.kind === "ambiguous") {
      const chalk = await colorFor(io, options.color);
      await printForTerminal(
        io,
        io.stdout,
        renderCandidates(options.name, candidates, {
          chalk,
          command: "path",
          note: found.note,
          width: await prepareLayout(io),
        }),
      );
    } else await printForTerminal(io, io.stderr, renderNoMatch(options.name, candidates));
    return ExitCode.notFound;
  }
  const ladder = careerLadder(kb, found.role);
  const profile = await loadProfileIfGiven(io, options.profile, options);
  const fit = profile && fitOnLadder(kb, profile, ladder);
  const country = profile?.country ?? options.country;
  const year = new Date().getFullYear();
  if (options.json) {
    printJson(io, pathJson(kb, found.role, ladder, { country, year, profile, fit }));
    return ExitCode.ok;
  }
  const [chalk, width] = await Promise.all([colorFor(io, options.color), prepareLayout(io)]);
  await printForTerminal(
    io,
    io.stdout,
    renderPath(kb, found.role, ladder, { chalk, width, glyphs: glyphsFor(io.env), country, year, fit }),
  );
  return ExitCode.ok;
}
