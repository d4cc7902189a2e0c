import { type GlobalOptions, type Io, printJson } from "../context.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";
import { colorFor } from "../render/color.js";
import { searchJson } from "../render/json.js";
import { prepareLayout } from "../render/layout.js";
import { renderSearchResults } from "../render/lists-text.js";
import { printForTerminal } from "../render/terminal-text.js";
import { refuseLongSearch, searchHits } from "../results.js";

export interface SearchOptions extends GlobalOptions {
  text: string;
  limit: number;
}

export async function searchCommand(options: SearchOptions, io: Io): Promise<ExitCode> {
  refuseLongSearch(options.text);
  const kb = await loadKnowledgeBase(io, options.kb);
  const hits = await searchHits(kb, options.text, options.limit);
  if (options.json) printJson(io, searchJson(options.text, hits));
  else {
    const chalk = await colorFor(io, options.color);
    await printForTerminal(
      io,
      hits.length ? io.stdout : io.stderr,
      renderSearchResults(options.text, hits, chalk, await prepareLayout(io)),
    );
  }
  return hits.length ? ExitCode.ok : ExitCode.notFound;
}
