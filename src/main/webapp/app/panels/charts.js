import { api } from '../api.js';
import { clock, count, duration, durationUnit } from '../format.js';

// The trend charts (Chart.js from its WebJar, loaded before this module as a classic script).
const { Chart } = globalThis;
const COLORS = { p50: '#2563eb', p90: '#d97706', p99: '#b42318', wip: '#2563eb', queue: '#7c3aed', limit: '#64748b' };
const charts = {};

Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#556070';
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.animation = false;

function chart(id, type, options = {}) {
  if (!charts[id]) {
    charts[id] = new Chart(document.getElementById(id), {
      type,
      data: { labels: [], datasets: [] },
      options: {
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkipPadding: 16 }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
        },
        ...options,
      },
    });
  }
  return charts[id];
}

function show(id, labels, datasets, summary) {
  const target = chart(id);
  target.data.labels = labels;
  target.data.datasets = datasets;
  target.update();
  const canvas = document.getElementById(id);
  const figure = canvas.closest('figure');
  const empty = labels.length === 0 || datasets.every((d) => d.data.every((v) => v === null || v === 0));
  figure.querySelector('.chart__empty').hidden = !empty;
  canvas.setAttribute('aria-label', `${figure.querySelector('figcaption').textContent}: ${empty ? 'no data yet' : summary}`);
}

function line(label, color, data, extra = {}) {
  return { label, data, borderColor: color, backgroundColor: color, pointRadius: 0, borderWidth: 2, tension: 0.25, spanGaps: true, ...extra };
}

/** Completions per window slice and the cycle-time distribution: both come with every metrics snapshot. */
export function renderFlow(flow) {
  chart('chart-throughput', 'bar', { plugins: { legend: { display: false } } });
  const trend = flow.throughputTrend;
  show('chart-throughput', trend.map((s) => clock(s.from)),
    [{ label: 'Completed', data: trend.map((s) => s.completed), backgroundColor: '#2563eb', borderRadius: 3 }],
    `${count(trend.reduce((sum, s) => sum + s.completed, 0))} completed, latest slice ${count(trend.at(-1)?.completed)}`);

  chart('chart-cycle-time', 'bar', { plugins: { legend: { display: false } } });
  const buckets = flow.cycleTimeDistribution;
  const labels = buckets.map((b, i) => (b.upToMs === null
    ? `> ${duration(buckets[i - 1]?.upToMs)}` : `≤ ${duration(b.upToMs)}`));
  show('chart-cycle-time', labels,
    [{ label: 'Work orders', data: buckets.map((b) => b.count), backgroundColor: '#0f766e', borderRadius: 3 }],
    buckets.map((b, i) => `${labels[i]}: ${b.count}`).join(', '));
}

/** Minute-rollup history of the last `hours`: lead-time percentiles, WIP and queue. */
export async function renderHistory(hours, wipLimit) {
  const step = hours <= 1 ? 'PT1M' : hours <= 6 ? 'PT5M' : 'PT15M';
  const from = new Date(Date.now() - hours * 3600_000).toISOString();
  const series = (metric) => api.get(`metrics/history?metric=${encodeURIComponent(metric)}&from=${from}&step=${step}`)
    .then((h) => h.points);
  const [p50, p90, p99, wip, queue] = await Promise.all([
    'tcps_production_lead_time_p50', 'tcps_production_lead_time_p90', 'tcps_production_lead_time_p99',
    'tcps_kanban_wip_current', 'tcps_kanban_queue_depth'].map(series));

  const leadTimes = aligned([p50, p90, p99]);
  const unit = durationUnit(Math.max(0, ...leadTimes.values.flat().filter((v) => v !== null)));
  const scaled = (values) => values.map((v) => (v === null ? null : v / unit.divisor));
  chart('chart-lead-time', 'line', {
    scales: {
      x: { ticks: { maxRotation: 0, autoSkipPadding: 16 }, grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: unit.label } },
    },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, tooltip: { callbacks: {
      label: (item) => `${item.dataset.label}: ${duration(item.raw * unit.divisor)}` } } },
  });
  const lastOf = (values) => values.filter((v) => v !== null).at(-1);
  show('chart-lead-time', leadTimes.labels, [
    line('p50', COLORS.p50, scaled(leadTimes.values[0])),
    line('p90', COLORS.p90, scaled(leadTimes.values[1])),
    line('p99', COLORS.p99, scaled(leadTimes.values[2])),
  ], `latest p50 ${duration(lastOf(leadTimes.values[0]))}, p90 ${duration(lastOf(leadTimes.values[1]))}, `
    + `p99 ${duration(lastOf(leadTimes.values[2]))}`);

  const flow = aligned([wip, queue]);
  chart('chart-wip', 'line');
  const datasets = [line('WIP', COLORS.wip, flow.values[0]), line('Queued', COLORS.queue, flow.values[1])];
  if (wipLimit !== undefined && flow.labels.length) {
    datasets.push(line('WIP limit', COLORS.limit, flow.labels.map(() => wipLimit), { borderDash: [6, 4], borderWidth: 1.5 }));
  }
  show('chart-wip', flow.labels, datasets,
    `latest WIP ${count(lastOf(flow.values[0]))}, queued ${count(lastOf(flow.values[1]))}`);
}

/** Several series on one time axis: the union of their steps, null where a series has no sample. */
function aligned(seriesList) {
  const steps = [...new Set(seriesList.flatMap((points) => points.map((p) => p.at)))].sort();
  const values = seriesList.map((points) => {
    const byStep = new Map(points.map((p) => [p.at, p.avg]));
    return steps.map((at) => byStep.get(at) ?? null);
  });
  return { labels: steps.map(clock), values };
}
