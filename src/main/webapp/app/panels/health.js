import { badge, el, setBadge } from '../dom.js';
import { words } from '../format.js';

// Overall status in the top bar and one line per component, with the reason it is not healthy.
export function renderHealth(report) {
  setBadge(document.getElementById('overall-health'), report.status, `Line ${report.status}`);
  const list = document.getElementById('components');
  list.removeAttribute('aria-busy');
  list.replaceChildren(...Object.values(report.components).map((component) => el('li', {
    'data-component': component.component, 'data-status': component.status,
  },
  el('span', { class: 'component__name' }, words(component.component)),
  badge(component.status, words(component.status)),
  component.simulated ? el('span', { class: 'component__simulated' }, 'simulated') : null,
  component.reason ? el('span', { class: 'component__reason' }, component.reason) : null)));
}
