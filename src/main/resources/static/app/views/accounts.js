// Accounts: search, filters (lifecycle, ABC class, owner, intention grade), pages of 20 with revenue, ABC class,
// last visit and the overdue flag.
import { gql, allReps } from '../api.js';
import { t, label, money, dateTime } from '../i18n.js';
import { h, clear, field, select, card, table, badge, fill } from '../ui.js';
import { go } from '../main.js';

const PAGE = 20;
const LIFECYCLES = ['POTENTIAL', 'PROSPECT', 'RETAINED', 'LOST'];
const GRADES = ['H', 'A', 'B', 'C'];

const ACCOUNT_FIELDS = 'id name lifecycle intentionGrade revenue abcClass owners { id name } lastVisitAt visitOverdue';

const PAGE_QUERY = `query Accounts($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { ${ACCOUNT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// a page of the accounts of one ABC class, from the whole book's analysis, with the row's fields (one request:
// the classes behind the overdue flags are those of the same analysis)
const ABC_PAGE_QUERY = `query AbcPage($abcClass: AbcClass, $offset: Int, $first: Int) {
  abcAnalysis {
    summary { abcClass accounts }
    entries(abcClass: $abcClass, offset: $offset, first: $first) { abcClass revenue account { ${ACCOUNT_FIELDS.replace('revenue abcClass ', '')} } }
  }
}`;

// every account of one class, for filters the analysis does not have (name, lifecycle, owner, grade): only fields
// of the account itself (revenue and class from the entry, which holds them, not again from each account)
const ABC_CLASS_QUERY = `query AbcClass($abcClass: AbcClass) {
  abcAnalysis { entries(abcClass: $abcClass) { abcClass revenue account { id name lifecycle intentionGrade } } }
}`;

const cache = { reps: null, abc: null };
const cursors = new Map();

async function reps() {
  if (!cache.reps) {
    cache.reps = await allReps('id name team');
  }
  return cache.reps;
}

async function ownedIds(repId) {
  const data = await gql('query Owned($id: ID!) { salesRep(id: $id) { accounts { id } } }', { id: repId });
  return new Set(data.salesRep ? data.salesRep.accounts.map(a => a.id) : []);
}

/** The owners, last visit and overdue flag of a page of accounts, in one request (one aliased field per account). */
async function withRowFields(accounts) {
  if (!accounts.length) return accounts;
  const vars = accounts.map((_, i) => `$a${i}: ID!`).join(', ');
  const fields = accounts.map((_, i) => `o${i}: account(id: $a${i}) { owners { id name } lastVisitAt visitOverdue }`).join('\n');
  const data = await gql(`query Owners(${vars}) {\n${fields}\n}`, Object.fromEntries(accounts.map((a, i) => [`a${i}`, a.id])));
  return accounts.map((a, i) => ({ ...a, owners: [], lastVisitAt: null, visitOverdue: false, ...(data[`o${i}`] || {}) }));
}

/** The forgetful cache of pages: a write elsewhere on the page clears it. */
export function forgetAccounts() {
  cache.abc = null;
}

function filterOf(params) {
  const filter = {};
  if (params.get('q')) filter.nameContains = params.get('q');
  if (params.get('lifecycle')) filter.lifecycle = [params.get('lifecycle')];
  if (params.get('grade')) filter.intentionGrade = [params.get('grade')];
  if (params.get('owner')) filter.ownerId = params.get('owner');
  return filter;
}

async function loadPage(params, pageNo) {
  const filter = filterOf(params);
  const abc = params.get('abc');
  if (abc && !Object.keys(filter).length) {
    const data = (await gql(ABC_PAGE_QUERY, { abcClass: abc, offset: (pageNo - 1) * PAGE, first: PAGE })).abcAnalysis;
    const total = data.summary.find(s => s.abcClass === abc).accounts;
    const rows = data.entries.map(e => ({ ...e.account, revenue: e.revenue, abcClass: e.abcClass }));
    return { total, rows, hasNext: total > pageNo * PAGE };
  }
  if (abc) {
    // the accounts of the class, filtered here by what the analysis does not filter
    if (!cache.abc || cache.abc.abcClass !== abc) {
      cache.abc = { abcClass: abc, entries: (await gql(ABC_CLASS_QUERY, { abcClass: abc })).abcAnalysis.entries };
    }
    const q = (filter.nameContains || '').toLowerCase();
    const owned = filter.ownerId ? await ownedIds(filter.ownerId) : null;
    const rows = cache.abc.entries
      .map(e => ({ ...e.account, revenue: e.revenue, abcClass: e.abcClass })).filter(a =>
      (!q || a.name.toLowerCase().includes(q))
      && (!filter.lifecycle || filter.lifecycle.includes(a.lifecycle))
      && (!filter.intentionGrade || filter.intentionGrade.includes(a.intentionGrade))
      && (!owned || owned.has(a.id)));
    const pageRows = await withRowFields(rows.slice((pageNo - 1) * PAGE, pageNo * PAGE));
    return { total: rows.length, rows: pageRows, hasNext: rows.length > pageNo * PAGE };
  }
  const key = JSON.stringify(filter);
  const known = cursors.get(key) || [null];
  cursors.set(key, known);
  const after = known[pageNo - 1] ?? null;
  const data = await gql(PAGE_QUERY, { filter, first: PAGE, after });
  known[pageNo] = data.accounts.pageInfo.endCursor;
  return { total: data.accounts.totalCount, rows: data.accounts.edges.map(e => e.node), hasNext: data.accounts.pageInfo.hasNextPage };
}

export async function accountsView(main, { params }) {
  const state = Object.fromEntries(params.entries());
  const pageNo = Math.max(1, parseInt(state.page || '1', 10) || 1);
  // the page is asked for while the reps of the owner filter are read
  const pageData = loadPage(params, pageNo);
  pageData.catch(() => {}); // a failure shows where the page is awaited
  const repList = await reps();

  const search = h('input', { type: 'search', value: state.q || '', placeholder: t('accounts.search'), 'data-test': 'search' });
  const lifecycle = select([['', t('any')], ...LIFECYCLES.map(l => [l, label(l)])], state.lifecycle, { 'data-test': 'filter-lifecycle' });
  const abc = select([['', t('any')], 'A', 'B', 'C'], state.abc, { 'data-test': 'filter-abc' });
  const owner = select([['', t('any')], ...repList.map(r => [r.id, r.name])], state.owner, { 'data-test': 'filter-owner' });
  const grade = select([['', t('any')], ...GRADES], state.grade, { 'data-test': 'filter-grade' });

  const apply = (event) => {
    if (event) event.preventDefault();
    go('accounts', null, { q: search.value.trim(), lifecycle: lifecycle.value, abc: abc.value, owner: owner.value, grade: grade.value });
  };
  [lifecycle, abc, owner, grade].forEach(s => s.addEventListener('change', apply));
  const form = h('form', { class: 'filters', role: 'search', onsubmit: apply },
    field(t('accounts.search'), search, 'grow'),
    field(t('accounts.lifecycle'), lifecycle),
    field(t('accounts.abc'), abc),
    field(t('accounts.owner'), owner),
    field(t('accounts.grade'), grade),
    h('button', { type: 'submit', class: 'primary' }, '🔍', h('span', { class: 'sr-only' }, t('accounts.search'))));

  const results = h('div', { 'aria-live': 'polite' });
  clear(main, h('div', { class: 'page-head' }, h('h1', {}, t('accounts.title'))), card(null, {}, form), results);

  await fill(results, async () => {
    const page = await pageData;
    const columns = [
      { key: 'name', title: t('name'), render: a => h('a', { href: `#/account/${encodeURIComponent(a.id)}`, 'data-test': 'account-link' }, a.name) },
      { key: 'lifecycle', title: t('accounts.lifecycle'), render: a => badge(label(a.lifecycle), `lc lc-${a.lifecycle}`) },
      { key: 'grade', title: t('accounts.grade'), render: a => a.intentionGrade || '' },
      { key: 'abc', title: 'ABC', render: a => badge(a.abcClass, `abc abc-${a.abcClass}`) },
      { key: 'revenue', title: t('revenue'), num: true, render: a => money(a.revenue) },
      { key: 'owners', title: t('owners'), render: a => a.owners.map(o => o.name).join(', ') },
      { key: 'visit', title: t('last.visit'), render: a => a.lastVisitAt ? dateTime(a.lastVisitAt, false) : h('span', { class: 'muted' }, t('never')) },
      { key: 'overdue', title: t('overdue'), render: a => a.visitOverdue ? badge(t('overdue.yes'), 'warn') : '' },
    ];
    const pager = h('nav', { class: 'pager', 'aria-label': t('page', { n: pageNo }) },
      h('button', { type: 'button', disabled: pageNo <= 1, onclick: () => go('accounts', null, { ...state, page: pageNo - 1 }) }, t('prev')),
      h('span', {}, t('page', { n: pageNo })),
      h('button', { type: 'button', disabled: !page.hasNext, 'data-test': 'next-page', onclick: () => go('accounts', null, { ...state, page: pageNo + 1 }) }, t('next')));
    return card(null, {},
      h('p', { class: 'muted', 'data-test': 'account-count' }, t('accounts.count', { n: page.total })),
      table(columns, page.rows, { sortable: false, test: 'accounts', caption: t('accounts.title'), captionHidden: true }),
      pager);
  });
}
