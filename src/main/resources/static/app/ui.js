// Small DOM helpers: elements, tables (sortable), cards and messages.
import { t } from './i18n.js';

/** Creates an element: h('a', {href: '#'}, 'text', child...). Attributes starting with "on" are listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, value);
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let idCounter = 0;
export function uid(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled control: the label is tied to the control by id. */
export function field(labelText, control, extraClass = '') {
  if (!control.id) control.id = uid();
  return h('div', { class: `field ${extraClass}` }, h('label', { for: control.id }, labelText), control);
}

export function select(options, value, attrs = {}) {
  const el = h('select', attrs);
  for (const option of options) {
    const [v, text] = Array.isArray(option) ? option : [option, option];
    el.append(h('option', { value: v, selected: String(v) === String(value ?? '') }, text));
  }
  return el;
}

export function card(title, attrs, ...children) {
  return h('section', { class: 'card', ...attrs },
    title ? h('h2', {}, title) : null, ...children);
}

export function badge(text, cls = '') {
  return h('span', { class: `badge ${cls}` }, text);
}

export function classBadge(cls, text) {
  return h('span', { class: `rel rel-${cls}` }, text);
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, t('error')), ': ', error.message || String(error));
}

export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('show'), 2500);
}

/**
 * A table. columns: [{key, title, render(row) -> node|text, sort(row) -> comparable, num: true}].
 * Sortable columns get a button in their header (keyboard reachable); aria-sort tells the order.
 */
export function table(columns, rows, options = {}) {
  const tbody = h('tbody');
  const state = { key: options.sortKey || null, dir: options.sortDir || 'desc' };
  const headRow = h('tr');
  const ths = columns.map(col => {
    const th = h('th', { scope: 'col', class: col.num ? 'num' : '' });
    if (col.sort && options.sortable !== false) {
      const button = h('button', { type: 'button', class: 'sort', dataset: { key: col.key } }, col.title,
        h('span', { class: 'arrow', 'aria-hidden': 'true' }, ''));
      button.addEventListener('click', () => {
        state.dir = state.key === col.key && state.dir === 'desc' ? 'asc' : 'desc';
        state.key = col.key;
        render();
      });
      th.append(button);
    } else {
      th.append(col.title);
    }
    headRow.append(th);
    return th;
  });

  function render() {
    let sorted = rows;
    const col = columns.find(c => c.key === state.key);
    if (col && col.sort) {
      const factor = state.dir === 'asc' ? 1 : -1;
      sorted = [...rows].sort((a, b) => {
        const x = col.sort(a); const y = col.sort(b);
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * factor;
      });
    }
    columns.forEach((c, i) => {
      const active = c.key === state.key;
      ths[i].setAttribute('aria-sort', active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none');
      const arrow = ths[i].querySelector('.arrow');
      if (arrow) arrow.textContent = active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : '';
    });
    tbody.replaceChildren(...sorted.map((row, index) => {
      const tr = h('tr', options.rowAttrs ? options.rowAttrs(row, index) : {});
      for (const c of columns) {
        const value = c.render ? c.render(row, index) : row[c.key];
        tr.append(h('td', { class: c.num ? 'num' : '' }, value));
      }
      return tr;
    }));
    if (!sorted.length) {
      tbody.append(h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, t('none.rows'))));
    }
  }
  render();
  return h('div', { class: 'table-wrap' },
    h('table', { class: options.class || '', 'data-test': options.test || null },
      options.caption ? h('caption', { class: options.captionHidden ? 'sr-only' : '' }, options.caption) : null,
      h('thead', {}, headRow), tbody));
}

const drawing = new Set();

/**
 * Draws a chart or graph in the next animation frame, once the view's elements are in the page. The view counts
 * as shown when every draw it asked for is done (see drawn()).
 */
export function draw(drawer) {
  const done = new Promise(resolve => requestAnimationFrame(resolve))
    .then(drawer)
    .catch(error => {
      // the rest of the view stands; the failure is logged and kept for whoever checks the page (the browser tests)
      console.error(error);
      window.guanxiErrors = [...(window.guanxiErrors || []), String((error && error.stack) || error)];
    })
    .finally(() => drawing.delete(done));
  drawing.add(done);
  return done;
}

/** Resolves when every draw asked for so far is done, including draws asked for while waiting. */
export async function drawn() {
  while (drawing.size) {
    await Promise.all([...drawing]);
  }
}

/** Runs an async loader into a container: loading text, then the content or the error. */
export async function fill(container, loader) {
  clear(container, loading());
  try {
    const content = await loader();
    clear(container, content);
  } catch (error) {
    console.error(error);
    clear(container, errorBox(error));
  }
}
