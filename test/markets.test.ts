import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

// What a fresher in each hub country is told (issue #15): `match` and `role` with that
// country's pay (its currency, period, year, and whether it is dated or from a blog) and night
// shifts, never another country's. Run as a user runs the command (its lines wrapped to 80
// columns when not a terminal, joined again before they are read).
const WIDE = { env: { COLUMNS: "200" } };
/** Lines wrapped to the width, joined again. */
const joined = (text: string) => text.replace(/\n +/g, " ");
const THIS_YEAR = new Date().getFullYear();

/** The block of one role in `match`'s text: from its numbered line to the next blank line. */
function blockOf(stdout: string, title: string): string {
  const start = stdout.search(new RegExp(`\\n *\\d+\\. ${title}`));
  expect(start, `${title} is shown`).toBeGreaterThanOrEqual(0);
  const end = stdout.indexOf("\n\n", start + 1);
  return joined(stdout.slice(start, end < 0 ? undefined : end));
}

/** A section of `role`'s text, from its heading to the next blank line. */
function sectionOf(stdout: string, heading: string): string {
  const start = stdout.indexOf(`\n${heading}\n`);
  expect(start, `${heading} is shown`).toBeGreaterThanOrEqual(0);
  const end = stdout.indexOf("\n\n", start + 1);
  return joined(stdout.slice(start, end < 0 ? undefined : end));
}

describe("a fresher in India", () => {
  const fresher = ["--country", "IN", "--lang", "en:B2", "--education", "higher-secondary"];

  it("sees a voice role's pay in rupees, with its year, marked as dated, and its nights in India", () => {
    const { code, stdout } = runCli(["match", ...fresher, "--all"], WIDE);
    expect(code).toBe(0);
    const csr = blockOf(stdout, "Customer Service Representative");
    expect(csr).toContain(
      "Pay in India: INR 12,000–15,000 a month, gross or net not stated, in 2011 (dated: over 5 years old); entry level",
    );
    expect(csr).toContain("Night shifts in India: possible");
    expect(stdout).not.toMatch(/Pay in India: (PHP|PLN|USD)/);
  });

  it("sees the same in the role's details, with the figure's source numbered", () => {
    const { stdout } = runCli(["role", "customer service representative", "--country", "IN"], WIDE);
    const pay = sectionOf(stdout, "Pay in India");
    expect(pay).toMatch(
      /INR 12,000–15,000 a month, gross or net not stated, in 2011 \(dated: over 5 years old\).* \[\d+\]$/,
    );
    expect(pay).not.toMatch(/PHP|PLN|USD/);
    expect(stdout).toMatch(/\n {2}Night shifts in India: possible \(International voice/);
    const n = (pay.match(/\[(\d+)\]$/) as RegExpMatchArray)[1];
    expect(sectionOf(stdout, "Sources")).toMatch(
      new RegExp(`\\[${n}\\] Call waiting.*Hindustan Times, 2011-09-22 \\(news\\)`),
    );
  });
});

describe("a fresher in the Philippines", () => {
  const fresher = ["--country", "PH", "--lang", "en:B2", "--education", "higher-secondary"];

  it("sees a voice role's pay in pesos, marked as from a blog, and that nights are usual there", () => {
    const { stdout } = runCli(["match", ...fresher, "--all"], WIDE);
    const csr = blockOf(stdout, "Customer Service Representative");
    expect(csr).toMatch(/Pay in the Philippines: PHP 20,611 a month \(one figure, not a range\), .*; from a blog/);
    expect(csr).toContain("Night shifts in the Philippines: usual");
  });

  it("sees the same in the role's details, and no other country's pay", () => {
    const { stdout } = runCli(["role", "csr", "--country", "PH"], WIDE);
    const pay = sectionOf(stdout, "Pay in the Philippines");
    expect(pay).toContain("PHP 20,611 a month");
    expect(pay).not.toContain("INR");
    expect(stdout).toMatch(/\n {2}Night shifts in the Philippines: usual \(Manila is 12 hours ahead/);
  });

  it("who will not work nights is not offered a role where nights are usual there", () => {
    const { stdout } = runCli(["match", ...fresher, "--no-night-shifts", "--top", "37"], WIDE);
    expect(stdout).not.toMatch(/\n *\d+\. Customer Service Representative/);
  });
});

describe("a fresher in Poland", () => {
  const fresher = ["--country", "PL", "--lang", "en:B2", "--lang", "de:B2", "--education", "higher-secondary"];

  it("sees a German-speaking desk's pay in złoty, gross, with its year, and nights not known", () => {
    const { stdout } = runCli(["match", ...fresher, "--all"], WIDE);
    const desk = blockOf(stdout, "Language-Specialist Customer Service");
    expect(desk).toMatch(/Pay in Poland: PLN 7,000–14,000 a month, gross, in 2023/);
    expect(THIS_YEAR - 2023 > 5 ? desk.includes("dated") : !desk.includes("dated")).toBe(true);
    expect(desk).toContain("Night shifts in Poland: not known");
  });

  it("sees in the role's details Poland's pay only, and where no figure exists, says so", () => {
    const desk = runCli(["role", "language-specialist-csr", "--country", "PL"], WIDE).stdout;
    expect(sectionOf(desk, "Pay in Poland")).toContain("PLN 7,000–14,000 a month, gross, in 2023");
    const csr = runCli(["role", "csr", "--country", "PL"], WIDE).stdout;
    expect(sectionOf(csr, "Pay in Poland")).toMatch(
      /not known in Poland \(figures for IN, PH: `bpo-advisor role customer-service-representative`\)/,
    );
  });
});

describe("without a country", () => {
  it("match shows no pay, as it cannot say whose", () => {
    const { stdout } = runCli(["match", "--lang", "en:B2", "--education", "higher-secondary"], WIDE);
    expect(stdout).not.toContain("Pay in");
  });

  it("role shows every country's figures, each named", () => {
    const { stdout } = runCli(["role", "csr"], WIDE);
    const pay = sectionOf(stdout, "Pay");
    expect(pay).toContain("India: INR 12,000–15,000 a month");
    expect(pay).toContain("Philippines: PHP 20,611 a month");
  });
});
