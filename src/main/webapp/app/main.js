import { api } from './api.js';
import { LineConnection } from './connection.js';
import { stamp } from './format.js';
import { clear, report } from './problems.js';
import { redraw as redrawAndons, renderAndons, wireResolveForm } from './panels/andons.js';
import { renderFlow, renderHistory } from './panels/charts.js';
import { renderHealth } from './panels/health.js';
import { renderOverview, renderQuality } from './panels/overview.js';
import { renderWip } from './panels/wip.js';
import { renderWorkOrders } from './panels/workorders.js';
import { wireWorkOrderForm } from './panels/workorderform.js';

// Wires the panels to their endpoints and to the connection (stream events or polling).
const HISTORY_EVERY_MS = 60_000;
let wipLimit;
let historyReadAt = 0;

function renderMetrics(all) {
  renderOverview(all);
  renderQuality(all.quality);
  renderFlow(all.flow);
  wipLimit = all.kanban.wipLimit;
}

const panels = {
  metrics: () => api.get('metrics/all').then(renderMetrics),
  health: () => api.get('health/components').then(renderHealth),
  kanban: () => api.get('kanban').then(renderWip),
  andons: () => api.get('andon?status=OPEN&limit=200').then(renderAndons),
  workOrders: () => api.get('work-orders?limit=12').then(renderWorkOrders),
  history: () => renderHistory(Number(document.getElementById('history-range').value), wipLimit)
    .then(() => { historyReadAt = Date.now(); }),
};

// One refresh per panel at a time; a request made while one runs is served by one more run after it.
const running = new Map();
const again = new Set();

async function refresh(name) {
  if (running.has(name)) {
    again.add(name);
    return running.get(name);
  }
  const run = panels[name]()
    .then(() => {
      clear(name);
      touched();
      return true;
    })
    .catch((failure) => {
      if (!failure.problem) throw failure;
      // Unreachable server: the connection state says so, no banner per panel.
      if (!failure.problem.offline) report(name, failure.problem);
      return !failure.problem.offline;
    })
    .finally(() => {
      running.delete(name);
      if (again.delete(name)) refresh(name);
    });
  running.set(name, run);
  return run;
}

async function refreshAll() {
  const names = Object.keys(panels).filter((n) => n !== 'history' || Date.now() - historyReadAt >= HISTORY_EVERY_MS);
  // Metrics first: the WIP chart draws the limit from them.
  const metricsAnswered = await refresh('metrics');
  const answers = await Promise.all(names.filter((n) => n !== 'metrics').map(refresh));
  return metricsAnswered || answers.some(Boolean);
}

const onEvent = {
  'metrics-update': (all) => {
    renderMetrics(all);
    touched();
  },
  andon_triggered: () => refresh('andons'),
  andon_resolved: () => refresh('andons'),
  work_order_update: () => {
    refresh('workOrders');
    refresh('kanban');
  },
  health_changed: () => refresh('health'),
};

const STATE_LABELS = { connecting: 'Connecting…', live: 'Live', polling: 'Polling', offline: 'Offline' };
const STATE_TITLES = {
  live: 'Updates are pushed by the server as they happen.',
  polling: 'The live stream is unavailable; the dashboard re-reads the API every 5 seconds.',
  offline: 'The server does not answer; retrying every 5 seconds.',
};

function showState(state) {
  const node = document.getElementById('connection');
  node.dataset.state = state;
  node.title = STATE_TITLES[state] ?? '';
  node.querySelector('.connection__label').textContent = STATE_LABELS[state];
}

function touched() {
  document.getElementById('last-updated').textContent = `updated ${stamp(new Date())}`;
}

wireResolveForm(() => {
  refresh('andons');
  refresh('metrics');
  refresh('health');
});
wireWorkOrderForm(() => {
  refresh('workOrders');
  refresh('kanban');
  refresh('metrics');
});
document.getElementById('history-range').addEventListener('change', () => refresh('history'));
setInterval(redrawAndons, 5_000);
// In live mode the stream carries every change; the history charts still move on by the minute.
setInterval(() => {
  if (Date.now() - historyReadAt >= HISTORY_EVERY_MS) refresh('history');
}, 10_000);

new LineConnection({
  poll: refreshAll,
  onEvent: (type, data) => onEvent[type]?.(data),
  onState: showState,
}).start();
