// Referral sources: a source's referral tree, the referral-source report (sortable, with a bar chart), the
// top referrers and a rep's ask list.
import { gql, allReps, REP_PAGE } from '../api.js';
import { t, label, money, compactMoney, pct, num } from '../i18n.js';
import { h, clear, draw, card, table, badge, field, select, fill, classBadge } from '../ui.js';
import { treeGraph, loadGraphs, CLASS_COLORS } from '../graph.js';
import { chart, loadCharts } from '../charts.js';
import { go, signedIn } from '../main.js';

const LISTS = `{
  organizations { id name kind }
  channels { id name kind }
  salesReps(first: ${REP_PAGE}) { id name }
}`;

// on its own: after a referral is recorded the ranking is worked out anew, and the rest of the view need not wait
const TOP = `{
  topReferrers(first: 10) { source { __typename id name } kind directReferrals totalReferrals directRevenue indirectRevenue totalRevenue }
}`;

const TREE = `query Tree($id: ID!) {
  referralTree(sourceId: $id, maxDepth: 5) {
    source { __typename id name } maxDepth decay directReferrals totalReferrals directRevenue indirectRevenue totalRevenue
    nodes { node { __typename id name } depth referredBy revenue }
  }
}`;

const REPORT = `query Report($from: Date, $to: Date, $groupBy: ReferralGroupBy) {
  referralSourceReport(from: $from, to: $to, groupBy: $groupBy) {
    key source { id name } kind leads converted conversionRate revenue avgDaysToClose
  }
}`;

const ASK = `query Ask($repId: ID) {
  referralAskList(repId: $repId, first: 20) {
    person { id name } account { id name } relationship reach ties tiedAccounts pastReferrals reasons
  }
}`;

const TYPE_COLORS = { Account: '#16a34a', Person: '#0ea5e9', Organization: '#7c3aed', Channel: '#f59e0b' };

// a graph of more referrals than this is a blur in its box and slow to draw: it shows those with the most revenue,
// each with the chain that leads to it, and the table lists every one
const GRAPH_MAX = 60;

/** The tree's nodes the graph draws: all of a small tree; of a large one the highest revenue with their chains. */
function graphNodes(tree) {
  if (tree.nodes.length <= GRAPH_MAX) return tree.nodes;
  const byId = new Map(tree.nodes.map(n => [n.node.id, n]));
  const kept = new Set();
  const ranked = [...tree.nodes].sort((a, b) => b.revenue - a.revenue || a.depth - b.depth);
  for (const n of ranked) {
    const chain = [];
    for (let c = n; c && !kept.has(c.node.id); c = byId.get(c.referredBy)) chain.push(c.node.id);
    if (kept.size + chain.length > GRAPH_MAX) continue;
    chain.forEach(id => kept.add(id));
    if (kept.size === GRAPH_MAX) break;
  }
  return tree.nodes.filter(n => kept.has(n.node.id));
}

function treeCard(tree) {
  const box = h('div', { class: 'graph tree', 'data-test': 'referral-tree', role: 'img',
    'aria-label': `${t('ref.tree')}: ${tree.source.name}, ${tree.totalReferrals}` });
  const maxRevenue = Math.max(1, ...tree.nodes.map(n => n.revenue));
  const drawn = graphNodes(tree);
  const nodes = [{ id: tree.source.id, label: tree.source.name, size: 36 },
    ...drawn.map(n => ({ id: n.node.id, parent: n.referredBy, color: TYPE_COLORS[n.node.__typename],
      size: 20 + 30 * Math.sqrt(n.revenue / maxRevenue),
      label: `${n.node.name}\n${n.revenue ? compactMoney(n.revenue) : '—'} · ${t('depth')} ${n.depth}` }))];
  const stats = h('div', { class: 'stats' },
    [[t('ref.direct'), tree.directReferrals], [t('ref.total'), tree.totalReferrals],
      [t('ref.directRevenue'), money(tree.directRevenue)], [t('ref.indirectRevenue'), money(tree.indirectRevenue)],
      [t('ref.totalRevenue'), money(tree.totalRevenue)]].map(([k, v]) => h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, String(v)), h('div', { class: 'stat-label' }, k))));
  const nodeTable = table([
    { key: 'name', title: t('name'), sort: n => n.node.name, render: n => n.node.__typename === 'Account'
      ? h('a', { href: `#/account/${encodeURIComponent(n.node.id)}` }, n.node.name) : n.node.name },
    { key: 'type', title: t('kind'), render: n => badge(label(n.node.__typename), 'kind') },
    { key: 'depth', title: t('depth'), num: true, sort: n => n.depth, render: n => n.depth },
    { key: 'revenue', title: t('revenue'), num: true, sort: n => n.revenue, render: n => money(n.revenue) },
  ], tree.nodes, { caption: t('ref.tree'), captionHidden: true, test: 'referral-tree-table' });
  const part = drawn.length < tree.nodes.length
    ? h('p', { class: 'muted small', 'data-test': 'tree-part' }, t('ref.tree.part', { shown: drawn.length, total: tree.nodes.length }))
    : null;
  const el = card(`${t('ref.tree')} · ${tree.source.name}`, { 'data-test': 'tree-card' }, stats, part, box,
    h('details', {}, h('summary', {}, t('account.table')), nodeTable));
  draw(() => treeGraph(box, nodes, tree.source.id));
  return el;
}

function reportCard(rows, groupBy, onGroup) {
  const chartBox = h('div', { class: 'chart side', 'data-test': 'report-chart', role: 'img', 'aria-label': t('ref.chart') });
  const bySource = groupBy === 'SOURCE';
  // the kind in the page's language (kindLabel gives both languages, for clients that show one text)
  const kindName = r => label(r.kind, 'ReferralSourceKind');
  const name = r => bySource ? (r.source ? r.source.name : r.key) : kindName(r);
  const toggle = select([['SOURCE', t('ref.bySource')], ['KIND', t('ref.byKind')]], groupBy, { 'data-test': 'report-group' });
  toggle.addEventListener('change', () => onGroup(toggle.value));
  const el = card(t('ref.report'), { 'data-test': 'report' },
    h('div', { class: 'toolbar' }, field(t('group.by'), toggle)),
    h('div', { class: 'grid chart-table' }, chartBox, table([
      { key: 'name', title: t('source'), sort: r => name(r), render: r => name(r) },
      { key: 'kind', title: t('kind'), sort: r => r.kind, render: r => badge(kindName(r), 'kind') },
      { key: 'leads', title: t('leads'), num: true, sort: r => r.leads, render: r => r.leads },
      { key: 'converted', title: t('converted'), num: true, sort: r => r.converted, render: r => r.converted },
      { key: 'rate', title: t('conversion'), num: true, sort: r => r.conversionRate, render: r => pct(r.conversionRate) },
      { key: 'revenue', title: t('revenue'), num: true, sort: r => r.revenue, render: r => money(r.revenue) },
      { key: 'days', title: t('avg.days'), num: true, sort: r => r.avgDaysToClose, render: r => r.avgDaysToClose === null ? '' : num(r.avgDaysToClose, 0) },
    ], rows, { sortKey: 'revenue', test: 'report-table', caption: t('ref.report'), captionHidden: true })));
  const sorted = [...rows].sort((a, b) => a.revenue - b.revenue);
  const kinds = [...new Set(rows.map(kindName))];
  draw(() => chart(chartBox, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: v => compactMoney(v) } },
    yAxis: { type: 'category', data: sorted.map(name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: kinds.map(k => ({ name: k, type: 'bar', stack: 'revenue', barMaxWidth: 22,
      data: sorted.map(r => kindName(r) === k ? r.revenue : 0) })),
  }));
  return el;
}

function topCard(top) {
  return card(t('ref.top'), { 'data-test': 'top-referrers' }, table([
    { key: 'name', title: t('source'), sort: r => r.source.name, render: r => h('a', { href: `#/referrals?source=${encodeURIComponent(r.source.id)}` }, r.source.name) },
    { key: 'kind', title: t('kind'), render: r => badge(label(r.kind, 'ReferralSourceKind'), 'kind') },
    { key: 'direct', title: t('ref.direct'), num: true, sort: r => r.directReferrals, render: r => r.directReferrals },
    { key: 'all', title: t('ref.total'), num: true, sort: r => r.totalReferrals, render: r => r.totalReferrals },
    { key: 'directRevenue', title: t('ref.directRevenue'), num: true, sort: r => r.directRevenue, render: r => money(r.directRevenue) },
    { key: 'indirect', title: t('ref.indirectRevenue'), num: true, sort: r => r.indirectRevenue, render: r => money(r.indirectRevenue) },
    { key: 'total', title: t('ref.totalRevenue'), num: true, sort: r => r.totalRevenue, render: r => money(r.totalRevenue) },
  ], top, { sortKey: 'total' }));
}

function askTable(rows) {
  return table([
    { key: 'person', title: t('person'), sort: r => r.person.name, render: r => r.person.name },
    { key: 'account', title: t('nav.accounts'), render: r => h('a', { href: `#/account/${encodeURIComponent(r.account.id)}` }, r.account.name) },
    { key: 'class', title: t('relationship'), render: r => classBadge(r.relationship, label(r.relationship, 'RelationshipClass')) },
    { key: 'reach', title: t('reach'), num: true, sort: r => r.reach, render: r => r.reach },
    { key: 'reasons', title: t('reasons'), render: r => h('ul', { class: 'plain small' }, r.reasons.map(x => h('li', {}, x))) },
  ], rows, { sortKey: 'reach', test: 'ask-list' });
}

// asked for as soon as what they need is known, so that they are worked out while the lists are
function early(promise) {
  promise.catch(() => {}); // a failure shows where the data is awaited
  return promise;
}

export async function referralsView(main, { params, isCurrent }) {
  loadCharts();
  loadGraphs();
  const groupBy = params.get('group') || 'SOURCE';
  const reportData = early(gql(REPORT, { from: params.get('from') || null, to: params.get('to') || null, groupBy }));
  const treeData = params.get('source') ? early(gql(TREE, { id: params.get('source') })) : null;
  const topData = early(gql(TOP).then(data => data.topReferrers));
  const lists = await gql(LISTS);
  // without a source chosen, the tree is the top referrer's
  const sourceId = params.get('source') || ((await topData)[0] || { source: {} }).source.id;
  if (!isCurrent()) return;
  // the ask list is a rep's: the signed-in user's own unless another is chosen (a whole team's is a long read)
  const mine = signedIn() && signedIn().rep ? signedIn().rep.id : '';
  const repId = params.has('rep') ? params.get('rep') : mine;
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const state = { source: sourceId, group: groupBy, rep: repId, from, to };

  const option = s => h('option', { value: s.id, selected: s.id === sourceId }, s.name);
  const topGroup = h('optgroup', { label: t('ref.top') });
  const sourceSelect = h('select', { 'data-test': 'source-select' }, topGroup,
    h('optgroup', { label: 'Organizations' }, lists.organizations.map(option)),
    h('optgroup', { label: 'Channels' }, lists.channels.map(option)));
  sourceSelect.addEventListener('change', () => go('referrals', null, { ...state, source: sourceSelect.value }));
  const fromInput = h('input', { type: 'date', value: from });
  const toInput = h('input', { type: 'date', value: to });
  const period = () => go('referrals', null, { ...state, from: fromInput.value, to: toInput.value });
  fromInput.addEventListener('change', period);
  toInput.addEventListener('change', period);
  const repSelect = select([['', t('ref.ask.choose')], ...(await allReps('id name', lists.salesReps)).map(r => [r.id, r.name])], repId, { 'data-test': 'ask-rep' });
  repSelect.addEventListener('change', () => go('referrals', null, { ...state, rep: repSelect.value }));

  const treeBox = h('div');
  const reportBox = h('div');
  const topBox = h('div');
  const askBox = h('div');
  clear(main,
    h('div', { class: 'page-head' }, h('h1', {}, t('ref.title'))),
    card(null, {}, h('div', { class: 'filters' }, field(t('ref.source'), sourceSelect, 'grow'), field(t('from'), fromInput), field(t('to'), toInput))),
    treeBox,
    reportBox,
    topBox,
    card(t('ref.ask'), { 'data-test': 'ask' }, h('div', { class: 'toolbar' }, field(t('rep'), repSelect)), askBox));

  await Promise.all([
    sourceId ? fill(treeBox, async () => treeCard((await (treeData || gql(TREE, { id: sourceId }))).referralTree)) : null,
    fill(reportBox, async () => reportCard((await reportData).referralSourceReport,
      groupBy, g => go('referrals', null, { ...state, group: g }))),
    fill(topBox, async () => {
      const top = await topData;
      // the top referrers first in the source list, each once
      const topIds = new Set(top.map(r => r.source.id));
      sourceSelect.querySelectorAll('optgroup:not(:first-child) option').forEach(o => {
        if (topIds.has(o.value)) o.remove();
      });
      top.forEach(r => topGroup.append(option(r.source)));
      if ([...sourceSelect.options].some(o => o.value === sourceId)) sourceSelect.value = sourceId;
      return topCard(top);
    }),
    repId ? fill(askBox, async () => askTable((await gql(ASK, { repId })).referralAskList))
      : clear(askBox, h('p', { class: 'muted', 'data-test': 'ask-choose' }, t('ref.ask.hint'))),
  ]);
}
