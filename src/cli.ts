import { Argument, Command, type CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_CSV_COLUMNS, PERSON_COLUMNS } from "./batch/line-format.js";
import { type CompareOptions, compareCommand } from "./commands/compare.js";
import { printCompletionScript, printCompletions } from "./commands/completion.js";
import { kbStatsCommand } from "./commands/kb-stats.js";
import { kbValidateCommand } from "./commands/kb-validate.js";
import { type MatchOptions, matchCommand } from "./commands/match.js";
import { type PathOptions, pathCommand } from "./commands/path.js";
import { type QuizOptions, quizCommand } from "./commands/quiz.js";
import { type ReportOptions, reportCommand } from "./commands/report.js";
import { type RoleOptions, roleCommand } from "./commands/role.js";
import { rolesCommand } from "./commands/roles.js";
import { searchCommand } from "./commands/search.js";
import type { GlobalOptions, Io } from "./context.js";
import { clip, ECHO_CHARS } from "./core/typed-values.js";
import { DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY, OFFICES } from "./core/vocabulary.js";
import type { ExitCode } from "./errors.js";
import {
  countryFlag,
  fileName,
  nameList,
  parseInterestFlag,
  parseLanguageFlag,
  positiveInt,
  wholeNumber,
  wordsPerMinute,
  years,
} from "./profile/profile-flags.js";
import { RESULT_FIELDS } from "./render/match-json.js";
import { REPORT_FORMATS, REPORT_TOP } from "./render/report.js";
import { clipLines } from "./render/sanitize.js";
import { VERSION } from "./version.js";

// Wiring only: commander options in, a typed options object out, a command function called.
// The commands are bundled with this file (dist/cli.cjs, compiled from V8's code cache: see
// src/code-cache.ts), since each module file Node loads costs about a millisecond, more than
// their own code. What is heavy loads only when a command needs it: zod (src/validation.ts), the
// YAML parser, fuse.js, chalk, inquirer, csv-parse, tab, the text layout's width and wrapping,
// worker threads (each library a file of its own: see tsup.config.ts).

export { serveBatches } from "./batch/batch-worker.js"; // what a batch's worker threads run
export { reportError } from "./report-error.js";

/** --format may be given twice (the batch file's and the reports'): each value is checked against the choices. */
const FORMATS = ["jsonl", "csv", ...REPORT_FORMATS] as const;
function formatList(value: string, previous: string[] | undefined): string[] {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(", ")}.`);
  }
  return [...(previous ?? []), value];
}

export const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

export function buildProgram(io: Io, done: (code: ExitCode) => void, { completion = true } = {}): Command {
  const program = new Command("bpo-advisor")
    .description("Career advisor for BPO and shared-services jobs: which roles fit you, why, and what is missing.")
    .version(VERSION, "-V, --version", "print the version")
    .option("--kb <path>", "use a custom knowledge base (a YAML/JSON file or folder); also BPO_ADVISOR_KB", fileName)
    .option("--json", "print JSON on stdout (with schemaVersion) for scripts")
    .option("--no-color", "plain text without colour; also NO_COLOR")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander echoes the value of a bad option, which may be a whole pasted file
      writeErr: (s) => io.stderr.write(clipLines(s)),
    })
    .exitOverride()
    .addHelpText(
      "after",
      examples([
        "bpo-advisor quiz",
        "bpo-advisor match --lang en:B2 --education higher-secondary --mode voice",
        "bpo-advisor match --batch people.jsonl > matches.jsonl",
        'bpo-advisor role "accounts payable"',
        'bpo-advisor compare csr "accounts payable"',
        "bpo-advisor path team leader",
        "bpo-advisor roles --office back --mode non-voice",
        "bpo-advisor search invoices",
        "bpo-advisor kb validate ./my-kb",
      ]),
    );
  const globals = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();
  const run = (load: () => Promise<ExitCode>) => load().then(done);

  program
    .command("roles")
    .description("list the roles of the knowledge base, filtered")
    .addOption(new Option("--domain <domain>", "only roles of this domain").choices(DOMAINS))
    .addOption(new Option("--office <office>", "front (customer-facing) or back office").choices(OFFICES))
    .addOption(new Option("--mode <mode>", "voice or non-voice work").choices(["voice", "non-voice"]))
    .addHelpText("after", examples(["bpo-advisor roles --domain finance", "bpo-advisor roles --mode voice --json"]))
    .action((_o, cmd: Command) => run(() => rolesCommand(globals(cmd), io)));

  const profileOptions = (cmd: Command) =>
    cmd
      .option("--profile <file>", "a profile in YAML or JSON (- reads stdin); the flags below override it", fileName)
      .option(
        "--lang <code:level>",
        "a language and its CEFR level, as de:B2 or German:C1 (a comma list, or repeated)",
        parseLanguageFlag,
      )
      .option("--country <code>", "where you look for work, as IN, PH or PL (ISO 3166-1)", countryFlag)
      .addOption(new Option("--education <level>", "highest education completed").choices(EDUCATION_LEVELS))
      .addOption(new Option("--field <field>", "field of study").choices(FIELDS_OF_STUDY))
      .option("--years <n>", "years of work experience in all", years)
      .option("--bpo-years <n>", "years of it in BPO", years)
      .option("--customer-years <n>", "years of it in customer-facing work", years)
      .option("--leadership-years <n>", "years of it leading a team", years)
      .option("--wpm <n>", "typing speed in words per minute", wordsPerMinute)
      .addOption(new Option("--mode <mode>", "the work you want").choices(["voice", "non-voice", "any"]))
      .option("--night-shifts", "willing to work night or rotating shifts")
      .option("--no-night-shifts", "not willing to work night shifts")
      // the choices are for --help and completion; parseInterestFlag checks each of a comma list
      .addOption(
        new Option("--interest <domain>", "a field of work you want (a comma list, or repeated)")
          .choices(DOMAINS)
          .argParser(parseInterestFlag),
      );

  profileOptions(
    program
      .command("match")
      .description("rank the roles that fit a profile, say why, and what is missing")
      .option("--top <n>", "show the best n roles", positiveInt("--top"), 5)
      .option("--all", "show every role")
      .option("--explain", "show every factor's points for each role")
      .option(
        "--batch <file>",
        "match every profile of a JSON Lines or CSV file (- reads stdin); prints JSON Lines (or CSV: --output)",
        fileName,
      )
      .addOption(
        new Option(
          "--format <format>",
          "the --batch file's format (default: csv for a .csv file, else jsonl); with --report-dir, the reports' (default: pdf)",
        )
          .choices(["jsonl", "csv", ...REPORT_FORMATS])
          .argParser(formatList),
      )
      .option(
        "--report-dir <dir>",
        "with --batch: write a report for each person into this folder, and an index",
        fileName,
      )
      .option("--force", "with --report-dir: overwrite reports already there")
      .addOption(
        new Option(
          "--output <format>",
          "what --batch writes: JSON Lines (the default), or CSV rows, one per person and role",
        ).choices(["jsonl", "csv"]),
      )
      .option("--bom", "with --output csv: begin with a UTF-8 byte-order mark, for Excel")
      .option(
        "--fields <names>",
        `with --json or --batch, only these fields of each result, a comma list: ${RESULT_FIELDS.join(", ")}; ` +
          `with --output csv, the columns: those and ${PERSON_COLUMNS.join(", ")} ` +
          `(default: ${DEFAULT_CSV_COLUMNS.join(",")}; error is always kept)`,
        nameList,
      )
      .option(
        "--line-offset <n>",
        "add n to every --batch line number, for a shard of a larger input (with --output csv, a shard past 0 writes no header)",
        wholeNumber("--line-offset"),
      ),
  )
    .addHelpText(
      "after",
      examples([
        "bpo-advisor match --country PL --lang en:C1 --lang de:B2 --education bachelor --field commerce --mode non-voice",
        "bpo-advisor match --profile me.yaml --explain",
        "bpo-advisor match --profile me.yaml --years 3 --json",
        "cat me.json | bpo-advisor match --profile - --top 3",
        "bpo-advisor match --batch people.jsonl --top 3 > matches.jsonl",
        "bpo-advisor match --batch people.csv --report-dir reports/ --format pdf",
        "bpo-advisor match --batch people.csv --output csv --bom > matches.csv",
        "bpo-advisor match --batch people.jsonl --output csv --fields person,name,rank,title,score",
        "bpo-advisor match --batch people.jsonl --fields id,score,band",
        "bpo-advisor match --lang en:B2 --json --fields id,score,gaps",
        "parallel --pipe --keep-order -N 10000 bpo-advisor match --batch - --line-offset '$(( ({#}-1)*10000 ))' < people.jsonl",
      ]) +
        "\nA profile file (YAML or JSON; every field optional):\n" +
        "  languages: [{ code: en, level: C1 }]     # A1 A2 B1 B2 C1 C2 native\n" +
        "  education: { level: bachelor, field: commerce }\n" +
        "  experience: { years: 2, bpoYears: 1, customerFacingYears: 0, leadershipYears: 0 }\n" +
        "  skills: { typingWpm: 45 }\n" +
        "  preferences: { workMode: non-voice, nightShifts: true, interests: [finance] }\n",
    )
    .action((_o, cmd: Command) => run(() => matchCommand(cmd.optsWithGlobals<MatchOptions>(), io)));

  program
    .command("quiz")
    .description("answer a few questions, then see the roles that fit you, why, and what is missing")
    .option("--save <file>", "save your profile to this file without asking (for `match --profile`)")
    .option("--force", "let --save overwrite an existing file")
    .option("--top <n>", "show the best n roles", positiveInt("--top"), 5)
    .option("--all", "show every role")
    .option("--explain", "show every factor's points for each role")
    .addHelpText(
      "after",
      examples(["npx bpo-advisor quiz", "bpo-advisor quiz --save me.yaml", "bpo-advisor quiz --json > result.json"]) +
        "\nThe quiz needs a terminal. In scripts, use `bpo-advisor match` with a profile file or flags.\n",
    )
    .action((_o, cmd: Command) => run(() => quizCommand(cmd.optsWithGlobals<QuizOptions>(), io)));

  profileOptions(
    program
      .command("report")
      .description("write one person's report: who, best matches, why, what is missing, pay, career path, sources")
      .option("-o, --out <file>", "the file to write (- for stdout: Markdown or HTML, or PDF into a pipe)", fileName)
      .addOption(
        new Option("--format <format>", "md, html or pdf (default: from the file's extension; md on stdout)").choices(
          REPORT_FORMATS,
        ),
      )
      .option("--top <n>", "show the best n roles", positiveInt("--top"), REPORT_TOP)
      .option("--force", "overwrite an existing file"),
  )
    .addHelpText(
      "after",
      examples([
        "bpo-advisor report --profile me.yaml -o me.pdf",
        "bpo-advisor report --profile me.yaml --format html -o - > me.html",
        "bpo-advisor report --country IN --lang en:B2 --education higher-secondary",
        "bpo-advisor match --batch people.csv --report-dir out/ --format pdf",
      ]) +
        "\nOne page per person: who they are, their best matches with the fit, why, what is\n" +
        "missing and the next steps, pay in their country (with its year and source), the\n" +
        "career path from the best match, and the sources cited, numbered. The PDF's fonts\n" +
        "cover Latin (Polish too), Greek, Cyrillic and Devanagari. SOURCE_DATE_EPOCH fixes\n" +
        "the date it gives (reproducible output).\n",
    )
    .action((_o, cmd: Command) => run(() => reportCommand(cmd.optsWithGlobals<ReportOptions>(), io)));

  profileOptions(
    program
      .command("role")
      .description("show one role in detail, found by id or by any name, even misspelt")
      .argument("<name...>", "the role's id, title or another name for it"),
  )
    .addHelpText(
      "after",
      examples([
        'bpo-advisor role "Accounts Payable Specialist/Accountant"',
        "bpo-advisor role tech suport",
        "bpo-advisor role team-leader --json",
      ]),
    )
    .action((name: string[], _o, cmd: Command) =>
      run(() => roleCommand({ ...cmd.optsWithGlobals<Omit<RoleOptions, "name">>(), name: name.join(" ") }, io)),
    );

  profileOptions(
    program
      .command("compare")
      .description("set two to four roles side by side: the work, requirements, pay, KPIs, career path")
      .argument(
        "<roles...>",
        "2 to 4 roles, each one argument: an id, a title or another name (quote one of several words)",
      ),
  )
    .addHelpText(
      "after",
      examples([
        'bpo-advisor compare csr "accounts payable"',
        'bpo-advisor compare "team leader" "quality analyst" trainer --country PH',
        "bpo-advisor compare csr team-leader --education secondary --lang en:B1",
        "bpo-advisor compare csr chat-email-support-representative --json",
      ]),
    )
    .action((names: string[], _o, cmd: Command) =>
      run(() => compareCommand({ ...cmd.optsWithGlobals<Omit<CompareOptions, "names">>(), names }, io)),
    );

  profileOptions(
    program
      .command("path")
      .description("the career ladder through a role: the steps before and after it, what each asks, its pay")
      .argument("<name...>", "the role's id, title or another name for it"),
  )
    .addHelpText(
      "after",
      examples([
        "bpo-advisor path team leader",
        "bpo-advisor path csr --country IN",
        "bpo-advisor path team-leader --profile me.yaml",
        "bpo-advisor path team-leader --education bachelor --bpo-years 1 --json",
      ]),
    )
    .action((name: string[], _o, cmd: Command) =>
      run(() => pathCommand({ ...cmd.optsWithGlobals<Omit<PathOptions, "name">>(), name: name.join(" ") }, io)),
    );

  program
    .command("search")
    .description("search titles, other names, skills and responsibilities")
    .argument("<text...>", "words to look for")
    .option("--limit <n>", "show at most n results", positiveInt("--limit"), 10)
    .addHelpText("after", examples(["bpo-advisor search invoices", "bpo-advisor search payroll --json"]))
    .action((text: string[], _o, cmd: Command) =>
      run(() => searchCommand({ ...globals(cmd), ...cmd.opts<{ limit: number }>(), text: text.join(" ") }, io)),
    );

  const kb = program.command("kb").description("work with knowledge bases");
  kb.command("validate")
    .description("check a knowledge base and print every problem (exit 0 when valid)")
    .argument("[path]", "a KB file or folder (default: --kb, BPO_ADVISOR_KB, or the shipped KB)")
    .addHelpText("after", examples(["bpo-advisor kb validate", "bpo-advisor kb validate ./my-kb/roles.yaml"]))
    .action((path: string | undefined, _o, cmd: Command) =>
      run(() => kbValidateCommand({ ...globals(cmd), path }, io)),
    );
  kb.command("stats")
    .description("where a knowledge base is thin: per role, facts, sources, what is not known, dated pay, blogs")
    .argument("[path]", "a KB file or folder (default: --kb, BPO_ADVISOR_KB, or the shipped KB)")
    .addHelpText("after", examples(["bpo-advisor kb stats", "bpo-advisor kb stats ./my-kb --json"]))
    .action((path: string | undefined, _o, cmd: Command) => run(() => kbStatsCommand({ ...globals(cmd), path }, io)));

  if (completion) {
    const plain = () => buildProgram(io, () => {}, { completion: false });
    program
      .command("completion")
      .description("print a shell completion script for bash, zsh, fish or powershell")
      .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish", "powershell"]))
      .addHelpText(
        "after",
        examples([
          "bpo-advisor completion bash >> ~/.bashrc",
          "bpo-advisor completion zsh > ~/.bpo-advisor.zsh && echo 'source ~/.bpo-advisor.zsh' >> ~/.zshrc",
          "bpo-advisor completion fish > ~/.config/fish/completions/bpo-advisor.fish",
        ]),
      )
      .action((shell: string) => run(() => printCompletionScript(shell, plain(), io)));
    // what the completion script calls at each [TAB]: `bpo-advisor complete -- <words>`
    program
      .command("complete", { hidden: true })
      .argument("[words...]")
      .allowUnknownOption()
      .action((words: string[]) => run(() => printCompletions(words, plain(), io)));
  }

  clipEchoedValues(program);
  return program;
}

/**
 * commander echoes a bad option value whole ("argument '...' is invalid."), so a value of 100,000
 * characters would fill the terminal: each option's parser is wrapped to say the same, clipped.
 */
function clipEchoedValues(command: Command): void {
  for (const option of command.options) {
    const parse = option.parseArg;
    if (!parse) continue;
    option.parseArg = <T>(value: string, previous: T): T => {
      try {
        return parse(value, previous);
      } catch (error) {
        if ((error as CommanderError).code !== "commander.invalidArgument" || value.length <= ECHO_CHARS) throw error;
        const echoed = `'${clip(value)}' (${value.length} characters)`;
        // a code of its own: commander adds its message to an invalidArgument error it catches
        command.error(`error: option '${option.flags}' argument ${echoed} is invalid. ${(error as Error).message}`, {
          exitCode: 2,
          code: "commander.invalidOptionArgument",
        });
      }
    };
  }
  for (const sub of command.commands) clipEchoedValues(sub);
}
