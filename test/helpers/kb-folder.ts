import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./run-cli.js";

/**
 * A KB folder: the shipped KB's files but its roles (roles.yaml, roles-*.yaml) and the names it
 * gives them (esco-labels.yaml, jargon.yaml), and `rolesFile` as roles.yaml.
 */
export function kbFolderWith(rolesFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), "bpo-kb-"));
  const shipped = join(ROOT, "data/kb");
  for (const f of readdirSync(shipped))
    if (!/^(roles(-.*)?|esco-labels|jargon)\.yaml$/.test(f)) copyFileSync(join(shipped, f), join(dir, f));
  copyFileSync(rolesFile, join(dir, "roles.yaml"));
  return dir;
}
