// How figures read on the page: durations in the largest sensible unit, ratios as percentages.
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export const DASH = '–';

export function count(value) {
  return value === null || value === undefined ? DASH : number.format(value);
}

export function ratio(value) {
  return value === null || value === undefined ? DASH : percent.format(value);
}

export function duration(ms) {
  if (ms === null || ms === undefined) return DASH;
  const seconds = ms / 1000;
  if (seconds < 60) return `${number.format(seconds)} s`;
  if (seconds < 3600) return `${number.format(seconds / 60)} min`;
  if (seconds < 86400) return `${number.format(seconds / 3600)} h`;
  return `${number.format(seconds / 86400)} d`;
}

/** Picks one unit for a whole series, so a chart's axis reads in minutes or hours rather than raw milliseconds. */
export function durationUnit(maxMs) {
  if (maxMs >= 2 * 3600_000) return { label: 'h', divisor: 3600_000 };
  if (maxMs >= 2 * 60_000) return { label: 'min', divisor: 60_000 };
  return { label: 's', divisor: 1000 };
}

export function clock(instant) {
  return instant ? time.format(new Date(instant)) : DASH;
}

export function stamp(instant) {
  return instant ? dateTime.format(new Date(instant)) : DASH;
}

export function since(instant, now = Date.now()) {
  return instant ? duration(Math.max(0, now - new Date(instant).getTime())) : DASH;
}

export function words(identifier) {
  if (!identifier) return DASH;
  const text = String(identifier).replaceAll('_', ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
