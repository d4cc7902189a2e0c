import { inCountry } from "../core/countries.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { FactorName, RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import { type RoleTerms, termsOf } from "../core/role-terms.js";
import { educationAsked, experienceAsked, languagesAsked, typingAsked } from "./asks-text.js";
import { UNICODE } from "./glyphs.js";
import { modeLabel, NOT_KNOWN } from "./labels.js";
import { sideBySide, wrap } from "./layout.js";
import { fitStatus, fitTone } from "./match-text.js";
import { missing, type Paragraph } from "./missing-text.js";
import { payFigureText } from "./pay-text.js";
import { citedSources, type TextStyle } from "./role-text.js";
import { sanitize } from "./sanitize.js";

// `compare` (issue #17): two to four roles, fact by fact. In columns when each role gets
// MIN_COLUMN columns of the terminal, else one role after another; to a pipe with no width,
// one after another, unwrapped (as the other commands print there). Requirements are read as the
// scorer reads them; with a profile each is marked as the scorer judged it, and "not known" is
// never marked as met.

export interface CompareTextOptions extends TextStyle {
  /** The person's country: its pay and night shifts are shown (every country's otherwise). */
  country: string | undefined;
  /** The current year, by which a pay figure is dated. */
  year: number;
  /** With a profile: each role's result, scored as `match` scores it, in the roles' order. */
  fits?: readonly RoleMatch[] | undefined;
}

interface Row {
  label: string;
  cells: Paragraph[][];
}

/** The widest label ("Night shifts", "Experience") and a space. */
const LABEL_WIDTH = 13;
const MIN_COLUMN = 24;
const GAP = 2;

export function renderComparison(kb: KnowledgeBase, roles: readonly Role[], options: CompareTextOptions): string {
  const { chalk, width, country } = options;
  const sources = citedSources(kb, options);
  const groups = comparisonRows(kb, roles, options, sources.cite);
  const column = width === undefined ? 0 : Math.floor((width - LABEL_WIDTH - GAP * roles.length) / roles.length);
  const body = column >= MIN_COLUMN ? inColumns(roles, groups, column, options) : stacked(roles, groups, options);
  const head = wrap(
    chalk.bold(
      `Comparing ${roles.length} roles ${country ? inCountry(country) : "(pay and night shifts for every country: --country picks one)"}`,
    ),
    width,
    0,
  );
  const hints = ["More on a role: bpo-advisor role <id>", "Its career ladder: bpo-advisor path <id>"];
  const oneLine = hints.join("   ");
  const hint = chalk.dim(width !== undefined && oneLine.length > width ? hints.join("\n") : oneLine);
  return [head, body, sources.text("Sources of the pay figures"), hint].filter((b) => b !== undefined).join("\n\n");
}

/** The rows, in groups (a blank line between groups): the work, requirements, pay, KPIs, career path, fit. */
function comparisonRows(
  kb: KnowledgeBase,
  roles: readonly Role[],
  { chalk, glyphs = UNICODE, country, year, fits }: CompareTextOptions,
  cite: (ids: readonly string[]) => string,
): Row[][] {
  const one = (text: string): Paragraph[] => [{ text: sanitize(text), indent: 0 }];
  const row = (label: string, cell: (role: Role, i: number) => Paragraph[]): Row => ({
    label,
    cells: roles.map(cell),
  });
  const titleOf = (id: string) => kb.roles.find((r) => r.id === id)?.title ?? id;
  const terms = roles.map((r) => termsOf(kb, r, country));
  // with a profile, a requirement is marked as the scorer judged it: met, unmet or not known
  const marked = (factor: FactorName, i: number, text: string): Paragraph[] => {
    const verdict = fits?.[i]?.breakdown.find((f) => f.factor === factor)?.verdict;
    const mark =
      verdict === "met"
        ? `${chalk.green(glyphs.tick)} `
        : verdict === "not-known"
          ? `${chalk.yellow("?")} `
          : verdict === undefined
            ? ""
            : `${chalk.yellow(glyphs.cross)} `;
    return [{ text: mark + sanitize(text), indent: 0, hang: mark ? 2 : 0 }];
  };
  const groups: Row[][] = [
    [
      row("The work", (r) => one(r.summary)),
      row("Process", (r) =>
        one(modeLabel(r) + (r.process.channels?.length ? `; ${r.process.channels.join(", ")}` : "")),
      ),
      row("Night shifts", (r) => one(nightText(r, country))),
    ],
    [
      row("Education", (_r, i) => marked("education", i, educationAsked(kb, terms[i] as RoleTerms))),
      row("Languages", (_r, i) => marked("language", i, languagesAsked(terms[i] as RoleTerms))),
      row("Experience", (_r, i) => marked("experience", i, experienceAsked(terms[i] as RoleTerms))),
      row("Typing", (_r, i) => marked("typing", i, typingAsked(terms[i] as RoleTerms))),
    ],
    [
      row("Pay", (r) => {
        const figures = payFor(r, country);
        if (figures.length === 0) return one(NOT_KNOWN);
        // several figures are bulleted, so that each stands apart
        const bullet = figures.length > 1 ? `${glyphs.bullet} ` : "";
        return figures.map((p) => ({
          text: `${bullet}${sanitize(payFigureText(kb, p, year, country === undefined, { withNote: false, range: glyphs.range }))} ${cite(p.sources)}`,
          indent: 0,
          hang: bullet ? 2 : 0,
        }));
      }),
      row("KPIs", (r) => one(r.kpis.map((k) => k.name).join(", ") || NOT_KNOWN)),
    ],
    [
      row("Comes from", (r) => one(r.careerPath.previous.map(titleOf).join(", ") || NOT_KNOWN)),
      row("Leads to", (r) => one(r.careerPath.next.map(titleOf).join(", ") || NOT_KNOWN)),
    ],
  ];
  if (fits) {
    groups.push([
      row("Your fit", (_r, i) => {
        const m = fits[i] as RoleMatch;
        return [{ text: `${fitTone(chalk, m)(fitStatus(m))} (${m.score})`, indent: 0 }];
      }),
      row("Missing", (_r, i) => missing(fits[i] as RoleMatch, { chalk, glyphs })),
    ]);
  }
  return groups;
}

/** The night shifts in the person's country (its own fact, else the role's), or everywhere and per country. */
function nightText(role: Role, country: string | undefined): string {
  if (country) return (role.countries?.[country]?.shifts ?? role.shifts)?.night ?? NOT_KNOWN;
  const local = Object.entries(role.countries ?? {}).flatMap(([code, l]) =>
    l.shifts ? [`${inCountry(code)}: ${l.shifts.night}`] : [],
  );
  return [role.shifts?.night ?? NOT_KNOWN, ...local].join("; ");
}

/** Each group's rows with a label column, the roles' cells side by side, below their titles. */
function inColumns(roles: readonly Role[], groups: Row[][], column: number, { chalk }: CompareTextOptions): string {
  const widths = [LABEL_WIDTH, ...roles.map(() => column)];
  const cellLines = (cell: Paragraph[]) =>
    cell.flatMap((p) => wrap(p.text, column, p.indent + (p.hang ?? 0), p.indent).split("\n"));
  const line = (label: string, cells: Paragraph[][]) =>
    sideBySide([[label ? chalk.bold(label) : ""], ...cells.map(cellLines)], widths, GAP);
  const titles = roles.map((r) => [
    { text: chalk.bold.cyan(sanitize(r.title)), indent: 0 },
    { text: chalk.dim(sanitize(r.id)), indent: 0 },
  ]);
  return [line("", titles), ...groups.map((rows) => rows.map((r) => line(r.label, r.cells)).join("\n"))].join("\n\n");
}

/** One role after another, each fact on its line (a cell of several paragraphs below its label). */
function stacked(roles: readonly Role[], groups: Row[][], { chalk, width }: CompareTextOptions): string {
  return roles
    .map((role, i) => {
      const head = wrap(`${chalk.bold.cyan(sanitize(role.title))} ${chalk.dim(`(${sanitize(role.id)})`)}`, width, 2, 0);
      const facts = groups.flat().map((r) => {
        const cell = r.cells[i] ?? [];
        const name = chalk.bold(`${r.label}:`);
        const [first] = cell;
        if (cell.length === 1 && first && first.indent === 0) {
          return wrap(`${name} ${first.text}`, width, 4, 2);
        }
        return [`  ${name}`, ...cell.map((p) => wrap(p.text, width, 4 + p.indent + (p.hang ?? 0), 4 + p.indent))].join(
          "\n",
        );
      });
      return [head, ...facts].join("\n");
    })
    .join("\n\n");
}
