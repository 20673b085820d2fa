// Seeded generator of CRM exports in the shapes HubSpot, Salesforce and Pipedrive write (header
// names and date and number styles as their CSV exports use them), with messy rows mixed in:
// cells missing or extra, unreadable dates, formula-looking and right-to-left labels, blank
// lines. `node test/tools/crm-fixtures.mjs` writes the small files to test/fixtures/crm/; the
// bench calls `crmExport` for its large files, which are never committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast PRNG, so the same seed always gives the same file. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 0, 1);
const SPAN = 365 * DAY;
const pad = (n) => String(n).padStart(2, '0');

const DATE_STYLES = {
  // HubSpot: ISO date and time.
  iso: (t) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  },
  // Salesforce in a US locale: month first, 12-hour clock.
  us: (t) => {
    const d = new Date(t);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
  },
  // Pipedrive in a German locale: day first with dots.
  eu: (t) => {
    const d = new Date(t);
    return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  },
};

const MONEY = {
  plain: (n) => n.toFixed(2),
  us: (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  de: (n) => n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

const SOURCES = [
  ['Organic search', 0.5],
  ['Paid search', 0.3],
  ['Referrals', 0.9],
  ['Social media', 0.2],
  ['Email marketing', 0.45],
  ['Events', 0.6],
  ['Direct traffic', 0.4],
];
const OWNERS = ['Ana Silva', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Emma Larsson', 'Farid Haddad'];

function quote(cell) {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const SHAPES = {
  hubspot: {
    dates: 'iso',
    money: 'plain',
    leads: [
      'Record ID',
      'First Name',
      'Create Date',
      'Lifecycle Stage',
      'Became a Marketing Qualified Lead Date',
      'Became a Sales Qualified Lead Date',
      'Became a Customer Date',
      'Original Source',
      'Contact owner',
      'Time to first engagement (HH:mm:ss)',
    ],
    deals: [
      'Record ID',
      'Deal Name',
      'Create Date',
      'Close Date',
      'Deal Stage',
      'Amount',
      'Deal owner',
      'Original Source',
    ],
  },
  salesforce: {
    dates: 'us',
    money: 'us',
    leads: [
      'Lead ID',
      'First Name',
      'Company',
      'Created Date',
      'Lead Status',
      'MQL Date',
      'Converted Date',
      'Lead Source',
      'Lead Owner',
      'First Activity Date',
    ],
    deals: [
      'Opportunity ID',
      'Opportunity Name',
      'Created Date',
      'Close Date',
      'Stage',
      'Amount',
      'Opportunity Owner',
      'Lead Source',
    ],
  },
  pipedrive: {
    dates: 'eu',
    money: 'de',
    leads: [
      'Lead - ID',
      'Lead - Title',
      'Lead - Created',
      'Lead - MQL date',
      'Lead - Converted date',
      'Lead - Source',
      'Lead - Owner',
      'Lead - Minutes to first response',
    ],
    deals: [
      'Deal - ID',
      'Deal - Title',
      'Deal - Value',
      'Deal - Currency',
      'Deal - Owner',
      'Deal - Stage',
      'Deal - Status',
      'Deal - Add time',
      'Deal - Won time',
      'Deal - Lost time',
      'Deal - Source channel',
    ],
  },
};

/** One lead's life: when it arrived, which stages it reached and when, and how fast someone answered. */
function lead(r) {
  const [source, boost] = SOURCES[Math.floor(r() * SOURCES.length)];
  const owner = OWNERS[Math.floor(r() * OWNERS.length)];
  const created = START + Math.floor(r() * SPAN);
  const mql = r() < 0.25 + 0.2 * boost ? created + r() * 10 * DAY : null;
  const sql = mql && r() < 0.3 + 0.3 * boost ? mql + (1 + r() * 20) * DAY : null;
  const customer = sql && r() < 0.2 + 0.2 * boost ? sql + (10 + r() * 50) * DAY : null;
  const never = r() < 0.12;
  // Most answers come within hours; a long tail takes days.
  const response = never ? null : Math.exp(Math.log(2.5) + 1.6 * (r() + r() + r() - 1.5)) * HOUR;
  return { source, owner, created, mql, sql, customer, response, id: Math.floor(r() * 1e9) };
}

function leadRow(shape, l, i, date) {
  const d = (t) => (t === null ? '' : date(t));
  const stage = l.customer ? 'customer' : l.sql ? 'salesqualifiedlead' : l.mql ? 'marketingqualifiedlead' : 'lead';
  const hms = (ms) => {
    const s = Math.round(ms / 1000);
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  };
  if (shape === 'hubspot')
    return [
      String(l.id),
      `Contact ${i}`,
      d(l.created),
      stage,
      d(l.mql),
      d(l.sql),
      d(l.customer),
      l.source,
      l.owner,
      l.response === null ? '' : hms(l.response),
    ];
  if (shape === 'salesforce')
    return [
      `00Q${l.id}`,
      `Lead ${i}`,
      `Company ${i % 997}`,
      d(l.created),
      l.sql ? 'Closed - Converted' : 'Working - Contacted',
      d(l.mql),
      d(l.sql),
      l.source,
      l.owner,
      l.response === null ? '' : d(l.created + l.response),
    ];
  return [
    String(l.id),
    `Lead ${i}`,
    d(l.created),
    d(l.mql),
    d(l.sql),
    l.source,
    l.owner,
    l.response === null ? '' : String(Math.round(l.response / 60000)),
  ];
}

function dealRow(shape, r, i, date, money) {
  const [source, boost] = SOURCES[Math.floor(r() * SOURCES.length)];
  const owner = OWNERS[Math.floor(r() * OWNERS.length)];
  const created = START + Math.floor(r() * SPAN);
  const roll = r();
  const outcome = roll < 0.15 + 0.15 * boost ? 'won' : roll < 0.75 ? 'lost' : 'open';
  const closed = outcome === 'open' ? null : created + (5 + r() * 80) * DAY;
  const amount = Math.round(2000 + r() * r() * 40000);
  const d = (t) => (t === null ? '' : date(t));
  if (shape === 'hubspot') {
    const stage = outcome === 'won' ? 'Closed won' : outcome === 'lost' ? 'Closed lost' : 'Contract sent';
    return [String(1e6 + i), `Deal ${i}`, d(created), d(closed), stage, money(amount), owner, source];
  }
  if (shape === 'salesforce') {
    const stage = outcome === 'won' ? 'Closed Won' : outcome === 'lost' ? 'Closed Lost' : 'Negotiation/Review';
    return [
      `006${1e6 + i}`,
      `Opportunity ${i}`,
      d(created),
      d(closed ?? created + 30 * DAY),
      stage,
      money(amount),
      owner,
      source,
    ];
  }
  return [
    String(i),
    `Deal ${i}`,
    money(amount),
    'EUR',
    owner,
    outcome === 'open' ? 'Proposal made' : 'Negotiations started',
    outcome,
    d(created),
    outcome === 'won' ? d(closed) : '',
    outcome === 'lost' ? d(closed) : '',
    source,
  ];
}

/** A messy row: the kinds of damage real exports show. */
function mess(r, row, header, dateCol) {
  const kind = Math.floor(r() * 5);
  const copy = [...row];
  if (kind === 0) return [...copy, 'stray cell'];
  if (kind === 1) return copy.slice(0, -2);
  if (kind === 2) {
    copy[dateCol] = r() < 0.5 ? 'n/a' : '31/31/2025';
    return copy;
  }
  const text = header.findIndex((h) => /source|channel/i.test(h));
  copy[text] = kind === 3 ? '=HYPERLINK("http://example.invalid","click")' : 'حملة الربيع';
  return copy;
}

/**
 * A CSV export: `shape` is hubspot, salesforce or pipedrive; `kind` leads or deals; `rows`
 * data rows (about 2 % messy when `messy`); the same seed always gives the same text.
 */
export function crmExport(shape, kind, rows, seed = 1, messy = true) {
  const s = SHAPES[shape];
  const r = rng(seed);
  const date = DATE_STYLES[s.dates];
  const header = s[kind];
  const dateCol = header.findIndex((h) => /creat|add time/i.test(h));
  const lines = [header.map(quote).join(',')];
  for (let i = 1; i <= rows; i++) {
    let row = kind === 'leads' ? leadRow(shape, lead(r), i, date) : dealRow(shape, r, i, date, MONEY[s.money]);
    if (messy && r() < 0.02) row = mess(r, row, header, dateCol);
    lines.push(row.map(quote).join(','));
    if (messy && r() < 0.002) lines.push('');
  }
  return lines.join('\r\n') + '\r\n';
}

/** A customers file (a billing system's shape): start, MRR at start and now, cancellation. */
export function customersExport(rows, seed = 1) {
  const r = rng(seed);
  const lines = ['Customer ID,Customer since,Starting MRR,Current MRR,Cancelled at'];
  for (let i = 1; i <= rows; i++) {
    const start = Date.UTC(2023, 0, 1) + Math.floor(r() * 3 * 365 * DAY);
    const mrr = Math.round(100 + r() * 900);
    const churn = r() < 0.25 ? start + (30 + r() * 500) * DAY : null;
    const end = Date.UTC(2025, 11, 31);
    const now = Math.round(mrr * (0.9 + r() * 0.4));
    lines.push(
      [
        `cus_${i}`,
        DATE_STYLES.iso(start).slice(0, 10),
        mrr,
        now,
        churn && churn < end ? DATE_STYLES.iso(churn).slice(0, 10) : '',
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../fixtures/crm/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  let seed = 1;
  for (const shape of Object.keys(SHAPES))
    for (const kind of ['leads', 'deals'])
      writeFileSync(`${dir}${shape}-${kind}.csv`, crmExport(shape, kind, 600, seed++));
  writeFileSync(`${dir}customers.csv`, customersExport(300, 42));
  process.stdout.write(`Wrote CRM fixtures to ${dir}\n`);
}
