import { type GlobalOptions, type Io, printJson } from "../context.js";
import { compareCountProblem, type Miss, pickRoles } from "../core/compare-roles.js";
import { findRoleIn } from "../core/find-role.js";
import { MAX_NAME_CHARS } from "../core/lookup.js";
import { scoreRole } from "../core/score.js";
import { CliError, ExitCode, refuseLongText, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfileIfGiven } from "../profile/load-profile.js";
import type { ProfileFlags } from "../profile/profile-flags.js";
import { colorFor } from "../render/color.js";
import { compareJson, compareMissesJson } from "../render/compare-json.js";
import { renderComparison } from "../render/compare-text.js";
import { glyphsFor } from "../render/glyphs.js";
import { prepareLayout } from "../render/layout.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface CompareOptions extends GlobalOptions, ProfileFlags {
  /** The role names, one per argument. */
  names: string[];
  profile?: string;
}

const EXAMPLE = 'bpo-advisor compare csr "accounts payable"';

export async function compareCommand(options: CompareOptions, io: Io): Promise<ExitCode> {
  const { names } = options;
  const problem = compareCountProblem(names.length);
  if (problem) throw usageError(problem, `name each role as one argument, as in \`${EXAMPLE}\``);
  for (const [i, name] of names.entries()) {
    const hint = `type a role's name or a few words of it, as in \`${EXAMPLE}\``;
    refuseLongText(name, MAX_NAME_CHARS, `the role name of argument ${i + 1}`, hint);
  }
  const kb = await loadKnowledgeBase(io, options.kb);
  const lookups = [];
  for (const name of names) lookups.push(await findRoleIn(kb, name));
  const picked = pickRoles(names, lookups);
  if (picked.kind === "twice") {
    const [a, b] = picked.arguments;
    throw usageError(
      `arguments ${a} and ${b} ("${names[a - 1]}", "${names[b - 1]}") are the same role, ${picked.role.title} (${picked.role.id})`,
      "compare two to four different roles; `bpo-advisor roles` lists them",
    );
  }
  if (picked.kind === "misses") {
    if (options.json) {
      printJson(io, compareMissesJson(picked.misses));
      return ExitCode.notFound;
    }
    throw missesError(picked.misses);
  }
  const { roles } = picked;
  const profile = await loadProfileIfGiven(io, options.profile, options);
  const fits = profile && roles.map((role) => scoreRole(kb, role, profile));
  const country = profile?.country ?? options.country;
  const year = new Date().getFullYear();
  if (options.json) {
    printJson(io, compareJson(kb, roles, { country, year, profile, fits }));
    return ExitCode.ok;
  }
  const [chalk, width] = await Promise.all([colorFor(io, options.color), prepareLayout(io, { measure: true })]);
  await printForTerminal(
    io,
    io.stdout,
    renderComparison(kb, roles, { chalk, width, glyphs: glyphsFor(io.env), country, year, fits }),
  );
  return ExitCode.ok;
}

/** Nothing found (exit 1), naming each argument that is not one role, with its candidates or nearest names. */
function missesError(misses: readonly Miss[]): CliError {
  const places = misses.map((m) => m.argument);
  const which =
    places.length === 1
      ? `argument ${places[0]} ("${misses[0]?.query}")`
      : `arguments ${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
  const details = misses.map((m) => {
    const head = `argument ${m.argument}, "${m.query}":`;
    if (m.lookup.kind === "ambiguous") {
      return `${head} could be several roles: ${m.lookup.candidates.map((c) => `${c.role.id} ("${c.name}")`).join(", ")}`;
    }
    const nearest = m.lookup.nearest.map((c) => `"${c.name}" (${c.role.id})`).join(", ");
    return `${head} no role matches${nearest ? `; nearest: ${nearest}` : ""}`;
  });
  return new CliError(`no single role for ${which}`, ExitCode.notFound, {
    details,
    hint: "name each role by its id or title (`bpo-advisor roles` lists them; `bpo-advisor search <words>` searches skills too)",
  });
}
