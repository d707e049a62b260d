// The graph explorer's vocabulary: every node type with its colour, its shape and its names in both languages, and
// every relationship type with how it reads in each. Colour alone never tells two types apart (no palette has twenty
// colours a colour-blind reader can separate): each type has its own shape too, and the legend shows both. No type is
// red: red is the path's colour.

import { language } from './i18n.js';

/**
 * label: colour (fill; every node has a dark outline, so its outline contrasts with the white background whatever
 * the fill), Cytoscape shape, English name and plural, French name, plural and "of the …" form (for headings).
 */
export const NODE_TYPES = {
  Result: { colour: '#e69f00', shape: 'star', en: ['Result', 'results'], fr: ['Résultat', 'résultats', 'du résultat'] },
  Project: { colour: '#0072b2', shape: 'round-rectangle', en: ['Project', 'projects'], fr: ['Projet', 'projets', 'du projet'] },
  Mission: { colour: '#56b4e9', shape: 'round-tag', en: ['Mission', 'missions'], fr: ['Mission', 'missions', 'de la mission'] },
  Country: { colour: '#009e73', shape: 'hexagon', en: ['Country', 'countries'], fr: ['Pays', 'pays', 'du pays'] },
  Authority: { colour: '#332288', shape: 'octagon', en: ['Authority', 'authorities'], fr: ['Autorité', 'autorités', 'de l’autorité'] },
  Department: { colour: '#f0e442', shape: 'rectangle', en: ['Department', 'departments'], fr: ['Ministère', 'ministères', 'du ministère'] },
  Unit: { colour: '#ddcc77', shape: 'cut-rectangle', en: ['Unit', 'units'], fr: ['Unité', 'unités', 'de l’unité'] },
  Engagement: { colour: '#cc79a7', shape: 'ellipse', en: ['Meeting', 'meetings'], fr: ['Rencontre', 'rencontres', 'de la rencontre'] },
  Outcome: { colour: '#117733', shape: 'diamond', en: ['Outcome', 'outcomes'], fr: ['Effet', 'effets', 'de l’effet'] },
  KeyMessage: { colour: '#88ccee', shape: 'round-triangle', en: ['Key message', 'key messages'], fr: ['Message clé', 'messages clés', 'du message clé'] },
  Action: { colour: '#999933', shape: 'vee', en: ['Action', 'actions'], fr: ['Suivi', 'suivis', 'du suivi'] },
  Decision: { colour: '#555555', shape: 'barrel', en: ['Decision', 'decisions'], fr: ['Décision', 'décisions', 'de la décision'] },
  Designation: { colour: '#8c564b', shape: 'tag', en: ['Designation', 'designations'], fr: ['Désignation', 'désignations', 'de la désignation'] },
  Program: { colour: '#44aa99', shape: 'concave-hexagon', en: ['Program', 'programs'], fr: ['Programme', 'programmes', 'du programme'] },
  Envelope: { colour: '#c5b0d5', shape: 'rhomboid', en: ['Envelope', 'envelopes'], fr: ['Enveloppe', 'enveloppes', 'de l’enveloppe'] },
  PriorityArea: { colour: '#aa4499', shape: 'pentagon', en: ['Priority area', 'priority areas'], fr: ['Domaine prioritaire', 'domaines prioritaires', 'du domaine prioritaire'] },
  Organization: { colour: '#dddddd', shape: 'round-octagon', en: ['Organization', 'organizations'], fr: ['Organisation', 'organisations', 'de l’organisation'] },
  Source: { colour: '#ffffff', shape: 'round-pentagon', en: ['Source', 'sources'], fr: ['Source', 'sources', 'de la source'] },
  EngagementPlan: { colour: '#1f5f5f', shape: 'heptagon', en: ['Engagement plan', 'engagement plans'], fr: ['Plan de mobilisation', 'plans de mobilisation', 'du plan de mobilisation'] },
  TdStat: { colour: '#d4e157', shape: 'round-heptagon', en: ['TD statistic', 'TD statistics'], fr: ['Statistique TD', 'statistiques TD', 'de la statistique TD'] },
};

const UNKNOWN = { colour: '#ffffff', shape: 'triangle' };

/** The colour and shape of a label. */
export function looks(label) {
  return NODE_TYPES[label] ?? UNKNOWN;
}

/** The type's name in the current language: 'Result', 'Résultat'. */
export function typeName(label) {
  const names = NODE_TYPES[label];
  return names ? names[language() === 'FR' ? 'fr' : 'en'][0] : label;
}

/** The type's plural, lower case: 'meetings', 'rencontres'. */
export function typePlural(label) {
  const names = NODE_TYPES[label];
  return names ? names[language() === 'FR' ? 'fr' : 'en'][1] : label;
}

/** "of the result" as a French heading needs it ("du résultat", "de la rencontre"); English: "of result". */
export function ofType(label) {
  const names = NODE_TYPES[label];
  if (!names) return label;
  return language() === 'FR' ? names.fr[2] : `of ${names.en[0].toLowerCase()}`;
}

/** Relationship types, read from their start node to their end node. */
const RELATIONSHIPS = {
  ABOUT: ['about', 'porte sur'], ADDRESSES: ['addresses', 'vise'], ASSIGNED_TO: ['assigned to', 'confié à'],
  ATTENDED_BY: ['attended by', 'avec la participation de'], BENEFITS: ['benefits', 'profite à'], CONCERNS: ['concerns', 'concerne'],
  CONTRIBUTES_TO: ['contributes to', 'contribue à'], DECIDED_AT: ['decided at', 'décidée lors de'], DRAFTED_BY: ['drafted by', 'rédigé par'],
  FOLLOWS: ['follows up', 'fait suite à'], FOR: ['for', 'pour'], FROM: ['from', 'issu de'], FUNDED_BY: ['funded by', 'financé par'],
  HOLDS_ROLE: ['holds a role in', 'a un rôle dans'], IMPLEMENTED_BY: ['implemented by', 'mis en œuvre par'], IN: ['in', 'dans'],
  LEADS_TO: ['leads to', 'mène à'], LOCATED_IN: ['located in', 'située dans'], MANAGED_BY: ['managed by', 'géré par'], OF: ['of', 'de'],
  PART_OF: ['part of', 'fait partie de'], RAISED: ['raised', 'a soulevé'], REPRESENTS: ['represents', 'représente'],
  SOURCED_FROM: ['sourced from', 'tiré de'], TAKEN_AT: ['taken at', 'prise lors de'], USED: ['used', 'a utilisé'], WITH: ['with', 'avec'],
};

export function relationshipName(type) {
  const names = RELATIONSHIPS[type];
  return names ? names[language() === 'FR' ? 1 : 0] : type;
}

/** The relationship types a node of each label can have (graph-schema/MODEL.md), for "expand along". */
export const RELATIONSHIPS_OF = {
  Action: ['ASSIGNED_TO', 'FROM'], Authority: ['BENEFITS', 'OF', 'WITH'],
  Country: ['CONCERNS', 'FOR', 'IN', 'LOCATED_IN', 'OF', 'REPRESENTS'], Decision: ['CONCERNS', 'TAKEN_AT'],
  Department: ['ASSIGNED_TO', 'ATTENDED_BY', 'DRAFTED_BY', 'HOLDS_ROLE', 'PART_OF'], Designation: ['DECIDED_AT', 'OF'],
  Engagement: ['ATTENDED_BY', 'CONCERNS', 'DECIDED_AT', 'FOLLOWS', 'FROM', 'PART_OF', 'RAISED', 'TAKEN_AT', 'USED', 'WITH'],
  EngagementPlan: ['FOR', 'HOLDS_ROLE'], Envelope: ['FUNDED_BY', 'PART_OF'], KeyMessage: ['ABOUT', 'DRAFTED_BY', 'USED'],
  Mission: ['LOCATED_IN', 'REPRESENTS', 'WITH'], Organization: ['IMPLEMENTED_BY', 'PART_OF', 'WITH'],
  Outcome: ['CONTRIBUTES_TO', 'LEADS_TO'], PriorityArea: ['ADDRESSES'], Program: ['PART_OF'],
  Project: ['ABOUT', 'ADDRESSES', 'BENEFITS', 'FUNDED_BY', 'IMPLEMENTED_BY', 'IN', 'MANAGED_BY', 'OF', 'RAISED'],
  Result: ['ABOUT', 'CONTRIBUTES_TO', 'OF', 'RAISED'], TdStat: ['FOR'], Unit: ['ATTENDED_BY', 'MANAGED_BY', 'PART_OF'],
  Source: [],
};

/** A small SVG of the type's shape in its colour, for the legend and the node list (no style attribute: CSP). */
export function swatch(label, size = 16) {
  const { colour, shape } = looks(label);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('viewBox', '-1.1 -1.1 2.2 2.2');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'swatch');
  const outline = document.createElementNS(ns, shape === 'ellipse' ? 'ellipse' : 'polygon');
  if (shape === 'ellipse') {
    outline.setAttribute('rx', '1');
    outline.setAttribute('ry', '0.8');
  }
  else outline.setAttribute('points', points(shape).map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '));
  outline.setAttribute('fill', colour);
  outline.setAttribute('stroke', '#1b1b1b');
  outline.setAttribute('stroke-width', '0.12');
  svg.append(outline);
  return svg;
}

function regular(sides, rotation = -Math.PI / 2) {
  return Array.from({ length: sides }, (_, i) => [Math.cos(rotation + i * 2 * Math.PI / sides), Math.sin(rotation + i * 2 * Math.PI / sides)]);
}

function points(shape) {
  const base = shape.replace(/^round-/, '');
  switch (base) {
    case 'star': return Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 === 0 ? 1 : 0.45;
      const a = -Math.PI / 2 + i * Math.PI / 5;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    case 'rectangle': return [[-1, -0.75], [1, -0.75], [1, 0.75], [-1, 0.75]];
    case 'cut-rectangle': return [[-0.7, -0.75], [0.7, -0.75], [1, -0.45], [1, 0.45], [0.7, 0.75], [-0.7, 0.75], [-1, 0.45], [-1, -0.45]];
    case 'barrel': return [[-0.8, -0.8], [0.8, -0.8], [1, -0.4], [1, 0.4], [0.8, 0.8], [-0.8, 0.8], [-1, 0.4], [-1, -0.4]];
    case 'tag': return [[-1, -0.7], [0.4, -0.7], [1, 0], [0.4, 0.7], [-1, 0.7]];
    case 'vee': return [[-1, -0.9], [0, -0.2], [1, -0.9], [0, 0.9]];
    case 'rhomboid': return [[-0.6, -0.7], [1, -0.7], [0.6, 0.7], [-1, 0.7]];
    case 'diamond': return [[0, -1], [1, 0], [0, 1], [-1, 0]];
    case 'triangle': return regular(3);
    case 'pentagon': return regular(5);
    case 'hexagon': return regular(6, 0);
    case 'concave-hexagon': return [[-1, -0.8], [1, -0.8], [0.7, 0], [1, 0.8], [-1, 0.8], [-0.7, 0]];
    case 'heptagon': return regular(7);
    case 'octagon': return regular(8, Math.PI / 8);
    default: return regular(4, Math.PI / 4);
  }
}
