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

/** How many sales reps one request asks for: the cap of a list the service gives without first. */
export const REP_PAGE = 500;

/**
 * Every sales rep by name, with the fields asked for, from a first page a view already has (of at most REP_PAGE, or
 * none): a team of more than REP_PAGE reps is read page by page, none left out of the pickers.
 */
export async function allReps(fields, firstPage = null) {
  const reps = firstPage ? [...firstPage] : [];
  if (firstPage && firstPage.length < REP_PAGE) return reps;
  for (let offset = reps.length; ; offset += REP_PAGE) {
    const page = (await gql(`query Reps($offset: Int) { salesReps(first: ${REP_PAGE}, offset: $offset) { ${fields} } }`,
      { offset })).salesReps;
    reps.push(...page);
    if (page.length < REP_PAGE) return reps;
  }
}
