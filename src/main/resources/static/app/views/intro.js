// Warm introduction: pick a rep and a person, see the strongest chains of introductions with their strengths.
import { gql, allReps } from '../api.js';
import { t, num } from '../i18n.js';
import { h, clear, draw, card, field, select, fill, table } from '../ui.js';
import { pathsGraph, loadGraphs } from '../graph.js';
import { go } from '../main.js';

const PATHS = `query Paths($rep: ID!, $person: ID!, $maxHops: Int) {
  warmIntroPaths(fromRepId: $rep, toPersonId: $person, maxHops: $maxHops, limit: 3) {
    strength hops tieStrengths nodes { __typename id name ... on Person { account { name } } }
  }
}`;

const PEOPLE = `query People($q: String) { people(filter: {nameContains: $q}, first: 30) { edges { node { id name account { name } } } } }`;

// asked for before they are awaited: a failure shows where the data is awaited
function early(promise) {
  promise.catch(() => {});
  return promise;
}

function pathCard(path, index) {
  const box = h('div', { class: 'graph path', 'data-test': 'intro-graph', role: 'img',
    'aria-label': `${t('intro.path', { n: index + 1 })}: ${path.nodes.map(n => n.name).join(' → ')}` });
  const nodes = path.nodes.map((n, i) => ({ id: n.id, label: n.account ? `${n.name}\n${n.account.name}` : n.name,
    cls: n.__typename === 'SalesRep' ? 'rep' : '', color: i === path.nodes.length - 1 ? '#16a34a' : '#0ea5e9' }));
  const ties = path.nodes.slice(1).map((n, i) => ({ from: path.nodes[i].id, to: n.id,
    strength: path.tieStrengths[i] }));
  draw(() => pathsGraph(box, nodes, ties));
  return card(t('intro.path', { n: index + 1 }), { 'data-test': 'intro-path' },
    h('p', {}, h('strong', {}, `${t('strength')} ${num(path.strength, 3)}`), ` · ${t('hops')} ${path.hops}`),
    h('p', { class: 'path-steps' }, path.nodes.map((n, i) => [
      i > 0 ? h('span', { class: 'arrow-step' }, ` —${ties[i - 1].strength !== null ? num(ties[i - 1].strength) : ''}→ `) : null,
      h('span', { class: 'step' }, n.name)])),
    box);
}

export async function introView(main, { params, isCurrent }) {
  const personId = params.get('person') || '';
  const q = params.get('q') || '';
  const maxHops = params.get('hops') || '4';
  // what the URL names is asked for at once: the reps, the people to choose from, the chosen person and, with a
  // rep and a person chosen, the paths
  const findPaths = (repId) => gql(PATHS, { rep: repId, person: personId, maxHops: parseInt(maxHops, 10) });
  const pathsData = personId && params.get('rep') ? early(findPaths(params.get('rep'))) : null;
  if (personId) loadGraphs();
  const peopleData = early(gql(PEOPLE, { q: q || null }));
  const personData = personId ? early(gql('query P($id: ID!) { person(id: $id) { id name account { name } } }', { id: personId })) : null;
  const reps = await allReps('id name team');
  const people = (await peopleData).people.edges.map(e => e.node);
  if (!isCurrent()) return;
  const repId = params.get('rep') || (reps[0] && reps[0].id);
  if (personId && !people.some(p => p.id === personId)) {
    const extra = (await personData).person;
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
    const paths = (await (pathsData || findPaths(repId))).warmIntroPaths;
    if (!paths.length) return h('p', { class: 'muted', 'data-test': 'intro-none' }, t('intro.none'));
    const frag = document.createDocumentFragment();
    paths.forEach((p, i) => frag.append(pathCard(p, i)));
    return frag;
  });
}
