// Builds DOM nodes from data without innerHTML, so text from the API is never read as markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** A status badge: symbol, word and colour (the colour is never the only signal). */
export function badge(status, text = status) {
  const key = String(status ?? 'unknown').toLowerCase();
  return el('span', { class: 'badge', 'data-status': key },
    el('span', { class: 'badge__icon', 'aria-hidden': 'true' }), el('span', { class: 'badge__text' }, text));
}

/** Changes a badge in place; unchanged text is left alone so a live region announces changes only. */
export function setBadge(node, status, text) {
  node.dataset.status = String(status ?? 'unknown').toLowerCase();
  const label = node.querySelector('.badge__text');
  if (label.textContent !== text) label.textContent = text;
}
