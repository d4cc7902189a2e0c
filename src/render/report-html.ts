import { fitLine, type Report, type ReportMatch } from "./report-model.js";
import { sanitize } from "./sanitize.js";

// A report as one self-contained HTML file: its style inline, with print CSS for one A4 page; no
// script, no font, image or style sheet from anywhere (a link to a source is only a link).

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const htmlText = (text: string): string => sanitize(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const STYLE = `
  @page { size: A4; margin: 14mm 15mm; }
  :root { color: #111; background: #fff; }
  body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Devanagari", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; max-width: 48em; margin: 1.5em auto; padding: 0 1em; }
  h1 { font-size: 17pt; margin: 0 0 .4em; }
  h2 { font-size: 12.5pt; margin: 1em 0 .3em; border-bottom: 1px solid #999; }
  h3 { font-size: 11pt; margin: .8em 0 .2em; }
  table.who { border-collapse: collapse; }
  table.who th { text-align: left; padding: 0 1em 0 0; font-weight: 600; vertical-align: top; }
  table.who td { padding: 0; }
  ul, ol { margin: .2em 0 .4em 1.2em; padding: 0; }
  p { margin: .2em 0; }
  .fit { font-weight: 600; }
  .next { color: #333; }
  .sources { font-size: 9pt; }
  footer { margin-top: 1.2em; border-top: 1px solid #999; font-size: 8.5pt; color: #333; }
  @media print {
    body { margin: 0; padding: 0; max-width: none; font-size: 9.5pt; }
    a { color: inherit; text-decoration: none; }
    h2, h3 { break-after: avoid; }
    section.match { break-inside: avoid; }
  }
`;

const cites = (ns: readonly number[]) => ns.map((n) => ` <a href="#source-${n}">[${n}]</a>`).join("");
const list = (heading: string, items: readonly string[]) =>
  items.length === 0
    ? ""
    : `<p><strong>${heading}</strong></p>\n<ul>\n${items.map((i) => `<li>${i}</li>`).join("\n")}\n</ul>\n`;

/** A source's address as a link, only when it is a web address (never javascript: or data:). */
const link = (url: string) =>
  /^https?:\/\//i.test(url) ? ` <a href="${htmlText(url)}">${htmlText(url)}</a>` : ` ${htmlText(url)}`;

export function reportHtml(report: Report): string {
  const person = report.person.map((r) => `<tr><th>${htmlText(r.label)}</th><td>${htmlText(r.value)}</td></tr>`);
  const { total, conflictsLeftOut } = report.ranked;
  const path = report.path;
  const parts = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<h1>${htmlText(report.title)}</h1>`,
    '<h2 id="who">Who</h2>',
    `<table class="who">\n${person.join("\n")}\n</table>`,
    '<h2 id="matches">Top matches</h2>',
    report.matches.length === 0 ? "<p>No role to rank.</p>" : report.matches.map(matchSection).join("\n"),
    `<p>${report.matches.length} of ${total} roles shown${conflictsLeftOut > 0 ? `; ${conflictsLeftOut} left out, as they ask what you said you do not want` : ""}. Each role in full: <code>bpo-advisor role &lt;id&gt;</code>.</p>`,
  ];
  if (path) {
    parts.push(
      `<h2 id="path">Career path from ${htmlText(path.from.title)}</h2>`,
      `<p>Comes from: ${path.before.length ? path.before.map((r) => htmlText(r.title)).join(", ") : "not known"}</p>`,
      path.after.length === 0
        ? "<p>Leads to: not known</p>"
        : `<p>Leads to:</p>\n<ol>\n${path.after
            .map(
              (s) =>
                `<li><strong>${htmlText(s.title)}</strong> (${htmlText(s.id)}): ${htmlText(s.fit)}${s.missing.length ? `\n<ul>\n${s.missing.map((m) => `<li>${htmlText(m)}</li>`).join("\n")}\n</ul>` : ""}</li>`,
            )
            .join("\n")}\n</ol>`,
    );
  }
  parts.push(
    '<h2 id="sources">Sources</h2>',
    report.sources.length === 0
      ? "<p>None cited.</p>"
      : `<ol class="sources">\n${report.sources.map((s) => `<li id="source-${s.n}" value="${s.n}">${htmlText(s.text)}${s.url ? link(s.url) : ""}</li>`).join("\n")}\n</ol>`,
    `<footer><p>${htmlText(report.foot)}</p></footer>`,
    "</body>",
    "</html>",
    "",
  );
  return parts.join("\n");
}

function matchSection(m: ReportMatch): string {
  return [
    `<section class="match" id="match-${m.rank}">`,
    `<h3>${m.rank}. ${htmlText(m.title)} <small>(${htmlText(m.id)})</small></h3>`,
    `<p class="fit">Fit: ${htmlText(fitLine(m))}</p>`,
    list("Why", m.why.map(htmlText)),
    list(
      "What is missing",
      m.missing.map((g) =>
        g.next
          ? `${htmlText(g.text)}<br><span class="next">Next step: ${htmlText(g.next.text)}${cites(g.next.cite)}</span>`
          : htmlText(g.text),
      ),
    ),
    list("Not known", m.notKnown.map(htmlText)),
    m.pay.length > 0
      ? list(
          "Pay",
          m.pay.map((p) => `${htmlText(p.text)}${cites(p.cite)}`),
        )
      : m.payNote
        ? `<p><strong>Pay:</strong> ${htmlText(m.payNote)}</p>`
        : "",
    "</section>",
  ]
    .filter((s) => s !== "")
    .join("\n");
}
