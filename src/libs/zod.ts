// What the bundle's dist/libs/zod.cjs holds (see tsup.config.ts): the parts of zod/mini the
// program uses, and English, the one locale it uses. All of zod/mini, with its forty-odd locales,
// is three times the code, loaded and held in memory (~5 MB more) by each thread that needs zod.
// test/libs.test.ts checks that every z.<name> the program uses is here.
import en from "zod/v4/locales/en.js";

export {
  _default,
  array,
  boolean,
  compile,
  config,
  describe,
  enum,
  globalRegistry,
  gt,
  gte,
  input,
  int,
  literal,
  lte,
  maxLength,
  minLength,
  NEVER,
  null,
  number,
  optional,
  output,
  partialRecord,
  pipe,
  record,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  toJSONSchema,
  transform,
  union,
  ZodMiniType,
} from "zod/mini";
export const locales = { en };
