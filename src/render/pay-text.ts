import { countryName } from "../core/countries.js";
import type { KnowledgeBase, PayFigure } from "../core/kb-schema.js";
import { DATED_AFTER, fromBlogs, isDated } from "../core/pay.js";

// A pay figure in words: its amount in its currency (ICU's formatting, the currency by its ISO
// code so that it reads the same in any terminal), period, gross or net, the year it is for
// (marked when dated), the level it is for, and whether only blogs give it.

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

const formats = new Map<string, Intl.NumberFormat>();

/**
 * "INR 12,000–15,000": the amount or range, grouped as the country writes numbers (India:
 * 1,20,000), with plain spaces (ICU puts a no-break space after the code) and `range` between.
 */
export function moneyText(
  figure: Pick<PayFigure, "country" | "currency" | "min" | "max" | "amount">,
  range = "–",
): string {
  const key = `${figure.country}|${figure.currency}`;
  let format = formats.get(key);
  if (!format) {
    // India groups by lakhs and crores (en-IN); elsewhere thousands, the currency's code first
    const locale = figure.country === "IN" ? "en-IN" : "en";
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: figure.currency,
      currencyDisplay: "code",
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    });
    formats.set(key, format);
  }
  const text =
    figure.amount !== undefined
      ? format.format(figure.amount)
      : format.formatRange(figure.min as number, figure.max as number);
  return text.replace(/\u00a0/g, " ").replace(/\s*\u2013\s*/g, range);
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
    `${withCountry ? `${countryName(figure.country)}: ` : ""}${moneyText(figure, range)} ${PERIODS[figure.period]}`,
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
