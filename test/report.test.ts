import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "./helpers/run-cli.js";

// `bpo-advisor report` (issue #17), looked at as a person would: the PDF's text as poppler
// extracts it and its first page as an image, the HTML as a browser parses it, and the Markdown's
// layout pinned by a golden file (UPDATE_GOLDEN=1 writes it anew, to review in the diff).

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const DAY = "2026-12-02";
const EPOCH = String(Date.UTC(2026, 11, 2) / 1000);
const env = { SOURCE_DATE_EPOCH: EPOCH };
const ASHA = fixture("profiles/report-asha.yaml");
const NAMES = fixture("profiles/report-names.yaml");
const GOLDEN = fixture("report/asha.md");

interface MatchJson {
  results: { id: string; title: string; band: string; gaps: { text: string }[]; pay: { year: number }[] }[];
}
const matchesOf = (profile: string): MatchJson =>
  JSON.parse(runCli(["match", "--profile", profile, "--json", "--top", "3"]).stdout) as MatchJson;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpo-report-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tool of poppler-utils (which .ci/run installs): a missing tool fails the test, never skips it. */
function poppler(tool: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error)
    throw new Error(`${tool} is needed (poppler-utils: apt-get install poppler-utils): ${result.error.message}`);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Writes the report of `profile` as PDF into the test folder, and gives its path. */
function pdfOf(profile: string, name: string): string {
  const file = join(dir, name);
  const result = runCli(["report", "--profile", profile, "-o", file], { env });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe(`Saved the report to ${file}\n`);
  return file;
}

/** pdftotext's text of a PDF, its lines' runs of spaces made one (its layout pads with them). */
const pdfText = (file: string) => poppler("pdftotext", [file, "-"]).stdout.replace(/[ \t]+/g, " ");

describe("bpo-advisor report --format pdf", () => {
  it("has every section, in order, with the person, the best roles, their fit, pay, path and sources", () => {
    const text = pdfText(pdfOf(ASHA, "asha.pdf"));
    const order = ["Career report: Asha Rao", "Who", "Top matches", "Career path from", "Sources", `Made on ${DAY}`];
    const at = order.map((heading) => text.indexOf(heading));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const value of ["India (IN)", "English B2, Hindi (native)", "Higher secondary (10+2)", "night shifts: yes"]) {
      expect(text).toContain(value);
    }
    const { results } = matchesOf(ASHA);
    expect(results).toHaveLength(3);
    for (const [i, r] of results.entries()) expect(text).toContain(`${i + 1}. ${r.title} (${r.id})`);
    // the pay of the role that has a figure for India, with its year, and its source numbered
    const paid = results.find((r) => r.pay.length > 0);
    expect(paid).toBeDefined();
    expect(text).toMatch(new RegExp(`INR [\\d,]+–[\\d,]+ a month[^\\n]*in ${paid?.pay[0]?.year}[\\s\\S]*\\[1\\]`));
    expect(text).toMatch(/Sources\n1\. /);
    expect(text).toMatch(
      /bpo-advisor \d+\.\d+\.\d+, with the shipped KB \(\d+ roles, \d+ sources; fingerprint [0-9a-f]{12}\)/,
    );
    // a school-leaver is never told a leadership role fits: the path names what is missing for it
    expect(text).toMatch(/Team Leader \(team-leader\): Not yet: gaps to close first\n– needs at least Bachelor/);
  });

  it("is one A4 page, dated as asked, and its first page is not blank", () => {
    const file = pdfOf(ASHA, "asha-page.pdf");
    const info = poppler("pdfinfo", [file]).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^CreationDate:\s+Wed Dec\s+2 00:00:00 2026 UTC$/m);
    // page 1 in grey at 20 dpi: a PGM file, whose dark pixels are the text
    const prefix = join(dir, "asha-page");
    expect(poppler("pdftoppm", ["-gray", "-r", "20", "-f", "1", "-l", "1", "-singlefile", file, prefix]).status).toBe(
      0,
    );
    const pgm = readFileSync(`${prefix}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString("latin1"));
    expect(header).not.toBeNull();
    const pixels = pgm.subarray((header as RegExpExecArray)[0].length);
    expect(pixels.length).toBe(Number(header?.[1]) * Number(header?.[2]));
    const dark = pixels.filter((v) => v < 128).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
  });

  it("sets Polish names in full, and Devanagari in its own font, without a crash", () => {
    const file = pdfOf(NAMES, "names.pdf");
    const text = pdfText(file);
    expect(text).toContain("Career report: Zażółć Gęślą Jaźń");
    expect(text).toContain("Polish (native), English C1, German B2");
    const fonts = poppler("pdffonts", [file]).stdout;
    expect(fonts).toMatch(/DejaVuSans\s/);
    expect(fonts).toMatch(/DejaVuSans-Bold/);
    expect(fonts).toMatch(/NotoSansDevanagari/);
  });

  it("goes into a pipe with -o -, not onto a terminal's screen", () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin/bpo-advisor.cjs"), "report", "--profile", ASHA, "--format", "pdf", "-o", "-"],
      {
        env: { ...process.env, ...env },
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("bpo-advisor report --format html", () => {
  const html = () => {
    const result = runCli(["report", "--profile", ASHA, "--format", "html", "-o", "-"], { env });
    expect(result.code).toBe(0);
    return result.stdout;
  };
  const elements = (node: Node): Element[] => {
    const found: Element[] = [];
    const walk = (n: Node) => {
      if ("tagName" in n) found.push(n);
      const children = "content" in n ? n.content.childNodes : "childNodes" in n ? n.childNodes : [];
      for (const c of children) walk(c as Node);
    };
    walk(node);
    return found;
  };
  const textOf = (n: Node): string =>
    "value" in n && n.nodeName === "#text"
      ? n.value
      : "childNodes" in n
        ? n.childNodes.map((c) => textOf(c as Node)).join("")
        : "";

  it("holds the same sections and values as the PDF", () => {
    const doc = parse(html());
    const all = elements(doc);
    const headings = all.filter((e) => /^h[1-3]$/.test(e.tagName)).map(textOf);
    expect(headings.slice(0, 3)).toEqual(["Career report: Asha Rao", "Who", "Top matches"]);
    expect(headings).toContain("Sources");
    const { results } = matchesOf(ASHA);
    for (const [i, r] of results.entries()) expect(headings).toContain(`${i + 1}. ${r.title} (${r.id})`);
    const who = all.filter((e) => e.tagName === "tr").map((tr) => textOf(tr));
    expect(who).toContain("LanguagesEnglish B2, Hindi (native)");
    expect(textOf(all.find((e) => e.tagName === "footer") as Element)).toContain(`Made on ${DAY}`);
  });

  it("is one file that loads nothing: no script, no external style, font or image, print CSS for A4", () => {
    const page = html();
    const all = elements(parse(page));
    const tags = new Set(all.map((e) => e.tagName));
    for (const tag of ["script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"]) {
      expect(tags.has(tag)).toBe(false);
    }
    for (const e of all) {
      for (const a of e.attrs) {
        expect(a.name).not.toMatch(/^on/); // no inline script either
        if (a.name === "src" || a.name === "srcset") throw new Error(`${e.tagName} loads ${a.value}`);
        if (a.name === "href") {
          expect(e.tagName).toBe("a"); // a link is followed only when clicked
          expect(a.value).toMatch(/^(#|https?:\/\/)/);
        }
      }
    }
    const css = all
      .filter((e) => e.tagName === "style")
      .map(textOf)
      .join("\n");
    expect(css).toContain("@page { size: A4;");
    expect(css).toContain("@media print");
    expect(css).not.toMatch(/url\(|@import/);
  });

  it("escapes a name that holds markup", () => {
    const result = runCli(["report", "--profile", "-", "--format", "html", "-o", "-"], {
      env,
      input: JSON.stringify({ name: '<img src="http://x.test/a.png"> & Co', country: "IN" }),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Career report: &lt;img src=&quot;http://x.test/a.png&quot;&gt; &amp; Co");
    expect(elements(parse(result.stdout)).some((e) => e.tagName === "img")).toBe(false);
  });
});

describe("bpo-advisor report --format md", () => {
  it("keeps the layout of its golden file", () => {
    const result = runCli(["report", "--profile", ASHA], { env });
    expect(result.code).toBe(0);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, result.stdout);
    expect(result.stdout).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("writes a file once, and over it only with --force", () => {
    const file = join(dir, "asha.md");
    expect(runCli(["report", "--profile", ASHA, "-o", file], { env }).code).toBe(0);
    const again = runCli(["report", "--profile", ASHA, "-o", file], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      `error: -o ${file}: ${file} already exists\nhint: add --force to overwrite it, or choose another file name\n`,
    );
    writeFileSync(file, "changed\n");
    expect(runCli(["report", "--profile", ASHA, "-o", file, "--force"], { env }).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(GOLDEN, "utf8"));
    expect(existsSync(file)).toBe(true);
  });
});
