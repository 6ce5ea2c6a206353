import { api } from '../api.js';
import { badge, el } from '../dom.js';
import { count, since } from '../format.js';

// Active alerts, critical first then oldest: severity, rule, component, since when, the value, and an Acknowledge
// action for operators. Beside them, how many of each severity fire now.
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };
let active = [];
let afterAcknowledge = () => {};

export function renderAlerts(alerts) {
  active = [...alerts].sort((a, b) => (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    || a.startedAt.localeCompare(b.startedAt));
  document.getElementById('alert-count').textContent = `(${count(active.length)})`;
  document.getElementById('alerts-empty').hidden = active.length > 0;
  const bySeverity = { critical: 0, warning: 0, info: 0 };
  active.filter((a) => a.state !== 'pending').forEach((a) => { bySeverity[a.severity] += 1; });
  for (const [severity, n] of Object.entries(bySeverity)) {
    document.querySelector(`[data-alerts-severity="${severity}"] dd`).textContent = count(n);
  }
  redraw();
}

export function onAcknowledged(callback) {
  afterAcknowledge = callback;
}

/** "Since" moves on between refreshes. */
export function redraw() {
  const now = Date.now();
  const rows = active.map((a) => el('tr', { 'data-alert': a.id, 'data-state': a.state },
    el('td', {}, badge(a.severity.toUpperCase(), a.severity),
      a.simulated ? el('span', { class: 'sub' }, 'simulated') : null),
    el('td', {}, a.rule, el('span', { class: 'sub' }, a.message)),
    el('td', {}, a.component),
    el('td', {}, state(a)),
    el('td', {}, el('time', { datetime: a.triggeredAt ?? a.startedAt }, since(a.triggeredAt ?? a.startedAt, now))),
    el('td', {}, a.value == null ? '–' : formatValue(a.value)),
    el('td', {}, a.state === 'firing' ? el('button', {
      type: 'button', class: 'button button--small', 'data-acknowledge': a.id, 'data-needs': 'operator',
      'aria-label': `Acknowledge alert ${a.id} (${a.rule})`,
      onclick: () => acknowledge(a),
    }, 'Acknowledge') : null)));
  document.querySelector('#alerts tbody').replaceChildren(...rows);
}

function state(alert) {
  if (alert.state === 'acknowledged') return `acknowledged by ${alert.acknowledgedBy}`;
  if (alert.silencedBy) return `${alert.state}, silenced`;
  if (alert.inhibitedBy) return `${alert.state}, inhibited by #${alert.inhibitedBy}`;
  return alert.state;
}

function formatValue(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '');
}

async function acknowledge(alert) {
  await api.post(`alerts/${alert.id}/acknowledge`, { comment: 'acknowledged on the dashboard' });
  afterAcknowledge(alert);
}
