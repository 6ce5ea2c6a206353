import { api } from '../api.js';
import { badge, el } from '../dom.js';
import { count, since, words } from '../format.js';
import { wireDialogForm } from '../dialogform.js';
import { clearForm } from '../problems.js';

// Open Andons, critical first then oldest, each with a Resolve action; the form posts to api/andon/{id}/resolve.
const SEVERITY_ORDER = { CRITICAL: 0, WARNING: 1, INFO: 2 };
let open = [];

export function renderAndons(page) {
  open = [...page.items].sort((a, b) => (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    || a.triggeredAt.localeCompare(b.triggeredAt));
  document.getElementById('andon-count').textContent = `(${count(page.total)})`;
  document.getElementById('andons-empty').hidden = open.length > 0;
  redraw();
}

/** Open durations move on between refreshes. */
export function redraw() {
  const now = Date.now();
  const rows = open.map((a) => el('tr', { 'data-andon': a.id, 'data-sku': a.skuId },
    el('td', {}, badge(a.severity, words(a.severity)),
      a.escalationLevel ? el('span', { class: 'sub' }, `escalated ×${a.escalationLevel}`) : null),
    el('td', {}, words(a.failureType), a.stage ? el('span', { class: 'sub' }, `at ${words(a.stage)}`) : null),
    el('td', {}, a.skuId, a.workOrderId ? el('span', { class: 'sub' }, `work order #${a.workOrderId}`) : null),
    el('td', {}, el('time', { datetime: a.triggeredAt }, since(a.triggeredAt, now))),
    el('td', {}, el('button', {
      type: 'button', class: 'button button--small', 'data-resolve': a.id, 'data-needs': 'operator',
      'aria-label': `Resolve Andon ${a.id} (${words(a.failureType)}, ${a.skuId})`,
      onclick: () => openResolve(a),
    }, 'Resolve'))));
  document.querySelector('#andons tbody').replaceChildren(...rows);
}

let resolving = null;
let afterResolve = () => {};

export function wireResolveForm(onResolved) {
  afterResolve = onResolved;
  wireDialogForm(
    document.getElementById('resolve-dialog'),
    document.getElementById('resolve-form'),
    (body) => api.post(`andon/${resolving.id}/resolve`, body),
    () => afterResolve(resolving));
}

function openResolve(andon) {
  resolving = andon;
  const form = document.getElementById('resolve-form');
  clearForm(form);
  document.getElementById('resolve-andon-label').textContent =
    `#${andon.id}: ${words(andon.failureType)} on ${andon.skuId}`;
  document.getElementById('resolve-dialog').showModal();
  form.elements.namedItem('rootCause').focus();
}
