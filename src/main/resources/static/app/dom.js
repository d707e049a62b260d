// Building the page from data without ever parsing data as HTML: every text goes in as a text node.

import { t } from './i18n.js';

/** h('a', {href: '#/x', class: 'y'}, 'text', child, [children]) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    // Through the CSSOM: the Content-Security-Policy refuses style attributes (no 'unsafe-inline'), not this.
    else if (name === 'style') element.style.cssText = value;
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * A table with a caption and column headers. columns: [{title, value: row => text or node, number: bool,
 * sort: row => comparable}]. Sortable columns get a header button (keyboard-operable) and aria-sort.
 */
export function table(caption, columns, rows, { sortable = false, id } = {}) {
  const body = h('tbody');
  const headers = columns.map(column => h('th', { scope: 'col', class: column.number ? 'number' : null }));
  let sorted = { index: -1, ascending: true };
  const render = () => {
    body.replaceChildren(...rows.map(row => h('tr', {}, columns.map((column, i) =>
      i === 0 && column.rowHeader
        ? h('th', { scope: 'row' }, column.value(row))
        : h('td', { class: column.number ? 'number' : null }, column.value(row))))));
  };
  columns.forEach((column, index) => {
    if (sortable && column.sort) {
      headers[index].append(h('button', {
        type: 'button', class: 'sort', title: t('gap.sortBy', { column: column.title }),
        onclick: () => {
          sorted = { index, ascending: sorted.index === index ? !sorted.ascending : !column.number };
          const key = column.sort;
          rows = [...rows].sort((a, b) => compare(key(a), key(b)) * (sorted.ascending ? 1 : -1));
          headers.forEach(header => header.removeAttribute('aria-sort'));
          headers[index].setAttribute('aria-sort', sorted.ascending ? 'ascending' : 'descending');
          render();
        },
      }, column.title));
    }
    else headers[index].append(column.title);
  });
  render();
  return h('table', { id }, h('caption', {}, caption), h('thead', {}, h('tr', {}, headers)), body);
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

export function notice(text, kind = '') {
  return h('p', { class: `notice ${kind}`.trim(), role: kind === 'warning' ? 'status' : null }, text);
}

export function redactedNotice() {
  return h('p', { class: 'notice redacted', 'data-redacted': true }, h('span', { class: 'badge pb' }, 'Protected B / Protégé B'), ' ', t('redacted'));
}

export function section(title, ...children) {
  return h('section', { 'aria-labelledby': slug(title) }, h('h2', { id: slug(title) }, title), ...children);
}

export function slug(text) {
  return 'h-' + String(text).toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-');
}

export function link(href, text, attributes = {}) {
  return h('a', { href, ...attributes }, text);
}
