import type { ChalkInstance } from "chalk";
import { compareIds } from "../core/compare.js";
import type { KbStats } from "../core/kb-stats.js";
import { table, wrap } from "./layout.js";
import { sanitize } from "./sanitize.js";

/** role, facts, sources, not known, read as usual, no pay, no shifts, dated, blog */
const COLUMNS = [{}, {}, { dropOrder: 3 }, {}, { dropOrder: 1 }, {}, { dropOrder: 2 }, {}, {}];
const percent = (share: number) => `${Math.round(share * 100)}%`;
const listOr = (items: readonly string[], none: string) => (items.length ? items.join(",") : none);
const REQUIREMENT_SHORT: Record<string, string> = { education: "edu", languages: "lang", experience: "exp" };
const short = (items: readonly string[]) => items.map((i) => REQUIREMENT_SHORT[i] ?? i);

/** `kb stats`: a line of totals, then a row per role, the thinnest first. */
export function renderKbStats(
  path: string,
  stats: KbStats,
  { chalk, width, ellipsis }: { chalk: ChalkInstance; width: number | undefined; ellipsis: string },
): string {
  const rows = [...stats.perRole]
    .sort((a, b) => a.facts - b.facts || compareIds(a.id, b.id))
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
  const header = ["role", "facts", "sources", "not known", "read as usual", "no pay", "no shifts", "dated", "blog"];
  const without = Object.entries(stats.rolesWithoutPay)
    .map(([c, n]) => `${c} ${n}`)
    .join(", ");
  const totals = [
    `${sanitize(path)}: ${stats.roles} roles, ${stats.sources} sources, ${stats.facts} facts (${percent(stats.blogShare)} from blogs only)`,
    `roles with a requirement not known: ${stats.rolesWithUnknownRequirements}; without pay: ${without}; dated pay figures: ${stats.datedPay}`,
  ];
  const legend = wrap(
    "not known: requirements no source gives (edu, lang, exp); read as usual: taken from scoring.usualRequirements or the ladder; no pay / no shifts: hub countries (IN, PH, PL) without a figure; dated: pay figures over 5 years old",
    width,
    0,
    0,
  );
  return [
    chalk.bold(totals[0] as string),
    wrap(totals[1] as string, width, 0, 0),
    "",
    // a narrow terminal loses the columns read least first; a role's id is never cut
    table(header, rows, chalk.bold, { width, columns: COLUMNS, ellipsis }),
    "",
    chalk.dim(legend),
  ].join("\n");
}
