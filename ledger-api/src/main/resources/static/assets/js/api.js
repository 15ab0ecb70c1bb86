// The ledger's API with the signed-in user's token. The token lives in sessionStorage only: it is gone when
// the tab closes, and it is sent to no one but this ledger.

const TOKEN = 'ledger.token';
const CREDENTIAL = 'ledger.credential';
const BASE = '/api/v1';

/** An answer of the API that is not a success, with the problem (RFC 9457) it carried. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The signed-in credential ({id, role, organisationId, label}), or null. */
export function credential() {
  const stored = sessionStorage.getItem(CREDENTIAL);
  return stored && sessionStorage.getItem(TOKEN) ? JSON.parse(stored) : null;
}

/** Checks the token with the ledger and keeps it for this tab; an unknown or revoked token throws an ApiError 401. */
export async function signIn(token) {
  const who = await request('/credentials/current', {}, { token });
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(CREDENTIAL, JSON.stringify(who));
  return who;
}

/** Auditors and admins read every history, and what the ledger knew at any moment (asOf). */
export const isAuditor = (who) => who.role === 'AUDITOR' || who.role === 'ADMIN';

/** Analysts and admins may simulate a draft policy (POST /policy/simulations). */
export const mayExplorePolicy = (who) => who.role === 'ANALYST' || who.role === 'ADMIN';

/** The names of the organisations, by id. */
export async function organisationNames() {
  const organisations = await getJson('/organisations');
  return Object.fromEntries(organisations.items.map((organisation) => [organisation.id, organisation.name]));
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(CREDENTIAL);
}

/** GETs a JSON resource; params with an empty value are left out. */
export function getJson(path, params = {}) {
  return request(path, params);
}

/** GETs a resource in another format (the Kamer report), as a Blob of that type. */
export function getBlob(path, params, accept) {
  return request(path, params, { accept, blob: true });
}

/** POSTs a JSON body to a resource that only reads (a simulation), and answers its JSON. */
export function postJson(path, params, body) {
  return request(path, params, { body });
}

/** POSTs a JSON body and answers in another format (Markdown, CSV), as a Blob of that type. */
export function postBlob(path, params, body, accept) {
  return request(path, params, { body, accept, blob: true });
}

function url(path, params = {}) {
  const query = new URLSearchParams(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  const text = query.toString();
  return BASE + path + (text ? `?${text}` : '');
}

async function request(path, params, {
  token = sessionStorage.getItem(TOKEN), accept = 'application/json', blob = false, body,
} = {}) {
  const headers = { Authorization: `Bearer ${token}`, Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url(path, params), {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem);
  }
  return blob ? response.blob() : response.json();
}
