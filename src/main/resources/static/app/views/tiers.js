// Tiers and visits: the ABC Pareto chart with the 55% / 85% lines and the mix against 20/40/40, overdue
// accounts, this month's visit plan, follow-ups due, and the funnel by rep or lead source.
import { gql, allReps, REP_PAGE } from '../api.js';
import { t, label, money, compactMoney, pct, num, dateTime, day, teamToday } from '../i18n.js';
import { h, clear, draw, card, table, badge, field, select, fill } from '../ui.js';
import { chart, loadCharts } from '../charts.js';
import { go } from '../main.js';

// the Pareto chart draws the curve in at most about 120 groups of ranked accounts, not every account of the book
const ABC = `{ abcAnalysis {
  totalRevenue
  curve(points: 120) { fromRank toRank accounts revenue cumulativeShare abcClass }
  summary { abcClass accounts accountShare revenue revenueShare targetAccountShare }
} salesReps(first: ${REP_PAGE}) { id name } }`;

// three whole-book reports, asked for separately so that they are worked out at the same time and each shows
// as soon as it is there; each card lists the first SHOWN entries and says how many there are in all
const OVERDUE = `query Overdue($repId: ID, $first: Int) {
  overdueAccounts(repId: $repId, first: $first) { account { id name } abcClass lastVisitAt daysSinceLastVisit allowedDays overdueDays }
  overdueAccountCount(repId: $repId)
}`;

const PLAN = `query Plan($repId: ID, $month: String!, $first: Int) {
  visitPlan(month: $month, repId: $repId, first: $first) { account { id name } abcClass rep { name } dueBy visitsDone visitsRequired complete }
  visitPlanCount(month: $month, repId: $repId)
}`;

const FOLLOW_UPS = `query FollowUps($repId: ID, $first: Int) {
  followUpsDue(repId: $repId, first: $first) { account { id name } reason dueAt overdue deal { name } }
  followUpsDueCount(repId: $repId)
}`;

const FUNNEL = `query Funnel($repId: ID, $groupBy: FunnelGroupBy) {
  funnel(repId: $repId, groupBy: $groupBy) {
    total winRate stages { stage accounts reached } conversions { from to rate }
    groups { key rep { name } sourceType sourceKind total winRate stages { stage accounts reached } }
  }
}`;

const ABC_COLORS = { A: '#2563eb', B: '#0ea5e9', C: '#cbd5e1' };
const SHOWN = 50;

function accountLink(a) {
  return h('a', { href: `#/account/${encodeURIComponent(a.id)}` }, a.name);
}

function paretoCard(abc) {
  const box = h('div', { class: 'chart tall', 'data-test': 'pareto-chart', role: 'img', 'aria-label': t('tiers.pareto') });
  const entries = abc.curve;
  const accounts = abc.summary.reduce((n, s) => n + s.accounts, 0);
  const ranks = e => e.fromRank === e.toRank ? `#${e.fromRank}` : `#${e.fromRank}–${e.toRank}`;
  draw(() => chart(box, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('revenue'), t('tiers.cumulative')] },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', name: t('tiers.rank'), nameLocation: 'middle', nameGap: 6, data: entries.map(ranks), axisLabel: { show: false } },
    yAxis: [
      { type: 'value', name: t('revenue'), axisLabel: { formatter: v => compactMoney(v) } },
      { type: 'value', name: t('tiers.cumulative'), min: 0, max: 1, axisLabel: { formatter: v => pct(v) }, splitLine: { show: false } },
    ],
    series: [
      { name: t('revenue'), type: 'bar', barMaxWidth: 28,
        data: entries.map(e => ({ value: e.revenue, itemStyle: { color: ABC_COLORS[e.abcClass] } })) },
      { name: t('tiers.cumulative'), type: 'line', yAxisIndex: 1, showSymbol: entries.length <= 40, symbolSize: 5,
        lineStyle: { color: '#f97316', width: 2 }, itemStyle: { color: '#f97316' },
        data: entries.map(e => e.cumulativeShare),
        markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#dc2626' },
          label: { formatter: p => pct(p.value), position: 'insideEndTop' },
          data: [{ yAxis: 0.55 }, { yAxis: 0.85 }] } },
    ],
  }));
  return card(t('tiers.pareto'), { 'data-test': 'pareto' },
    h('p', { class: 'muted' }, `${t('revenue')}: ${money(abc.totalRevenue)} · ${accounts} ${t('accounts')}`),
    h('div', { class: 'legend' }, Object.entries(ABC_COLORS).map(([c, color]) => h('span', {}, h('i', { class: 'dot', style: `background:${color}` }), c)),
      h('span', {}, h('i', { class: 'line dashed red' }), '55% / 85%')),
    box);
}

function mixCard(summary) {
  const box = h('div', { class: 'chart', 'data-test': 'mix-chart', role: 'img', 'aria-label': t('tiers.mix') });
  draw(() => chart(box, {
    tooltip: { trigger: 'axis', valueFormatter: v => pct(v) },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: summary.map(s => s.abcClass) },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: v => pct(v) } },
    series: [
      { name: t('tiers.actual'), type: 'bar', data: summary.map(s => s.accountShare), label: { show: true, position: 'top', formatter: p => pct(p.value) } },
      { name: t('tiers.target'), type: 'bar', data: summary.map(s => s.targetAccountShare), itemStyle: { color: '#cbd5e1' },
        label: { show: true, position: 'top', formatter: p => pct(p.value) } },
    ],
  }));
  return card(t('tiers.mix'), { 'data-test': 'mix' }, box, table([
    { key: 'class', title: 'ABC', render: s => badge(s.abcClass, `abc abc-${s.abcClass}`) },
    { key: 'accounts', title: t('accounts'), num: true, render: s => s.accounts },
    { key: 'share', title: t('account.share'), num: true, render: s => pct(s.accountShare) },
    { key: 'target', title: t('tiers.target'), num: true, render: s => pct(s.targetAccountShare) },
    { key: 'revenue', title: t('revenue'), num: true, render: s => money(s.revenue) },
    { key: 'rshare', title: t('revenue.share'), num: true, render: s => pct(s.revenueShare) },
  ], summary, { sortable: false, test: 'mix-table' }));
}

function more(rows, count) {
  return count > rows.length ? h('p', { class: 'muted small' }, `${rows.length} / ${count}`) : null;
}

function overdueCard(overdue, count) {
  return card(`${t('tiers.overdue')} (${count})`, { 'data-test': 'overdue' }, table([
    { key: 'name', title: t('name'), sort: o => o.account.name, render: o => accountLink(o.account) },
    { key: 'abc', title: 'ABC', sort: o => o.abcClass, render: o => badge(o.abcClass, `abc abc-${o.abcClass}`) },
    { key: 'last', title: t('last.visit'), sort: o => o.lastVisitAt, render: o => o.lastVisitAt ? dateTime(o.lastVisitAt, false) : h('span', { class: 'muted' }, t('never')) },
    { key: 'days', title: t('days.since'), num: true, sort: o => o.daysSinceLastVisit, render: o => o.daysSinceLastVisit ?? '—' },
    { key: 'allowed', title: t('allowed'), num: true, render: o => num(o.allowedDays, 0) },
  ], overdue), more(overdue, count));
}

function planCard(plan, count, month) {
  return card(`${t('tiers.plan')} · ${month}`, { 'data-test': 'visit-plan' }, table([
    { key: 'name', title: t('name'), sort: v => v.account.name, render: v => accountLink(v.account) },
    { key: 'abc', title: 'ABC', sort: v => v.abcClass, render: v => badge(v.abcClass, `abc abc-${v.abcClass}`) },
    { key: 'rep', title: t('rep'), render: v => v.rep ? v.rep.name : '' },
    { key: 'due', title: t('due.by'), sort: v => v.dueBy, render: v => day(v.dueBy) },
    { key: 'done', title: `${t('done')} / ${t('required')}`, num: true, sort: v => v.visitsDone / v.visitsRequired,
      render: v => h('span', { class: v.complete ? 'ok-text' : '' }, `${v.visitsDone} / ${v.visitsRequired}`) },
  ], plan), more(plan, count));
}

function followUpsCard(followUps, count) {
  return card(t('tiers.followups'), { 'data-test': 'followups' }, table([
    { key: 'name', title: t('name'), sort: f => f.account.name, render: f => accountLink(f.account) },
    { key: 'reason', title: t('reason'), render: f => label(f.reason) },
    { key: 'due', title: t('due.at'), sort: f => f.dueAt, render: f => [day(f.dueAt), f.overdue ? [' ', badge(t('overdue.yes'), 'warn')] : null] },
    { key: 'deal', title: t('account.deals'), render: f => f.deal ? f.deal.name : '' },
  ], followUps), more(followUps, count));
}

// a lead source's type in words (the names of the source types), with the kind of an organisation or channel
const SOURCE_TYPES = { ACCOUNT: 'Account', PERSON: 'Person', ORGANIZATION: 'Organization', CHANNEL: 'Channel' };
const SOURCE_KINDS = { ORGANIZATION: 'OrganizationKind', CHANNEL: 'ChannelKind' };

function groupName(g) {
  if (g.rep) return g.rep.name;
  if (g.key === 'NONE') return label('NONE');
  const type = SOURCE_TYPES[g.sourceType];
  if (!type) return label(g.key);
  return g.sourceKind ? `${label(type)} · ${label(g.sourceKind, SOURCE_KINDS[g.sourceType])}` : label(type);
}

function funnelCard(funnel, groupBy, onGroup) {
  const box = h('div', { class: 'chart', 'data-test': 'funnel-chart', role: 'img', 'aria-label': t('tiers.funnel') });
  const groupsBox = h('div', { class: 'chart', 'data-test': 'funnel-groups-chart', role: 'img', 'aria-label': `${t('tiers.funnel')} ${t('group.by')}` });
  const reached = Object.fromEntries(funnel.stages.map(s => [s.stage, s.reached]));
  const stages = ['POTENTIAL', 'PROSPECT', 'RETAINED', 'LOST'];
  const toggle = select([['', t('none')], ['REP', t('by.rep')], ['LEAD_SOURCE_KIND', t('by.source.kind')], ['LEAD_SOURCE', t('by.source')]], groupBy, { 'data-test': 'funnel-group' });
  toggle.addEventListener('change', () => onGroup(toggle.value));
  draw(() => Promise.all([
    chart(box, {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', left: '10%', width: '80%', top: 10, bottom: 10, sort: 'none', gap: 3,
        label: { position: 'inside', formatter: p => `${p.name}\n${p.value}`, color: '#fff', fontWeight: 600 },
        data: [
          { name: label('POTENTIAL'), value: reached.POTENTIAL },
          { name: label('PROSPECT'), value: reached.PROSPECT },
          { name: label('RETAINED'), value: reached.RETAINED },
        ] }],
    }),
    funnel.groups.length ? chart(groupsBox, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: funnel.groups.map(groupName), axisLabel: { width: 150, overflow: 'truncate' } },
        series: stages.map(stage => ({ name: label(stage), type: 'bar', stack: 'now', barMaxWidth: 22,
          data: funnel.groups.map(g => (g.stages.find(s => s.stage === stage) || { accounts: 0 }).accounts) })),
    }) : null,
  ]));
  return card(t('tiers.funnel'), { 'data-test': 'funnel' },
    h('div', { class: 'toolbar' }, field(t('group.by'), toggle),
      h('div', { class: 'stats inline' },
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, String(funnel.total)), h('div', { class: 'stat-label' }, t('total'))),
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, pct(funnel.winRate)), h('div', { class: 'stat-label' }, t('win.rate'))),
        funnel.conversions.map(c => h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, pct(c.rate)),
          h('div', { class: 'stat-label' }, `${label(c.from)} → ${label(c.to)}`))))),
    h('div', { class: funnel.groups.length ? 'grid two' : '' }, box, funnel.groups.length ? groupsBox : null),
    funnel.groups.length ? table([
      { key: 'group', title: t('group.by'), sort: g => groupName(g), render: g => groupName(g) },
      { key: 'total', title: t('total'), num: true, sort: g => g.total, render: g => g.total },
      ...['PROSPECT', 'RETAINED', 'LOST'].map(stage => ({ key: stage, title: `${label(stage)} (${t('reached')})`, num: true,
        sort: g => g.stages.find(s => s.stage === stage).reached, render: g => g.stages.find(s => s.stage === stage).reached })),
      { key: 'win', title: t('win.rate'), num: true, sort: g => g.winRate, render: g => pct(g.winRate) },
    ], funnel.groups, { sortKey: 'total', test: 'funnel-table' }) : null);
}

export async function tiersView(main, { params }) {
  loadCharts();
  const repId = params.get('rep') || '';
  const groupBy = params.get('group') || 'LEAD_SOURCE_KIND';
  const month = params.get('month') || teamToday().slice(0, 7);
  const state = { rep: repId, group: groupBy, month };
  const abcBox = h('div', { class: 'grid wide-left' });
  const overdueBox = h('div');
  const planBox = h('div');
  const followUpsBox = h('div');
  const listsBox = h('div', { class: 'grid two' }, overdueBox, planBox, followUpsBox);
  const funnelBox = h('div');
  const repSelect = h('select', { 'data-test': 'tiers-rep' }, h('option', { value: '' }, t('all.reps')));
  const monthInput = h('input', { type: 'month', value: month, 'data-test': 'tiers-month' });
  repSelect.addEventListener('change', () => go('tiers', null, { ...state, rep: repSelect.value }));
  monthInput.addEventListener('change', () => go('tiers', null, { ...state, month: monthInput.value }));
  clear(main,
    h('div', { class: 'page-head' }, h('h1', {}, t('tiers.title'))),
    card(null, {}, h('div', { class: 'filters' }, field(t('rep'), repSelect), field(t('month'), monthInput))),
    abcBox, listsBox, funnelBox);
  await Promise.all([
    fill(abcBox, async () => {
      const data = await gql(ABC);
      (await allReps('id name', data.salesReps)).forEach(r => repSelect.append(h('option', { value: r.id, selected: r.id === repId }, r.name)));
      const frag = document.createDocumentFragment();
      frag.append(paretoCard(data.abcAnalysis), mixCard(data.abcAnalysis.summary));
      return frag;
    }),
    fill(overdueBox, async () => {
      const data = await gql(OVERDUE, { repId: repId || null, first: SHOWN });
      return overdueCard(data.overdueAccounts, data.overdueAccountCount);
    }),
    fill(planBox, async () => {
      const data = await gql(PLAN, { repId: repId || null, month, first: SHOWN });
      return planCard(data.visitPlan, data.visitPlanCount, month);
    }),
    fill(followUpsBox, async () => {
      const data = await gql(FOLLOW_UPS, { repId: repId || null, first: SHOWN });
      return followUpsCard(data.followUpsDue, data.followUpsDueCount);
    }),
    fill(funnelBox, async () => funnelCard((await gql(FUNNEL, { repId: repId || null, groupBy: groupBy || null })).funnel,
      groupBy, g => go('tiers', null, { ...state, group: g }))),
  ]);
}
