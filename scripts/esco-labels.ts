// Writes data/kb/esco-labels.yaml (issue #16): for every role, the labels ESCO v1.1.1 gives the
// occupation(s) the role names in `classification.esco` (preferred label, then alternative labels,
// as in /work/shared/data/esco-1.1.1/occupations_en.csv), less the labels that would send a
// person to the wrong role here. Run it with `npx tsx scripts/esco-labels.ts`.
//
// A label is left out when
// - it equals (case, accents, punctuation and centre/center aside) the title or an alias of a
//   different role: that role's name is that role's, not this one's (done by the script); or
// - it is in exclude below, the reviewed list: a label that names a different job (a field
//   adjuster, a switchboard operator, a director), a job that is another role's here (telemarketer
//   is the outbound telesales agent, not the inbound representative), or one too generic to send
//   to this role alone. Each entry says why.
// Every label the CSV brings for every role was reviewed; the script fails when exclude names a
// label that no occupation of the role has (a stale entry), so the list stays in step with ESCO.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse } from "yaml";
import { normalizeName } from "../src/core/normalize.js";

const KB_DIR = "data/kb";
const OUT = join(KB_DIR, "esco-labels.yaml");
const ESCO_CSV = process.env.ESCO_CSV ?? "/work/shared/data/esco-1.1.1/occupations_en.csv";

/** role id -> ESCO label -> why it is left out. */
/** The labels of ESCO's call centre analyst that name other jobs: left out of both roles that take it. */
const NOT_CALL_CENTRE_ANALYSTS: Record<string, string> = {
  "trainee data analyst": "a data analyst (ESCO data analyst, ISCO 2511): a different job",
  "customer data analyst": "a data analyst: a different job",
  "IT data analyst": "a data analyst: a different job",
  "senior data analyst": "a data analyst: a different job",
  "graduate data analyst": "a data analyst: a different job",
  "CRM data analyst": "a data analyst: a different job",
  "sales data analyst": "a data analyst: a different job",
  "assistant data analyst": "a data analyst: a different job",
  "marketing data analyst": "a data analyst: a different job",
  "service desk analyst": "an IT service desk job (technical-support-specialist)",
};

const exclude: Record<string, Record<string, string>> = {
  "back-office-process-associate": {
    "financial office specialist": "fits finance back offices only (the role's own note leaves it out of the aliases)",
  },
  "medical-billing-ar-caller": {
    "financial clerk": "generic finance clerk: names no healthcare-billing work",
    "account receivable clerk": "corporate accounts receivable (O2C): the accounts-receivable-specialist's",
    "accounts receivables clerk": "corporate accounts receivable (O2C): the accounts-receivable-specialist's",
    "invoice clerk": "raises invoices to customers: accounts receivable (O2C), not insurance claim follow-up",
    "accounting officer": "generic accounting job",
    "financial administration clerk": "generic finance clerk",
    "posting clerk": "posts entries to ledgers: read as accounts receivable (cash application) here",
    "accounts payable officer": "accounts payable: the accounts-payable-specialist's",
  },
  "accounts-receivable-specialist": {
    "financial clerk": "generic finance clerk: could be any finance role",
    "accounting officer": "generic accounting job (also an ESCO label of accountant, the GL role's)",
    "financial administration clerk": "generic finance clerk",
    "accounts payable officer": "accounts payable: the accounts-payable-specialist's",
  },
  "accounts-payable-specialist": {
    "billing clerk": "billing is the receivables side (O2C), not payables",
    "financial clerk": "generic finance clerk",
    "account receivable clerk": "accounts receivable: the accounts-receivable-specialist's",
    "accounts receivables clerk": "accounts receivable: the accounts-receivable-specialist's",
    "invoice clerk": "raises invoices to customers (O2C); AP processes suppliers' invoices",
    "accounting officer": "generic accounting job",
    "financial administration clerk": "generic finance clerk",
    "posting clerk": "read as accounts receivable (cash application)",
  },
  "insurance-claims-processor": {
    "contract claims examiner": "examines construction-contract claims: a different job",
    "claims consultant": "advises claimants on their claims (a public adjuster's work), not BPO processing",
    "insurance claims consultant": "advises claimants on their claims, not BPO processing",
    "property and casualty insurance claims examiner":
      "a licensed examiner who decides P&C claims: a judging role (role note)",
    "claims inspector": "inspects damage in the field: a field role (role note)",
    "insurance claims inspector": "inspects damage in the field: a field role (role note)",
    "civil damages inspector": "inspects damage in the field",
    "claims service supervisor": "a supervisor's job: the team leader's level",
    "casualty insurance adjuster": "a field/judging adjuster (role note: adjusters left out)",
    "claims adjuster": "a field/judging adjuster (role note: adjusters left out)",
    "travelling insurance assessor": "assesses losses on site: a field role",
    "insurance claims assessor": "assesses losses and decides: a judging role (role note)",
    "insurance agent": "sells insurance policies: a sales job, not claims",
  },
  "collections-agent": {
    "credit control agent":
      "in shared services credit control is the receivables (O2C) team's work; the jargon lists it for both roles",
    "field debt collector": "visits debtors: the field job, which the role's note says is not this desk role",
    "revenue agent": "a tax officer's title (revenue agency), not debt collection",
  },
  "customer-service-representative": {
    "customer experience manager": "a manager's job, not the representative's",
    "service desk operator": "a service desk is the IT help desk here (technical-support-specialist)",
    "outbound call center agent": "outbound calls: the outbound-telesales-agent's",
    "outbound call centre agent": "outbound calls: the outbound-telesales-agent's",
    "telephone sales generator": "telesales: the outbound-telesales-agent's",
    "telemarketing operator": "telemarketing: the outbound-telesales-agent's",
    "inbound telemarketer": "telemarketing (selling on the phone): the outbound-telesales-agent's",
    "outbound sales agent": "outbound sales: the outbound-telesales-agent's",
    "outbound telemarketer": "telemarketing: the outbound-telesales-agent's",
    "telephone sales agent": "telesales: the outbound-telesales-agent's",
    "telephone solicitor": "telesales: the outbound-telesales-agent's",
    "inbound sales agent": "selling on the phone: the outbound-telesales-agent's",
    "telephone operator": "a switchboard operator: a different job",
  },
  "outbound-telesales-agent": {
    "call centre taker": "takes incoming calls: the inbound customer-service-representative's",
    "call centre rep": "generic call-centre agent: the KB gives 'call centre agent' to the inbound representative",
    "inbound call centre agent": "inbound calls: the customer-service-representative's",
    "telephone service attendant": "answers service calls: the customer-service-representative's",
    "call centre operative": "generic call-centre agent: the customer-service-representative's here",
    "telephone operator": "a switchboard operator: a different job",
    "call centre operator": "generic call-centre agent: the customer-service-representative's here",
    "call centre representative": "generic call-centre agent: the customer-service-representative's here",
    "call centre service agent": "service calls: the customer-service-representative's",
    "inbound call center agent": "inbound calls: the customer-service-representative's",
    "call center representative": "generic call-centre agent: the customer-service-representative's here",
  },
  "language-specialist-csr": {
    "trainee customer service representative":
      "the general representative's job: language desks are found by their language",
    "customer service officer": "the general representative's job",
    "customer relations officer": "the general representative's job",
    "customer feedback representative": "the general representative's job",
    "customer service person": "the general representative's job",
    "customer experience manager": "a manager's job",
    "complaint representative": "the general representative's job",
    "information agent": "the general representative's job",
    "information office worker": "the general representative's job",
    "service desk operator": "a service desk is the IT help desk here",
    "assistant customer service representative": "the general representative's job",
    "customer relationship officer": "the general representative's job",
    "customer complaints handler": "the general representative's job",
    "graduate customer service representative": "the general representative's job",
    "information clerk": "the general representative's job",
  },
  "senior-representative": {
    "trainee customer service representative": "an entry grade: the customer-service-representative's",
    "customer service officer": "the entry representative's job",
    "customer relations officer": "the entry representative's job",
    "customer feedback representative": "the entry representative's job",
    "customer service person": "the entry representative's job",
    "customer experience manager": "a manager's job",
    "complaint representative": "the entry representative's job",
    "information agent": "the entry representative's job",
    "information office worker": "the entry representative's job",
    "service desk operator": "a service desk is the IT help desk here",
    "assistant customer service representative": "an entry grade: the customer-service-representative's",
    "customer relationship officer": "the entry representative's job",
    "customer complaints handler": "the entry representative's job",
    "graduate customer service representative": "an entry grade: the customer-service-representative's",
    "information clerk": "the entry representative's job",
  },
  "customer-engagement-manager": {
    // both occupations are a reading of the seed's description; their labels name the
    // representative's and the contact clerk's jobs, which are other roles here
    "trainee customer service representative": "the customer-service-representative's",
    "customer service officer": "the customer-service-representative's",
    "customer relations officer": "the customer-service-representative's",
    "customer feedback representative": "the customer-service-representative's",
    "customer service person": "the customer-service-representative's",
    "customer experience manager":
      "a manager of customer experience: a managerial job, while this role is entry-level call work",
    "complaint representative": "the customer-service-representative's",
    "information agent": "the customer-service-representative's",
    "information office worker": "the customer-service-representative's",
    "service desk operator": "a service desk is the IT help desk here",
    "assistant customer service representative": "the customer-service-representative's",
    "customer relationship officer": "the customer-service-representative's",
    "customer complaints handler": "the customer-service-representative's",
    "graduate customer service representative": "the customer-service-representative's",
    "information clerk": "the customer-service-representative's",
    "customer contact centre information clerk": "the chat-email-support-representative's occupation",
    "customer relations representative": "the customer-service-representative's",
    "customer contact center information clerk": "the chat-email-support-representative's occupation",
    "customer representative": "the customer-service-representative's",
    "customer helpdesk clerk": "help desk reads as the IT help desk here",
    "customer service clerk": "the chat-email-support-representative's",
    "client services clerk": "the chat-email-support-representative's",
    "customer support officer": "customer support: the customer-service-representative's",
    "customer contact clerk": "the chat-email-support-representative's",
    "customer information center assistant": "the chat-email-support-representative's",
  },
  "chat-email-support-representative": {
    "customer relations representative": "a generic representative: the inbound customer-service-representative's",
    "customer representative": "a generic representative: the inbound customer-service-representative's",
    "customer support officer":
      "customer support: the customer-service-representative's (its alias 'Customer Support Representative')",
    "customer helpdesk clerk": "help desk reads as the IT help desk here (technical-support-specialist)",
  },
  "general-ledger-accountant": {
    "cost accountant": "cost accounting: a different job",
    "accounting supervisor": "a supervisor's job",
    auditor: "audit: a different job",
    "production accountant": "film and TV production accounting: a different job",
    "account auditor": "audit: a different job",
    "certified public accountant": "names a licence (CPA), not this SSC job",
    "register accountant": "a registered (chartered) accountant: a licence, not this SSC job",
    "head financial accountant": "the head of accounting: a manager's job",
    "accounting technician": "junior bookkeeping: the bookkeeper's",
    "accounting bookkeeper": "the bookkeeper's",
    "accounts clerk": "the bookkeeper's",
    "general bookkeeper": "the bookkeeper's",
    "book-keeper": "the bookkeeper's",
    "book-keeping clerk": "the bookkeeper's",
    "account information clerk": "the bookkeeper's",
    "accounting clerk": "the bookkeeper's",
  },
  "procurement-associate": {
    "senior purchaser": "a senior buyer (role note: labels naming a senior buyer left out)",
    "senior buyer": "a senior buyer (role note: labels naming a senior buyer left out)",
  },
  "bpo-recruiter": {
    "job placement officer": "places job seekers in jobs (employment services), not recruiting for a BPO",
    "temporary labour officer": "temporary staffing: a different job",
    "temporary labour agent": "temporary staffing: a different job",
    "employment agent": "an employment agency's placement job, not recruiting for a BPO",
    "job placement consultant": "places job seekers in jobs, not recruiting for a BPO",
    "HR director": "HR generalist work at director level, not recruiting",
    "HR rep": "HR generalist work: the hro-specialist's",
    "lifelong learning coach": "training: a different job",
    "personnel director": "a director's job",
    "HR supervisor": "a supervisor's job",
    "personnel officer": "HR generalist work: the hro-specialist's",
    "personnel administrator": "HR administration: the hro-specialist's",
    "personnel assistant": "HR administration: the hro-specialist's",
    "human resources representative": "HR generalist work: the hro-specialist's",
    "HR representative": "HR generalist work: the hro-specialist's",
    "human resources director": "a director's job",
    "personnel rep": "HR generalist work: the hro-specialist's",
    "personnel representative": "HR generalist work: the hro-specialist's",
    "personnel supervisor": "a supervisor's job",
    "HR worker": "HR generalist work: the hro-specialist's",
    "personnel worker": "HR generalist work: the hro-specialist's",
    "personnel manager": "a manager's job",
    "skills trainer": "training: the trainer's",
    "personnel development specialist": "training and development: the trainer's",
    "competencies trainer": "training: the trainer's",
    "human resources officer": "HR generalist work: the hro-specialist's",
    "personnel expert": "HR generalist work: the hro-specialist's",
    "human resources supervisor": "a supervisor's job",
    "human resources rep": "HR generalist work: the hro-specialist's",
    "HR officer": "HR generalist work: the hro-specialist's",
    "human resources worker": "HR generalist work: the hro-specialist's",
    "human resource officer": "HR generalist work: the hro-specialist's",
  },
  "hro-specialist": {
    "HR director": "a director's job, above this specialist role",
    "lifelong learning coach": "training: a different job",
    "personnel director": "a director's job",
    "HR supervisor": "a supervisor's job",
    "human resources director": "a director's job",
    "personnel supervisor": "a supervisor's job",
    "personnel manager": "a manager's job",
    "skills trainer": "training: the trainer's",
    "personnel development specialist": "training and development: the trainer's",
    "competencies trainer": "training: the trainer's",
    "human resources supervisor": "a supervisor's job",
  },
  "workforce-analyst": {
    // call centre analyst is only the nearest occupation (role note): its reporting labels are
    // the MIS analyst's, whose alias "Call centre analyst" is
    "call center analyst": "the MIS analyst's alias 'Call centre analyst' (US spelling)",
    "call centre reporting analyst": "reporting: the mis-analyst's (its alias)",
    "assistant call centre analyst": "the call centre analyst is the mis-analyst's alias",
    "trainee call centre analyst": "the call centre analyst is the mis-analyst's alias",
    "graduate call centre analyst": "the call centre analyst is the mis-analyst's alias",
    "senior call centre analyst": "the call centre analyst is the mis-analyst's alias",
    ...NOT_CALL_CENTRE_ANALYSTS,
  },
  "mis-analyst": {
    "call centre operations analyst": "operations (intraday) analysis: the workforce-analyst's (its role note)",
    ...NOT_CALL_CENTRE_ANALYSTS,
  },
  "assistant-manager": {
    // call centre manager is only the nearest occupation (role note): its labels name the manager
    "contact centre coordinator": "a coordinator, not an assistant manager",
    "call centre coordinator": "a coordinator, not an assistant manager",
    "call center manager": "the manager: the operations-manager's alias 'Call centre manager' (US spelling)",
    "client centre manager": "the manager: the operations-manager's",
    "customer centre manager": "the manager: the operations-manager's",
    "call centre director": "a director: the operations-manager's",
  },
  "operations-manager": {
    "contact centre coordinator": "a coordinator, not a manager",
    "call centre coordinator": "a coordinator, not a manager",
    "operations supervisor": "a supervisor: the team leader's level",
    "operations administrator": "administrative work, not managing operations",
  },
  "process-excellence-analyst": {
    "lean engineer": "manufacturing engineering: a different job",
    "manufacturing excellence manager": "manufacturing: a different job",
    "lean director": "a director's job, far above this analyst role",
  },
  "internal-departments-accountant": {
    "billing and accounting assistant": "billing is receivables work, not internal departments'",
  },
  "financial-analyst": {
    "structured finance analyst": "structured finance (investment banking): a different job",
    "financial markets researcher": "financial markets research: a different job",
    "m&a analyst": "mergers and acquisitions: a different job",
    "banking analyst": "investment banking: a different job",
    "economic analyst": "an economist's job",
    "financial markets report writer": "financial markets research: a different job",
    "financial markets analyst": "financial markets research: a different job",
    "treasury analyst": "treasury: a different job",
    "stock market analyst": "equity markets: a different job",
    "capital markets analyst": "capital markets: a different job",
    "financial markets specialist": "financial markets: a different job",
    "financial markets forecaster": "financial markets forecasting: a different job",
  },
  "data-entry-operator": {
    "data steward": "data governance: a different job",
    "statistical clerk": "statistical work: the data-collector's (its role note)",
  },
  "data-collector": {
    "data-entry clerk": "data entry: the data-entry-operator's",
    "data steward": "data governance: a different job",
    "data entry officer": "data entry: the data-entry-operator's",
    "payment entry clerk": "data entry: the data-entry-operator's",
    "data-entry officer": "data entry: the data-entry-operator's",
    "data entry inspector": "data entry: the data-entry-operator's",
    "information technology expert": "IT: the it-developer's",
    statistician: "a professional statistician: a different job",
    "admin assistant": "administrative assistant: a different job",
    "administrative assistant": "administrative assistant: a different job",
    "computer expert": "IT: the it-developer's",
    "report compiler": "compiling reports: the MIS analyst's work here",
  },
  "quality-analyst": {
    "customer service centre analyst": "reads as a call centre (MIS) analyst rather than quality",
  },
  trainer: {
    "educational planner": "plans education programmes: a different job",
  },
  "team-leader": {
    "direct sales supervisor": "supervises field (direct) sales: a different job",
    "telemarketing manager": "a manager's job",
    "customer service centre manager": "a manager's job: the operations-manager's",
  },
  "bpo-specialist": {
    "financial office specialist": "fits finance back offices only",
  },
};

interface EscoRef {
  uri: string;
  label?: string;
}
interface RoleDoc {
  id: string;
  title: string;
  aliases?: string[];
  classification?: { esco?: EscoRef[] };
}

const fold = (s: string) => normalizeName(s).replace(/\bcenter\b/g, "centre");

// the roles, in file order
const roles: RoleDoc[] = [];
for (const file of readdirSync(KB_DIR)
  .filter((f) => /\.ya?ml$/.test(f) && f !== "esco-labels.yaml")
  .sort()) {
  const doc = parse(readFileSync(join(KB_DIR, file), "utf8")) as { roles?: RoleDoc[] } | null;
  roles.push(...(doc?.roles ?? []));
}

// the occupations: conceptUri -> labels (preferred first, then alternatives, one per line)
const rows = parseCsv(readFileSync(ESCO_CSV), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const occupations = new Map<string, string[]>();
for (const row of rows) {
  const uri = row.conceptUri;
  if (!uri) continue;
  const labels = [row.preferredLabel ?? "", ...(row.altLabels ?? "").split(/\r?\n/)]
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter((l) => l !== "");
  occupations.set(uri, labels);
}

// whose name is each name (title or alias), folded
const nameOwners = new Map<string, Set<string>>();
for (const r of roles) {
  for (const name of [r.title, ...(r.aliases ?? [])]) {
    const key = fold(name);
    nameOwners.set(key, (nameOwners.get(key) ?? new Set()).add(r.id));
  }
}

const problems: string[] = [];
const entries: { role: string; occupation: string; labels: string[]; excluded: string[] }[] = [];
const used = new Set<string>();
const log: string[] = [];
for (const role of roles) {
  const excludes = exclude[role.id] ?? {};
  for (const ref of role.classification?.esco ?? []) {
    const all = occupations.get(ref.uri);
    if (!all) {
      problems.push(`${role.id}: ${ref.uri} is not in ${ESCO_CSV}`);
      continue;
    }
    const seen = new Set<string>();
    const labels: string[] = [];
    const excluded: string[] = [];
    for (const label of all) {
      const key = label.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const others = [...(nameOwners.get(fold(label)) ?? [])].filter((id) => id !== role.id);
      if (label in excludes) {
        used.add(`${role.id}\u0000${label}`);
        excluded.push(label);
        log.push(`  ${role.id}: - ${label} (${excludes[label]})`);
      } else if (others.length > 0) {
        excluded.push(label);
        log.push(`  ${role.id}: - ${label} (a name of ${others.join(", ")})`);
      } else {
        labels.push(label);
      }
    }
    entries.push({ role: role.id, occupation: ref.uri, labels, excluded });
  }
}

// a stale exclusion: the label is no longer among the role's occupations' labels
for (const [id, labels] of Object.entries(exclude)) {
  if (!roles.some((r) => r.id === id)) problems.push(`exclude names a role that does not exist: ${id}`);
  for (const label of Object.keys(labels)) {
    if (!used.has(`${id}\u0000${label}`))
      problems.push(`exclude["${id}"]["${label}"]: no occupation of the role has it`);
  }
}

if (problems.length > 0) {
  console.error(problems.map((p) => `error: ${p}`).join("\n"));
  process.exit(1);
}

// labels kept for more than one role: a query naming one of them is answered "several"
const keptBy = new Map<string, Set<string>>();
for (const e of entries) {
  for (const l of e.labels) keptBy.set(fold(l), (keptBy.get(fold(l)) ?? new Set()).add(e.role));
}
const shared = [...keptBy].filter(([, ids]) => ids.size > 1);

const header =
  "# yaml-language-server: $schema=../kb.schema.json\n" +
  "# Generated by scripts/esco-labels.ts from ESCO v1.1.1 (© European Union, https://esco.ec.europa.eu): do not edit the labels by hand; edit `exclude` in scripts/esco-labels.ts and run it again.\n";
const list = (items: string[]) => `[${items.map((l) => JSON.stringify(l)).join(", ")}]`;
const body = entries
  .map(
    (e) =>
      `  - role: ${e.role}\n    occupation: ${JSON.stringify(e.occupation)}\n` +
      `    labels: ${list(e.labels)}\n    excluded: ${list(e.excluded)}\n`,
  )
  .join("");
const out = `${header}escoLabels:\n${body}`;
// what is written must read back as what was meant
const back = parse(out) as { escoLabels: typeof entries };
if (JSON.stringify(back.escoLabels) !== JSON.stringify(entries)) throw new Error("esco-labels.yaml does not read back");
writeFileSync(OUT, out);

console.log(`${OUT}: ${entries.length} occupations of ${new Set(entries.map((e) => e.role)).size} roles`);
console.log(
  `${entries.reduce((n, e) => n + e.labels.length, 0)} labels kept, ${entries.reduce((n, e) => n + e.excluded.length, 0)} left out:`,
);
console.log(log.join("\n"));
if (shared.length > 0) {
  console.log("kept for several roles (a query naming one is answered with all of them):");
  for (const [label, ids] of shared) console.log(`  ${label}: ${[...ids].join(", ")}`);
}
