import { el } from './dom.js';

// Shows problem+json documents to the user: title, detail, each failed field; one entry per distinct problem.
const region = () => document.getElementById('problems');

export function describe(problem) {
  const fields = Array.isArray(problem.errors) ? problem.errors : [];
  return [
    el('p', { class: 'problem__title' },
      problem.status ? `${problem.title} (${problem.status})` : problem.title),
    problem.detail ? el('p', {}, problem.detail) : null,
    fields.length ? el('ul', {}, fields.map((f) => el('li', {}, `${f.field}: ${f.message}`))) : null,
  ].filter(Boolean);
}

/** Reports a failure of a background refresh; the same problem source is shown once and replaced when it recurs. */
export function report(source, problem) {
  const existing = region().querySelector(`[data-source="${CSS.escape(source)}"]`);
  const entry = el('div', { class: 'problem', 'data-source': source },
    el('div', {}, describe(problem)),
    el('button', { type: 'button', class: 'problem__close', 'aria-label': 'Dismiss', onclick: () => entry.remove() }, '×'));
  if (existing) existing.replaceWith(entry);
  else region().append(entry);
}

export function clear(source) {
  region().querySelector(`[data-source="${CSS.escape(source)}"]`)?.remove();
}

/** Shows a problem inside a form, marking the fields the server named. */
export function showInForm(form, problem) {
  const box = form.querySelector('.form__errors');
  box.replaceChildren(...describe(problem));
  for (const field of problem.errors ?? []) {
    form.elements.namedItem(field.field)?.setAttribute('aria-invalid', 'true');
  }
}

export function clearForm(form) {
  form.querySelector('.form__errors').replaceChildren();
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}
