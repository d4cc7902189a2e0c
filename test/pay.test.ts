import { describe, expect, it } from "vitest";
import type { MinimumWage, PayFigure, Role } from "../src/core/kb-schema.js";
import { compileMoney, formatMoney, moneyKey } from "../src/core/money.js";
import { isDated, minimumWageFor, payFor } from "../src/core/pay.js";
import { moneyText } from "../src/render/pay-text.js";
import { shippedKb } from "./helpers/kb.js";

const wage = (country: string, amount: number, from: string, region?: string): MinimumWage => ({
  country,
  currency: country === "PL" ? "PLN" : "PHP",
  amount,
  period: country === "PL" ? "month" : "day",
  basis: "gross",
  from,
  sources: ["s"],
  ...(region ? { region } : {}),
});
const WAGES = [
  wage("PL", 3600, "2023-07-01"),
  wage("PL", 4242, "2024-01-01"),
  wage("PL", 4300, "2024-07-01"),
  wage("PL", 4666, "2025-01-01"),
  wage("PH", 645, "2024-07-17", "National Capital Region"),
  wage("PH", 695, "2025-07-18", "National Capital Region"),
  wage("PH", 500, "2024-05-01", "Another Region"),
];
const figure = (over: Partial<PayFigure>): PayFigure => ({
  country: "PL",
  currency: "PLN",
  period: "month",
  basis: "gross",
  year: 2025,
  amount: 5000,
  sources: ["s"],
  ...over,
});

describe("the minimum wage a pay figure is held to", () => {
  it.each<[string, Partial<PayFigure>, number | undefined]>([
    ["the rate in force all year", { year: 2025 }, 4666],
    ["the lower of two rates in a year (raised in July)", { year: 2024 }, 4242],
    ["a year that began under an older rate", { year: 2023 }, 3600],
    ["none before the KB's first rate", { year: 2022 }, undefined],
    ["none for another period (a day's rate is not a month's)", { period: "year" }, undefined],
    ["none for another currency", { currency: "EUR" }, undefined],
    [
      "the region's rate, when the figure names one",
      { country: "PH", currency: "PHP", period: "day", year: 2025, region: "National Capital Region" },
      645,
    ],
    [
      "none of a region's, when the figure names no region",
      { country: "PH", currency: "PHP", period: "day", year: 2025 },
      undefined,
    ],
    ["none in a country the KB has no rate for", { country: "IN", currency: "INR" }, undefined],
  ])("%s", (_name, over, expected) => {
    expect(minimumWageFor(WAGES, figure(over))?.amount).toBe(expected);
  });
});

describe("pay as a person sees it", () => {
  it("marks a figure more than five years old as dated", () => {
    expect(isDated(figure({ year: 2011 }), 2026)).toBe(true);
    expect(isDated(figure({ year: 2021 }), 2026)).toBe(false);
    expect(isDated(figure({ year: 2020 }), 2026)).toBe(true);
  });

  it("shows the person's country's figures only, newest first", () => {
    const role = {
      pay: [figure({ year: 2011, country: "IN" }), figure({ year: 2024 }), figure({ year: 2025 })],
    } as unknown as Role;
    expect(payFor(role, "PL").map((p) => p.year)).toEqual([2025, 2024]);
    expect(payFor(role, "PH")).toEqual([]);
    expect(payFor(role, undefined).map((p) => `${p.country} ${p.year}`)).toEqual(["IN 2011", "PL 2025", "PL 2024"]);
  });

  it("writes money as the country groups it, with the currency's code", () => {
    expect(moneyText({ country: "IN", currency: "INR", amount: 250000 })).toBe("INR 2,50,000");
    expect(moneyText({ country: "PH", currency: "PHP", min: 14000, max: 18000 })).toBe("PHP 14,000–18,000");
    expect(moneyText({ country: "PL", currency: "PLN", min: 4666, max: 9000 })).toMatch(/^PLN 4,666.9,000$/);
  });

  it("writes an amount compiled with the KB as ICU would, the range in the glyph asked for", () => {
    const money = compileMoney(shippedKb);
    const figures = shippedKb.roles.flatMap((r) => r.pay);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(money[moneyKey(figure)]).toBe(formatMoney(figure));
      expect(moneyText(figure, "-", money)).toBe(moneyText(figure, "-"));
    }
    // what was compiled is what is written: ICU is not asked again
    const figure = { country: "IN", currency: "INR", min: 1, max: 2 };
    expect(moneyText(figure, " to ", { [moneyKey(figure)]: "INR one–two" })).toBe("INR one to two");
  });
});
