import { api, onSessionLost } from './api.js';
import { LineConnection } from './connection.js';
import { stamp } from './format.js';
import { clear, clearForm, report, showInForm } from './problems.js';
import { onAcknowledged, redraw as redrawAlerts, renderAlerts } from './panels/alerts.js';
import { redraw as redrawAndons, renderAndons, wireResolveForm } from './panels/andons.js';
import { renderFlow, renderHistory } from './panels/charts.js';
import { renderHealth } from './panels/health.js';
import { renderOverview, renderQuality } from './panels/overview.js';
import { renderWip } from './panels/wip.js';
import { renderWorkOrders } from './panels/workorders.js';
import { wireWorkOrderForm } from './panels/workorderform.js';
import { session } from './session.js';

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
  alerts: () => api.get('alerts').then(renderAlerts),
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
  alert_fired: () => refresh('alerts'),
  alert_acknowledged: () => refresh('alerts'),
  alert_resolved: () => refresh('alerts'),
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

let started = false;
let readingAnonymously = false;

function startDashboard() {
  if (started) return;
  started = true;
  document.getElementById('main').hidden = false;
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
  onAcknowledged(() => refresh('alerts'));
  setInterval(redrawAndons, 5_000);
  setInterval(redrawAlerts, 5_000);
  // In live mode the stream carries every change; the history charts still move on by the minute.
  setInterval(() => {
    if (Date.now() - historyReadAt >= HISTORY_EVERY_MS) refresh('history');
  }, 10_000);
  new LineConnection({
    poll: refreshAll,
    onEvent: (type, data) => onEvent[type]?.(data),
    onState: showState,
  }).start();
}

// Who is there: name and role in the top bar; a viewer (or an anonymous reader) is not offered the line's writes.
function showWho(who) {
  readingAnonymously = !who.signedIn;
  document.body.dataset.role = who.signedIn ? who.role ?? 'none' : 'viewer';
  document.getElementById('signed-in').hidden = false;
  document.getElementById('signed-in-name').textContent = who.signedIn ? who.name : 'Anonymous';
  document.getElementById('signed-in-role').textContent = who.signedIn ? who.role ?? 'no role' : 'read only';
  document.getElementById('sign-out').textContent = who.signedIn ? 'Sign out' : 'Sign in';
}

function askToSignIn() {
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-in-credential').focus();
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearForm(form);
  try {
    const who = await session.signIn(form.elements.credential.value);
    form.reset();
    document.getElementById('sign-in').hidden = true;
    showWho(who);
    startDashboard();
  } catch (failure) {
    showInForm(form, failure.problem ?? { title: 'Sign-in failed', detail: failure.message });
  }
});

document.getElementById('sign-out').addEventListener('click', async () => {
  if (readingAnonymously) {
    askToSignIn();
    return;
  }
  await session.signOut();
  window.location.reload();
});

// The server forgot the session (it restarted, or the session idled out): sign in again with what this browser
// session holds, or start over at the form.
onSessionLost(async () => {
  const who = await session.renew();
  if (who) {
    showWho(who);
    return true;
  }
  window.location.reload();
  return false;
});

async function begin() {
  let who = await session.current().catch(() => ({ signedIn: false, anonymousRead: false }));
  if (!who.signedIn) who = (await session.renew()) ?? who;
  if (who.signedIn || who.anonymousRead) {
    showWho(who);
    startDashboard();
  } else {
    askToSignIn();
  }
}

begin();
