import { countryName } from "../core/countries.js";
import type { KnowledgeBase, PayFigure } from "../core/kb-schema.js";
import { type CompiledMoney, formatMoney, moneyKey } from "../core/money.js";
import { DATED_AFTER, fromBlogs, isDated } from "../core/pay.js";

// A pay figure in words: its amount in its currency (ICU's formatting: src/core/money.ts),
// period, gross or net, the year it is for (marked when dated), the level it is for, and whether
// only blogs give it.

const PERIODS: Record<PayFigure["period"], string> = {
  hour: "an hour",
  day: "a day",
  month: "a month",
  year: "a year",
};
const BASES: Record<PayFigure["basis"], string> = {
  gross: "gross",
  net: "net",
  "not-stated": "gross or net not stated",
};

/** "INR 12,000–15,000", with `range` between: compiled with the KB when it was (src/core/money.ts). */
export function moneyText(
  figure: Pick<PayFigure, "country" | "currency" | "min" | "max" | "amount">,
  range = "–",
  compiled?: CompiledMoney,
): string {
  const text = compiled?.[moneyKey(figure)] ?? formatMoney(figure);
  return range === "–" ? text : text.replace(/\u2013/g, range);
}

/** "INR 12,000–15,000 a month, gross or net not stated, in 2011 (dated: over 5 years old); entry level" */
export function payFigureText(
  kb: KnowledgeBase,
  figure: PayFigure,
  year: number,
  withCountry: boolean,
  { withNote = true, range = "–" }: { withNote?: boolean; range?: string } = {},
): string {
  const parts = [
    `${withCountry ? `${countryName(figure.country)}: ` : ""}${moneyText(figure, range, kb.money)} ${PERIODS[figure.period]}`,
    BASES[figure.basis],
    `in ${figure.year}${isDated(figure, year) ? ` (dated: over ${DATED_AFTER} years old)` : ""}`,
  ];
  if (figure.amount !== undefined) parts[0] += " (one figure, not a range)";
  const details = [
    figure.region,
    figure.level ? `${figure.level} level` : undefined,
    fromBlogs(kb, figure) ? "from a blog" : undefined,
    withNote ? figure.note : undefined,
  ].filter(Boolean);
  return `${parts.join(", ")}${details.length ? `; ${details.join("; ")}` : ""}`;
}
