import { type GlobalOptions, type InStream, type Io, type OutStream, print, printJson } from "../context.js";
import type { Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import { rankTopRoles } from "../core/score.js";
import { CliError, ExitCode, usageError } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { saveProblem, saveProfile } from "../profile/save-profile.js";
import { createInquirerPrompter, type Prompter } from "../prompt/adapter.js";
import { runQuiz } from "../quiz/run-quiz.js";
import { colorFor, colorLevel } from "../render/color.js";
import { glyphsFor } from "../render/glyphs.js";
import { prepareLayout } from "../render/layout.js";
import { matchJson } from "../render/match-json.js";
import { renderMatches } from "../render/match-text.js";
import { renderRole } from "../render/role-text.js";
import { sanitize } from "../render/sanitize.js";

export interface QuizOptions extends GlobalOptions {
  save?: string;
  force?: boolean;
  top: number;
  all?: boolean;
  explain?: boolean;
}

/** Opens the prompts on a terminal; tests pass a scripted Prompter instead. */
export type OpenPrompter = (streams: { input: InStream; output: OutStream; color: boolean }) => Promise<Prompter>;

const openInquirer: OpenPrompter = ({ input, output, color }) =>
  // Io types its streams narrowly, for fakes; here they are process.stdin and process.stdout/stderr
  createInquirerPrompter({ input: input as NodeJS.ReadableStream, output: output as NodeJS.WritableStream, color });

export async function quizCommand(
  options: QuizOptions,
  io: Io,
  openPrompter: OpenPrompter = openInquirer,
): Promise<ExitCode> {
  if (!io.stdin.isTTY || !io.stderr.isTTY) {
    throw usageError(
      "the quiz asks its questions in a terminal; in a script, use `bpo-advisor match --profile FILE` " +
        "or flags, as in `bpo-advisor match --lang en:B2 --education bachelor --years 2`",
      "`bpo-advisor match --help` lists every flag and the profile file's format",
    );
  }
  if (options.save !== undefined) {
    const problem = await saveProblem(options.save, { cwd: io.cwd, force: options.force });
    if (problem) throw usageError(`--save ${options.save}: ${problem.message}`, problem.hint);
  }
  const [kb, width] = await Promise.all([loadKnowledgeBase(io, options.kb), prepareLayout(io, { measure: true })]);
  // stdout is kept for the result alone when it is JSON or goes to a file
  const ui = options.json || !io.stdout.isTTY ? io.stderr : io.stdout;
  const prompter = await openPrompter({
    input: io.stdin,
    output: ui,
    color: (await colorLevel(io, options.color, ui === io.stdout ? "stdout" : "stderr")) > 0,
  });

  const profile = await runQuiz(kb, prompter);
  // only the roles shown are worded (the rest are placed by their numbers)
  const shown = rankTopRoles(kb, profile, options.all ? undefined : options.top);
  const style = { chalk: await colorFor(io, options.color), width, glyphs: glyphsFor(io.env) };
  if (options.json) printJson(io, matchJson(profile, shown));
  else print(io.stdout, renderMatches(shown, { ...style, explain: options.explain, total: kb.roles.length }));

  if (options.save !== undefined) {
    await saveProfile(options.save, profile, { cwd: io.cwd, force: options.force });
    print(ui, savedNote(options.save));
  } else if (!options.json) {
    await offerToSave(prompter, profile, io.cwd, (text) => print(ui, text));
  }
  if (!options.json) {
    await offerRoleDetails(prompter, shown, (role) => print(io.stdout, `\n${renderRole(kb, role, style)}`));
  }
  return ExitCode.ok;
}

const savedNote = (file: string) => `Saved your profile to ${file}. Next time: bpo-advisor match --profile ${file}`;

async function offerToSave(prompter: Prompter, profile: Profile, cwd: string, say: (text: string) => void) {
  const wanted = await prompter.confirm({
    message: "Save your answers as a profile file, to use again with `bpo-advisor match --profile`?",
    default: false,
  });
  if (!wanted) return;
  for (;;) {
    const file = (
      await prompter.input({
        message: "Save to which file?",
        default: "bpo-profile.yaml",
        validate: (text) => text.trim() !== "" || "type a file name",
      })
    ).trim();
    const problem = await saveProblem(file, { cwd });
    const failure = problem?.message ?? (await saveProfile(file, profile, { cwd }).catch(saveFailure));
    if (failure === undefined) return say(savedNote(file));
    say(`Not saved: ${failure}.`);
    const next = await prompter.select({
      message: "Save it under another name?",
      choices: [
        { value: "again", name: "Yes, type another name" },
        { value: "skip", name: "No, do not save" },
      ],
    });
    if (next === "skip") return;
  }
}

/** A save that failed in a way the person can fix is said and asked again; anything else ends the program. */
const saveFailure = (error: unknown): string => {
  if (error instanceof CliError && error.exitCode === ExitCode.usage) return error.message;
  throw error;
};

async function offerRoleDetails(prompter: Prompter, shown: readonly RoleMatch[], show: (role: Role) => void) {
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
    show(match.role);
    message = "See another role in detail?";
  }
}
