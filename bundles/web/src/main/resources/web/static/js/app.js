// The page: logging in, the views and the address that holds each view's question (#/explorer?groupBy=service...),
// so that a view can be bookmarked and shared.
import * as api from './api.js';
import {say, show} from './dom.js';
import {explorer} from './explorer.js';
import {monthToDate} from './month.js';
import {errors} from './errors.js';
import {accounts} from './accounts.js';
import {loads} from './loads.js';
import {msp} from './msp.js';
import {alerts} from './alerts.js';

const VIEWS = {explorer, month: monthToDate, errors, accounts, loads, msp, alerts};
let me = null;

/** The view and its parameters from the address: #/explorer?from=2026-11-01 */
export function location() {
  const [path, search = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  return {view: path || 'explorer', params: new URLSearchParams(search)};
}

/** Puts a view's question in the address without reloading it. */
export function remember(view, params) {
  const search = params.toString();
  history.replaceState(null, '', '#/' + view + (search ? '?' + search : ''));
}

async function start() {
  document.getElementById('login').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    api.logIn(form.user.value, form.password.value);
    form.password.value = '';
    await enter();
  });
  document.getElementById('logout').addEventListener('click', () => {
    api.logOut();
    me = null;
    showLogin('');
    say('Logged out.');
  });
  window.addEventListener('cloudspend-login-needed', event => showLogin(event.detail));
  window.addEventListener('hashchange', route);
  if (api.loggedIn()) {
    await enter();
  } else {
    showLogin('');
  }
}

async function enter() {
  try {
    me = await api.get('/me');
  } catch (e) {
    showLogin(e.message);
    return;
  }
  document.getElementById('login').hidden = true;
  document.getElementById('nav').hidden = false;
  document.getElementById('logout').hidden = false;
  document.getElementById('who').textContent = me.user + ' (' + me.role
    + (me.customer ? ' of ' + me.customer : '') + ')';
  for (const link of document.querySelectorAll('#nav a[data-role]')) {
    link.hidden = me.role === 'customer';
  }
  await route();
}

function showLogin(message) {
  document.getElementById('nav').hidden = true;
  document.getElementById('logout').hidden = true;
  document.getElementById('who').textContent = '';
  show(document.getElementById('view'));
  const form = document.getElementById('login');
  form.hidden = false;
  document.getElementById('login-error').textContent = message || '';
  document.getElementById('login-user').focus();
}

async function route() {
  if (!me) {
    return;
  }
  let {view, params} = location();
  if (!VIEWS[view] || (me.role === 'customer' && view !== 'explorer')) {
    view = 'explorer';
  }
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', link.dataset.view === view);
    if (link.dataset.view === view) {
      link.setAttribute('aria-current', 'page');
    }
  }
  const container = document.getElementById('view');
  say('');
  try {
    await VIEWS[view](container, params, me);
  } catch (e) {
    say(e.message, 'error');
  }
}

start();
