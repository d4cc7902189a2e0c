import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BIN, type CliResult, runCli } from "./run-cli.js";

// The bad-input matrix (issue #13): each row is something a hostile tester or a new user did,
// run as the built command in a fresh folder, with what a user must see: the exit code, stdout
// and stderr. Every row also holds that no stack trace and no "this is a bug" reaches the user.

export interface BadInputRow {
  /** What the user did, as a sentence ("a CSV batch with a UTF-8 BOM"). */
  name: string;
  /** The command's arguments (run as `bpo-advisor ARGS` in the row's folder). */
  args?: string[];
  /** Instead of args: a bash line, `$BPO` standing for the command (for redirections such as >&-). */
  shell?: string;
  /** Files written into the row's fresh folder before it runs (paths relative to it). */
  files?: Record<string, string | Buffer>;
  /** More set-up in the folder (links, folders) before it runs. */
  setup?: (dir: string) => void;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  code: number;
  /** What stdout must match; "" means it must be empty. */
  stdout?: RegExp | string;
  /** What stderr must match; "" means it must be empty. */
  stderr?: RegExp | string;
  /** Anything else to check, with the folder it ran in. */
  check?: (result: CliResult, dir: string) => void;
}

/** Runs a row in a fresh folder; returns what it printed and the folder. */
export function runRow(row: BadInputRow): { result: CliResult; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "bpo-bad-input-"));
  for (const [path, content] of Object.entries(row.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  row.setup?.(dir);
  if (row.shell === undefined)
    return { result: runCli(row.args ?? [], { cwd: dir, env: row.env, input: row.input }), dir };
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(row.env ?? {})) env[k] = v;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  env.BPO = `${process.execPath} ${BIN}`; // used unquoted: neither path has a space
  const run = spawnSync("bash", ["-c", row.shell], {
    cwd: dir,
    env: env as NodeJS.ProcessEnv,
    input: row.input ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { result: { code: run.status, stdout: run.stdout, stderr: run.stderr }, dir };
}
