import { type GlobalOptions, type Io, printJson } from "../context.js";
import type { Role } from "../core/kb-schema.js";
import type { Domain, Office } from "../core/vocabulary.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { colorFor } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { rolesJson } from "../render/json.js";
import { prepareLayout } from "../render/layout.js";
import { renderRolesTable } from "../render/lists-text.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface RolesOptions extends GlobalOptions {
  domain?: Domain;
  office?: Office;
  mode?: "voice" | "non-voice";
}

/** Blended roles take both voice and non-voice work, so they fit either filter. */
export const filterRoles = (roles: readonly Role[], { domain, office, mode }: RolesOptions): Role[] =>
  roles.filter(
    (r) =>
      (!domain || r.domain === domain) &&
      (!office || r.office === office) &&
      (!mode || r.process.mode === mode || r.process.mode === "blended"),
  );

export async function rolesCommand(options: RolesOptions, io: Io): Promise<ExitCode> {
  const kb = await loadKnowledgeBase(io, options.kb);
  const roles = filterRoles(kb.roles, options);
  if (options.json) printJson(io, rolesJson(roles));
  else {
    const width = await prepareLayout(io, { measure: true });
    const ellipsis = glyphsFor(io.env).ellipsis;
    await printForTerminal(
      io,
      io.stdout,
      renderRolesTable(kb, roles, await colorFor(io, options.color), { width, ellipsis }),
    );
  }
  return ExitCode.ok;
}
