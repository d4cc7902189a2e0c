import { resolve } from "node:path";
import type { Io } from "../context.js";
import type { Profile } from "../core/profile-schema.js";
import { InputError } from "../errors.js";
import { decodeText, readTextFile } from "../text-files.js";
import { checkProfileText } from "./check-profile.js";
import { applyFlags, hasProfileFlags, type ProfileFlags } from "./profile-flags.js";
import { PROFILE_HINT as HINT, validProfile } from "./valid-profile.js";

/** A profile file larger than this is refused: a real one is a few hundred bytes. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** The profile from --profile FILE (or - for stdin) with the flags laid over it. */
export async function loadProfile(io: Io, file: string | undefined, flags: ProfileFlags): Promise<Profile> {
  let base: unknown = {};
  const shown = file === "-" ? "<stdin>" : (file ?? "<flags>");
  if (file !== undefined) {
    const text =
      file === "-" ? await readStdin(io) : await readTextFile(resolve(io.cwd, file), file, MAX_PROFILE_BYTES);
    if ("issue" in text) throw new InputError(`cannot read the profile ${shown}`, [text.issue], HINT);
    // JSON, else YAML (the YAML parser loads only here), else a profile to explain (with zod)
    let profile = checkProfileText(text.text) ?? (await import("./yaml-profile.js")).checkYamlProfile(text.text, shown);
    if (!profile) {
      const parsed = (await import("../validation.js")).parseProfileText(text.text, shown);
      if (!parsed.ok) throw new InputError(`the profile ${shown} is invalid`, parsed.issues, HINT);
      profile = parsed.profile;
    }
    if (!hasProfileFlags(flags)) return profile; // nothing to lay over it, and it is checked
    base = JSON.parse(JSON.stringify(profile));
  }
  return validProfile(applyFlags(base, flags), shown);
}

/**
 * The profile, when one is given (--profile, or a profile flag), for the commands that show a role
 * with or without one (`role`, `compare`, `path`): `--country` alone is no profile, but picks the
 * country whose pay and facts are shown.
 */
export async function loadProfileIfGiven(
  io: Io,
  file: string | undefined,
  flags: ProfileFlags,
): Promise<Profile | undefined> {
  const { country, ...others } = flags;
  if (file === undefined && !hasProfileFlags(others)) return undefined;
  return loadProfile(io, file, flags);
}

async function readStdin(io: Io): Promise<{ text: string } | { issue: { file: string; message: string } }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_PROFILE_BYTES) return { issue: { file: "<stdin>", message: "is over the 1 MiB a profile may be" } };
    chunks.push(buffer);
  }
  return decodeText(Buffer.concat(chunks), "<stdin>");
}
