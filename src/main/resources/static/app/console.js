// A small GraphQL console that works without internet access: run documents against /graphql and browse the
// schema through introspection.
import { lang } from './i18n.js';

const EXAMPLE = `{
  decisionChain(accountId: "acc-shunda") {
    members { person { name title } relationship }
    coverage { wide high deep gaps }
  }
}`;

const INTROSPECTION = `{ __schema { types { name kind description
  fields { name description args { name type { ...T } } type { ...T } }
  inputFields { name description type { ...T } }
  enumValues { name description } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

async function post(query, variables) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': lang() };
  const csrf = cookie('XSRF-TOKEN');
  if (csrf) headers['X-XSRF-TOKEN'] = csrf;
  const response = await fetch('/graphql', { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ query, variables }) });
  if (response.status === 401) {
    window.location.assign('/login');
  }
  return response.json();
}

function typeName(t) {
  if (!t) return '';
  if (t.kind === 'NON_NULL') return `${typeName(t.ofType)}!`;
  if (t.kind === 'LIST') return `[${typeName(t.ofType)}]`;
  return t.name;
}

const queryBox = document.getElementById('query');
const variablesBox = document.getElementById('variables');
const resultBox = document.getElementById('result');
const doc = document.getElementById('doc');
queryBox.value = new URLSearchParams(location.search).get('query') || localStorage.getItem('guanxi.console') || EXAMPLE;

async function run() {
  let variables = {};
  try {
    variables = JSON.parse(variablesBox.value || '{}');
  } catch (e) {
    resultBox.textContent = `Variables are not JSON: ${e.message}`;
    return;
  }
  localStorage.setItem('guanxi.console', queryBox.value);
  resultBox.textContent = '…';
  const started = performance.now();
  try {
    const body = await post(queryBox.value, variables);
    resultBox.textContent = JSON.stringify(body, null, 2);
    resultBox.dataset.ms = String(Math.round(performance.now() - started));
  } catch (error) {
    resultBox.textContent = String(error);
  }
}

document.getElementById('run').addEventListener('click', run);
document.addEventListener('keydown', e => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); }
});

function showType(type) {
  const esc = s => (s || '').replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));
  let html = `<h3>${esc(type.name)} <span class="badge kind">${type.kind}</span></h3><p class="muted">${esc(type.description)}</p>`;
  const fields = type.fields || type.inputFields;
  if (fields) {
    html += '<table><tbody>' + fields.map(f => `<tr><td><code>${esc(f.name)}${f.args && f.args.length
      ? '(' + f.args.map(a => `${esc(a.name)}: ${esc(typeName(a.type))}`).join(', ') + ')' : ''}</code>: <code>${esc(typeName(f.type))}</code>
      <div class="muted small">${esc(f.description)}</div></td></tr>`).join('') + '</tbody></table>';
  }
  if (type.enumValues) {
    html += '<p>' + type.enumValues.map(v => `<span class="badge">${esc(v.name)}</span>`).join(' ') + '</p>';
  }
  doc.innerHTML = html;
}

async function schema() {
  const body = await post(INTROSPECTION, {});
  if (!body.data) {
    doc.textContent = JSON.stringify(body.errors || body);
    return;
  }
  const types = body.data.__schema.types.filter(t => !t.name.startsWith('__'))
    .sort((a, b) => (a.name === 'Query' ? -2 : a.name === 'Mutation' ? -1 : 0) - (b.name === 'Query' ? -2 : b.name === 'Mutation' ? -1 : 0) || a.name.localeCompare(b.name));
  const list = document.getElementById('types');
  const filter = document.getElementById('type-filter');
  const draw = () => {
    const q = filter.value.toLowerCase();
    list.replaceChildren(...types.filter(t => t.name.toLowerCase().includes(q)).map(t => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t.name;
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        list.querySelectorAll('button').forEach(x => x.setAttribute('aria-pressed', 'false'));
        b.setAttribute('aria-pressed', 'true');
        showType(t);
      });
      return b;
    }));
  };
  filter.addEventListener('input', draw);
  draw();
  showType(types.find(t => t.name === 'Query'));
}

schema();
