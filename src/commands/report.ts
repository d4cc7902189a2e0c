import type { GlobalOptions, Io } from "../context.js";
import { ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { loadProfile } from "../profile/load-profile.js";
import { hasProfileFlags, type ProfileFlags } from "../profile/profile-flags.js";
import { saveFile, saveProblem } from "../profile/save-profile.js";
import {
  formatOfFile,
  kbWords,
  REPORT_TOP,
  type ReportFormat,
  renderReport,
  reportDate,
  reportOf,
} from "../render/report.js";

export interface ReportOptions extends GlobalOptions, ProfileFlags {
  profile?: string;
  format?: ReportFormat;
  out?: string;
  force?: boolean;
  top?: number;
}

/** `bpo-advisor report`: one person's page, as Markdown, HTML or PDF, to a file or stdout. */
export async function reportCommand(options: ReportOptions, io: Io): Promise<ExitCode> {
  if (options.json) throw usageError("report writes a page, not JSON", "use `bpo-advisor match --json` for JSON");
  if (options.profile === undefined && !hasProfileFlags(options)) {
    throw usageError(
      "report needs a profile: --profile FILE, or flags such as --lang en:B2 --education bachelor",
      "save one with `bpo-advisor quiz`, or see `bpo-advisor report --help`",
    );
  }
  const out = options.out ?? "-";
  // a file that cannot be written is said before any work is done
  if (out !== "-") {
    const problem = await saveProblem(out, {
      cwd: io.cwd,
      force: options.force,
      what: "the report",
      example: "report.pdf",
    });
    if (problem) throw usageError(`-o ${out}: ${problem.message}`, problem.hint);
  }
  const format = options.format ?? (out === "-" ? "md" : formatOfFile(out));
  if (format === undefined) {
    throw usageError(
      `cannot tell the report's format from the file name ${out}`,
      "name it .md, .html or .pdf, or give --format md|html|pdf",
    );
  }
  if (out === "-" && format === "pdf" && io.stdout.isTTY) {
    throw usageError("a PDF is not for the terminal", "give -o report.pdf, or pipe it: -o - | lpr");
  }
  const [kb, profile] = await Promise.all([
    loadKnowledgeBase(io, options.kb),
    loadProfile(io, options.profile, options),
  ]);
  const context = { ...reportDate(io.env), kb: await kbWords(kb, options.kb ?? (io.env.BPO_ADVISOR_KB || undefined)) };
  const page = await renderReport(reportOf(kb, profile, options.top ?? REPORT_TOP, context), format, context);
  if (out === "-") io.stdout.write(page as string);
  else {
    await saveFile(out, page, { cwd: io.cwd, force: options.force, what: "the report" });
    io.stderr.write(`Saved the report to ${out}\n`);
  }
  return ExitCode.ok;
}
