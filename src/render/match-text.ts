import type { ChalkInstance } from "chalk";
import { inCountry } from "../core/countries.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import { type Glyphs, UNICODE } from "./glyphs.js";
import { cut, padEnd, wrap } from "./layout.js";
import { payFigureText } from "./pay-text.js";
import { sanitize } from "./sanitize.js";

export interface MatchTextOptions {
  chalk: ChalkInstance;
  /** The width to wrap to; undefined: no wrapping. */
  width: number | undefined;
  /** Every factor's points, not just the top reasons and gaps. */
  explain?: boolean;
  /** How many roles were scored in all (for "5 of 20"). */
  total: number;
  /** How many roles were left out as they conflict with what the person said, and on what. */
  conflictsLeftOut?: number;
  conflictsOn?: readonly string[];
  /** Ticks, crosses and bars, or their ASCII stand-ins (src/render/glyphs.ts). */
  glyphs?: Glyphs;
  /** The KB, the person's country and the current year: each result's pay and night shifts there. */
  market?: { kb: KnowledgeBase; country: string | undefined; year: number };
}

const BAR = 10;
const TOP_REASONS = 3;
/** The widest status ("not known, check advert") and what surrounds the title: rank, bar, score. */
const BESIDE_TITLE = 44;

/** The groups of a ranking, in order, and the heading each one after the first gets. */
const groupOf = (m: RoleMatch) => (m.band === "conflict" ? 3 : m.stepBack ? 2 : m.eligibility === "not-yet" ? 1 : 0);
const HEADINGS = [
  "",
  "Not yet: what is missing",
  "A step back from your level",
  "Against what you said you will not do",
];

/** The ranked result of `match` and `quiz`: score bars, eligibility, top reasons and gaps. */
export function renderMatches(matches: readonly RoleMatch[], options: MatchTextOptions): string {
  const { chalk, total } = options;
  if (matches.length === 0) return "No roles to rank.";
  // at a narrow width titles are cut, so that each line keeps its bar, score and status
  const fitting = options.width === undefined ? 40 : Math.max(12, options.width - BESIDE_TITLE);
  const titleWidth = Math.min(40, fitting, Math.max(...matches.map((m) => m.role.title.length)) + 2);
  const eligibleCount = matches.filter((m) => m.eligible).length;
  const head = chalk.bold(
    `Your best matches: ${matches.length} of ${total} roles` +
      (eligibleCount === matches.length ? "" : ` (${eligibleCount} you qualify for now)`),
  );
  const blocks: string[] = [];
  let group = 0;
  matches.forEach((m, i) => {
    const g = groupOf(m);
    if (g !== group && g > 0) blocks.push(chalk.bold(HEADINGS[g] as string));
    group = g;
    blocks.push(renderMatch(m, { ...options, rank: i + 1, titleWidth }));
  });
  const left = options.conflictsLeftOut ?? 0;
  const hints = [
    "More on a role: bpo-advisor role <id>",
    ...(options.explain ? [] : ["Every factor: --explain"]),
    ...(matches.length < total ? ["Every role: --all"] : []),
  ];
  const oneLine = hints.join("   ");
  const hint = chalk.dim(options.width !== undefined && oneLine.length > options.width ? hints.join("\n") : oneLine);
  const note =
    left > 0
      ? [
          wrap(
            `${left} role${left === 1 ? "" : "s"} left out, as ${left === 1 ? "it asks" : "they ask"} what you said you do not want: ${conflictWords(options.conflictsOn ?? [])}. --all shows ${left === 1 ? "it" : "them"}.`,
            options.width,
            0,
            0,
          ),
        ]
      : [];
  return [head, ...blocks, ...note, hint].join("\n\n");
}

const conflictWords = (on: readonly string[]) =>
  on.includes("workMode") && on.includes("nightShifts")
    ? "voice work or night shifts"
    : on.includes("nightShifts")
      ? "night shifts"
      : "voice work";

const STATUS = {
  strong: "eligible, strong fit",
  good: "eligible, good fit",
  possible: "not known, check advert",
  stretch: "stretch",
  "not-yet": "not yet",
  conflict: "conflict",
} as const;

/** A result's colour: green when eligible, red for a conflict, else yellow. */
export const fitTone = (chalk: ChalkInstance, m: RoleMatch) =>
  m.band === "conflict" ? chalk.red : m.eligible ? chalk.green : chalk.yellow;

/** A result's band in words: "eligible, strong fit", "stretch: 1 gap", ... */
export function fitStatus(m: RoleMatch): string {
  const gaps = m.gaps.length;
  return m.band === "stretch" || m.band === "not-yet"
    ? `${STATUS[m.band]}: ${gaps} gap${gaps === 1 ? "" : "s"}`
    : STATUS[m.band];
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
    market,
  }: Omit<MatchTextOptions, "total"> & { rank: number; titleWidth: number },
): string {
  const filled = Math.round((m.score / 100) * BAR);
  const tone = fitTone(chalk, m);
  const bar = tone(glyphs.barFull.repeat(filled)) + chalk.dim(glyphs.barEmpty.repeat(BAR - filled));
  const status = tone(fitStatus(m));
  const shownTitle =
    titleWidth > 0 ? cut(sanitize(m.role.title), titleWidth - 1, glyphs.ellipsis) : sanitize(m.role.title);
  const title = `${String(rank).padStart(2)}. ${padEnd(chalk.bold(shownTitle), titleWidth)}`;
  const lines = [`${title} ${bar} ${String(m.score).padStart(3)}  ${status}`, `    ${chalk.dim(sanitize(m.role.id))}`];
  const bullet = (mark: string, text: string) => lines.push(wrap(`${mark} ${sanitize(text)}`, width, 6, 4));
  if (explain) {
    for (const f of m.breakdown) {
      const points = `${fmt(f.points)}/${fmt(f.max)}`.padEnd(9);
      lines.push(wrap(`${points} ${sanitize(f.reason)}`, width, 14, 4));
    }
  } else {
    for (const r of m.reasons.slice(0, TOP_REASONS)) bullet(chalk.green(glyphs.tick), r);
    const unknown = unknownText(m);
    if (unknown) bullet(chalk.yellow("?"), unknown);
  }
  for (const f of m.breakdown) if (f.verdict === "conflict") bullet(chalk.red(glyphs.cross), f.reason);
  for (const g of m.gaps) {
    bullet(chalk.yellow(glyphs.cross), g.text);
    if (g.next) lines.push(wrap(`${glyphs.arrow} ${sanitize(g.next.text)}`, width, 8, 6));
  }
  if (market?.country) {
    const { kb, country, year } = market;
    const [newest, ...more] = payFor(m.role, country);
    const pay = newest
      ? `${payFigureText(kb, newest, year, false, { withNote: false, range: glyphs.range })}${more.length ? ` (${more.length} more: bpo-advisor role ${m.role.id})` : ""}`
      : "not known";
    lines.push(wrap(chalk.dim(`Pay ${inCountry(country)}: ${sanitize(pay)}`), width, 4, 4));
    const night = (m.role.countries?.[country]?.shifts ?? m.role.shifts)?.night;
    lines.push(wrap(chalk.dim(`Night shifts ${inCountry(country)}: ${night ?? "not known"}`), width, 4, 4));
  }
  return lines.join("\n");
}

/** "not known: the education and languages this role asks ...", or undefined when all are known. */
export function unknownText(m: RoleMatch): string | undefined {
  const unknown = m.breakdown.filter((f) => f.verdict === "not-known" && UNKNOWN_NAMES[f.factor]);
  if (unknown.length === 0) return undefined;
  const named = unknown.map((f) => UNKNOWN_NAMES[f.factor] as string);
  const names = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  return `not known: the ${names} this role asks (the sources give none); check the advert`;
}

const UNKNOWN_NAMES: Partial<Record<string, string>> = {
  education: "education",
  language: "languages",
  experience: "experience",
};

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
