// Overview & tables (issue 16): what every table offers besides its rows. Exports are built from the table as the
// reader sees it (so a redacted part, never fetched, is never exported, and the language is the page's), in the order
// and with the filters shown; a table's sort and a screen's filters live in the address, so a view can be shared.

import { h } from './dom.js';
import { t } from './i18n.js';

// ---- The address: #/screen/key?filter=value&sort.table=2.d ----

/** The current address's filters (the part of the hash after "?"). */
export function filters() {
  return new URLSearchParams(location.hash.split('?')[1] ?? '');
}

/**
 * The address with these filters changed (null or '' removes one); pagination cursors are dropped unless kept, as
 * a new filter starts from the first page.
 */
export function addressWith(changes, { keepPages = false } = {}) {
  const [path] = location.hash.split('?');
  const values = filters();
  if (!keepPages) ['results', 'meetings', 'resultsPage', 'meetingsPage'].forEach(name => values.delete(name));
  for (const [name, value] of Object.entries(changes)) {
    if (value == null || value === '') values.delete(name);
    else values.set(name, value);
  }
  const search = values.toString();
  return (path || '#/') + (search ? `?${search}` : '');
}

/** A table's remembered sort: {index, ascending} or null. */
export function rememberedSort(id) {
  const value = filters().get(`sort.${id}`);
  const match = value?.match(/^(\d+)\.([ad])$/);
  return match ? { index: Number(match[1]), ascending: match[2] === 'a' } : null;
}

/** Remembers a table's sort in the address without a new history entry (a sort is not a new view). */
export function rememberSort(id, index, ascending) {
  history.replaceState(history.state, '', addressWith({ [`sort.${id}`]: `${index}.${ascending ? 'a' : 'd'}` }, { keepPages: true }));
}

// ---- The toolbar under a table's caption ----

/** Buttons that download the table as CSV and as an Excel workbook. */
export function exportTools(caption, tableElement) {
  const name = () => fileName(caption);
  return h('div', { class: 'table-tools no-print' },
    h('button', {
      type: 'button', class: 'secondary small', 'data-export': 'csv', 'aria-label': t('export.csvLabel', { table: caption }),
      onclick: () => download(csv(matrix(tableElement)), 'text/csv;charset=utf-8', `${name()}.csv`),
    }, t('export.csv')),
    h('button', {
      type: 'button', class: 'secondary small', 'data-export': 'xlsx', 'aria-label': t('export.xlsxLabel', { table: caption }),
      onclick: () => download(xlsx(matrix(tableElement), caption),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${name()}.xlsx`),
    }, t('export.xlsx')));
}

/** engagement-graph_<screen>[-<key>]_<table>_<YYYY-MM-DD>, in the page's language. */
export function fileName(what) {
  const [path] = location.hash.split('?');
  const screen = path.replace(/^#?\/?/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '') || 'overview';
  const today = new Date();
  const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map(n => String(n).padStart(2, '0')).join('-');
  const words = String(what).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return [t('export.product'), screen, words, day].join('_');
}

/** The table as rows of cells: the header row, then the body's rows as shown (a cell's data-value when it has one). */
export function matrix(tableElement) {
  // Controls in a cell (the radar's Accept button) are not data: left out of the export.
  const text = cell => {
    const copy = cell.cloneNode(true);
    copy.querySelectorAll('[data-no-export]').forEach(control => control.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };
  const header = [...tableElement.querySelectorAll('thead th')].map(text);
  const body = [...tableElement.querySelectorAll('tbody tr')].map(row => [...row.children].map(cell =>
    cell.dataset.value != null && cell.dataset.value !== '' ? Number(cell.dataset.value) : text(cell)));
  return [header, ...body];
}

/**
 * RFC 4180: fields separated by commas, records by CRLF, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled. A UTF-8 byte order mark first, or Excel reads "Aperçu" as "AperÃ§u".
 */
export function csv(rows) {
  const field = value => {
    const text = String(value ?? '');
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + rows.map(row => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export function download(content, type, name) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const anchor = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  const announcer = document.getElementById('announcer');
  if (announcer) announcer.textContent = t('export.done', { name });
}

/** A data URL (a chart's toBase64Image()) downloaded under a name. */
export function downloadDataUrl(dataUrl, name) {
  const bytes = atob(dataUrl.split(',')[1]);
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  download(new Blob([array], { type: 'image/png' }), 'image/png', name);
}

// ---- A minimal Excel workbook (Office Open XML): one sheet, numbers as numbers, text as inline strings. Written here
// (a stored, uncompressed zip of five small XML parts) rather than with a spreadsheet library: the dashboard has no
// bundler, and a French reader's Excel, which expects ";" in a CSV, opens it in columns with the accents intact. ----

export function xlsx(rows, sheetName) {
  const escape = text => String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  const column = index => {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const sheetRows = rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => {
    const ref = `${column(c)}${r + 1}`;
    return typeof value === 'number' && Number.isFinite(value)
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value ?? '')}</t></is></c>`;
  }).join('')}</row>`).join('');
  const title = escape(String(sheetName).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  const parts = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${title}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return new Blob([zip(parts)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xFFFFFFFF;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

/** A zip archive of the named texts, stored (method 0): what an .xlsx is. */
function zip(files) {
  const encoder = new TextEncoder();
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(text);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, data);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob([...chunks, ...central, new Uint8Array(end.buffer)]);
}

// ---- Filters: a small form whose fields are the address's filters ----

/** A filter's date when it reads YYYY-MM-DD and is a real day, else null (and badDates says so). */
export function isoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '')) return null;
  const [y, m, d] = value.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? value : null;
}

/** Whether any of these filters holds something that is not a date. */
export function badDates(values, names) {
  return names.some(name => values.get(name) && !isoDate(values.get(name)));
}

/**
 * A filter form: fields [{name, label, type: 'select'|'date'|'text', options: [[value, text]], blank: the empty
 * option's text when it is not "All" (a default, e.g. "8 weeks")}]. Applying it (or
 * clearing it) changes the address, which draws the screen again: Back returns to the previous filters.
 */
export function filterForm(id, fields) {
  const current = filters();
  const controls = fields.map(field => {
    const controlId = `${id}-${field.name}`;
    const value = current.get(field.name) ?? '';
    const control = field.type === 'select'
      ? h('select', { id: controlId, name: field.name },
        h('option', { value: '' }, field.blank ?? t('filter.all')),
        field.options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)))
      : h('input', { id: controlId, name: field.name, type: 'text', value,
        inputmode: field.type === 'date' ? 'numeric' : null, placeholder: field.type === 'date' ? t('filter.datePlaceholder') : null,
        pattern: field.type === 'date' ? '\\d{4}-\\d{2}-\\d{2}' : null, 'aria-describedby': field.type === 'date' ? `${id}-date-hint` : null,
        size: field.type === 'date' ? 11 : 14 });
    return h('div', { class: 'field' }, h('label', { for: controlId }, field.label), control);
  });
  const hasDate = fields.some(field => field.type === 'date');
  const form = h('form', { id, class: 'filters no-print', role: 'search', 'aria-label': t('filter.title') },
    controls,
    hasDate ? h('p', { id: `${id}-date-hint`, class: 'hint' }, t('filter.dateHint')) : null,
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'primary', id: `${id}-apply` }, t('filter.apply')),
      h('button', { type: 'button', class: 'secondary', id: `${id}-clear`,
        onclick: () => { location.hash = addressWith(Object.fromEntries(fields.map(f => [f.name, null]))); } },
      t('filter.clear'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = addressWith(Object.fromEntries(fields.map(f => [f.name, String(data.get(f.name) ?? '').trim()])));
  });
  return form;
}
