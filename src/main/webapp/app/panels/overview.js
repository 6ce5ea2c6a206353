import { count, duration, ratio, words } from '../format.js';

// The headline figures and the quality panel, both from one /api/metrics/all snapshot.
function setKpi(name, raw, text, unit, status) {
  const tile = document.querySelector(`[data-kpi="${name}"]`);
  const value = tile.querySelector('dd');
  value.textContent = text;
  value.dataset.value = raw ?? '';
  if (unit) value.append(Object.assign(document.createElement('small'), { textContent: unit }));
  if (status) tile.dataset.status = status;
  else delete tile.dataset.status;
}

export function renderOverview(all) {
  const { overview, production, andon } = all;
  const figure = (name, raw, format = count, unit = null, status = null) =>
    setKpi(name, raw, format(raw), unit, status);
  figure('healthScore', overview.systemHealthScore, count, words(overview.status), overview.status);
  figure('active', production.workOrdersActive);
  figure('queued', production.workOrdersQueued);
  figure('completed', production.workOrdersCompleted);
  figure('total', production.workOrdersTotal);
  figure('throughput', production.throughputPerHour, count, 'per hour');
  figure('leadTimeP90', production.leadTimeP90Ms, duration,
    production.leadTimeP50Ms === null ? null : `p50 ${duration(production.leadTimeP50Ms)}`);
  const critical = andon.openCritical;
  figure('openAndons', andon.openTotal, count, critical ? `${critical} critical` : null,
    critical ? 'critical' : andon.openTotal ? 'warning' : 'healthy');
}

export function renderQuality(quality) {
  for (const row of document.querySelectorAll('#quality [data-figure]')) {
    row.querySelector('dd').textContent = ratio(quality[row.dataset.figure]);
  }
  const note = document.getElementById('quality-window');
  note.textContent = `${count(quality.gateResults)} gate results, ${count(quality.testsRun)} tests run, `
    + `${count(quality.deployments)} deployments since ${new Date(quality.from).toLocaleDateString()}.`;
}
