import type { ChalkInstance } from "chalk";
import type { KbStats } from "../core/kb-stats.js";
import { table } from "./layout.js";
import { sanitize } from "./sanitize.js";

const percent = (share: number) => `${Math.round(share * 100)}%`;
const listOr = (items: readonly string[], none: string) => (items.length ? items.join(",") : none);
const REQUIREMENT_SHORT: Record<string, string> = { education: "edu", languages: "lang", experience: "exp" };
const short = (items: readonly string[]) => items.map((i) => REQUIREMENT_SHORT[i] ?? i);

/** `kb stats`: a line of totals, then a row per role, the thinnest first. */
export function renderKbStats(
  path: string,
  stats: KbStats,
  { chalk, width }: { chalk: ChalkInstance; width: number | undefined },
): string {
  const rows = [...stats.perRole]
    .sort((a, b) => a.facts - b.facts || a.id.localeCompare(b.id))
    .map((r) => [
      sanitize(r.id),
      String(r.facts),
      String(r.sources),
      listOr(short(r.unknownRequirements), "-"),
      listOr(short(r.borrowedRequirements), "-"),
      listOr(r.noPay, "-"),
      listOr(r.noShifts, "-"),
      String(r.datedPay),
      percent(r.blogShare),
    ]);
  const header = ["role", "facts", "sources", "not known", "read as usual", "no pay", "no shifts", "dated pay", "blog"];
  const without = Object.entries(stats.rolesWithoutPay)
    .map(([c, n]) => `${c} ${n}`)
    .join(", ");
  const totals = [
    `${sanitize(path)}: ${stats.roles} roles, ${stats.sources} sources, ${stats.facts} facts (${percent(stats.blogShare)} from blogs only)`,
    `roles with a requirement not known: ${stats.rolesWithUnknownRequirements}; without pay: ${without}; dated pay figures: ${stats.datedPay}`,
  ];
  const legend = chalk.dim(
    "not known: requirements no source gives (edu, lang, exp); read as usual: taken from scoring.usualRequirements or the ladder; no pay / no shifts: hub countries (IN, PH, PL) without a figure; dated: over 5 years old",
  );
  return [
    chalk.bold(totals[0] as string),
    totals[1],
    "",
    table(header, rows, chalk.bold, { width, columns: [{ minWidth: 12 }] }),
    "",
    legend,
  ].join("\n");
}
