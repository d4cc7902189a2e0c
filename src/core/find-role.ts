import type { KnowledgeBase, Role } from "./kb-schema.js";
import {
  findRoleByExactName,
  findRoleByFirstWords,
  findRoleFuzzy,
  findRoleMisspelt,
  indexNames,
  type RoleIndex,
  type RoleLookup,
} from "./lookup.js";
import {
  type MeaningIndex,
  meaningIndex,
  restoredMeaningIndex,
  roleTexts,
  type StoredIndex,
  synonymsOf,
} from "./meaning.js";
import { readMeaningFile } from "./meaning-file.js";
import { namesOf } from "./role-names.js";
import { findByThesaurus, findRoleByMeaning } from "./role-policy.js";

// A role found from what a person typed (issue #16), in stages, each library loaded only when a
// stage needs it: the id or a name (no library: most lookups end here, at start-up speed); a
// word of the thesaurus (ESCO's labels, the sector's words); a name misspelt (no library but
// fastest-levenshtein's few lines: "acounts payble" at start-up speed); the full-text search
// (minisearch), or, in a KB too large for its index, fuse.js's typo matching. The policy for
// one, several or none: src/core/role-policy.ts.

const indexes = new WeakMap<KnowledgeBase, { names: RoleIndex; meaning?: MeaningIndex }>();

function indexesOf(kb: KnowledgeBase) {
  let found = indexes.get(kb);
  if (!found) {
    // the compiled names (src/core/role-names.ts): a role is read in full once it is found
    found = {
      names: indexNames(
        () => namesOf(kb),
        (place) => kb.roles[place] as Role,
      ),
    };
    indexes.set(kb, found);
  }
  return found;
}

/** The meaning index of a KB, built once, or restored from the build's (minisearch and stemmer load with it). */
export async function meaningIndexOf(kb: KnowledgeBase): Promise<MeaningIndex> {
  const found = indexesOf(kb);
  if (!found.meaning) {
    const [{ default: MiniSearch }, { stemmer }] = await Promise.all([import("minisearch"), import("stemmer")]);
    const stored = await storedOf(kb);
    found.meaning = stored
      ? restoredMeaningIndex(kb.roles, { MiniSearch, stemmer }, stored)
      : meaningIndex(roleTexts(kb), { MiniSearch, stemmer }, synonymsOf(kb));
  }
  return found.meaning;
}

/**
 * The index the build made (the shipped KB's: dist/meaning.bin). V8 reads what an older Node
 * wrote, not always what a newer one did: an index it cannot read is built again (~20 ms).
 */
async function storedOf(kb: KnowledgeBase): Promise<StoredIndex | undefined> {
  const bytes = kb.meaningIndex;
  if (bytes === undefined) return undefined;
  const { deserialize } = await import("node:v8");
  try {
    return readMeaningFile(bytes, { deserialize });
  } catch {
    return undefined;
  }
}

/**
 * Over this many roles, a name that is not a role's goes to typo matching alone: building the
 * full-text index of a KB of 10,000 roles takes ~1 s (the shipped KB's is made at build time).
 */
const MEANING_UP_TO_ROLES = 2000;

export async function findRoleIn(kb: KnowledgeBase, query: string): Promise<RoleLookup> {
  const { names } = indexesOf(kb);
  // a word of the thesaurus before the first words of a name: "non voice process" is a word
  // of two roles, though only one role's name begins with it
  const byName =
    findRoleByExactName(names, query) ??
    findByThesaurus(kb, query) ??
    findRoleByFirstWords(names, query) ??
    findRoleMisspelt(names, query);
  if (byName) return byName;
  // the full-text search has the last word: a name misspelt is the stage before's, and typo
  // matching of whole names (fuse.js) after it cost ~20 ms for a word and ~170 ms for a query of
  // 200 characters, for no query of the labelled set it answered better
  if (namesOf(kb).roles.length <= MEANING_UP_TO_ROLES) return findRoleByMeaning(await meaningIndexOf(kb), query);
  return findRoleFuzzy(names, query, (await import("fuse.js")).default);
}
