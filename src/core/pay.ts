import { compareIds } from "./compare.js";
import type { KnowledgeBase, MinimumWage, PayFigure, Role } from "./kb-schema.js";
import { sourceOf } from "./sources.js";

// Pay (issue #15): every figure is for one country and year, with its source. What is shown is
// the person's country's; a figure older than DATED_AFTER years is shown with its year and marked
// as dated; one whose sources are all blogs is marked as such. No figure at all beats a
// misleading one: kb validate refuses one below the minimum wage the KB holds for it.

/** A figure more than this many years older than the current year is dated. */
export const DATED_AFTER = 5;

/** A role's pay figures for a country, newest first (all, by country then newest, when none is given). */
export function payFor(role: Role, country: string | undefined): PayFigure[] {
  const figures = country === undefined ? [...role.pay] : role.pay.filter((p) => p.country === country);
  return figures.sort((a, b) => (country === undefined ? compareIds(a.country, b.country) : 0) || b.year - a.year);
}

/** Whether the figure is more than DATED_AFTER years old in `year` (the current year). */
export const isDated = (figure: PayFigure, year: number): boolean => year - figure.year > DATED_AFTER;

/** Whether every source of the figure is a blog. */
export function fromBlogs(kb: KnowledgeBase, figure: PayFigure): boolean {
  return figure.sources.every((id) => sourceOf(kb, id)?.kind === "blog");
}

/**
 * The minimum wage a pay figure is held to: of the KB's rates for its country, currency and
 * period, the national ones and those of the figure's region, the lowest in force at some time
 * in the figure's year (a rate raised mid-year holds the figure only to the rate before).
 * Undefined when the KB holds none. A figure that names no region is held to national rates
 * only: a region's rate (Delhi's, Metro Manila's) is not the country's.
 */
export function minimumWageFor(wages: readonly MinimumWage[], figure: PayFigure): MinimumWage | undefined {
  const start = `${figure.year}-01-01`;
  const end = `${figure.year}-12-31`;
  const chains = new Map<string, MinimumWage[]>();
  for (const w of wages) {
    if (w.country !== figure.country || w.currency !== figure.currency || w.period !== figure.period) continue;
    if (w.region !== undefined && w.region !== figure.region) continue;
    const key = w.region ?? "";
    chains.set(key, [...(chains.get(key) ?? []), w]);
  }
  let lowest: MinimumWage | undefined;
  for (const chain of chains.values()) {
    chain.sort((a, b) => compareIds(a.from, b.from)); // ISO dates
    // in force during the year: the last that took effect by its first day, and any later in it
    const inForce = chain.filter((w, i) => {
      const next = chain[i + 1];
      return w.from <= end && (next === undefined || next.from > start);
    });
    for (const w of inForce) if (!lowest || w.amount < lowest.amount) lowest = w;
  }
  return lowest;
}
