import { api } from '../api.js';
import { badge, el } from '../dom.js';
import { count, since, words } from '../format.js';
import { clearForm, showInForm } from '../problems.js';

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
      type: 'button', class: 'button button--small', 'data-resolve': a.id,
      'aria-label': `Resolve Andon ${a.id} (${words(a.failureType)}, ${a.skuId})`,
      onclick: () => openResolve(a),
    }, 'Resolve'))));
  document.querySelector('#andons tbody').replaceChildren(...rows);
}

let resolving = null;
let afterResolve = () => {};

export function wireResolveForm(onResolved) {
  afterResolve = onResolved;
  const dialog = document.getElementById('resolve-dialog');
  const form = document.getElementById('resolve-form');
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearForm(form);
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const body = Object.fromEntries(new FormData(form));
      await api.post(`andon/${resolving.id}/resolve`, body);
      dialog.close();
      form.reset();
      afterResolve(resolving);
    } catch (failure) {
      showInForm(form, failure.problem ?? { title: failure.message });
    } finally {
      submit.disabled = false;
    }
  });
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
