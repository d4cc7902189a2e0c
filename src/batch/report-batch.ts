import { lstat, mkdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Io } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import type { Profile } from "../core/profile-schema.js";
import { CliError, ExitCode, usageError } from "../errors.js";
import { saveFile } from "../profile/save-profile.js";
import {
  dayOf,
  kbWords,
  REPORT_TOP,
  type ReportContext,
  type ReportFormat,
  renderReport,
  reportDate,
  reportOf,
} from "../render/report.js";
import { htmlText } from "../render/report-html.js";
import { mdText } from "../render/report-md.js";
import type { BatchInput, BatchItem } from "./batch-item.js";
import { jsonlItems } from "./jsonl-input.js";
import { describeIssues, ProfileJudge } from "./match-line.js";
import { progressMeter } from "./progress.js";

// `match --batch FILE --report-dir DIR --format pdf` (issue #17): a report for each person of a
// batch, in DIR, and an index of them. A file's name comes from the person's id (or the line's
// number), made safe: letters, digits, ".", "_" and "-" only, so that no id ("../../etc/passwd",
// "C:\x") names a file outside DIR; two ids that come out the same (as a case-blind file system
// sees them) get their line's number.
// An existing file is never overwritten without --force: that person's report is refused, said
// on stderr, and the run goes on (exit 1 at the end, as for a rejected line); a folder that holds
// an earlier run's index is refused whole, before any work, unless --force.

export interface ReportBatchOptions {
  dir: string;
  format: ReportFormat;
  force?: boolean;
  top?: number;
  /** --kb, for the foot of each report. */
  kb?: string;
  /** --line-offset: added to every line's number (a shard of a larger input). */
  lineOffset?: number;
}

interface Written {
  line: number;
  id: BatchItem["id"];
  name?: string;
  file?: string;
  best?: { title: string; fit: string };
  error?: string;
}

const MAX_NAME = 80;

/**
 * A file name from an id: its letters in ASCII ("Zażółć" is "Zazolc": any-ascii), other
 * characters a "-", never empty, never a dot file, at most MAX_NAME long.
 */
export function fileNameOf(id: BatchItem["id"], line: number, toAscii: (text: string) => string): string {
  const base = toAscii(String(id ?? ""))
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, MAX_NAME);
  return base === "" ? `line-${line}` : base;
}

export async function runReportBatch(
  kb: KnowledgeBase,
  input: BatchInput,
  options: ReportBatchOptions,
  io: Io,
): Promise<ExitCode> {
  const dir = resolve(io.cwd, options.dir);
  await readyFolder(dir, options.dir);
  const index = options.format === "md" ? "index.md" : "index.html";
  // a folder of an earlier run is refused whole, before any work, rather than report by report
  if (!options.force && (await lstat(join(dir, index)).catch(() => undefined))) {
    throw usageError(
      `${join(options.dir, index)} already exists: the folder holds the reports of an earlier run`,
      "add --force to write over them, or give another --report-dir",
    );
  }
  const context: ReportContext = { ...reportDate(io.env), kb: await kbWords(kb, options.kb) };
  const { default: toAscii } = await import("any-ascii");
  const offset = options.lineOffset ?? 0;
  const judge = new ProfileJudge();
  const used = new Set<string>();
  const written: Written[] = [];
  const counts = { matched: 0, rejected: 0, blank: 0 };
  const meter = progressMeter(io.stderr, input.unit);
  const refuse = (entry: Written) => {
    written.push(entry);
    counts.rejected += 1;
    io.stderr.write(
      `${input.unit} ${entry.line}${entry.id === null ? "" : ` (id ${JSON.stringify(entry.id)})`}: ${entry.error}\n`,
    );
  };
  for await (const batch of input.batches) {
    const items = "items" in batch ? batch.items : listOf(jsonlItems(batch));
    for (const read of items) {
      const item = read && offset > 0 ? { ...read, line: read.line + offset } : read;
      if (item === undefined) {
        counts.blank += 1;
        continue;
      }
      if ("error" in item) {
        refuse({ line: item.line, id: item.id, error: item.error });
        continue;
      }
      let profile: Profile | undefined = judge.check(item.profile);
      if (profile === undefined) {
        await judge.load();
        const parsed = judge.explain(item.profile);
        if (!parsed.ok) {
          refuse({ line: item.line, id: item.id, error: describeIssues(parsed.issues) });
          continue;
        }
        profile = parsed.profile;
      }
      let name = fileNameOf(item.id, item.line, toAscii);
      if (used.has(name.toLowerCase())) name = `${name}-line-${item.line}`;
      used.add(name.toLowerCase());
      const file = `${name}.${options.format}`;
      const path = join(dir, file);
      // the name is made of safe characters; this holds it whatever the rules above become
      if (relative(dir, path).split(sep).includes("..") || !path.startsWith(dir + sep)) {
        refuse({ line: item.line, id: item.id, error: `the file name ${file} would be outside ${options.dir}` });
        continue;
      }
      const report = reportOf(kb, profile, options.top ?? REPORT_TOP, context);
      const page = await renderReport(report, options.format, context);
      try {
        await saveFile(join(options.dir, file), page, { cwd: io.cwd, force: options.force, what: "the report" });
      } catch (error) {
        const hint = error instanceof CliError && error.options.hint ? ` (${error.options.hint})` : "";
        refuse({
          line: item.line,
          id: item.id,
          error: `${error instanceof Error ? error.message : String(error)}${hint}`,
        });
        continue;
      }
      const best = report.matches[0];
      written.push({
        line: item.line,
        id: item.id,
        ...(profile.name ? { name: profile.name } : {}),
        file,
        ...(best ? { best: { title: best.title, fit: best.fit } } : {}),
      });
      counts.matched += 1;
      meter.update(counts);
    }
  }
  counts.blank += input.blank();
  const indexText = options.format === "md" ? indexMarkdown(written, context) : indexHtml(written, context);
  await saveFile(join(dir, index), indexText, { cwd: io.cwd, force: true, what: "the index" });
  meter.finish(counts);
  io.stderr.write(`reports: ${counts.matched} written to ${options.dir}, listed in ${join(options.dir, index)}\n`);
  return counts.rejected > 0 ? ExitCode.failure : ExitCode.ok;
}

const listOf = (items: { size: number; at(i: number): BatchItem | undefined }) =>
  Array.from({ length: items.size }, (_, i) => items.at(i));

/** Makes the folder when it is not there; refuses a file or a link in its place. */
async function readyFolder(dir: string, shown: string): Promise<void> {
  const info = await lstat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    const target = info.isSymbolicLink() ? await stat(dir).catch(() => undefined) : undefined;
    if (!target?.isDirectory()) throw usageError(`--report-dir ${shown} is not a folder`, "give a folder's name");
  }
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot make the folder ${shown}: ${error.message}`, ExitCode.usage);
  });
}

const indexFoot = (context: ReportContext) => `Made on ${dayOf(context.date, context.fixedDate)} with ${context.kb}.`;

function indexMarkdown(rows: readonly Written[], context: ReportContext): string {
  const lines = ["# Reports", "", "| Line | Id | Name | Report | Best match | Fit |", "|---|---|---|---|---|---|"];
  for (const r of rows) {
    const id = r.id === null ? "" : mdText(String(r.id));
    const report = r.file ? `[${mdText(r.file)}](${encodeURI(r.file)})` : `not written: ${mdText(r.error ?? "")}`;
    lines.push(
      `| ${r.line} | ${id} | ${mdText(r.name ?? "")} | ${report} | ${mdText(r.best?.title ?? "")} | ${mdText(r.best?.fit ?? "")} |`,
    );
  }
  lines.push("", mdText(indexFoot(context)), "");
  return lines.join("\n");
}

function indexHtml(rows: readonly Written[], context: ReportContext): string {
  const body = rows.map((r) => {
    const report = r.file
      ? `<a href="${htmlText(encodeURI(r.file))}">${htmlText(r.file)}</a>`
      : `not written: ${htmlText(r.error ?? "")}`;
    const cells = [String(r.line), r.id === null ? "" : String(r.id), r.name ?? ""].map(htmlText);
    return `<tr><td>${cells.join("</td><td>")}</td><td>${report}</td><td>${htmlText(r.best?.title ?? "")}</td><td>${htmlText(r.best?.fit ?? "")}</td></tr>`;
  });
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Reports</title>',
    "<style>body { font-family: sans-serif; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .2em .5em; text-align: left; }</style>",
    "</head>",
    "<body>",
    "<h1>Reports</h1>",
    "<table>",
    "<tr><th>Line</th><th>Id</th><th>Name</th><th>Report</th><th>Best match</th><th>Fit</th></tr>",
    ...body,
    "</table>",
    `<p>${htmlText(indexFoot(context))}</p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
