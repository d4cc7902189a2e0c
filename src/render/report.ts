import type { KnowledgeBase } from "../core/kb-schema.js";
import type { Profile } from "../core/profile-schema.js";
import { rankTopRoles } from "../core/score.js";
import { FONTS_DIR } from "../paths.js";
import { VERSION } from "../version.js";
import { buildReport, type Report } from "./report-model.js";

// A person's report (issue #17) in one of three formats, for `report`, the quiz's "save a report"
// and `match --batch --report-dir`: the page as data (./report-model.ts), then laid out.

export const REPORT_FORMATS = ["md", "html", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report's format from a file name's extension, or undefined. */
export function formatOfFile(file: string): ReportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === "md" || ext === "markdown"
    ? "md"
    : ext === "html" || ext === "htm"
      ? "html"
      : ext === "pdf"
        ? "pdf"
        : undefined;
}

/** How many roles a report shows, unless asked: three fit on its one page. */
export const REPORT_TOP = 3;

export interface ReportContext {
  /** When the report is made: now, or SOURCE_DATE_EPOCH (reproducible output). */
  date: Date;
  /** Whether `date` came from SOURCE_DATE_EPOCH: then it is given as a UTC day. */
  fixedDate: boolean;
  /** "the shipped KB (37 roles, 222 sources; fingerprint 1a2b3c4d5e6f)" */
  kb: string;
}

/** The report's date: SOURCE_DATE_EPOCH's (seconds since 1970, as reproducible builds set it) or now. */
export function reportDate(env: Readonly<Record<string, string | undefined>>): { date: Date; fixedDate: boolean } {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch)) return { date: new Date(Number(epoch) * 1000), fixedDate: true };
  return { date: new Date(), fixedDate: false };
}

/** "2026-12-02": the day, where the person is (or in UTC for a fixed date). */
export const dayOf = (date: Date, utc: boolean) =>
  new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    ...(utc ? { timeZone: "UTC" } : {}),
  }).format(date);

/** Which KB a report was made with: shipped or where, its size, and a fingerprint of its content. */
export async function kbWords(kb: KnowledgeBase, custom: string | undefined): Promise<string> {
  const { createHash } = await import("node:crypto");
  const content = JSON.stringify([kb.roles, kb.sources, kb.scoring, kb.vocabularies, kb.minimumWages ?? null]);
  const fingerprint = createHash("sha256").update(content).digest("hex").slice(0, 12);
  const which = custom === undefined ? "the shipped KB" : `the KB at ${custom}`;
  return `${which} (${kb.roles.length} roles, ${kb.sources.length} sources; fingerprint ${fingerprint})`;
}

/** The report of a profile: its best `top` roles, as `match` ranks them (conflicts left out). */
export function reportOf(kb: KnowledgeBase, profile: Profile, top: number, context: ReportContext): Report {
  const ranked = rankTopRoles(kb, profile, top, false);
  return buildReport({
    kb,
    profile,
    matches: ranked.matches,
    total: ranked.total,
    conflictsLeftOut: ranked.conflicts,
    date: dayOf(context.date, context.fixedDate),
    year: context.date.getFullYear(),
    made: `bpo-advisor ${VERSION}, with ${context.kb}`,
  });
}

/** The report laid out: text for Markdown and HTML, bytes for PDF (pdfkit loads only then). */
export async function renderReport(
  report: Report,
  format: ReportFormat,
  context: ReportContext,
): Promise<string | Buffer> {
  switch (format) {
    case "md":
      return (await import("./report-md.js")).reportMarkdown(report);
    case "html":
      return (await import("./report-html.js")).reportHtml(report);
    case "pdf":
      return (await import("./report-pdf.js")).reportPdf(report, { fonts: FONTS_DIR, date: context.date });
  }
}
