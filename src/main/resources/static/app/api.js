// The page's only way to the data: the public GraphQL API at /graphql, with the browser's session.
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(message, classification) {
    super(message);
    this.classification = classification;
  }
}

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

let csrfFromServer = null;

/**
 * The CSRF header a signed-in browser session sends with its writes: the XSRF-TOKEN cookie when the service set
 * one, else the token of GET /api/csrf (nothing on a service without sign-in).
 */
async function csrfHeader() {
  const fromCookie = cookie('XSRF-TOKEN');
  if (fromCookie) {
    return { 'X-XSRF-TOKEN': fromCookie };
  }
  if (!csrfFromServer) {
    const response = await fetch('/api/csrf', { credentials: 'same-origin' }).catch(() => null);
    const body = response && response.ok ? await response.json().catch(() => null) : null;
    csrfFromServer = body && body.token ? { [body.headerName || 'X-XSRF-TOKEN']: body.token } : {};
  }
  return csrfFromServer;
}

/** Runs one GraphQL document; resolves to its data, rejects with the first error's message. */
export async function gql(query, variables = {}) {
  const headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/graphql-response+json, application/json',
    'Accept-Language': lang(),
  };
  // every POST of a signed-in session carries the CSRF token, queries too (the service cannot tell them apart
  // before reading the body)
  Object.assign(headers, await csrfHeader());
  const response = await fetch('/graphql', {
    method: 'POST', headers, credentials: 'same-origin',
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === '/login')) {
    window.location.assign('/login');
    throw new ApiError('Not signed in', 'UNAUTHORIZED');
  }
  const body = await response.json().catch(() => null);
  if (!body) {
    throw new ApiError(`HTTP ${response.status}`, 'HTTP');
  }
  // a list cut at guanxi.graphql.max-list-size (e.g. the reps of a team of more than 500) still answers its first
  // entries: the page shows them rather than nothing
  const errors = (body.errors || []).filter(e => !(body.data && e.extensions && e.extensions.limit === 'listSize'));
  if (errors.length) {
    const first = errors[0];
    throw new ApiError(first.message, first.extensions && first.extensions.classification);
  }
  return body.data;
}

/** Signs out of the browser session (POST /logout with the CSRF token), then shows the sign-in page. */
export async function signOut() {
  const headers = await csrfHeader();
  await fetch('/logout', { method: 'POST', headers, credentials: 'same-origin' }).catch(() => null);
  window.location.assign('/login?logout');
}
