import type { ChalkInstance } from "chalk";
import type { RoleMatch } from "../core/match-types.js";
import { type Glyphs, UNICODE } from "./glyphs.js";
import { cut, padEnd, wrap } from "./layout.js";
import { sanitize } from "./sanitize.js";

export interface MatchTextOptions {
  chalk: ChalkInstance;
  /** The width to wrap to; undefined: no wrapping. */
  width: number | undefined;
  /** Every factor's points, not just the top reasons and gaps. */
  explain?: boolean;
  /** How many roles were scored in all (for "5 of 20"). */
  total: number;
  /** Ticks, crosses and bars, or their ASCII stand-ins (src/render/glyphs.ts). */
  glyphs?: Glyphs;
}

const BAR = 10;
const TOP_REASONS = 3;

/** The ranked result of `match` and `quiz`: score bars, eligibility, top reasons and gaps. */
export function renderMatches(matches: readonly RoleMatch[], options: MatchTextOptions): string {
  const { chalk, total } = options;
  if (matches.length === 0) return "No roles to rank.";
  // at a narrow width titles are cut, so that each line keeps its bar, score and status (~36
  // columns, "not yet: 2 gaps" the longest status) within it
  const fitting = options.width === undefined ? 40 : Math.max(12, options.width - 36);
  const titleWidth = Math.min(40, fitting, Math.max(...matches.map((m) => m.role.title.length)) + 2);
  const eligibleCount = matches.filter((m) => m.eligible).length;
  const head = chalk.bold(
    `Your best matches: ${matches.length} of ${total} roles` +
      (eligibleCount === matches.length ? "" : ` (${eligibleCount} you qualify for now)`),
  );
  const blocks = matches.map((m, i) => renderMatch(m, { ...options, rank: i + 1, titleWidth }));
  const hints = [
    "More on a role: bpo-advisor role <id>",
    ...(options.explain ? [] : ["Every factor: --explain"]),
    ...(matches.length < total ? ["Every role: --all"] : []),
  ];
  const oneLine = hints.join("   ");
  const hint = chalk.dim(options.width !== undefined && oneLine.length > options.width ? hints.join("\n") : oneLine);
  return [head, ...blocks, hint].join("\n\n");
}

/** One role's result: its rank, bar, score and eligibility, then reasons and gaps (or every factor). */
export function renderMatch(
  m: RoleMatch,
  {
    chalk,
    width,
    explain,
    rank,
    titleWidth,
    glyphs = UNICODE,
  }: Omit<MatchTextOptions, "total"> & { rank: number; titleWidth: number },
): string {
  const filled = Math.round((m.score / 100) * BAR);
  const bar =
    (m.eligible ? chalk.green : chalk.yellow)(glyphs.barFull.repeat(filled)) +
    chalk.dim(glyphs.barEmpty.repeat(BAR - filled));
  const status = m.eligible
    ? chalk.green("eligible")
    : chalk.yellow(`not yet: ${m.gaps.length} gap${m.gaps.length === 1 ? "" : "s"}`);
  const shownTitle =
    titleWidth > 0 ? cut(sanitize(m.role.title), titleWidth - 1, glyphs.ellipsis) : sanitize(m.role.title);
  const title = `${String(rank).padStart(2)}. ${padEnd(chalk.bold(shownTitle), titleWidth)}`;
  const lines = [`${title} ${bar} ${String(m.score).padStart(3)}  ${status}`, `    ${chalk.dim(sanitize(m.role.id))}`];
  if (explain) {
    for (const f of m.breakdown) {
      const points = `${fmt(f.points)}/${fmt(f.max)}`.padEnd(9);
      lines.push(wrap(`${points} ${sanitize(f.reason)}`, width, 14, 4));
    }
    for (const g of m.gaps) lines.push(wrap(`${chalk.yellow(glyphs.cross)} ${sanitize(g.text)}`, width, 6, 4));
  } else {
    for (const r of m.reasons.slice(0, TOP_REASONS))
      lines.push(wrap(`${chalk.green(glyphs.tick)} ${sanitize(r)}`, width, 6, 4));
    for (const g of m.gaps) lines.push(wrap(`${chalk.yellow(glyphs.cross)} ${sanitize(g.text)}`, width, 6, 4));
  }
  return lines.join("\n");
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
