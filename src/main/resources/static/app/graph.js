// Graph drawings with Cytoscape.js: the decision chain, referral trees and introduction paths. The library is loaded
// on first use, so that views without graphs do not wait for it.
import { label } from './i18n.js';

let library = null;

/** Starts loading Cytoscape.js (once); a view that draws graphs calls it first, so that it loads while the data does. */
export function loadGraphs() {
  library = library || import('cytoscape').then(m => m.default);
  return library;
}

export const CLASS_COLORS = { OUTSIDER: '#94a3b8', FRIEND: '#0ea5e9', SUPPLIER: '#f59e0b', PARTNER: '#16a34a' };

// labels drawn smaller than 7 px (a big referral tree fitted into its box) are left out until zoomed in
const BASE_STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(color)', 'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 140,
    'font-size': 11, 'font-family': 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif', 'color': '#1e293b',
    'text-valign': 'bottom', 'text-margin-y': 5, 'width': 'data(size)', 'height': 'data(size)',
    'border-width': 2, 'border-color': '#ffffff', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
    'text-background-padding': 2, 'text-background-shape': 'roundrectangle', 'min-zoomed-font-size': 7 } },
  { selector: 'node.insider', style: { 'border-width': 5, 'border-color': '#7c3aed', 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  { selector: 'edge', style: { 'width': 2, 'curve-style': 'bezier', 'line-color': '#64748b', 'font-size': 10,
    'color': '#b45309', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
    'min-zoomed-font-size': 7 } },
  { selector: 'edge.reports', style: { 'line-color': '#94a3b8', 'source-arrow-shape': 'triangle', 'source-arrow-color': '#94a3b8',
    'curve-style': 'straight', 'width': 2 } },
  { selector: 'edge.influence', style: { 'line-style': 'dashed', 'line-color': '#f97316', 'target-arrow-shape': 'triangle',
    'target-arrow-color': '#f97316', 'label': 'data(label)', 'width': 'data(width)', 'curve-style': 'unbundled-bezier',
    'control-point-distances': 40, 'control-point-weights': 0.5 } },
  { selector: 'edge.tie', style: { 'line-color': '#0ea5e9', 'label': 'data(label)', 'width': 'data(width)', 'color': '#0369a1' } },
  { selector: 'edge.referral', style: { 'line-color': '#64748b', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#64748b',
    'curve-style': 'taxi', 'taxi-direction': 'rightward' } },
  { selector: 'edge.referral.down', style: { 'taxi-direction': 'downward' } },
  { selector: 'node.root', style: { 'shape': 'round-rectangle', 'background-color': '#1e3a8a', 'color': '#1e293b' } },
  { selector: 'node.rep', style: { 'shape': 'round-rectangle', 'background-color': '#1e3a8a' } },
];

async function make(container, elements) {
  const cytoscape = await loadGraphs();
  return cytoscape({
    container, elements, style: BASE_STYLE, wheelSensitivity: 0.2, minZoom: 0.3, maxZoom: 2.5,
    boxSelectionEnabled: false, autoungrabify: false,
  });
}

/**
 * The decision chain: people coloured by relationship class, sized by influence score, roles in the label,
 * insiders with a violet double ring, reporting lines (solid, arrow at the manager) and influence ties
 * (dashed, with weights). onSelect(personId) on click or tap.
 */
export async function decisionChainGraph(container, people, onSelect) {
  const ids = new Set(people.map(p => p.id));
  const maxScore = Math.max(0.0001, ...people.map(p => p.influenceScore || 0));
  const nodes = people.map(p => {
    const cls = p.relationship.classification;
    const roles = p.buyingRoles.map(label).join(' · ');
    return {
      group: 'nodes',
      data: { id: p.id, cls, color: CLASS_COLORS[cls], size: 28 + 52 * Math.sqrt((p.influenceScore || 0) / maxScore),
        label: `${p.insider ? '★ ' : ''}${p.name}${roles ? '\n' + roles : ''}` },
      classes: p.insider ? 'insider' : '',
    };
  });
  const edges = [];
  for (const p of people) {
    if (p.reportsTo && ids.has(p.reportsTo.id)) {
      edges.push({ group: 'edges', data: { id: `r-${p.id}`, source: p.reportsTo.id, target: p.id }, classes: 'reports' });
    }
    for (const tie of p.influences) {
      if (ids.has(tie.person.id)) {
        edges.push({ group: 'edges', data: { id: `i-${p.id}-${tie.person.id}`, source: p.id, target: tie.person.id,
          weight: tie.weight, label: tie.weight.toFixed(2), width: 1 + 4 * tie.weight }, classes: 'influence' });
      }
    }
  }
  const cy = await make(container, [...nodes, ...edges]);
  const roots = people.filter(p => !p.reportsTo || !ids.has(p.reportsTo.id)).map(p => '#' + CSS.escape(p.id));
  cy.elements().not('edge.influence').layout({ name: 'breadthfirst', directed: true, roots: roots.join(','),
    spacingFactor: 1.0, nodeDimensionsIncludeLabels: true, avoidOverlap: true, padding: 30, animate: false }).run();
  cy.fit(undefined, 30);
  cy.on('tap', 'node', event => onSelect(event.target.id()));
  container.cy = cy;
  return cy;
}

/**
 * A tree of nodes [{id, label, parent, cls}] laid out from the root: depth left to right for long thin trees
 * (referral chains; the page is wide), top-down for wide ones (many direct referrals side by side).
 */
export async function treeGraph(container, nodes, rootId) {
  const elements = nodes.map(n => ({ group: 'nodes', data: { id: n.id, label: n.label, color: n.color || '#0ea5e9', size: n.size || 26 },
    classes: n.id === rootId ? 'root' : (n.cls || '') }));
  const parents = new Map(nodes.map(n => [n.id, n.parent]));
  const perDepth = new Map();
  for (const n of nodes) {
    let depth = 0;
    for (let p = n.parent; p && depth <= nodes.length; p = parents.get(p)) depth++;
    perDepth.set(depth, (perDepth.get(depth) || 0) + 1);
  }
  const wide = Math.max(...perDepth.values()) > 4 * perDepth.size;
  for (const n of nodes) {
    if (n.parent) elements.push({ group: 'edges', data: { id: `e-${n.parent}-${n.id}`, source: n.parent, target: n.id },
      classes: wide ? 'referral down' : 'referral' });
  }
  const cy = await make(container, elements);
  cy.layout({ name: 'breadthfirst', directed: true, roots: '#' + CSS.escape(rootId), spacingFactor: wide ? 1.0 : 1.2,
    padding: 24, animate: false, transform: wide ? (node, pos) => pos : (node, pos) => ({ x: pos.y * 1.8, y: pos.x }) }).run();
  // a wide tree is fitted whole, its labels shown as one zooms in, rather than cut at the box's edges
  cy.minZoom(0.05);
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }
  container.cy = cy;
  return cy;
}

/** Introduction paths: the rep on the left, the target on the right, ties labelled with strengths. */
export async function pathsGraph(container, nodes, ties) {
  const elements = [
    ...nodes.map(n => ({ group: 'nodes', data: { id: n.id, label: n.label, color: n.color || '#0ea5e9', size: n.size || 30 }, classes: n.cls || '' })),
    ...ties.map(e => ({ group: 'edges', data: { id: `t-${e.from}-${e.to}`, source: e.from, target: e.to,
      label: e.strength === null ? '' : e.strength.toFixed(2), width: 1 + 5 * (e.strength || 0) }, classes: 'tie' })),
  ];
  const cy = await make(container, elements);
  // the chain from left to right, in the order given
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  cy.layout({ name: 'preset', positions: node => ({ x: index.get(node.id()) * 240, y: 0 }), padding: 40, animate: false }).run();
  cy.fit(undefined, 40);
  if (cy.zoom() > 1) { cy.zoom(1); cy.center(); }
  container.cy = cy;
  return cy;
}
