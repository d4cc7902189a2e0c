import type { RoleLines, StoredIndex } from "./meaning.js";
import type { SearchState } from "./search-state.js";

// dist/meaning.bin, the shipped KB's full-text index as the build keeps it (meaning.ts:
// StoredIndex), written by V8's serializer: one value whose small parts (minisearch's fields,
// the synonyms) are read at once, and whose large ones (each branch of the tree of terms, each
// role's lines) stay bytes until a query needs them.

/** node:v8's serializer, loaded by the caller when it is needed. */
export interface V8Serializer {
  serialize(value: unknown): Uint8Array;
  deserialize(bytes: Uint8Array): unknown;
}

interface MeaningFile {
  search: SearchState;
  synonyms: Map<string, readonly string[]>;
  /** The first letters of the tree's branches, each one's terms, and its bytes. */
  keys: string[];
  terms: string[];
  branches: Uint8Array[];
  /** Each role's lines' bytes, in the order of the KB's roles. */
  lines: Uint8Array[];
}

export function writeMeaningFile(stored: StoredIndex, { serialize }: Pick<V8Serializer, "serialize">): Uint8Array {
  const file: MeaningFile = {
    search: stored.search,
    synonyms: stored.synonyms,
    keys: stored.tree.map((b) => b.key),
    terms: stored.tree.map((b) => b.terms),
    branches: stored.tree.map((b) => serialize(b.read())),
    lines: stored.lines.map((l) => serialize(l())),
  };
  return serialize(file);
}

/** The index of a file writeMeaningFile wrote; it throws for bytes this Node's V8 cannot read. */
export function readMeaningFile(bytes: Uint8Array, { deserialize }: Pick<V8Serializer, "deserialize">): StoredIndex {
  const file = deserialize(bytes) as MeaningFile;
  return {
    search: file.search,
    synonyms: file.synonyms,
    tree: file.keys.map((key, i) => ({
      key,
      terms: file.terms[i] as string,
      read: () => deserialize(file.branches[i] as Uint8Array) as Map<string, unknown>,
    })),
    lines: file.lines.map((b) => () => deserialize(b) as RoleLines),
  };
}
