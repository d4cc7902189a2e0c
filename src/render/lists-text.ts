import type { ChalkInstance } from "chalk";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { Candidate } from "../core/lookup.js";
import type { SearchHit } from "../core/search.js";
import { label, modeLabel, officeLabel } from "./labels.js";
import { type ColumnFit, table, wrap } from "./layout.js";
import { sanitize } from "./sanitize.js";

/** How the roles table gives way at a narrow terminal: titles and domains are cut, then office, domain and process left out; ids, which people copy, stay whole. */
const ROLE_COLUMNS: readonly ColumnFit[] = [
  {},
  { minWidth: 20 },
  { minWidth: 14, dropOrder: 2 },
  { dropOrder: 1 },
  { minWidth: 9, dropOrder: 3 },
];

export function renderRolesTable(
  kb: KnowledgeBase,
  roles: readonly Role[],
  chalk: ChalkInstance,
  fit: { width?: number; ellipsis?: string } = {},
): string {
  if (roles.length === 0) return "No roles fit these filters.";
  const rows = roles.map((r) => [
    sanitize(r.id),
    sanitize(r.title),
    label(kb, "domains", r.domain),
    officeLabel(r).replace(" office", ""),
    modeLabel(r),
  ]);
  const footer = chalk.dim(`${roles.length} role${roles.length === 1 ? "" : "s"}. Details: bpo-advisor role <id>`);
  const header = ["ID", "TITLE", "DOMAIN", "OFFICE", "PROCESS"];
  return `${table(header, rows, chalk.bold, { ...fit, columns: ROLE_COLUMNS })}\n\n${footer}`;
}

export function renderSearchResults(
  query: string,
  hits: readonly SearchHit[],
  chalk: ChalkInstance,
  width: number | undefined,
): string {
  if (hits.length === 0) return `Nothing matches "${sanitize(query)}".`;
  const blocks = hits.map((hit, i) => {
    const head = wrap(
      `${i + 1}. ${chalk.bold(sanitize(hit.role.title))} ${chalk.dim(`(${sanitize(hit.role.id)})`)}`,
      width,
      3,
      0,
    );
    const matched = hit.matches
      .slice(0, 3)
      .map((m) => wrap(`${chalk.dim(`${m.field}:`)} ${sanitize(m.text)}`, width, 5, 3));
    return [head, ...matched].join("\n");
  });
  return `${blocks.join("\n")}\n\n${chalk.dim("Details: bpo-advisor role <id>")}`;
}

/** The candidates for a name that could be several roles, and how to pick one with `command` (role, path). */
export function renderCandidates(
  query: string,
  candidates: readonly Candidate[],
  { chalk, command = "role", note, width }: { chalk: ChalkInstance; command?: string; note?: string; width?: number },
): string {
  // each with its title, and what matched when that is not the title (another name, a word of
  // the thesaurus, a line of what the role does)
  const lines = candidates.map((c) => {
    const role = `  ${chalk.bold(sanitize(c.role.id))}  ${sanitize(c.role.title)}`;
    return c.name === c.role.title ? role : `${role}\n    ${chalk.dim(`matched: ${sanitize(c.name)}`)}`;
  });
  return [
    `"${sanitize(query)}" could be several roles:`,
    ...(note === undefined ? [] : [wrap(`(${sanitize(note)})`, width, 3, 2)]),
    ...lines,
    "",
    chalk.dim(`Pick one: bpo-advisor ${command} <id>`),
  ].join("\n");
}

export function renderNoMatch(query: string, nearest: readonly Candidate[]): string {
  const head = `no role matches "${sanitize(query)}"`;
  if (nearest.length === 0) return `${head}\nhint: \`bpo-advisor roles\` lists every role`;
  const names = nearest.map((c) => `"${sanitize(c.name)}" (${sanitize(c.role.id)})`).join(", ");
  return `${head}\nnearest: ${names}\nhint: \`bpo-advisor roles\` lists every role; \`bpo-advisor search <words>\` searches skills too`;
}
