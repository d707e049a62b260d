// The dashboard's only way to data: the GraphQL documents of ui-queries/, sent as they are (so a deployment that
// accepts only those documents accepts the dashboard), with the signed-in user's credentials.

import { language, locale } from './i18n.js';

const CREDENTIALS_KEY = 'engagement-graph.credentials';
const documents = new Map();

/** The server said the credentials are missing or no longer good: sign in again. */
export class SignInRequired extends Error {}

/** The service could not answer (down, timed out, refused): the code says which. */
export class ServiceError extends Error {
  constructor(code, message) {
    super(message ?? code);
    this.code = code;
  }
}

export function signedIn() {
  return sessionStorage.getItem(CREDENTIALS_KEY) != null;
}

export function signOut() {
  sessionStorage.removeItem(CREDENTIALS_KEY);
}

/** basic: user and password (demo profile); bearer: an access token from the identity provider. */
export async function signInMethod() {
  const response = await fetch('dashboard/sign-in');
  return response.ok ? (await response.json()).method : 'basic';
}

/** Tries the credentials; keeps them for this browser tab when the service accepts them. Returns the viewer. */
export async function signIn(authorization) {
  sessionStorage.setItem(CREDENTIALS_KEY, authorization);
  try {
    const { data } = await query('signed-in');
    return data.viewer;
  }
  catch (error) {
    signOut();
    throw error;
  }
}

export function basic(user, password) {
  return 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)));
}

async function documentText(name) {
  if (!documents.has(name)) {
    documents.set(name, fetch(`ui-queries/${name}.graphql`).then(response => {
      if (!response.ok) throw new ServiceError('DOCUMENT_MISSING', `ui-queries/${name}.graphql`);
      return response.text();
    }));
  }
  return documents.get(name);
}

/**
 * Runs the document ui-queries/{name}.graphql. Resolves to {data, errors} as GraphQL answers (partial data with
 * REDACTED errors is a normal answer); rejects with SignInRequired or ServiceError when there is no answer.
 */
export async function query(name, variables = {}) {
  const text = await documentText(name);
  const withLanguage = text.includes('$lang') ? { lang: language(), ...variables } : variables;
  let response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': locale(),
        // Asks Spring Security for a bare 401 rather than the browser's own password prompt.
        'X-Requested-With': 'XMLHttpRequest',
        Authorization: sessionStorage.getItem(CREDENTIALS_KEY) ?? '',
      },
      body: JSON.stringify({ query: text, variables: withLanguage, extensions: { documentId: name } }),
    });
  }
  catch {
    throw new ServiceError('NETWORK');
  }
  if (response.status === 401) {
    signOut();
    throw new SignInRequired();
  }
  let body;
  try {
    body = await response.json();
  }
  catch {
    throw new ServiceError(`HTTP_${response.status}`);
  }
  // Refused at the door (no role, too many failed sign-ins, identity provider down): the service says why.
  if (!response.ok && body?.code) throw new ServiceError(body.code, body.message);
  const fatal = (body.errors ?? []).find(error => ['DATABASE_UNAVAILABLE', 'SERVICE_STOPPING', 'QUERY_TIMEOUT', 'INTERNAL_ERROR']
    .includes(error.extensions?.code));
  if (fatal && body.data == null) throw new ServiceError(fatal.extensions.code, fatal.message);
  return { data: body.data ?? {}, errors: body.errors ?? [] };
}

/** Whether the answer's field at path (or anything under it) was withheld for lack of Protected B clearance. */
export function redacted(answer, ...path) {
  return answer.errors.some(error => error.extensions?.code === 'REDACTED'
    && path.every((step, i) => error.path?.[i] === step));
}

/** The errors other than redactions: what went wrong with the question itself. */
export function problems(answer) {
  return answer.errors.filter(error => error.extensions?.code !== 'REDACTED');
}
