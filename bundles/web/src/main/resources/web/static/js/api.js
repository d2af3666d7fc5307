// The HTTP API as the page calls it: HTTP Basic with the credentials of the login form (kept for this tab only, in
// sessionStorage), X-Requested-By on every request (so the server never opens the browser's own login dialog), and
// JSON read with every decimal kept as text.

const BASE = '/cloudspend/api/v1';
const KEY = 'cloudspend-login';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'The request failed');
    this.status = problem.status;
    this.field = problem.field;
  }
}

export function loggedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

export function logIn(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function logOut() {
  sessionStorage.removeItem(KEY);
}

/** Numbers as their source text (an amount never passes through a double); other values as JSON gives them. */
export function parseExact(text) {
  return JSON.parse(text, (key, value, context) =>
    typeof value === 'number' && context && context.source !== undefined ? context.source : value);
}

async function call(method, path, body, accept) {
  const headers = {'X-Requested-By': 'cloudspend', 'Accept': accept || 'application/json'};
  const login = sessionStorage.getItem(KEY);
  if (login) {
    headers.Authorization = 'Basic ' + login;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(BASE + path, {method, headers, body: body === undefined ? undefined
    : JSON.stringify(body), cache: 'no-store'});
  const text = await response.text();
  if (!response.ok) {
    let problem;
    try {
      problem = JSON.parse(text);
    } catch (e) {
      problem = {status: response.status, detail: response.status + ' ' + response.statusText};
    }
    if (response.status === 401) {
      logOut();
      window.dispatchEvent(new CustomEvent('cloudspend-login-needed', {detail: problem.detail}));
    }
    throw new ApiError(problem);
  }
  return {text, type: response.headers.get('Content-Type') || '',
    fileName: fileName(response.headers.get('Content-Disposition'))};
}

function fileName(disposition) {
  const match = /filename="([^"]+)"/.exec(disposition || '');
  return match ? match[1] : 'cloudspend.txt';
}

export async function get(path) {
  const answer = await call('GET', path);
  return answer.text === '' ? null : parseExact(answer.text);
}

export async function change(method, path, body = {}) {
  const answer = await call(method, path, method === 'DELETE' ? undefined : body);
  return answer.text === '' ? null : parseExact(answer.text);
}

/** Saves what the API answers (a CSV, a policy, a template) as a file, named as the API names it. */
export async function download(path) {
  const answer = await call('GET', path, undefined, '*/*');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([answer.text], {type: answer.type}));
  link.download = answer.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return answer;
}

/** A query string from an object; an array value repeats its parameter. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '' && one !== false) {
        search.append(name, one);
      }
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
