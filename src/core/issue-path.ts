/** A step of a path into a document: a key or an index. */
export type PathSegment = string | number;

/** roles[3].requirements.education.minimum */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");

export const asPathSegments = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((p) => (typeof p === "number" ? p : String(p)));
