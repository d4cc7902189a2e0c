import type { Profile } from "../core/profile-schema.js";
import { InputError } from "../errors.js";
import { checkProfile } from "./check-profile.js";

export const PROFILE_HINT = "see `bpo-advisor match --help` for the profile format and flags";

/**
 * A profile object (flags laid over a file, or the library's argument) checked as `match` checks
 * it: the fast check, and zod only for one it does not settle (an invalid one, to explain it).
 */
export async function validProfile(value: unknown, where: string, hint = PROFILE_HINT): Promise<Profile> {
  const fast = checkProfile(value);
  if (fast) return fast;
  const result = (await import("../validation.js")).parseProfileObject(value, where);
  if (!result.ok) throw new InputError(`the profile ${where} is invalid`, result.issues, hint);
  return result.profile;
}
