// One account: its decision chain as a graph (or table), coverage, influence, insider candidates, every
// contact's relationship, deals, interactions, its referral chain, and the daily writes.
import { gql, allReps } from '../api.js';
import { ACCOUNT_QUERY } from './account-query.js';
import { t, label, money, pct, num, dateTime, day } from '../i18n.js';
import { h, clear, draw, card, table, badge, classBadge } from '../ui.js';
import { decisionChainGraph, loadGraphs, CLASS_COLORS } from '../graph.js';
import { interactionForm, assessForm, referralForm } from '../forms.js';
import { forgetAccounts } from './accounts.js';
import { render } from '../main.js';

const SOURCES = `{ organizations { id name } channels { id name } accounts(first: 100) { edges { node { id name } } } }`;

let sourcesCache = null;
let selectedPerson = null;
let chainMode = 'graph';

function personLink(p, onSelect) {
  return h('button', { type: 'button', class: 'link', 'data-person': p.id, onclick: () => onSelect(p.id) }, p.name);
}

function details(person) {
  if (!person) return h('p', { class: 'muted' }, t('details.hint'));
  const r = person.relationship;
  const facts = [
    [t('title'), person.title], [t('department'), person.department], [t('level'), person.level],
    [t('roles'), person.buyingRoles.map(label).join(', ')], [t('weight'), num(person.decisionWeight)],
    [t('influence'), pct(person.influenceScore || 0, 1)], [t('insider'), person.insider ? t('yes') : t('no')],
    [t('reports.to'), person.reportsTo ? person.reportsTo.name : ''],
  ];
  const profile = ['age', 'family', 'hobbies', 'sports', 'food', 'schedule', 'attitude', 'preference', 'phone', 'email']
    .filter(k => person[k] !== null && person[k] !== undefined && person[k] !== '').map(k => [t(k), person[k]]);
  return h('div', { 'data-test': 'person-details', 'data-person': person.id },
    h('h3', {}, person.name, ' ', classBadge(r.classification, label(r.classification, 'RelationshipClass'))),
    h('p', { class: 'muted small' }, r.derived ? t('derived') : t('assessed'), r.since ? ` · ${t('since')} ${dateTime(r.since, false)}` : ''),
    h('div', { class: 'next-step' }, h('strong', {}, t('next.step'), ': '), h('span', { 'data-test': 'next-step' }, r.nextStep)),
    h('dl', { class: 'facts' }, facts.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
    r.evidence.length ? [h('h4', {}, t('evidence')), h('ul', { class: 'plain' }, r.evidence.map(e => h('li', {}, e)))] : null,
    r.history.length ? [h('h4', {}, t('history')), h('ul', { class: 'plain' }, r.history.map(c =>
      h('li', {}, `${dateTime(c.at, false)} `, classBadge(c.from, label(c.from, 'RelationshipClass')), ' → ', classBadge(c.to, label(c.to, 'RelationshipClass')), ` ${c.cause}`)))] : null,
    profile.length ? [h('h4', {}, t('profile')), h('dl', { class: 'facts' }, profile.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]))] : null);
}

function legend() {
  return h('div', { class: 'legend', 'aria-hidden': 'true' },
    Object.entries(CLASS_COLORS).map(([cls, color]) => h('span', {}, h('i', { class: 'dot', style: `background:${color}` }), label(cls, 'RelationshipClass'))),
    h('span', {}, h('i', { class: 'line solid' }), t('account.legend.reports')),
    h('span', {}, h('i', { class: 'line dashed' }), t('account.legend.influence')),
    h('span', {}, h('i', { class: 'dot ring' }), `★ ${t('account.legend.insider')}`));
}

function contactsTable(people, onSelect) {
  return table([
    { key: 'name', title: t('name'), sort: p => p.name, render: p => [personLink(p, onSelect), p.insider ? h('span', { class: 'star', title: t('insider') }, ' ★') : null] },
    { key: 'title', title: t('title'), render: p => p.title || '' },
    { key: 'weight', title: t('weight'), num: true, sort: p => p.decisionWeight, render: p => num(p.decisionWeight) },
    { key: 'class', title: t('relationship'), sort: p => p.relationship.classification,
      render: p => classBadge(p.relationship.classification, label(p.relationship.classification, 'RelationshipClass')) },
    { key: 'evidence', title: t('evidence'), render: p => h('ul', { class: 'plain small' }, p.relationship.evidence.map(e => h('li', {}, e))) },
    { key: 'next', title: t('next.step'), render: p => h('span', { class: 'small' }, p.relationship.nextStep) },
  ], people, { test: 'contacts', caption: t('account.contacts'), captionHidden: true,
    rowAttrs: p => ({ 'data-person': p.id, 'data-class': p.relationship.classification }) });
}

function chainTable(people, onSelect) {
  return table([
    { key: 'name', title: t('name'), sort: p => p.name, render: p => [personLink(p, onSelect), p.insider ? h('span', { class: 'star', title: t('insider') }, ' ★') : null] },
    { key: 'class', title: t('relationship'), sort: p => p.relationship.classification,
      render: p => classBadge(p.relationship.classification, label(p.relationship.classification, 'RelationshipClass')) },
    { key: 'roles', title: t('roles'), render: p => p.buyingRoles.map(r => badge(label(r), 'role')) },
    { key: 'level', title: t('level'), num: true, sort: p => p.level, render: p => p.level ?? '' },
    { key: 'influence', title: t('influence'), num: true, sort: p => p.influenceScore || 0, render: p => pct(p.influenceScore || 0, 1) },
    { key: 'insider', title: t('insider'), render: p => p.insider ? t('yes') : '' },
    { key: 'reports', title: t('reports.to'), render: p => p.reportsTo ? p.reportsTo.name : '' },
    { key: 'sways', title: t('account.legend.influence'), render: p => p.influences
      .map(i => `${(people.find(q => q.id === i.person.id) || { name: i.person.id }).name} ${num(i.weight)}`).join(', ') },
  ], people, { caption: t('account.chain'), captionHidden: true, rowAttrs: p => ({ 'data-chain-person': p.id, 'data-class': p.relationship.classification }) });
}

function coverageCard(coverage) {
  const meter = (title, value, text) => h('div', { class: 'meter' }, h('div', { class: 'meter-title' }, title),
    h('div', { class: 'meter-value' }, text),
    value === null ? null : h('div', { class: 'bar', role: 'img', 'aria-label': `${title} ${text}` }, h('span', { style: `width:${Math.round(value * 100)}%` })));
  return card(t('account.coverage'), { 'data-test': 'coverage' },
    h('div', { class: 'meters' },
      meter(t('coverage.high'), null, coverage.high === null ? t('coverage.highnone') : `L${coverage.high}`),
      meter(t('coverage.wide'), coverage.wide, pct(coverage.wide)),
      meter(t('coverage.deep'), coverage.deep, pct(coverage.deep))),
    h('h3', {}, t('coverage.gaps')),
    coverage.gaps.length ? h('ul', { class: 'gaps' }, coverage.gaps.map(g => h('li', {}, g))) : h('p', { class: 'muted' }, t('coverage.nogaps')));
}

function rankingCard(ranking, onSelect) {
  return card(t('account.ranking'), { 'data-test': 'ranking' }, table([
    { key: 'rank', title: t('rank'), num: true, render: r => r.rank },
    { key: 'name', title: t('name'), render: r => personLink(r.person, onSelect) },
    { key: 'score', title: t('score'), num: true, render: r => h('span', { class: 'score' }, h('span', { class: 'bar inline' }, h('span', { style: `width:${Math.round(r.score * 100)}%` })), pct(r.score, 1)) },
    { key: 'own', title: t('own.weight'), num: true, render: r => pct(r.explanation.ownWeightShare) },
    { key: 'from', title: t('draws.from'), render: r => r.explanation.sources.map(s => `${s.person.name} ${pct(s.share)}`).join(', ') },
  ], ranking, { sortable: false }));
}

function candidatesCard(candidates, onSelect) {
  return card(t('account.candidates'), { 'data-test': 'candidates' }, candidates.length ? table([
    { key: 'name', title: t('name'), render: c => personLink(c.person, onSelect) },
    { key: 'score', title: t('score'), num: true, render: c => num(c.score) },
    { key: 'reasons', title: t('reasons'), render: c => h('ul', { class: 'plain small' }, c.reasons.map(r => h('li', {}, r))) },
  ], candidates, { sortable: false }) : h('p', { class: 'muted' }, t('none')));
}

function referralCard(chain) {
  if (!chain.links.length) return card(t('account.referral'), { 'data-test': 'referral-chain' }, h('p', { class: 'muted' }, t('referral.none')));
  const byTarget = new Map(chain.links.map(l => [l.to.id, l]));
  return card(t('account.referral'), { 'data-test': 'referral-chain' }, h('ol', { class: 'chain' }, chain.nodes.map(n => {
    const link = byTarget.get(n.id);
    const href = n.__typename === 'Account' ? `#/account/${encodeURIComponent(n.id)}` : `#/referrals?source=${encodeURIComponent(n.id)}`;
    return h('li', {}, h('a', { href }, n.name), ' ', badge(label(n.__typename), 'kind'),
      link ? h('span', { class: 'muted small' }, ` ${day(link.at)}${link.note ? ' · ' + link.note : ''}`) : null);
  })));
}

async function sources() {
  if (!sourcesCache) {
    const data = await gql(SOURCES);
    sourcesCache = { organizations: data.organizations, channels: data.channels, accounts: data.accounts.edges.map(e => e.node) };
  }
  return sourcesCache;
}

export async function accountView(main, { id, isCurrent }) {
  loadGraphs();
  const [data, allSources] = await Promise.all([gql(ACCOUNT_QUERY, { id }), sources()]);
  if (!isCurrent()) return;
  const a = data.account;
  const people = a.people;
  if (selectedPerson && !people.some(p => p.id === selectedPerson)) selectedPerson = null;

  const detailPane = h('aside', { class: 'details', 'aria-live': 'polite', 'aria-label': t('details.title') });
  const forms = [];
  const select = (personId) => {
    selectedPerson = personId;
    clear(detailPane, h('h2', { class: 'sr-only' }, t('details.title')), details(people.find(p => p.id === personId)));
    forms.forEach(f => f.selectPerson && f.selectPerson(personId));
    const cy = graphBox.cy;
    if (cy) { cy.nodes().unselect(); cy.getElementById(personId).select(); }
    main.querySelectorAll('tr[data-person], tr[data-chain-person]').forEach(tr =>
      tr.classList.toggle('selected', (tr.dataset.person || tr.dataset.chainPerson) === personId));
  };
  const saved = (personId) => {
    selectedPerson = personId || selectedPerson;
    forgetAccounts();
    render();
  };

  const graphBox = h('div', { class: 'graph', 'data-test': 'chain-graph', role: 'img',
    'aria-label': `${t('account.chain')}: ${people.map(p => `${p.name} (${label(p.relationship.classification, 'RelationshipClass')})`).join(', ')}` });
  const tableBox = h('div', { class: 'chain-table', 'data-test': 'chain-table' }, chainTable(people, select));
  const graphButton = h('button', { type: 'button', 'aria-pressed': String(chainMode === 'graph'), 'data-test': 'show-graph' }, t('account.graph'));
  const tableButton = h('button', { type: 'button', 'aria-pressed': String(chainMode === 'table'), 'data-test': 'show-table' }, t('account.table'));
  const showMode = () => {
    graphBox.hidden = chainMode !== 'graph';
    tableBox.hidden = chainMode !== 'table';
    graphButton.setAttribute('aria-pressed', String(chainMode === 'graph'));
    tableButton.setAttribute('aria-pressed', String(chainMode === 'table'));
  };
  graphButton.addEventListener('click', () => { chainMode = 'graph'; showMode(); graphBox.cy && graphBox.cy.resize().fit(undefined, 30); });
  tableButton.addEventListener('click', () => { chainMode = 'table'; showMode(); });

  const facts = [
    [t('industry'), a.industry], [t('units'), a.units], [t('revenue'), money(a.revenue)],
    [t('relationship.level'), label(a.relationshipLevel, 'RelationshipLevel')], [t('tier'), a.opportunityTier], [t('accounts.grade'), a.intentionGrade],
    [t('signed'), a.signed ? t('yes') : t('no')], [t('owners'), a.owners.map(o => o.name).join(', ')],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');

  const interactionsList = data.interactions.edges.map(e => e.node);
  const interactionWrite = interactionForm(a, await allReps('id name', data.salesReps), selectedPerson || (people[0] && people[0].id), saved);
  const assessWrite = assessForm(a, selectedPerson || (people[0] && people[0].id), saved);
  forms.push(interactionWrite, assessWrite);

  clear(main,
    h('div', { class: 'page-head' },
      h('a', { href: '#/accounts', class: 'back' }, t('account.back')),
      h('h1', { 'data-test': 'account-name' }, a.name),
      h('div', { class: 'head-badges' }, badge(label(a.lifecycle), `lc lc-${a.lifecycle}`), badge(`ABC ${a.abcClass}`, `abc abc-${a.abcClass}`),
        a.vip ? badge('VIP', 'vip') : null, a.signed ? badge(t('signed'), 'ok') : null)),
    h('div', { class: 'grid two' },
      card(t('account.facts'), {}, h('dl', { class: 'facts cols' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
        h('p', { class: 'suggest' }, h('strong', {}, t('suggested.level'), ': '), label(a.suggestedRelationshipLevel.level, 'RelationshipLevel'), ' — ',
          h('span', { class: 'muted' }, a.suggestedRelationshipLevel.reason))),
      coverageCard(data.decisionChain.coverage)),
    card(t('account.chain'), { class: 'card chain', 'data-test': 'chain' },
      h('div', { class: 'toolbar' }, h('div', { class: 'segmented', role: 'group', 'aria-label': t('account.chain') }, graphButton, tableButton), legend()),
      h('div', { class: 'chain-body' }, h('div', { class: 'chain-main' }, graphBox, tableBox), detailPane)),
    h('div', { class: 'grid two' }, rankingCard(data.influenceRanking, select), candidatesCard(data.decisionChain.insiderCandidates, select)),
    card(t('account.contacts'), { 'data-test': 'contacts-card' }, contactsTable(people, select)),
    h('div', { class: 'grid three' }, interactionWrite, assessWrite, referralForm(a, allSources, saved)),
    h('div', { class: 'grid two' },
      card(t('account.deals'), { 'data-test': 'deals' }, table([
        { key: 'name', title: t('name'), sort: d => d.name, render: d => d.name },
        { key: 'amount', title: t('amount'), num: true, sort: d => d.amount, render: d => money(d.amount) },
        { key: 'status', title: t('status'), sort: d => d.status, render: d => badge(label(d.status), `deal-${d.status}`) },
        { key: 'opened', title: t('opened'), sort: d => d.openedAt, render: d => day(d.openedAt) },
        { key: 'closed', title: t('closed'), sort: d => d.closedAt || d.expectedCloseAt, render: d => day(d.closedAt) || (d.expectedCloseAt ? `→ ${d.expectedCloseAt}` : '') },
      ], a.deals)),
      card(t('account.interactions'), { 'data-test': 'interactions' }, table([
        { key: 'at', title: t('at'), render: i => dateTime(i.at) },
        { key: 'kind', title: t('kind'), render: i => label(i.kind) },
        { key: 'person', title: t('person'), render: i => i.person ? i.person.name : '' },
        { key: 'outcome', title: t('outcome'), render: i => i.outcome ? badge(label(i.outcome), `out-${i.outcome}`) : '' },
        { key: 'rep', title: t('rep'), render: i => i.rep ? i.rep.name : '' },
        { key: 'note', title: t('note'), render: i => h('span', { class: 'small' }, i.note || '') },
      ], interactionsList, { sortable: false }))),
    referralCard(data.referralChain));

  showMode();
  if (selectedPerson) select(selectedPerson); else clear(detailPane, details(null));
  draw(async () => {
    await decisionChainGraph(graphBox, people, select);
    if (selectedPerson) select(selectedPerson);
  });
}
