import { writeSync } from "node:fs";
import { join } from "node:path";
import { requireBundle } from "./code-cache.js";
import type { Io } from "./context.js";
import type { ExitCode } from "./errors.js";

// The one error boundary: every failure becomes one clear message on stderr and an exit code
// (src/report-error.ts words it). No stack traces unless BPO_ADVISOR_DEBUG=1. Nothing else in the
// program exits.

// Start-up time matters (issue #4). `--version` is answered here, and the rest of the program
// (./cli.ts: commander and the commands) loads only when there is a command to run: once built,
// the bundle's dist/cli.cjs, compiled from the code cache made at build time (see
// src/code-cache.ts and tsup.config.ts).

declare const __VERSION__: string | undefined;
/** The bundle's file of ./cli.ts, next to this one's; undefined when running from source. */
declare const __CLI_BUNDLE__: string | undefined;

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  // inlined by the build; from source, commander answers --version from package.json
  if (typeof __VERSION__ === "string" && argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const cli = await loadCli(io);
  let code: ExitCode = 0;
  try {
    await cli
      .buildProgram(io, (c) => {
        code = c;
      })
      .parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return cli.reportError(error, io);
  }
}

type Cli = typeof import("./cli.js");

async function loadCli(io: Io): Promise<Cli> {
  if (typeof __CLI_BUNDLE__ !== "string") return import("./cli.js");
  const bundle = requireBundle(join(__dirname, __CLI_BUNDLE__));
  if (io.env.BPO_ADVISOR_DEBUG === "1") io.stderr.write(`debug: ${__CLI_BUNDLE__} code cache: ${bundle.cache}\n`);
  return bundle.exports as Cli;
}

/** For a batch worker thread: the bundle's exports, compiled from its code cache as this thread's are. */
export function cliBundle(): Cli {
  if (typeof __CLI_BUNDLE__ !== "string") throw new Error("cliBundle runs from the build");
  return requireBundle(join(__dirname, __CLI_BUNDLE__)).exports as Cli;
}

/**
 * The process entry: wires real streams. A closed stdout pipe (`... | head -1`) is a quiet end; any
 * other failed write (a full disk: ENOSPC) is one line and exit 1, at once, so that a batch does
 * not go on matching for output that is lost (issue #13).
 */
export async function run(): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    writeSync(2, `error: cannot write the output: ${writeFailure(error)}\n`);
    process.exit(1);
  });
  // stderr that cannot be written (2> /dev/full) leaves nowhere to say anything: the exit code
  // still says how the command went, rather than an uncaught error's 1
  process.stderr.on("error", () => {});
  process.exitCode = await main(process.argv.slice(2), processIo());
}

const writeFailure = (error: NodeJS.ErrnoException): string => {
  switch (error.code) {
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EIO":
      return "an input/output error";
    case "EBADF":
      return "standard output is closed";
    default:
      return error.code ?? error.message;
  }
};

/** The real streams; stdin is opened only if a command reads it (opening it loads stream code). */
const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
});
