import type MiniSearch from "minisearch";
import type { Options } from "minisearch";

// The one place that knows minisearch's fields: its index taken and put back whole, so that the
// build's index of the shipped KB is restored at run time rather than made again (meaning.ts).

/**
 * minisearch's index in memory: its radix tree of terms (a Map of Maps) and its documents' data,
 * as its own fields (protected, for a subclass to use) hold them. MiniSearch.loadJS makes them
 * again from JSON term by term, ~11 ms for the shipped KB at start-up, while V8 deserializes
 * them whole in ~2 ms. The fields are those of minisearch 7.2.0 (pinned in package.json): a
 * test checks that a restored index answers each labelled query as the index it was taken from.
 */
export interface SearchState {
  tree: Map<string, unknown>;
  documentCount: number;
  documentIds: Map<number, unknown>;
  idToShortId: Map<unknown, number>;
  fieldIds: Record<string, number>;
  fieldLength: Map<number, number[]>;
  avgFieldLength: number[];
  nextId: number;
  storedFields: Map<number, Record<string, unknown>>;
  dirtCount: number;
}

/** What a restorable index adds to minisearch's. */
export interface Restorable {
  /** Whether a term (as processed) is in the index, as written. */
  holds(term: string): boolean;
  state(): SearchState;
  restore(state: SearchState): this;
}

/** A MiniSearch class (the library, as loaded) whose index can be taken and put back whole. */
export function restorable<T>(Base: typeof MiniSearch): new (options: Options<T>) => MiniSearch<T> & Restorable {
  return class extends Base<T> implements Restorable {
    holds(term: string): boolean {
      return this._index.has(term);
    }
    state(): SearchState {
      return {
        tree: this._index._tree,
        documentCount: this._documentCount,
        documentIds: this._documentIds,
        idToShortId: this._idToShortId,
        fieldIds: this._fieldIds,
        fieldLength: this._fieldLength,
        avgFieldLength: this._avgFieldLength,
        nextId: this._nextId,
        storedFields: this._storedFields,
        dirtCount: this._dirtCount,
      };
    }
    restore(s: SearchState): this {
      this._index._tree = s.tree as typeof this._index._tree;
      this._documentCount = s.documentCount;
      this._documentIds = s.documentIds;
      this._idToShortId = s.idToShortId;
      this._fieldIds = s.fieldIds;
      this._fieldLength = s.fieldLength;
      this._avgFieldLength = s.avgFieldLength;
      this._nextId = s.nextId;
      this._storedFields = s.storedFields;
      this._dirtCount = s.dirtCount;
      return this;
    }
  };
}
