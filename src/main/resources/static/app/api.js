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

/** Runs one GraphQL document; resolves to its data, rejects with the first error's message. */
export async function gql(query, variables = {}) {
  const headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/graphql-response+json, application/json',
    'Accept-Language': lang(),
  };
  const csrf = cookie('XSRF-TOKEN');
  if (csrf) {
    headers['X-XSRF-TOKEN'] = csrf;
  }
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
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions && first.extensions.classification);
  }
  return body.data;
}

/** Signs out of the browser session (POST /logout with the CSRF token), then shows the sign-in page. */
export async function signOut() {
  const headers = {};
  const csrf = cookie('XSRF-TOKEN');
  if (csrf) {
    headers['X-XSRF-TOKEN'] = csrf;
  }
  await fetch('/logout', { method: 'POST', headers, credentials: 'same-origin' }).catch(() => null);
  window.location.assign('/login?logout');
}
