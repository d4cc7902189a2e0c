import { fitLine, type Report, type ReportMatch } from "./report-model.js";
import { sanitize } from "./sanitize.js";

// A report as Markdown (CommonMark): headings, lists and one table, every piece of KB or profile
// text escaped so that a name such as "*Asha* | <b>" reads as written. test/report.test.ts pins
// the layout with a golden file.

/** Backslash-escapes what CommonMark reads as markup inside a line (after sanitising controls). */
export const mdText = (text: string): string =>
  sanitize(text)
    .replace(/[\\`*_{}[\]<>|#~!&]/g, (c) => `\\${c}`)
    .replace(/\n/g, " ");

const cites = (ns: readonly number[]) => ns.map((n) => ` [${n}]`).join("");

export function reportMarkdown(report: Report): string {
  const out: string[] = [`# ${mdText(report.title)}`, "", "## Who", "", "| | |", "|---|---|"];
  for (const row of report.person) out.push(`| ${mdText(row.label)} | ${mdText(row.value)} |`);
  out.push("", "## Top matches", "");
  if (report.matches.length === 0) out.push("No role to rank.", "");
  for (const m of report.matches) out.push(...matchBlock(m));
  const { total, conflictsLeftOut } = report.ranked;
  out.push(
    `${report.matches.length} of ${total} roles shown${conflictsLeftOut > 0 ? `; ${conflictsLeftOut} left out, as they ask what you said you do not want` : ""}. Each role in full: \`bpo-advisor role <id>\`.`,
    "",
  );
  const path = report.path;
  if (path) {
    out.push(`## Career path from ${mdText(path.from.title)}`, "");
    out.push(
      `Comes from: ${path.before.length ? path.before.map((r) => mdText(r.title)).join(", ") : "not known"}`,
      "",
    );
    if (path.after.length === 0) out.push("Leads to: not known", "");
    else {
      out.push("Leads to:", "");
      path.after.forEach((step, i) => {
        out.push(`${i + 1}. **${mdText(step.title)}** (${mdText(step.id)}): ${mdText(step.fit)}`);
        for (const m of step.missing) out.push(`   - ${mdText(m)}`);
      });
      out.push("");
    }
  }
  out.push("## Sources", "");
  if (report.sources.length === 0) out.push("None cited.");
  for (const s of report.sources)
    out.push(`${s.n}. ${mdText(s.text)}${s.url ? ` <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ""}`);
  out.push("", "---", "", mdText(report.foot), "");
  return out.join("\n");
}

function matchBlock(m: ReportMatch): string[] {
  const out = [`### ${m.rank}. ${mdText(m.title)} (${mdText(m.id)})`, "", `**Fit:** ${mdText(fitLine(m))}`, ""];
  const list = (heading: string, items: readonly string[]) => {
    if (items.length === 0) return;
    out.push(`**${heading}**`, "", ...items.map((i) => `- ${i}`), "");
  };
  list("Why", m.why.map(mdText));
  list(
    "What is missing",
    m.missing.map((g) =>
      g.next ? `${mdText(g.text)}  \n  Next step: ${mdText(g.next.text)}${cites(g.next.cite)}` : mdText(g.text),
    ),
  );
  list("Not known", m.notKnown.map(mdText));
  if (m.pay.length > 0)
    list(
      "Pay",
      m.pay.map((p) => `${mdText(p.text)}${cites(p.cite)}`),
    );
  else if (m.payNote) out.push(`**Pay:** ${mdText(m.payNote)}`, "");
  return out;
}
