import { type GlobalOptions, type InStream, type Io, type OutStream, print, printJson } from "../context.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import { rankTopRoles } from "../core/score.js";
import { CliError, ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { saveFile, saveProblem, saveProfile } from "../profile/save-profile.js";
import { createInquirerPrompter, type Prompter } from "../prompt/adapter.js";
import { quizStepCount, runQuiz } from "../quiz/run-quiz.js";
import { colorFor, colorLevel } from "../render/color.js";
import { glyphsFor, unicodeOk } from "../render/glyphs.js";
import { prepareLayout, wrap } from "../render/layout.js";
import { matchJson } from "../render/match-json.js";
import { renderMatches } from "../render/match-text.js";
import { renderRole } from "../render/role-text.js";
import { sanitize } from "../render/sanitize.js";
import { printForTerminal } from "../render/terminal-text.js";

export interface QuizOptions extends GlobalOptions {
  save?: string;
  force?: boolean;
  top: number;
  all?: boolean;
  explain?: boolean;
}

/** Opens the prompts on a terminal; tests pass a scripted Prompter instead. */
export type OpenPrompter = (streams: {
  input: InStream;
  output: OutStream;
  color: boolean;
  env: Io["env"];
}) => Promise<Prompter>;

const openTerminal: OpenPrompter = async ({ input, output, color, env }) => {
  // Io types its streams narrowly, for fakes; here they are process.stdin and process.stdout/stderr
  const streams = { input: input as NodeJS.ReadableStream, output: output as NodeJS.WritableStream, color };
  // a terminal that cannot move its cursor gets plain lines (src/prompt/plain.ts)
  if (env.TERM === "dumb") return (await import("../prompt/plain.js")).createPlainPrompter(streams);
  return createInquirerPrompter({ ...streams, ascii: !unicodeOk(env) });
};

export async function quizCommand(
  options: QuizOptions,
  io: Io,
  openPrompter: OpenPrompter = openTerminal,
): Promise<ExitCode> {
  // a --save that cannot work is said before the first question, terminal or not (issue #13)
  if (options.save !== undefined) {
    const problem = await saveProblem(options.save, { cwd: io.cwd, force: options.force });
    if (problem) throw usageError(`--save ${quoted(options.save)}: ${problem.message}`, problem.hint);
  }
  if (!io.stdin.isTTY || !io.stderr.isTTY) {
    throw usageError(
      "the quiz asks its questions in a terminal; in a script, use `bpo-advisor match --profile FILE` " +
        "or flags, as in `bpo-advisor match --lang en:B2 --education bachelor --years 2`",
      "`bpo-advisor match --help` lists every flag and the profile file's format",
    );
  }
  const [kb, width] = await Promise.all([loadKnowledgeBase(io, options.kb), prepareLayout(io, { measure: true })]);
  // stdout is kept for the result alone when it is JSON or goes to a file
  const ui = options.json || !io.stdout.isTTY ? io.stderr : io.stdout;
  const prompter = await openPrompter({
    input: io.stdin,
    output: ui,
    color: (await colorLevel(io, options.color, ui === io.stdout ? "stdout" : "stderr")) > 0,
    env: io.env,
  });

  const intro =
    `${quizStepCount(kb)} questions, some in two or more parts. At the end you see every answer, ` +
    "and can change any of them before your matches are shown. Ctrl-C stops at any question.";
  print(ui, `${wrap(intro, (ui.columns ?? 80) - 1)}\n`);
  const profile = await runQuiz(kb, prompter);
  // only the roles shown are worded (the rest are placed by their numbers)
  // --all and --explain ask for everything: conflicts too, last
  const everything = options.all === true || options.explain === true;
  const ranked = rankTopRoles(kb, profile, options.all ? undefined : options.top, everything);
  const shown = ranked.matches;
  const style = { chalk: await colorFor(io, options.color), width, glyphs: glyphsFor(io.env) };
  const market = { kb, country: profile.country, year: new Date().getFullYear() };
  if (options.json) printJson(io, matchJson(profile, shown, ranked.total, everything ? 0 : ranked.conflicts, market));
  else
    await printForTerminal(
      io,
      io.stdout,
      renderMatches(shown, {
        ...style,
        explain: options.explain,
        total: ranked.total,
        conflictsLeftOut: everything ? 0 : ranked.conflicts,
        conflictsOn: ranked.conflictsOn,
        market,
      }),
    );

  const say = (text: string) => print(ui, text);
  let kept: Kept = "not asked";
  if (options.save !== undefined) {
    kept = await keepProfile(prompter, profile, io.cwd, say, { file: options.save, force: options.force });
  } else if (!options.json) {
    const wanted = await prompter.confirm({
      message: "Save your answers as a profile file, to use again with `bpo-advisor match --profile`?",
      default: false,
    });
    if (wanted) kept = await keepProfile(prompter, profile, io.cwd, say);
  }
  if (!options.json) {
    const wanted = await prompter.confirm({
      message: "Save a report of your matches, to print or hand over (PDF, HTML or Markdown)?",
      default: false,
    });
    if (wanted) await keepReport(prompter, kb, profile, io, say);
  }
  if (!options.json) {
    await offerRoleDetails(prompter, shown, (role) =>
      printForTerminal(
        io,
        io.stdout,
        `\n${renderRole(kb, role, { ...style, country: profile.country, year: market.year })}`,
      ),
    );
  }
  // --save asked for a file; a run that ends with the answers neither saved nor shown did not do it
  return options.save !== undefined && kept === "lost" ? ExitCode.failure : ExitCode.ok;
}

const savedNote = (file: string) => `Saved your profile to ${file}. Next time: bpo-advisor match --profile ${file}`;
const quoted = (file: string) => (file.trim() === "" ? `"${file}"` : file);

type Kept = "saved" | "shown" | "lost" | "not asked";

/**
 * Saves the profile, to `first.file` or a name asked for; when a save fails, for any reason (a
 * file that appeared meanwhile, a full disk), says why and offers another name, the profile on
 * the screen to copy, or nothing: the answers are never lost without the person choosing so.
 */
async function keepProfile(
  prompter: Prompter,
  profile: Profile,
  cwd: string,
  say: (text: string) => void,
  first?: { file: string; force?: boolean },
): Promise<Kept> {
  let next = first;
  for (;;) {
    const file =
      next?.file ??
      (
        await prompter.input({
          message: "Save to which file?",
          default: "bpo-profile.yaml",
          validate: (text) => text.trim() !== "" || "type a file name",
        })
      ).trim();
    const force = next?.force;
    next = undefined;
    const problem = await saveProblem(file, { cwd, force });
    const failure = problem?.message ?? (await saveProfile(file, profile, { cwd, force }).catch(saveFailure));
    if (failure === undefined) {
      say(savedNote(file));
      return "saved";
    }
    say(`Not saved: ${failure}.`);
    const choice = await prompter.select({
      message: "Your answers are not saved yet. What now?",
      choices: [
        { value: "again", name: "Save them under another name" },
        { value: "show", name: "Show the profile here, to copy into a file" },
        { value: "skip", name: "Do not save them" },
      ],
    });
    if (choice === "skip") return "lost";
    if (choice === "show") {
      const { profileToYaml } = await import("../validation.js");
      say(`\n${profileToYaml(profile)}`);
      return "shown";
    }
  }
}

/** Saves the report of the matches to a file asked for; on failure, says why and offers another name. */
async function keepReport(
  prompter: Prompter,
  kb: KnowledgeBase,
  profile: Profile,
  io: Io,
  say: (text: string) => void,
): Promise<void> {
  const { formatOfFile, kbWords, REPORT_TOP, renderReport, reportDate, reportOf } = await import("../render/report.js");
  const context = { ...reportDate(io.env), kb: await kbWords(kb, io.env.BPO_ADVISOR_KB || undefined) };
  // the best roles that fit on its one page, however many the quiz showed
  const report = reportOf(kb, profile, REPORT_TOP, context);
  for (;;) {
    const file = (
      await prompter.input({
        message: "Save the report to which file? (.pdf, .html or .md)",
        default: "bpo-report.pdf",
        validate: (text) =>
          text.trim() === ""
            ? "type a file name"
            : formatOfFile(text.trim())
              ? true
              : "end the name in .pdf, .html or .md",
      })
    ).trim();
    const format = formatOfFile(file) ?? "pdf";
    const problem = await saveProblem(file, { cwd: io.cwd, what: "the report", example: "bpo-report.pdf" });
    const failure =
      problem?.message ??
      (await renderReport(report, format, context)
        .then((page) => saveFile(file, page, { cwd: io.cwd, what: "the report" }))
        .catch(saveFailure));
    if (failure === undefined) return say(`Saved the report to ${file}.`);
    say(`Not saved: ${failure}.`);
    const again = await prompter.confirm({ message: "Save the report under another name?", default: true });
    if (!again) return;
  }
}

/** Why a save failed, in words: a CliError's message, or any other error's. */
const saveFailure = (error: unknown): string =>
  error instanceof CliError ? error.message : error instanceof Error ? error.message : String(error);

async function offerRoleDetails(prompter: Prompter, shown: readonly RoleMatch[], show: (role: Role) => Promise<void>) {
  const DONE = "";
  let message = "See one of these roles in detail?";
  for (;;) {
    const id = await prompter.select({
      message,
      choices: [
        ...shown.map((m, i) => ({ value: m.role.id, name: `${i + 1}. ${sanitize(m.role.title)}` })),
        { value: DONE, name: "No, I am done" },
      ],
    });
    const match = shown.find((m) => m.role.id === id);
    if (match === undefined) return;
    await show(match.role);
    message = "See another role in detail?";
  }
}
