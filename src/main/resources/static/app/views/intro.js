// Warm introduction: pick a rep and a person, see the strongest chains of introductions with their strengths.
import { gql } from '../api.js';
import { t, num } from '../i18n.js';
import { h, clear, card, field, select, fill, table } from '../ui.js';
import { pathsGraph } from '../graph.js';
import { go } from '../main.js';

const PATHS = `query Paths($rep: ID!, $person: ID!, $maxHops: Int) {
  warmIntroPaths(fromRepId: $rep, toPersonId: $person, maxHops: $maxHops, limit: 3) {
    strength hops nodes { __typename id name ... on Person { account { name } } }
  }
}`;

const PEOPLE = `query People($q: String) { people(filter: {nameContains: $q}, first: 30) { edges { node { id name account { name } } } } }`;

/** The strength of each tie on the paths: one request with the ties of every node. */
async function tieStrengths(nodes) {
  if (!nodes.length) return new Map();
  const vars = nodes.map((_, i) => `$n${i}: ID!`).join(', ');
  const fields = nodes.map((n, i) => n.__typename === 'SalesRep'
    ? `k${i}: salesRep(id: $n${i}) { knows { other { id } strength } }`
    : `k${i}: person(id: $n${i}) { knows { other { id } strength } }`).join('\n');
  const data = await gql(`query Ties(${vars}) {\n${fields}\n}`, Object.fromEntries(nodes.map((n, i) => [`n${i}`, n.id])));
  const strengths = new Map();
  nodes.forEach((n, i) => (data[`k${i}`] ? data[`k${i}`].knows : []).forEach(k => {
    strengths.set(`${n.id}|${k.other.id}`, k.strength);
    strengths.set(`${k.other.id}|${n.id}`, k.strength);
  }));
  return strengths;
}

function pathCard(path, index, strengths) {
  const box = h('div', { class: 'graph path', 'data-test': 'intro-graph', role: 'img',
    'aria-label': `${t('intro.path', { n: index + 1 })}: ${path.nodes.map(n => n.name).join(' → ')}` });
  const nodes = path.nodes.map((n, i) => ({ id: n.id, label: n.account ? `${n.name}\n${n.account.name}` : n.name,
    cls: n.__typename === 'SalesRep' ? 'rep' : '', color: i === path.nodes.length - 1 ? '#16a34a' : '#0ea5e9' }));
  const ties = path.nodes.slice(1).map((n, i) => ({ from: path.nodes[i].id, to: n.id,
    strength: strengths.get(`${path.nodes[i].id}|${n.id}`) ?? null }));
  requestAnimationFrame(() => pathsGraph(box, nodes, ties));
  return card(t('intro.path', { n: index + 1 }), { 'data-test': 'intro-path' },
    h('p', {}, h('strong', {}, `${t('strength')} ${num(path.strength, 3)}`), ` · ${t('hops')} ${path.hops}`),
    h('p', { class: 'path-steps' }, path.nodes.map((n, i) => [
      i > 0 ? h('span', { class: 'arrow-step' }, ` —${ties[i - 1].strength !== null ? num(ties[i - 1].strength) : ''}→ `) : null,
      h('span', { class: 'step' }, n.name)])),
    box);
}

export async function introView(main, { params, isCurrent }) {
  const reps = (await gql('{ salesReps { id name team } }')).salesReps;
  if (!isCurrent()) return;
  const repId = params.get('rep') || (reps[0] && reps[0].id);
  const personId = params.get('person') || '';
  const q = params.get('q') || '';
  const maxHops = params.get('hops') || '4';
  const people = (await gql(PEOPLE, { q: q || null })).people.edges.map(e => e.node);
  if (personId && !people.some(p => p.id === personId)) {
    const extra = (await gql('query P($id: ID!) { person(id: $id) { id name account { name } } }', { id: personId })).person;
    if (extra) people.unshift(extra);
  }
  const repSelect = select(reps.map(r => [r.id, `${r.name}${r.team ? ' · ' + r.team : ''}`]), repId, { 'data-test': 'intro-rep' });
  const search = h('input', { type: 'search', value: q, 'data-test': 'intro-search' });
  const personSelect = select([['', '—'], ...people.map(p => [p.id, p.account ? `${p.name} · ${p.account.name}` : p.name])], personId, { 'data-test': 'intro-person' });
  const hops = select(['2', '3', '4', '5', '6'], maxHops, {});
  const submit = (event) => {
    event.preventDefault();
    go('intro', null, { rep: repSelect.value, person: personSelect.value, q: search.value.trim(), hops: hops.value });
  };
  search.addEventListener('change', () => go('intro', null, { rep: repSelect.value, person: personSelect.value, q: search.value.trim(), hops: hops.value }));
  const results = h('div');
  clear(main,
    h('div', { class: 'page-head' }, h('h1', {}, t('intro.title'))),
    card(null, {}, h('form', { class: 'filters', onsubmit: submit },
      field(t('intro.rep'), repSelect), field(t('intro.search'), search), field(t('intro.person'), personSelect, 'grow'),
      field(t('max.hops'), hops), h('button', { type: 'submit', class: 'primary', 'data-test': 'intro-find' }, t('intro.find')))),
    results);
  if (!personId) return;
  await fill(results, async () => {
    const paths = (await gql(PATHS, { rep: repId, person: personId, maxHops: parseInt(maxHops, 10) })).warmIntroPaths;
    if (!paths.length) return h('p', { class: 'muted', 'data-test': 'intro-none' }, t('intro.none'));
    const unique = [...new Map(paths.flatMap(p => p.nodes).map(n => [n.id, n])).values()];
    const strengths = await tieStrengths(unique);
    const frag = document.createDocumentFragment();
    paths.forEach((p, i) => frag.append(pathCard(p, i, strengths)));
    return frag;
  });
}
