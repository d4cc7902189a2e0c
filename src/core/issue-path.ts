import type { PathSegment } from "./yaml-document.js";

/** roles[3].requirements.education.minimum */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");

export const asPathSegments = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((p) => (typeof p === "number" ? p : String(p)));
