import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import { languageNameOf } from "../core/languages.js";
import { sanitize } from "./sanitize.js";

type VocabKey = keyof KnowledgeBase["vocabularies"];

/** The KB's label for a vocabulary id ("higher-secondary" -> "Higher secondary (10+2)"). */
export const label = (kb: KnowledgeBase, vocab: VocabKey, id: string): string =>
  sanitize(kb.vocabularies[vocab].find((e) => e.id === id)?.label ?? id);

const MODE_LABELS = { voice: "Voice", "non-voice": "Non-voice", blended: "Voice and non-voice" } as const;

export const modeLabel = (role: Role): string => {
  const directions = role.process.directions?.length ? ` (${role.process.directions.join(", ")})` : "";
  return MODE_LABELS[role.process.mode] + directions;
};

export const officeLabel = (role: Role): string => (role.office === "front" ? "Front office" : "Back office");

/** "de" -> "German"; an unknown code is shown as it is. */
export const languageName = (code: string): string => languageNameOf(code) ?? code;

export const NOT_KNOWN = "not known";
