import { query } from '../api.js';
import { h, link, notice } from '../dom.js';
import { seriesColour } from '../charts.js';
import { number, t } from '../i18n.js';

const LABELS = ['Country', 'Mission', 'Authority', 'Department', 'Unit', 'Organization', 'Program', 'Envelope',
  'PriorityArea', 'Project', 'Result', 'Outcome', 'Engagement', 'KeyMessage', 'Action', 'Source', 'Designation',
  'Decision', 'EngagementPlan', 'TdStat'];
const colourOf = label => seriesColour(Math.max(0, LABELS.indexOf(label)));

/** The explorer keeps its picture while the user expands it; it starts again from the address's key. */
export async function render([key]) {
  const status = h('p', { id: 'explore-status', role: 'status', 'aria-live': 'polite' });
  const searchResults = h('div', { id: 'search-results' });
  const graphBox = h('div', { id: 'graph', role: 'img', 'aria-label': t('explore.empty') });
  const list = h('div', { class: 'node-list', id: 'node-list' });
  const state = { nodes: new Map(), links: new Map(), cy: null, list, graphBox, status };

  const searchInput = h('input', { id: 'explore-text', name: 'text', type: 'search', required: true, 'aria-describedby': 'explore-text-hint', size: 40 });
  const searchForm = h('form', { role: 'search', class: 'no-print', onsubmit: async event => {
    event.preventDefault();
    await search(searchInput.value.trim(), searchResults);
  } },
  h('div', { class: 'field' }, h('label', { for: 'explore-text' }, t('explore.search')),
    h('span', { class: 'hint', id: 'explore-text-hint' }, t('explore.searchHint')),
    h('div', { class: 'actions' }, searchInput, h('button', { type: 'submit', class: 'primary' }, t('explore.searchButton')))));

  const from = h('input', { id: 'path-from', name: 'from', value: key?.startsWith('Result:') ? key.slice(7) : '', size: 18, required: true });
  const to = h('input', { id: 'path-to', name: 'to', value: 'CBSA', size: 10, required: true });
  const pathResult = h('p', { id: 'path-result', 'aria-live': 'polite' });
  const pathForm = h('form', { class: 'no-print', id: 'path-form', onsubmit: async event => {
    event.preventDefault();
    await drawPath(state, from.value.trim(), to.value.trim(), pathResult);
  } },
  h('div', { class: 'actions' },
    h('div', { class: 'field' }, h('label', { for: 'path-from' }, t('explore.pathFrom')), from),
    h('div', { class: 'field' }, h('label', { for: 'path-to' }, t('explore.pathTo')), to),
    h('div', { class: 'field' }, h('span', { 'aria-hidden': 'true' }, '\u00a0'), h('br'), h('button', { type: 'submit', class: 'secondary' }, t('explore.pathButton')))),
  pathResult);

  const page = [
    h('h1', {}, key ? t('explore.graph', { key }) : t('explore.title')),
    h('p', { class: 'lead' }, t('explore.lead')),
    searchForm, searchResults, status,
    h('div', { class: 'explorer' }, graphBox, h('div', {}, h('h2', {}, t('explore.nodes')), list)),
    h('ul', { class: 'legend', 'aria-label': t('explore.legend') }),
    h('h2', {}, t('explore.path')), pathForm,
  ];
  if (key) {
    requestAnimationFrame(() => expand(state, key, true).catch(error => { status.textContent = error.message; }));
  }
  else {
    list.append(h('p', {}, t('explore.empty')));
  }
  return page;
}

async function search(text, container) {
  if (!text) return;
  const hits = (await query('search', { text, first: 20 })).data.search ?? [];
  container.replaceChildren(hits.length === 0 ? notice(t('explore.noMatch', { text })) : h('div', {},
    h('p', {}, t('explore.matches', { count: number(hits.length) })),
    h('ul', {}, hits.map(hit => h('li', {}, link(`#/explore/${encodeURIComponent(`${hit.type}:${hit.key}`)}`,
      `${hit.type} · ${hit.key} · ${captionOf(hit.node)}`))))));
}

function captionOf(node) {
  return node?.name ?? node?.title ?? node?.summary ?? node?.text ?? '';
}

/** Adds the neighbourhood of key to the picture (replacing it when fresh), then redraws. */
async function expand(state, key, fresh = false) {
  const answer = await query('neighbourhood', { key, depth: 1, limit: 60 });
  const view = answer.data.neighbourhood;
  if (!view) {
    state.status.textContent = t('error.notFound', { key });
    return;
  }
  if (fresh) {
    state.nodes.clear();
    state.links.clear();
  }
  view.nodes.forEach(node => state.nodes.set(node.id, { ...node, root: node.depth === 0 && fresh }));
  view.relationships.forEach(rel => state.links.set(rel.id, rel));
  state.status.textContent = view.truncated ? t('explore.truncated') : '';
  draw(state, view.nodes.find(n => n.depth === 0)?.id);
}

async function drawPath(state, from, to, output) {
  const path = (await query('path', { from, to, via: ['RAISED', 'ATTENDED_BY', 'FOLLOWS'] })).data.path;
  if (!path || path.nodes.length === 0) {
    output.textContent = t('explore.noPath', { from, to });
    return;
  }
  path.nodes.forEach(node => state.nodes.set(node.id, { ...state.nodes.get(node.id), ...node, onPath: true }));
  path.relationships.forEach(rel => state.links.set(rel.id, { ...rel, onPath: true }));
  const byId = new Map(path.nodes.map(n => [n.id, n]));
  const steps = [];
  let current = path.nodes[0];
  steps.push(current.key);
  for (const rel of path.relationships) {
    const next = byId.get(rel.from === current.id ? rel.to : rel.from);
    steps.push(`—${rel.type}— ${next.key}`);
    current = next;
  }
  output.textContent = t('explore.pathFound', { hops: path.relationships.length, steps: steps.join(' ') });
  draw(state);
}

function draw(state, focusId) {
  const elements = [
    ...[...state.nodes.values()].map(node => ({ data: { id: node.id, label: [node.key, ...extra(node).map(c => truncate(c))].join('\n'), colour: colourOf(node.label) },
      classes: [node.root ? 'root' : '', node.onPath ? 'path' : ''].join(' ') })),
    ...[...state.links.values()].filter(rel => state.nodes.has(rel.from) && state.nodes.has(rel.to))
      .map(rel => ({ data: { id: `r${rel.id}`, source: rel.from, target: rel.to, label: rel.type }, classes: rel.onPath ? 'path' : '' })),
  ];
  state.cy?.destroy();
  state.cy = cytoscape({
    container: state.graphBox,
    elements,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b1b1b', width: 22, height: 22 } },
      { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1b1b1b' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#8d959e', 'target-arrow-color': '#8d959e', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#4a4a4a', 'text-rotation': 'autorotate' } },
      { selector: '.path', style: { 'line-color': '#a4161a', 'target-arrow-color': '#a4161a', width: 4, 'border-width': 4, 'border-color': '#a4161a' } },
    ],
  });
  // A click (or tap) on a node expands it: its own neighbours join the picture.
  state.cy.on('tap', 'node', event => {
    const node = state.nodes.get(event.target.id());
    expand(state, `${node.label}:${node.key}`);
  });
  state.graphBox.setAttribute('aria-label', t('explore.graphLabel', { count: state.nodes.size, links: state.links.size }));
  renderList(state, focusId);
  const legend = document.querySelector('.legend');
  if (legend) {
    const present = [...new Set([...state.nodes.values()].map(n => n.label))].sort();
    legend.replaceChildren(...present.map(label => h('li', {}, h('span', { class: 'swatch', style: `background:${colourOf(label)}` }), label)));
  }
}

/** The same nodes as a list, each with buttons: the keyboard's and the screen reader's way through the graph. */
function renderList(state, focusId) {
  const nodes = [...state.nodes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  state.list.replaceChildren(h('ul', {}, nodes.map(node => h('li', { 'data-key': `${node.label}:${node.key}` },
    h('strong', {}, `${node.label} ${node.key}`), h('br'), extra(node).map(c => [truncate(c, 90), h('br')]),
    h('button', { type: 'button', class: 'secondary', 'data-expand': `${node.label}:${node.key}`,
      onclick: () => expand(state, `${node.label}:${node.key}`) }, `${t('explore.expand')} ${node.key}`), ' ',
    h('a', { href: `#/explore/${encodeURIComponent(`${node.label}:${node.key}`)}` }, `${t('explore.focus')} ${node.key}`)))));
}

/** The caption, when it says more than the key (a meeting's caption is its code). */
function extra(node) {
  return node.caption && node.caption !== node.key ? [node.caption] : [];
}

function truncate(text, length = 40) {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
