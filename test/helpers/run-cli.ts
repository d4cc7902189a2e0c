import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/bpo-advisor.cjs", import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command as a user does: a real process, no TTY, no colour unless asked. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const parseJson = (text: string): unknown => JSON.parse(text);
