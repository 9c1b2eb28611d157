/**
 * The self-contained HTML report: distributions of each mechanism, a radar of the dimensions, the
 * worst replies with their findings highlighted, and for a comparison both sets side by side.
 * Pure string building; the chart library's source is passed in so that the file needs no network.
 */
import type { ChatMessage, EmpathyProfile, Finding } from '../../types.js';
import type { SetComparison } from '../comparison.js';
import { DIMENSION_NAMES, MECHANISM_NAMES, measureValue } from '../measures.js';

/** A row of the report: a profile and, when the input had them, its texts. */
export interface ReportRow {
  id?: string;
  line: number;
  record: Record<string, unknown>;
  profile: EmpathyProfile;
}

export interface ReportInput {
  title: string;
  /** The rows (the candidate set in a comparison). */
  rows: readonly ReportRow[];
  /** In a comparison: the baseline rows, paired index by index with `rows`. */
  baseline?: readonly ReportRow[];
  comparison?: SetComparison;
  /** Names of the two sets, for legends. */
  labels?: [string, string];
  /** How many replies to show in full. @default 10 */
  worst?: number;
  /** JavaScript source of Chart.js (UMD build), inlined into the page. */
  chartSource: string;
  /** The chart library's licence notice, kept beside the inlined source. */
  chartLicense?: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] as string);
/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown): string =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const LABELS: Record<string, string> = {
  overall: 'Overall',
  cognitive: 'Cognitive',
  cultural: 'Cultural',
  relational: 'Relational',
  sentimentAttenuation: 'Sentiment attenuation',
  granularityMismatch: 'Granularity mismatch',
  conflictAvoidance: 'Conflict avoidance',
  linguisticDistancing: 'Linguistic distancing',
};

/**
 * Wraps every finding's span of `text` in a `<mark>`; overlapping spans are cut into pieces, each piece
 * marked with the most telling kind among the findings over it (problem over strength over context).
 */
export function highlight(text: string, findings: readonly Finding[]): string {
  const spans = findings.filter((f) => f.span.start < f.span.end && f.span.end <= text.length);
  if (spans.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(f.span.start);
    cuts.add(f.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const rank = { problem: 3, strength: 2, context: 1 } as const;
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = escapeHtml(text.slice(a, b));
    const over = spans.filter((f) => f.span.start <= a && f.span.end >= b);
    if (over.length === 0) {
      html += piece;
      continue;
    }
    const top = over.reduce((x, y) =>
      rank[y.kind] > rank[x.kind] || (y.kind === x.kind && y.severity > x.severity) ? y : x,
    );
    const title = over.map((f) => `${f.ruleId}: ${f.message}`).join('\n');
    html += `<mark class="finding ${top.kind}" data-rule="${escapeHtml(top.ruleId)}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}

/** The texts of a row, each with the findings that point into it. */
function texts(row: ReportRow): { label: string; text: string; findings: Finding[] }[] {
  const r = row.record;
  const f = row.profile.findings;
  if (Array.isArray(r.messages)) {
    const messages = r.messages as ChatMessage[];
    const t = row.profile.meta.transcript;
    const indices = t ? [...t.userMessages, t.responseMessage] : messages.map((_, i) => i);
    return indices
      .filter((i) => typeof messages[i]?.content === 'string')
      .map((i) => ({
        label: `${(messages[i] as ChatMessage).role} (message ${i})`,
        text: (messages[i] as ChatMessage).content,
        findings: f.filter((x) => x.span.message === i),
      }));
  }
  const out: { label: string; text: string; findings: Finding[] }[] = [];
  if (typeof r.prompt === 'string') {
    out.push({ label: 'user', text: r.prompt, findings: f.filter((x) => x.span.source === 'prompt') });
  }
  if (typeof r.response === 'string') {
    out.push({ label: 'reply', text: r.response, findings: f.filter((x) => x.span.source === 'response') });
  }
  return out;
}

const num = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(2));

function scoreChips(p: EmpathyProfile): string {
  const chips = [`<span class="chip overall">overall ${num(p.overall)}</span>`];
  for (const m of MECHANISM_NAMES) {
    const r = p.mechanisms[m];
    if (r.applicable)
      chips.push(`<span class="chip" title="severity">${escapeHtml(LABELS[m] ?? m)} ${num(r.severity)}</span>`);
  }
  return chips.join(' ');
}

function replyCard(row: ReportRow, label?: string): string {
  const body = texts(row)
    .map(
      (t) =>
        `<div class="text"><div class="who">${escapeHtml(t.label)}</div><p>${highlight(t.text, t.findings)}</p></div>`,
    )
    .join('');
  const list = row.profile.findings
    .map(
      (f) =>
        `<li class="${f.kind}"><code>${escapeHtml(f.ruleId)}</code> ${f.kind === 'problem' ? `<b>${f.severity.toFixed(2)}</b> ` : ''}“${escapeHtml(f.span.text)}” — ${escapeHtml(f.message)}</li>`,
    )
    .join('');
  const name = row.id === undefined ? `line ${row.line}` : `id ${escapeHtml(row.id)} (line ${row.line})`;
  return `<article class="reply"><h3>${label ? `${escapeHtml(label)}: ` : ''}${name}</h3><div class="chips">${scoreChips(row.profile)}</div>${body}<details><summary>${row.profile.findings.length} findings</summary><ul class="findings">${list}</ul></details></article>`;
}

function histogram(rows: readonly ReportRow[], m: (typeof MECHANISM_NAMES)[number]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const r of rows) {
    const v = measureValue(r.profile, m);
    if (v === null) continue;
    const i = Math.min(9, Math.floor(v * 10));
    bins[i] = (bins[i] ?? 0) + 1;
  }
  return bins;
}

function means(rows: readonly ReportRow[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const k of ['overall', ...DIMENSION_NAMES, ...MECHANISM_NAMES] as const) {
    let s = 0;
    let n = 0;
    for (const r of rows) {
      const v = measureValue(r.profile, k);
      if (v !== null) {
        s += v;
        n++;
      }
    }
    out[k] = n ? s / n : null;
  }
  return out;
}

function summaryTable(input: ReportInput): string {
  if (input.comparison && input.labels) {
    const rows = input.comparison.measures
      .map(
        (m) =>
          `<tr class="${m.verdict === 'worse' ? 'worse' : m.verdict === 'better' ? 'better' : ''}"><td>${escapeHtml(LABELS[m.measure] ?? m.measure)}${m.lowerIsBetter ? ' <small>(severity)</small>' : ''}</td><td>${m.baseline.toFixed(3)}</td><td>${m.candidate.toFixed(3)}</td><td>${m.delta >= 0 ? '+' : ''}${m.delta.toFixed(3)}</td><td>${m.ci[0].toFixed(3)} .. ${m.ci[1].toFixed(3)}</td><td>${m.verdict}</td></tr>`,
      )
      .join('');
    return `<table class="summary"><thead><tr><th>measure</th><th>${escapeHtml(input.labels[0])}</th><th>${escapeHtml(input.labels[1])}</th><th>change</th><th>${Math.round(input.comparison.confidence * 100)}% CI</th><th>verdict</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  const m = means(input.rows);
  const rows = Object.entries(m)
    .map(
      ([k, v]) =>
        `<tr><td>${escapeHtml(LABELS[k] ?? k)}${MECHANISM_NAMES.includes(k as never) ? ' <small>(severity)</small>' : ''}</td><td>${num(v)}</td></tr>`,
    )
    .join('');
  return `<table class="summary"><thead><tr><th>measure</th><th>mean</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px} h2{font-size:19px;margin:28px 0 10px} h3{font-size:15px;margin:0 0 6px}
.meta{color:#5b6475}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:14px}
.card,.reply{background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:14px}
.chart{position:relative;height:220px} .radar{height:320px}
table.summary{border-collapse:collapse;background:#fff;border:1px solid #e2e5ea}
table.summary td,table.summary th{padding:4px 12px;border-bottom:1px solid #eef0f3;text-align:left}
tr.worse td{background:#fdecec} tr.better td{background:#eaf7ee}
.reply{margin-bottom:14px} .who{font-size:12px;text-transform:uppercase;color:#7a8394;letter-spacing:.04em}
.text p{white-space:pre-wrap;margin:2px 0 10px}
mark.finding{border-radius:3px;padding:0 1px} mark.problem{background:#ffd2cc} mark.strength{background:#cdeed6} mark.context{background:#dfe7ff}
.chip{display:inline-block;font-size:12px;border:1px solid #d5d9e0;border-radius:10px;padding:0 8px;margin:0 4px 6px 0}
.chip.overall{font-weight:600}
ul.findings{font-size:13px;margin:6px 0 0;padding-left:18px} li.problem code{color:#b3261e} li.strength code{color:#1e7b3a}
.top{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:24px;align-items:start}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.legend mark{margin-right:8px}
`;

const SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var colors = ['rgba(99,110,250,0.75)','rgba(239,85,59,0.75)'];
  var n = 0;
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  data.mechanisms.forEach(function(m){
    var el = document.getElementById('chart-' + m.name);
    new Chart(el, {type:'bar', data:{labels:data.bins, datasets:m.sets.map(function(s,i){return {label:s.label, data:s.counts, backgroundColor:colors[i]};})},
      options:{responsive:true, maintainAspectRatio:false, plugins:{legend:{display:m.sets.length>1}, title:{display:true, text:m.title + ' (severity)'}},
        scales:{x:{title:{display:true,text:'severity'}}, y:{beginAtZero:true, title:{display:true,text:'replies'}, ticks:{precision:0}}}}});
    n++;
  });
  new Chart(document.getElementById('chart-dimensions'), {type:'radar',
    data:{labels:data.dimensions.labels, datasets:data.dimensions.sets.map(function(s,i){return {label:s.label, data:s.values, backgroundColor:colors[i].replace('0.75','0.2'), borderColor:colors[i], pointBackgroundColor:colors[i]};})},
    options:{responsive:true, maintainAspectRatio:false, spanGaps:true, scales:{r:{min:0, max:1, ticks:{stepSize:0.25}}}, plugins:{title:{display:true, text:'Mean preservation (1 = fully kept)'}}}});
  n++;
  document.body.setAttribute('data-charts', String(n));
})();
`;

/** Builds the report page. */
export function renderReport(input: ReportInput): string {
  const worst = input.worst ?? 10;
  const labels = input.labels ?? ['profiles', 'candidate'];
  const sets = input.baseline ? [input.baseline, input.rows] : [input.rows];
  const setLabels = input.baseline ? labels : [labels[0]];
  // A dimension no reply could be judged on (null everywhere) would sit at the centre and read as a failure.
  const setMeans = sets.map(means);
  const dimKeys = (['overall', ...DIMENSION_NAMES] as const).filter((k) => setMeans.some((m) => m[k] !== null));
  const data = {
    bins: Array.from({ length: 10 }, (_, i) => `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`),
    mechanisms: MECHANISM_NAMES.map((m) => ({
      name: m,
      title: LABELS[m],
      sets: sets.map((rows, i) => ({ label: setLabels[i], counts: histogram(rows, m) })),
    })),
    dimensions: {
      labels: dimKeys.map((k) => LABELS[k]),
      sets: setMeans.map((m, i) => {
        return {
          label: setLabels[i],
          values: dimKeys.map((k) => (m[k] === null ? null : Number((m[k] as number).toFixed(4)))),
        };
      }),
    },
  };

  let replies: string;
  if (input.baseline) {
    const base = input.baseline;
    const order = input.rows
      .map((r, i) => ({ i, change: r.profile.overall - (base[i] as ReportRow).profile.overall }))
      .sort((a, b) => a.change - b.change || a.i - b.i)
      .slice(0, worst);
    replies = `<h2>Largest drops in overall preservation</h2>${order
      .map(
        (o) =>
          `<div class="pair" data-change="${o.change.toFixed(3)}">${replyCard(base[o.i] as ReportRow, labels[0])}${replyCard(input.rows[o.i] as ReportRow, labels[1])}</div>`,
      )
      .join('')}`;
  } else {
    const order = input.rows
      .map((r, i) => ({ i, overall: r.profile.overall }))
      .sort((a, b) => a.overall - b.overall || a.i - b.i)
      .slice(0, worst);
    replies = `<h2>Worst replies</h2>${order.map((o) => replyCard(input.rows[o.i] as ReportRow)).join('')}`;
  }

  const count = input.baseline
    ? `${input.rows.length} paired replies: ${escapeHtml(labels[0])} vs ${escapeHtml(labels[1])}`
    : `${input.rows.length} replies`;
  const version = input.rows[0]?.profile.meta.library.version ?? '';
  const chartSource = input.chartSource.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(input.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(input.title)}</h1>
<p class="meta">${count}. empathy-profile ${escapeHtml(version)}. Preservation: 1 = the person's perspective fully kept; severity: 0 = no sign of the failure.</p>
<div class="top"><div><h2>Summary</h2>${summaryTable(input)}</div>
<div><h2>Dimensions</h2>
<div class="card"><div class="chart radar"><canvas id="chart-dimensions" role="img" aria-label="Radar chart of mean preservation per dimension"></canvas></div></div></div></div>
<h2>Mechanisms</h2>
<div class="grid">${MECHANISM_NAMES.map((m) => `<div class="card"><div class="chart"><canvas id="chart-${m}" role="img" aria-label="Distribution of ${escapeHtml(LABELS[m] ?? m)} severity"></canvas></div></div>`).join('')}</div>
<p class="legend">Highlights: <mark class="finding problem">problem</mark><mark class="finding strength">strength</mark><mark class="finding context">what the person brought</mark></p>
${replies}
</main>
<script id="report-data" type="application/json">${scriptJson(data)}</script>
<script>/*! Chart.js, MIT licence${input.chartLicense ? `\n${input.chartLicense.replace(/\*\//g, '* /')}` : ''} */
${chartSource}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
