// Building the page from data without ever parsing data as HTML: every text goes in as a text node.

import { t } from './i18n.js';
import { exportTools, rememberSort, rememberedSort } from './tables.js';

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
 * sort: row => comparable, abbr: full name of a short title}]. Every column sorts (issue 16): a header button
 * (keyboard-operable) and aria-sort; a column without `sort` sorts by the text it shows. The table comes with CSV
 * and Excel downloads of what it shows; its sort is kept in the address (tables.js). onSort(rows) follows the sort
 * (a chart drawn from the same rows, for instance).
 */
export function table(caption, columns, rows, { sortable = true, id, onSort, exportable = true } = {}) {
  const body = h('tbody');
  const headers = columns.map(column => h('th', { scope: 'col', class: column.number ? 'number' : null }));
  const key = id ?? slug(caption);
  let sorted = { index: -1, ascending: true };
  const sortKey = column => column.sort ?? (row => shownValue(column, row));
  const render = () => {
    body.replaceChildren(...rows.map(row => h('tr', {}, columns.map((column, i) => {
      // A number column exports its figure unformatted (CSV, Excel), not "1 234 $".
      const raw = column.number ? sortKey(column)(row) : null;
      const attributes = { class: column.number ? 'number' : null, 'data-value': typeof raw === 'number' ? raw : null };
      return i === 0 && column.rowHeader
        ? h('th', { scope: 'row', 'data-value': attributes['data-value'] }, column.value(row))
        : h('td', attributes, column.value(row));
    }))));
  };
  const sortBy = (index, ascending) => {
    sorted = { index, ascending };
    const by = sortKey(columns[index]);
    rows = [...rows].sort((a, b) => compare(by(a), by(b)) * (ascending ? 1 : -1));
    headers.forEach(header => header.removeAttribute('aria-sort'));
    headers[index].setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    render();
    onSort?.(rows);
  };
  columns.forEach((column, index) => {
    const title = column.abbr ? h('abbr', { title: column.abbr }, column.title) : column.title;
    if (sortable) {
      headers[index].append(h('button', {
        type: 'button', class: 'sort', title: t('gap.sortBy', { column: column.abbr ?? column.title }),
        onclick: () => {
          sortBy(index, sorted.index === index ? !sorted.ascending : !column.number);
          rememberSort(key, sorted.index, sorted.ascending);
        },
      }, title));
    }
    else headers[index].append(title);
  });
  render();
  const remembered = sortable ? rememberedSort(key) : null;
  if (remembered && remembered.index < columns.length) sortBy(remembered.index, remembered.ascending);
  const element = h('table', { id }, h('caption', {}, caption), h('thead', {}, h('tr', {}, headers)), body);
  return exportable ? h('div', { class: 'table-box' }, exportTools(caption, element), element) : element;
}

/** What a cell shows, as a sort key: a number for a number column when its text reads as one. */
function shownValue(column, row) {
  const value = column.value(row);
  const text = (value instanceof Node ? value.textContent : String(value ?? '')).trim();
  if (!column.number) return text;
  const figure = Number(text.replace(/[\s\u00a0\u202f$%]/g, '').replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isNaN(figure) ? text : figure;
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
