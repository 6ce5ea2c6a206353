import { el } from '../dom.js';
import { count, ratio } from '../format.js';

// WIP against the limit per bucket; also offers the buckets to the new-work-order form.
export function renderWip(buckets) {
  const rows = buckets.map((b) => {
    const level = b.current > b.limit ? 'over' : b.current === b.limit ? 'full' : 'ok';
    const share = b.limit ? Math.min(1, b.current / b.limit) : 0;
    const fill = el('div', { class: 'wip__fill', 'data-level': level });
    fill.style.width = `${Math.round(share * 100)}%`;
    return el('tr', { 'data-bucket': b.bucket },
      el('th', { scope: 'row' }, b.bucket,
        b.intakePaused ? el('span', { class: 'sub wip__paused' }, 'intake paused') : null),
      el('td', {}, el('span', { class: 'wip__value', 'data-wip': b.current }, count(b.current)),
        ` of ${count(b.limit)}`, level === 'ok' ? null : el('span', { class: 'sub' }, level === 'over' ? 'over limit' : 'at limit')),
      el('td', {}, el('div', {
        class: 'wip__bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': b.limit, 'aria-valuenow': b.current,
        'aria-label': `${b.bucket} utilization ${ratio(b.utilization)}`,
      }, fill)),
      el('td', { class: 'num', 'data-queue': b.queueDepth }, count(b.queueDepth)));
  });
  document.querySelector('#wip tbody').replaceChildren(...rows);
  offerBuckets(buckets.map((b) => b.bucket));
}

function offerBuckets(names) {
  const select = document.getElementById('wo-bucket');
  const current = [...select.options].map((o) => o.value).join();
  if (current === names.join()) return;
  const chosen = select.value;
  select.replaceChildren(...names.map((name) => el('option', { value: name }, name)));
  if (names.includes(chosen)) select.value = chosen;
}
