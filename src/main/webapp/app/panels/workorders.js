import { badge, el } from '../dom.js';
import { clock, words } from '../format.js';

// The latest work orders, newest first.
export function renderWorkOrders(page) {
  const rows = page.items.map((w) => el('tr', { 'data-work-order': w.id },
    el('td', { class: 'num' }, String(w.id)),
    el('td', { class: 'truncate', title: w.description }, w.description),
    el('td', {}, words(w.priority)),
    el('td', {}, w.bucket),
    el('td', {}, w.skuId),
    el('td', {}, badge(w.status, words(w.status))),
    el('td', {}, w.stage ? words(w.stage) : '–'),
    el('td', {}, el('time', { datetime: w.createdAt }, clock(w.createdAt)))));
  document.querySelector('#work-orders tbody').replaceChildren(...rows);
}
