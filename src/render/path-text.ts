import type { Rung } from "../core/career-ladder.js";
import { inCountry } from "../core/countries.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { LadderFit } from "../core/ladder-standing.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import { termsOf } from "../core/role-terms.js";
import { educationAsked, languagesAsked, leadershipAsked, yearsAsked } from "./asks-text.js";
import { UNICODE } from "./glyphs.js";
import { NOT_KNOWN } from "./labels.js";
import { wrap } from "./layout.js";
import { fitStatus, fitTone } from "./match-text.js";
import { missing } from "./missing-text.js";
import { payFigureText } from "./pay-text.js";
import { citedSources, type TextStyle } from "./role-text.js";
import { sanitize } from "./sanitize.js";

// `path` (issue #17): the career ladder through a role, rung by rung, each step with what it asks
// (as the scorer reads it) and its pay; with a profile, each step's fit, where the person stands
// and what is missing for the next step.

export interface PathTextOptions extends TextStyle {
  /** The person's country: its pay is shown (every country's otherwise). */
  country: string | undefined;
  year: number;
  /** With a profile: each step's result and the person's standing, scored as `match` scores. */
  fit?: LadderFit | undefined;
}

/** "2 steps before", "this role", "1 step after". */
export const rungName = (offset: number): string =>
  offset === 0
    ? "this role"
    : `${Math.abs(offset)} step${Math.abs(offset) === 1 ? "" : "s"} ${offset < 0 ? "before" : "after"}`;

export function renderPath(kb: KnowledgeBase, role: Role, ladder: readonly Rung[], options: PathTextOptions): string {
  const { chalk, width, glyphs = UNICODE, country, year, fit } = options;
  const { cite, text: sourcesText } = citedSources(kb, options);
  const fits = new Map<Role, RoleMatch>();
  for (const r of fit?.rungs ?? []) for (const s of r.steps) fits.set(s.role, s.fit);
  const field = (name: string, value: string) => wrap(`${chalk.bold(`${name}:`)} ${value}`, width, 6, 4);
  const step = (r: Role) => {
    const terms = termsOf(kb, r, country);
    const figures = payFor(r, country);
    const pay = figures.length
      ? figures.map(
          (p) =>
            `${sanitize(payFigureText(kb, p, year, country === undefined, { withNote: false, range: glyphs.range }))} ${cite(p.sources)}`,
        )
      : [NOT_KNOWN];
    const m = fits.get(r);
    return [
      wrap(`${chalk.bold(sanitize(r.title))} ${chalk.dim(`(${sanitize(r.id)})`)}`, width, 4, 2),
      field("Education", educationAsked(kb, terms)),
      field("Years", yearsAsked(terms)),
      field("Leading a team", leadershipAsked(terms)),
      field("Languages", languagesAsked(terms)),
      ...pay.map((p) => field("Pay", p)),
      ...(m ? [field("Your fit", `${fitTone(chalk, m)(fitStatus(m))} (${m.score})`)] : []),
    ].join("\n");
  };
  const head = wrap(
    chalk.bold(
      `The career ladder through ${sanitize(role.title)} ${country ? inCountry(country) : "(pay for every country: --country picks one)"}`,
    ),
    width,
    0,
  );
  const rungs =
    ladder.length === 1
      ? [
          `${step(role)}\n\n${wrap("No role comes before or after it in the KB's career paths: its ladder is not known.", width, 0)}`,
        ]
      : ladder.map(
          (r) => `${chalk.bold.underline(capitalised(rungName(r.offset)))}\n${r.roles.map(step).join("\n\n")}`,
        );
  const standing = fit ? standingText(fit, options) : undefined;
  const sources = sourcesText("Sources of the pay figures");
  const hint = chalk.dim("More on a step: bpo-advisor role <id>");
  return [head, ...rungs, standing, sources, hint].filter((b) => b !== undefined).join("\n\n");
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the person stands: the steps they can take now, the next one, and what is missing for it. */
function standingText(fit: LadderFit, { chalk, width, glyphs }: PathTextOptions): string {
  const eligible = fit.eligible.length
    ? fit.eligible.map((r) => sanitize(r.title)).join(", ")
    : "none of these steps yet";
  const lines = [
    chalk.bold.underline("Where you stand"),
    wrap(`${chalk.bold("Eligible now:")} ${eligible}`, width, 4, 2),
  ];
  const next = fit.next;
  if (!next)
    lines.push(wrap(`${chalk.bold("Next step:")} none: you are eligible for the top of this ladder`, width, 4, 2));
  else {
    const m = next.fit;
    lines.push(
      wrap(
        `${chalk.bold("Next step:")} ${sanitize(m.role.title)} (${sanitize(m.role.id)}), ${rungName(next.offset)}: ${fitTone(chalk, m)(fitStatus(m))}`,
        width,
        4,
        2,
      ),
    );
    for (const p of missing(m, { chalk, glyphs })) {
      lines.push(wrap(p.text, width, 4 + p.indent + (p.hang ?? 0), 4 + p.indent));
    }
  }
  return lines.join("\n");
}
