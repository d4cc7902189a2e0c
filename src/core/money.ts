import type { KnowledgeBase, PayFigure } from "./kb-schema.js";

// A pay figure's amount as ICU writes it ("INR 12,000–15,000", India's 1,20,000 grouping). The
// first Intl.NumberFormat a process makes loads ICU's number data, ~11 ms: a fifth of bare
// Node's start-up, for `role` of any role with pay. So the amounts of a KB are compiled once, by
// the build for the shipped KB (scripts/build-kb.ts) and into the cache of a custom one
// (src/kb/kb-cache.ts), and ICU formats at run time only an amount the KB was not compiled with.

/** A KB's amounts, as ICU wrote them (a range with "–"), by moneyKey. */
export type CompiledMoney = Readonly<Record<string, string>>;

type Amount = Pick<PayFigure, "country" | "currency" | "min" | "max" | "amount">;

/** What an amount's text depends on. */
export const moneyKey = (f: Amount): string =>
  `${f.country} ${f.currency} ${f.amount ?? ""} ${f.min ?? ""} ${f.max ?? ""}`;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * "INR 12,000–15,000": the amount or range, grouped as the country writes numbers (India:
 * 1,20,000), the currency by its ISO code so that it reads the same in any terminal, with
 * plain spaces (ICU puts a no-break space after the code).
 */
export function formatMoney(figure: Amount): string {
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
  return text.replace(/\u00a0/g, " ").replace(/\s*\u2013\s*/g, "–");
}

/** Every amount of a KB's roles' pay, formatted. */
export function compileMoney(kb: Pick<KnowledgeBase, "roles">): Record<string, string> {
  const money: Record<string, string> = {};
  for (const role of kb.roles) for (const figure of role.pay) money[moneyKey(figure)] ??= formatMoney(figure);
  return money;
}
