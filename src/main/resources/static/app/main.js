// The workspace: header, navigation by URL hash, language switch. Each view renders into <main>.
import { gql, signOut } from './api.js';
import { lang, setLang, setTeam, setApiLabels, hasApiLabels, t } from './i18n.js';
import { h, clear, errorBox, drawn } from './ui.js';
import { accountsView } from './views/accounts.js';
import { accountView } from './views/account.js';
import { introView } from './views/intro.js';
import { referralsView } from './views/referrals.js';
import { tiersView } from './views/tiers.js';

const VIEWS = [
  { name: 'accounts', nav: 'nav.accounts', render: accountsView },
  { name: 'account', render: accountView, parent: 'accounts' },
  { name: 'referrals', nav: 'nav.referrals', render: referralsView },
  { name: 'tiers', nav: 'nav.tiers', render: tiersView },
  { name: 'intro', nav: 'nav.intro', render: introView },
];

/** Load times of the views (ms from navigation to data shown), for the browser test and the curious. */
window.guanxiTimings = {};

export function route() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'accounts', id: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query || '') };
}

export function go(name, id = null, params = null) {
  let hash = `#/${name}`;
  if (id) hash += `/${encodeURIComponent(id)}`;
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined)).toString() : '';
  if (query) hash += `?${query}`;
  if (window.location.hash === hash) {
    render();
  } else {
    window.location.hash = hash;
  }
}

function renderNav(current) {
  const nav = document.getElementById('nav');
  const active = VIEWS.find(v => v.name === current);
  const activeName = active && active.parent ? active.parent : current;
  clear(nav, h('ul', {},
    VIEWS.filter(v => v.nav).map(v => h('li', {},
      h('a', { href: `#/${v.name}`, 'aria-current': v.name === activeName ? 'page' : null, dataset: { nav: v.name } }, t(v.nav)))),
    h('li', {}, h('a', { href: '/console.html', dataset: { nav: 'console' } }, t('nav.console')))));
  document.getElementById('lang-label').textContent = t('language');
  renderUser();
  document.querySelector('.skip').textContent = t('skip');
}

let renderCount = 0;

/** Labels of enum values in the page's language, from the API when it has them (else the page's own). */
async function loadLabels() {
  if (hasApiLabels(lang())) return;
  try {
    setApiLabels(lang(), (await gql('{ labels { type value label } }')).labels);
  } catch (error) {
    // a service without labels: the page's own words stay
  }
}

export async function render() {
  await loadLabels();
  const { name, id, params } = route();
  const view = VIEWS.find(v => v.name === name) || VIEWS[0];
  renderNav(view.name);
  const main = document.getElementById('main');
  const ticket = ++renderCount;
  main.dataset.view = view.name;
  main.dataset.ready = 'false';
  const started = performance.now();
  try {
    await view.render(main, { id, params, isCurrent: () => ticket === renderCount });
    await drawn();
  } catch (error) {
    console.error(error);
    clear(main, errorBox(error));
  }
  if (ticket === renderCount) {
    window.guanxiTimings[view.name] = Math.round(performance.now() - started);
    window.guanxiReadyAt = Math.round(performance.now());
    main.dataset.ready = 'true';
  }
}

let me = null;

/** The signed-in user ({ username, role, rep }), or null before sign-in is known. */
export function signedIn() {
  return me;
}

function renderUser() {
  const box = document.getElementById('user');
  if (!me) {
    clear(box);
    return;
  }
  clear(box,
    h('span', { class: 'who', 'data-test': 'user-name' }, me.rep ? `${me.rep.name} (${me.username})` : me.username),
    h('span', { class: 'role', 'data-test': 'user-role' }, t(`role.${me.role}`)),
    h('button', { type: 'button', 'data-test': 'sign-out', onclick: signOut }, t('sign.out')));
}

/** The start-up reads one by one, when they cannot be read together: each that fails keeps its default. */
async function startPiecewise() {
  try {
    setTeam((await gql('{ teamSettings { timeZone currency today } }')).teamSettings);
  } catch (error) {
    // the defaults (Asia/Shanghai, CNY) stay
  }
  try {
    me = (await gql('{ me { username role rep { id name team } } }')).me;
  } catch (error) {
    me = null; // a service without sign-in
  }
}

async function start() {
  setLang(lang());
  const chooser = document.getElementById('lang');
  chooser.value = lang();
  chooser.addEventListener('change', () => {
    setLang(chooser.value);
    render();
  });
  // the team's settings, who is signed in and the labels in the page's language, in one round trip
  try {
    const data = await gql(`{ teamSettings { timeZone currency today } me { username role rep { id name team } }
      labels { type value label } }`);
    setTeam(data.teamSettings);
    me = data.me;
    setApiLabels(lang(), data.labels);
  } catch (error) {
    await startPiecewise();
  }
  window.addEventListener('hashchange', render);
  render();
}

start();
