import { stringify } from "yaml";
import type { Profile } from "../core/profile-schema.js";

/** The profile as a YAML file a person can read, edit and pass back to `match --profile`. */
export function profileToYaml(profile: Profile): string {
  const header = [
    "# A bpo-advisor profile (its schema: schemas/profile.schema.json in the package).",
    "# Use it with: bpo-advisor match --profile <this file>",
  ].join("\n");
  return `${header}\n${stringify(withoutUndefined(profile), { lineWidth: 0 })}`;
}

const withoutUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
