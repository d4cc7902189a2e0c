import type MiniSearch from "minisearch";
import type { Options } from "minisearch";

// The one place that knows minisearch's fields: its index taken and put back, so that the build's
// index of the shipped KB is restored at run time rather than made again (meaning.ts), and only
// as far as a query needs it.

/**
 * minisearch's index in memory, as its own fields (protected, for a subclass to use) hold it,
 * but for its radix tree of terms (a Map of Maps): that is kept as branches (TreeBranch). The
 * fields are those of minisearch 7.2.0 (pinned in package.json): a test checks that a restored
 * index answers each labelled query as the index it was taken from.
 */
export interface SearchState {
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

/**
 * One branch of the radix tree's root: the terms that begin with `key` (no two branches begin
 * with the same letter), read on first use. MiniSearch.loadJS makes the whole tree again from
 * JSON term by term, ~11 ms for the shipped KB at start-up; V8 deserializes it in ~2.5 ms, and
 * a query of three words needs three branches of thirty.
 */
export interface TreeBranch {
  key: string;
  /**
   * Its terms, each between line breaks ("\nterm\n..."), so that which branches hold a term near
   * a typo is known without reading them (a term holds no line break: the tokenizer splits at one).
   */
  terms: string;
  read(): Map<string, unknown>;
}

/** How many letters off a near spelling may be (minisearch's maxFuzzy): needNear() reads the branches for one. */
export const NEAR = 1;

/** What a restorable index adds to minisearch's. */
export interface Restorable {
  /** Whether a term (as processed) is in the index, as written. */
  holds(term: string): boolean;
  /** Reads the branch a term is in, if it is not read yet: holds() and an exact search need no other. */
  need(term: string): void;
  /**
   * Reads the branches that hold a term one letter off `term` (NEAR): its first letter's, and
   * another's only where a letter added, dropped or changed first makes a term of it.
   */
  needNear(term: string): void;
  state(): { search: SearchState; tree: TreeBranch[] };
  restore(state: SearchState, tree: readonly TreeBranch[]): this;
}

type Tree = Map<string, unknown>;

/** A MiniSearch class (the library, as loaded) whose index can be taken and put back. */
export function restorable<T>(Base: typeof MiniSearch): new (options: Options<T>) => MiniSearch<T> & Restorable {
  return class extends Base<T> implements Restorable {
    /** The branches not read yet, by their first letter (none for an index built here). */
    private unread = new Map<string, TreeBranch>();
    /** The branches in the order of the tree they were taken from. */
    private order: readonly TreeBranch[] = [];

    holds(term: string): boolean {
      this.need(term);
      return this._index.has(term);
    }
    need(term: string): void {
      const branch = this.unread.get(term.charAt(0));
      if (branch !== undefined) this.read([branch]);
    }
    needNear(term: string): void {
      if (this.unread.size === 0) return;
      // a term one letter off that does not begin as `term` does: its first letter dropped, or
      // another letter put before it or in place of it
      const rest = term.slice(1);
      const inBranch = (b: TreeBranch, t: string) => b.terms.includes(`\n${t}\n`);
      const near = [...this.unread].filter(
        ([first, b]) =>
          first === term.charAt(0) || inBranch(b, first + rest) || inBranch(b, first + term) || inBranch(b, rest),
      );
      this.read(near.map(([, b]) => b));
    }
    /**
     * Puts branches in the tree, which keeps the order of the tree taken: a search for near
     * spellings walks it in that order, and so finds (and scores) them as the whole tree would.
     */
    private read(branches: readonly TreeBranch[]): void {
      if (branches.length === 0) return;
      const read = this._index._tree as Tree;
      for (const b of branches) {
        this.unread.delete(b.key.charAt(0));
        read.set(b.key, b.read());
      }
      const tree: Tree = new Map();
      for (const b of this.order) if (read.has(b.key)) tree.set(b.key, read.get(b.key));
      this._index._tree = tree as typeof this._index._tree;
    }
    state(): { search: SearchState; tree: TreeBranch[] } {
      this.read([...this.unread.values()]);
      const terms = [...this._index.keys()];
      const tree = [...(this._index._tree as Tree)].map(([key, branch]) => {
        const its = terms.filter((t) => t.charAt(0) === key.charAt(0));
        if (its.some((t) => t.includes("\n"))) throw new Error(`a term holds a line break: ${JSON.stringify(its)}`);
        return { key, terms: `\n${its.join("\n")}\n`, read: () => branch as Tree };
      });
      return {
        search: {
          documentCount: this._documentCount,
          documentIds: this._documentIds,
          idToShortId: this._idToShortId,
          fieldIds: this._fieldIds,
          fieldLength: this._fieldLength,
          avgFieldLength: this._avgFieldLength,
          nextId: this._nextId,
          storedFields: this._storedFields,
          dirtCount: this._dirtCount,
        },
        tree,
      };
    }
    restore(s: SearchState, tree: readonly TreeBranch[]): this {
      this._index._tree = new Map() as typeof this._index._tree;
      this.order = tree;
      this.unread = new Map(tree.map((b) => [b.key.charAt(0), b]));
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
