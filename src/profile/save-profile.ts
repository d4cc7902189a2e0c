import { constants, promises as fsp } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Profile } from "../core/profile-schema.js";
import { CliError, ExitCode } from "../errors.js";

// Saving a profile: all or nothing (a temporary file in the same folder, then one rename or
// link), and never over an existing file unless asked to. Problems a person can fix (a missing
// or read-only folder, a file already there) exit 2; anything else exits 1.
// (node:fs's promises load on first use: importing node:fs/promises would load them at start-up,
// ~3 ms of every command, for the few that save a file.)

export interface SaveOptions {
  cwd: string;
  force?: boolean;
}

export interface SaveProblem {
  message: string;
  hint?: string;
}

const OVERWRITE_HINT = "add --force to overwrite it, or choose another file name";

/** Why `file` cannot be saved to now, or undefined when it can: a check before any work is done. */
export async function saveProblem(
  file: string,
  { cwd, force, what = "the profile", example = "me.yaml" }: SaveOptions & { what?: string; example?: string },
): Promise<SaveProblem | undefined> {
  if (file.trim() === "") return { message: "needs a file name", hint: `give a file name, such as ${example}` };
  const path = resolve(cwd, file);
  // lstat: a link is a file that exists, even one to nothing (issue #13: a dangling link passed
  // this check, and the save at the end failed after every question had been answered)
  const link = await fsp.lstat(path).catch(() => undefined);
  const target = await fsp.stat(path).catch(() => undefined);
  if (link?.isSymbolicLink() && !target) {
    return {
      message: `${file} is a link to a file that does not exist`,
      hint: "remove the link, or choose another file name",
    };
  }
  if (target?.isDirectory() || /[/\\]$/.test(file)) {
    return { message: `${file} is a folder`, hint: `give a file name, such as ${example}` };
  }
  // a device or pipe is no place for a saved file, and a save replaces the file: --force on
  // /dev/null, run as root, would put a regular file where the device was
  if (target && !target.isFile()) {
    return { message: `${file} is not a regular file`, hint: `give a file name, such as ${example}` };
  }
  if (target && !force) return { message: `${file} already exists`, hint: OVERWRITE_HINT };
  const folder = dirname(path);
  const info = await fsp.stat(folder).catch(() => undefined);
  if (!info)
    return { message: `the folder ${dirname(file)} does not exist`, hint: "create it first, or save elsewhere" };
  if (!info.isDirectory()) return { message: `${dirname(file)} is not a folder` };
  if (!(await succeeds(fsp.access(folder, constants.W_OK))))
    return { message: `the folder ${dirname(file)} is not writable`, hint: `save ${what} elsewhere` };
  return undefined;
}

/** Writes the profile as YAML to `file` (relative to cwd), atomically. */
export async function saveProfile(file: string, profile: Profile, options: SaveOptions): Promise<void> {
  // the YAML writer loads only to save (it costs start-up time for every command)
  const { profileToYaml } = await import("../validation.js");
  await saveFile(file, profileToYaml(profile), options);
}

/**
 * Writes `content` to `file` (relative to cwd) as saveProfile does: whole or not at all, never
 * over an existing file unless `force`. `what` names it in errors ("the report").
 */
export async function saveFile(
  file: string,
  content: string | Uint8Array,
  { cwd, force, what = "the profile" }: SaveOptions & { what?: string },
): Promise<void> {
  const path = resolve(cwd, file);
  // node:crypto loads only to save (it costs start-up time for every command)
  const { randomBytes } = await import("node:crypto");
  // a short name of its own: the file's name and more could pass the 255 bytes a name may be
  const temp = join(dirname(path), `.bpo-save-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fsp.writeFile(temp, content, { flag: "wx" });
    if (force) await fsp.rename(temp, path);
    else await placeNew(temp, path);
  } catch (error) {
    throw saveError(file, error, what);
  } finally {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Unlike rename, link fails when the file exists, even one that appeared since the check. */
async function placeNew(temp: string, path: string): Promise<void> {
  try {
    await fsp.link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
    // some file systems (FAT, some network shares) have no hard links: check, then rename
    if (await exists(path)) throw Object.assign(new Error("the file exists"), { code: "EEXIST" });
    await fsp.rename(temp, path);
  }
}

const succeeds = (work: Promise<unknown>) =>
  work.then(
    () => true,
    () => false,
  );
const exists = (path: string) => succeeds(fsp.lstat(path)); // a link to nothing is there too

function saveError(file: string, error: unknown, what: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const cannot = `cannot save ${what} to ${file}`;
  const usage = (why: string, hint?: string) => new CliError(`${cannot}: ${why}`, ExitCode.usage, { hint });
  switch (code) {
    case "EEXIST":
      return usage("the file already exists", OVERWRITE_HINT);
    case "EISDIR":
      return usage("it is a folder", "give a file name");
    case "ENOENT":
      return usage(`the folder ${dirname(file)} does not exist`, "create it first, or save elsewhere");
    case "ENOTDIR":
      return usage(`${dirname(file)} is not a folder`);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return usage(`the folder ${dirname(file)} is not writable`, `save ${what} elsewhere`);
    default:
      return new CliError(`${cannot}: ${error instanceof Error ? error.message : String(error)}`, ExitCode.failure);
  }
}
