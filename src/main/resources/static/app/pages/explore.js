import { query } from '../api.js';
import { h, link, notice } from '../dom.js';
import { date, label as enumLabel, language, number, t } from '../i18n.js';
import { looks, ofType, RELATIONSHIPS_OF, relationshipName, swatch, typeName, typePlural } from '../graph-types.js';

/** How many nodes one expansion brings at most: a readable picture; what it leaves out is offered by type. */
const LIMIT = 60;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 4;
const ZOOM_STEP = 1.25;
const PATH_RED = '#a4161a';

/**
 * The explorer's state lives in the address: #/explore/Result:QN-R04?x=Project:MCEE-QN-01&x=Country:QN~l:Engagement
 * &h=Engagement:QN-MON-2023-03-30&f=Decision. x: an expansion (a node, optionally ~t:TYPE along one relationship type
 * or ~l:LABEL only neighbours of one label), in order; h: a hidden node, in the order hidden (Undo shows the last);
 * f: a type filtered out; p: the path found, FROM~TO (a result and a department). Every change is a new history
 * entry, so Back restores the picture before it.
 */
function parseAddress(raw, given) {
  // The shell hands over what follows "?" as the address's parameters; an address read directly still parses.
  const [key, search = ''] = (raw ?? '').split('?');
  const params = given instanceof URLSearchParams && [...given.keys()].length ? given : new URLSearchParams(search);
  return {
    root: key || null,
    expansions: params.getAll('x').map(text => {
      const [node, ...options] = text.split('~');
      const expansion = { key: node };
      options.forEach(option => {
        if (option.startsWith('t:')) expansion.types = [option.slice(2)];
        if (option.startsWith('l:')) expansion.labels = [option.slice(2)];
      });
      return expansion;
    }),
    hidden: params.getAll('h'),
    filtered: new Set(params.getAll('f')),
    path: params.get('p') ? { from: params.get('p').split('~')[0], to: params.get('p').split('~')[1] ?? '' } : null,
  };
}

function address(state) {
  const params = new URLSearchParams();
  state.expansions.forEach(x => params.append('x', [x.key, ...(x.types ?? []).map(v => `t:${v}`), ...(x.labels ?? []).map(v => `l:${v}`)].join('~')));
  state.hidden.forEach(id => params.append('h', id));
  [...state.filtered].sort().forEach(label => params.append('f', label));
  if (state.path) params.set('p', `${state.path.from}~${state.path.to}`);
  const search = params.toString();
  return `#/explore/${encodeURIComponent(state.root)}${search ? `?${search}` : ''}`;
}

/** A change the user made: remembered in the address (a new history entry, without redrawing the page from scratch). */
function remember(state) {
  history.pushState(null, '', address(state));
}

/** The explorer keeps its picture while the user expands it; it starts again from the address. */
export async function render([raw, filters]) {
  const saved = parseAddress(raw, filters);
  const key = saved.root;
  const status = h('p', { id: 'explore-status', role: 'status', 'aria-live': 'polite' });
  const omittedBox = h('div', { id: 'explore-omitted', class: 'actions' });
  const searchResults = h('div', { id: 'search-results' });
  const graphBox = h('div', { id: 'graph', role: 'img', 'aria-label': t('explore.empty') });
  const list = h('div', { class: 'node-list', id: 'node-list' });
  const details = h('section', { id: 'node-details', class: 'node-details', 'aria-labelledby': 'node-details-title' },
    h('h2', { id: 'node-details-title' }, t('explore.details')), h('p', {}, t('explore.detailsEmpty')));
  const legend = h('ul', { class: 'legend', id: 'legend', 'aria-describedby': 'legend-hint' });
  const zoomLevel = h('span', { id: 'zoom-level', 'aria-live': 'polite' });
  const pngLink = h('a', { id: 'png-link', hidden: true }, t('explore.pngReady'));
  const state = {
    root: key, expansions: saved.expansions, hidden: saved.hidden, filtered: saved.filtered, path: saved.path,
    nodes: new Map(), links: new Map(), omitted: new Map(), cy: null, selected: null,
    list, graphBox, status, omittedBox, details, legend, zoomLevel, pngLink, controls: {},
  };

  const searchInput = h('input', { id: 'explore-text', name: 'text', type: 'search', required: true, 'aria-describedby': 'explore-text-hint', size: 40 });
  const searchForm = h('form', { role: 'search', class: 'no-print', onsubmit: async event => {
    event.preventDefault();
    await search(searchInput.value.trim(), searchResults);
  } },
  h('div', { class: 'field' }, h('label', { for: 'explore-text' }, t('explore.search')),
    h('span', { class: 'hint', id: 'explore-text-hint' }, t('explore.searchHint')),
    h('div', { class: 'actions' }, searchInput, h('button', { type: 'submit', class: 'primary' }, t('explore.searchButton')))));

  const from = h('input', { id: 'path-from', name: 'from', value: saved.path?.from ?? (key?.startsWith('Result:') ? key.slice(7) : ''), size: 18, required: true });
  const to = h('input', { id: 'path-to', name: 'to', value: saved.path?.to || 'CBSA', size: 10, required: true });
  const pathResult = h('p', { id: 'path-result', 'aria-live': 'polite' });
  state.pathResult = pathResult;
  const pathForm = h('form', { class: 'no-print', id: 'path-form', onsubmit: async event => {
    event.preventDefault();
    state.path = { from: from.value.trim(), to: to.value.trim() };
    remember(state); // the path found is part of the picture: shared by its address, undone by Back
    await drawPath(state, state.path.from, state.path.to, pathResult);
  } },
  h('div', { class: 'actions' },
    h('div', { class: 'field' }, h('label', { for: 'path-from' }, t('explore.pathFrom')), from),
    h('div', { class: 'field' }, h('label', { for: 'path-to' }, t('explore.pathTo')), to),
    h('div', { class: 'field' }, h('span', { 'aria-hidden': 'true' }, '\u00a0'), h('br'), h('button', { type: 'submit', class: 'secondary' }, t('explore.pathButton')))),
  pathResult);

  const button = (id, text, onclick, extra = {}) => {
    state.controls[id] = h('button', { type: 'button', class: 'secondary', id, onclick, ...extra }, text);
    return state.controls[id];
  };
  const controls = h('div', { class: 'actions graph-controls no-print', role: 'toolbar', 'aria-label': t('explore.controls') },
    button('zoom-in', t('explore.zoomIn'), () => zoomBy(state, ZOOM_STEP)),
    button('zoom-out', t('explore.zoomOut'), () => zoomBy(state, 1 / ZOOM_STEP)),
    button('zoom-fit', t('explore.fit'), () => { state.cy?.fit(undefined, 20); showZoom(state); }),
    zoomLevel,
    button('explore-undo', t('explore.undo'), () => undoHide(state), { disabled: true }),
    button('export-png', t('explore.exportPng'), () => exportPng(state)),
    pngLink);

  const heading = h('h1', {}, key ? headingOf(key) : t('explore.title'));
  const page = [
    heading,
    h('p', { class: 'lead' }, t('explore.lead')),
    searchForm, searchResults, status, omittedBox,
    h('h2', { id: 'legend-title' }, t('explore.legend')),
    h('p', { class: 'hint', id: 'legend-hint' }, t('explore.legendHint')), legend,
    controls,
    h('div', { class: 'explorer' }, graphBox, h('div', {}, h('h2', {}, t('explore.nodes')), list)),
    details,
    h('h2', {}, t('explore.path')), pathForm,
  ];
  if (key) {
    requestAnimationFrame(() => restore(state).catch(error => { status.textContent = error.message; }));
  }
  else {
    list.append(h('p', {}, t('explore.empty')));
  }
  return page;
}

/** "Neighbourhood of result QN-R04", "Voisinage du résultat QN-R04". */
function headingOf(key) {
  const colon = key.indexOf(':');
  return colon > 0 ? t('explore.graph', { of: ofType(key.slice(0, colon)), key: key.slice(colon + 1) })
    : t('explore.graph', { of: language() === 'FR' ? 'de' : 'of', key });
}

/** Draws the address's picture: the root's neighbourhood, then each expansion in order. */
async function restore(state) {
  if (!await load(state, { key: state.root }, true)) return;
  for (const expansion of state.expansions) {
    await load(state, expansion);
  }
  if (state.path) {
    await drawPath(state, state.path.from, state.path.to, state.pathResult);
    return;
  }
  draw(state);
}

async function search(text, container) {
  if (!text) return;
  const hits = (await query('search', { text, first: 20 })).data.search ?? [];
  container.replaceChildren(hits.length === 0 ? notice(t('explore.noMatch', { text })) : h('div', {},
    h('p', {}, t('explore.matches', { count: number(hits.length) })),
    h('ul', {}, hits.map(hit => h('li', {}, link(`#/explore/${encodeURIComponent(`${hit.type}:${hit.key}`)}`,
      `${typeName(hit.type)} · ${hit.key} · ${captionOf(hit.node)}`))))));
}

function captionOf(node) {
  return node?.name ?? node?.title ?? node?.summary ?? node?.text ?? '';
}

/** Adds one neighbourhood to the picture (replacing it when fresh). False when the node is not there to see. */
async function load(state, expansion, fresh = false) {
  const answer = await query('neighbourhood', { key: expansion.key, depth: 1, limit: expansion.labels ? 500 : LIMIT,
    types: expansion.types ?? null, labels: expansion.labels ?? null });
  const view = answer.data.neighbourhood;
  if (!view) {
    state.status.textContent = answer.errors[0]?.message ?? t('error.notFound', { key: expansion.key });
    state.status.setAttribute('role', 'alert');
    return false;
  }
  if (fresh) {
    state.nodes.clear();
    state.links.clear();
    state.omitted.clear();
  }
  const rootId = view.nodes.find(n => n.depth === 0)?.id;
  view.nodes.forEach(node => state.nodes.set(node.id, { ...state.nodes.get(node.id), ...node, root: (fresh && node.depth === 0) || state.nodes.get(node.id)?.root }));
  view.relationships.forEach(rel => state.links.set(rel.id, { ...state.links.get(rel.id), ...rel }));
  if (expansion.labels) {
    expansion.labels.forEach(label => state.omitted.delete(`${rootId}|${label}`));
  }
  else {
    view.omitted.forEach(o => state.omitted.set(`${rootId}|${o.label}`, { key: rootId, label: o.label, count: o.count }));
  }
  return true;
}

/** A user's expansion: loaded, remembered in the address, drawn, and the keyboard stays on the control used. */
async function expand(state, expansion, focusSelector) {
  if (!await load(state, expansion)) return;
  state.expansions.push(expansion);
  remember(state);
  draw(state);
  if (focusSelector) document.querySelector(focusSelector)?.focus();
}

async function drawPath(state, from, to, output) {
  output.removeAttribute('role');
  output.classList.remove('error-message');
  const answer = await query('path', { from, to, via: ['RAISED', 'ATTENDED_BY', 'FOLLOWS'] });
  const unknown = answer.errors.find(error => error.extensions?.code === 'UNKNOWN_NODE' || error.extensions?.code === 'AMBIGUOUS_KEY');
  if (unknown) {
    output.textContent = t('explore.notFound', { message: unknown.message });
    output.setAttribute('role', 'alert');
    output.classList.add('error-message');
    return;
  }
  const path = answer.data.path;
  if (!path || path.nodes.length === 0) {
    output.textContent = t('explore.noRaisingMeeting', { from, to });
    return;
  }
  path.nodes.forEach(node => state.nodes.set(node.id, { ...state.nodes.get(node.id), ...node, root: state.nodes.get(node.id)?.root, onPath: true }));
  path.relationships.forEach(rel => state.links.set(rel.id, { ...rel, onPath: true }));
  const byId = new Map(path.nodes.map(n => [n.id, n]));
  let current = path.nodes[0];
  const steps = [current.key];
  for (const rel of path.relationships) {
    const next = byId.get(rel.from === current.id ? rel.to : rel.from);
    steps.push(rel.from === current.id ? `— ${relationshipName(rel.type)} → ${next.key}` : `← ${relationshipName(rel.type)} — ${next.key}`);
    current = next;
  }
  output.textContent = t('explore.pathFound', { hops: path.relationships.length, steps: steps.join(' ') });
  draw(state);
}

/** The nodes drawn: neither hidden one by one nor of a type filtered out. */
function shown(state) {
  const hidden = new Set(state.hidden);
  return [...state.nodes.values()].filter(node => !hidden.has(node.id) && !state.filtered.has(node.label));
}

function nodeCaption(node) {
  return node.caption && node.caption !== node.key ? node.caption : '';
}

function draw(state) {
  const nodes = shown(state);
  const ids = new Set(nodes.map(n => n.id));
  const elements = [
    ...nodes.map(node => ({
      data: { id: node.id, label: [truncate(nodeCaption(node), 36), node.key].filter(Boolean).join('\n'), ...looks(node.label) },
      classes: [node.root ? 'root' : '', node.onPath ? 'path' : ''].join(' ').trim(),
    })),
    ...[...state.links.values()].filter(rel => ids.has(rel.from) && ids.has(rel.to))
      .map(rel => ({ data: { id: `r${rel.id}`, source: rel.from, target: rel.to, label: relationshipName(rel.type) }, classes: rel.onPath ? 'path' : '' })),
  ];
  state.cy?.destroy();
  state.cy = cytoscape({
    container: state.graphBox,
    elements,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 100 },
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', shape: 'data(shape)', 'border-width': 1.5, 'border-color': '#1b1b1b',
        label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 130, 'text-valign': 'bottom', 'text-margin-y': 3,
        color: '#1b1b1b', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        width: 24, height: 24 } },
      { selector: 'node.root', style: { width: 36, height: 36, 'border-width': 3, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'overlay-color': '#0b3d91', 'overlay-opacity': 0.2, 'overlay-padding': 6 } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#8d959e', 'target-arrow-color': '#8d959e', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#3d3d3d', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
      // The path's style: links drawn thick and red, its nodes ringed in red (their size and shape unchanged: a width
      // meant for a link made the nodes thin slivers).
      { selector: 'edge.path', style: { 'line-color': PATH_RED, 'target-arrow-color': PATH_RED, width: 4, 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': PATH_RED } },
    ],
  });
  // A click (or tap) shows the node's details; a double click expands it.
  state.cy.on('tap', 'node', event => select(state, event.target.id()));
  state.cy.on('dbltap', 'node', event => expand(state, { key: event.target.id() }));
  state.cy.on('zoom', () => showZoom(state));
  showZoom(state);
  state.graphBox.setAttribute('aria-label', t('explore.graphLabel', { count: nodes.length, links: elements.length - nodes.length }));
  state.controls['explore-undo'].disabled = state.hidden.length === 0;
  state.controls['explore-undo'].textContent = state.hidden.length === 0 ? t('explore.undo')
    : `${t('explore.undo')} (${t('explore.hiddenCount', { count: number(state.hidden.length) })})`;
  state.pngLink.hidden = true;
  renderOmitted(state);
  renderLegend(state);
  renderList(state, nodes);
  if (state.selected && state.nodes.has(state.selected)) renderDetails(state);
}

function showZoom(state) {
  if (!state.cy) return;
  const zoom = state.cy.zoom();
  state.zoomLevel.textContent = t('explore.zoomLevel', { percent: number(zoom, { style: 'percent', maximumFractionDigits: 0 }) });
  state.controls['zoom-in'].disabled = zoom >= MAX_ZOOM - 1e-6;
  state.controls['zoom-out'].disabled = zoom <= MIN_ZOOM + 1e-6;
}

function zoomBy(state, factor) {
  if (!state.cy) return;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, state.cy.zoom() * factor));
  state.cy.zoom({ level: zoom, renderedPosition: { x: state.graphBox.clientWidth / 2, y: state.graphBox.clientHeight / 2 } });
  showZoom(state);
}

/** The picture as a PNG (white background, twice the screen's resolution), offered as a download link. */
async function exportPng(state) {
  if (!state.cy) return;
  const blob = await state.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
  if (state.pngLink.href) URL.revokeObjectURL(state.pngLink.href);
  state.pngLink.href = URL.createObjectURL(blob);
  state.pngLink.setAttribute('download', `graph-${state.root.replace(/[^\w-]+/g, '-')}.png`);
  state.pngLink.setAttribute('type', blob.type);
  state.pngLink.dataset.bytes = String(blob.size);
  state.pngLink.textContent = `${t('explore.pngReady')} (${number(Math.ceil(blob.size / 1024))} ${t('explore.kilobytes')})`;
  state.pngLink.hidden = false;
  state.pngLink.click();
  state.pngLink.focus();
}

function hide(state, id) {
  state.hidden.push(id);
  if (state.selected === id) state.selected = null;
  remember(state);
  draw(state);
  state.controls['explore-undo'].focus();
}

function undoHide(state) {
  if (state.hidden.length === 0) return;
  const id = state.hidden.pop();
  remember(state);
  draw(state);
  (document.querySelector(`#node-list button[data-hide="${CSS.escape(id)}"]`) ?? state.controls['explore-undo']).focus();
}

function toggleType(state, label) {
  if (state.filtered.has(label)) state.filtered.delete(label);
  else state.filtered.add(label);
  remember(state);
  draw(state);
  state.legend.querySelector(`button[data-type="${CSS.escape(label)}"]`)?.focus();
}

/** "+12 meetings not shown": what the node limit left out, by type, each a button that brings them in. */
function renderOmitted(state) {
  state.omittedBox.replaceChildren(...[...state.omitted.values()].map(o => h('button', {
    type: 'button', class: 'secondary', 'data-omitted': o.label,
    'aria-label': t('explore.showOmitted', { count: number(o.count), types: typePlural(o.label) }),
    onclick: () => expand(state, { key: o.key, labels: [o.label] }, '#explore-omitted button, #legend button'),
  }, t('explore.omitted', { count: number(o.count), types: typePlural(o.label) }))));
}

/** The legend: one entry per type in the picture, its shape and colour; each a toggle that filters the type out. */
function renderLegend(state) {
  const counts = new Map();
  [...state.nodes.values()].forEach(n => counts.set(n.label, (counts.get(n.label) ?? 0) + 1));
  const labels = [...counts.keys()].sort((a, b) => typeName(a).localeCompare(typeName(b)));
  state.legend.replaceChildren(...labels.map(label => {
    const visible = !state.filtered.has(label);
    return h('li', {}, h('button', {
      type: 'button', class: 'legend-toggle', 'data-type': label, 'aria-pressed': String(visible),
      title: t(visible ? 'explore.typeShown' : 'explore.typeHidden', { type: typeName(label) }),
      onclick: () => toggleType(state, label),
    }, swatch(label), ' ', t('explore.typeCount', { type: typeName(label), count: number(counts.get(label)) })));
  }));
}

/** The same nodes as a list, each with buttons: the keyboard's and the screen reader's way through the graph. */
function renderList(state, nodes) {
  const sorted = [...nodes].sort((a, b) => typeName(a.label).localeCompare(typeName(b.label)) || a.key.localeCompare(b.key));
  state.list.replaceChildren(h('ul', {}, sorted.map(node => h('li', { 'data-key': node.id },
    swatch(node.label), ' ', h('strong', {}, `${typeName(node.label)} ${node.key}`), h('br'),
    nodeCaption(node) ? [truncate(nodeCaption(node), 90), h('br')] : null,
    h('button', { type: 'button', class: 'secondary', 'data-expand': node.id,
      onclick: () => expand(state, { key: node.id }, `#node-list button[data-expand="${CSS.escape(node.id)}"]`) }, `${t('explore.expand')} ${node.key}`), ' ',
    h('button', { type: 'button', class: 'secondary', 'data-details': node.id,
      onclick: () => select(state, node.id, true) }, `${t('explore.details')} ${node.key}`), ' ',
    h('button', { type: 'button', class: 'secondary', 'data-hide': node.id,
      onclick: () => hide(state, node.id) }, `${t('explore.hide')} ${node.key}`), ' ',
    h('a', { href: `#/explore/${encodeURIComponent(node.id)}` }, `${t('explore.focus')} ${node.key}`)))));
}

function select(state, id, moveFocus = false) {
  state.selected = id;
  state.cy?.$(':selected').unselect();
  state.cy?.getElementById(id).select();
  renderDetails(state).then(() => { if (moveFocus) document.getElementById('node-details-title')?.focus(); });
}

/** The details panel: the node's stored properties (the service sends only what the reader may see), its links. */
async function renderDetails(state) {
  const node = state.nodes.get(state.selected);
  if (!node) return;
  const title = h('h2', { id: 'node-details-title', tabindex: '-1' }, t('explore.detailsOf', { type: typeName(node.label), key: node.key }));
  const answer = await query('graph-node', { key: node.id });
  if (state.selected !== node.id) return; // another node was chosen meanwhile: its panel wins
  const properties = answer.data.graphNode?.properties ?? [];
  const typeSelect = h('select', { id: 'expand-type', name: 'type' },
    h('option', { value: '' }, t('explore.allRelationships')),
    (RELATIONSHIPS_OF[node.label] ?? []).map(type => h('option', { value: type }, relationshipName(type))));
  const links = [...state.links.values()].filter(rel => rel.from === node.id || rel.to === node.id);
  // Redrawn after an expansion made from this panel: the keyboard stays on the control it was on.
  const focused = state.details.contains(document.activeElement) ? document.activeElement.id : null;
  state.details.replaceChildren(title,
    answer.errors.length > 0 && !answer.data.graphNode ? h('p', { role: 'alert' }, answer.errors[0].message) : null,
    h('h3', {}, t('explore.properties')),
    h('dl', { class: 'properties' }, properties.map(p => [h('dt', {}, propertyName(p.name)), h('dd', {}, propertyValue(p.name, p.value))])),
    h('h3', {}, t('explore.linksInView')),
    h('ul', {}, links.map(rel => {
      const other = state.nodes.get(rel.from === node.id ? rel.to : rel.from);
      return h('li', {}, rel.from === node.id
        ? `${node.key} — ${relationshipName(rel.type)} → ${typeName(other?.label)} ${other?.key}`
        : `${typeName(other?.label)} ${other?.key} — ${relationshipName(rel.type)} → ${node.key}`);
    })),
    h('div', { class: 'actions' },
      h('div', { class: 'field' }, h('label', { for: 'expand-type' }, t('explore.expandAlong')), typeSelect),
      h('button', { type: 'button', class: 'secondary', id: 'expand-along', onclick: () => {
        const type = typeSelect.value;
        expand(state, type ? { key: node.id, types: [type] } : { key: node.id }, '#expand-along');
      } }, `${t('explore.expand')} ${node.key}`),
      h('button', { type: 'button', class: 'secondary', id: 'details-hide', onclick: () => hide(state, node.id) }, `${t('explore.hide')} ${node.key}`)));
  if (focused) document.getElementById(focused)?.focus();
}

function propertyName(name) {
  const text = t(`prop.${name}`);
  return text === `prop.${name}` ? name : text;
}

function propertyValue(name, value) {
  if (name === 'classification') return t(`explore.${value}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
  if (/^[A-Z][A-Z_]+$/.test(value) && name !== 'code' && !name.startsWith('iso')) return enumLabel(value);
  if (/^-?\d+(\.\d+)?$/.test(value) && name !== 'code') return number(Number(value));
  return value;
}

function truncate(text, length = 40) {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
