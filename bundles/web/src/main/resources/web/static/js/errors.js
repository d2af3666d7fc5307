// The specification's single view of configuration errors: each row can be edited (the account's settings), validated
// again, or deleted with its account.
import * as api from './api.js';
import {h, say, show} from './dom.js';
import {answerTable} from './answer.js';
import {accountForm, validationReport} from './accountform.js';

export async function errors(container) {
  const found = await api.get('/errors?limit=1000');
  const panel = h('div', {id: 'error-panel'});
  const reload = () => errors(container);
  show(container,
    h('h1', {}, 'Configuration errors'),
    answerTable({text: 'Configuration errors of every account', empty: 'No configuration errors.'}, found, [{
      title: 'Actions', cell: row => h('span', {class: 'actions'},
        h('button', {type: 'button', 'data-action': 'edit', 'data-account': row.account,
          onclick: () => edit(row.account, panel, reload)}, 'Edit ' + row.account),
        h('button', {type: 'button', 'data-action': 'validate', 'data-account': row.account,
          onclick: () => validate(row.account, reload)}, 'Validate again'),
        deleteButton(row.account, reload)),
    }]),
    panel);
}

async function edit(id, panel, reload) {
  const account = await api.get('/accounts/' + encodeURIComponent(id));
  const values = {name: account.name, roleArn: account.roleArn, externalId: account.externalId,
    accountType: account.accountType, exportType: account.export.type, exportName: account.export.name,
    format: account.export.format, bucket: account.access === 'local' ? '' : account.export.bucket,
    localFolder: account.access === 'local' ? account.export.bucket : '',
    prefix: account.export.prefix, region: account.export.region};
  const only = account.access === 'local'
    ? ['name', 'localFolder', 'accountType', 'exportType', 'exportName', 'format', 'prefix']
    : ['name', 'roleArn', 'externalId', 'accountType', 'exportType', 'exportName', 'format', 'bucket', 'prefix',
      'region'];
  show(panel, h('section', {'aria-label': 'Edit ' + id}, h('h2', {}, 'Edit ' + id),
    accountForm('edit', values, 'Save and validate', settings => check(id, 'saved',
      () => api.change('PUT', '/accounts/' + encodeURIComponent(id), settings), reload), only)));
  panel.querySelector('input, select').focus();
}

function validate(id, reload) {
  return check(id, 'validated', () => api.change('POST', '/accounts/' + encodeURIComponent(id) + '/validate'),
    reload);
}

/** Runs a change that validates the account, then says and shows what validating found. */
async function check(id, done, request, reload) {
  try {
    const report = await request();
    say('Account ' + id + ' ' + done + (report.passed ? ': every check passed.' : ', '
      + report.errors.length + ' error(s) remain.'), report.passed ? 'ok' : 'error');
    await reload();
    show(document.getElementById('error-panel'), validationReport(report));
  } catch (e) {
    say(e.message, 'error');
  }
}

/** Deleting asks once more in the same place: the first press turns the button into "Confirm". */
export function deleteButton(id, reload) {
  const button = h('button', {type: 'button', class: 'danger', 'data-action': 'delete', 'data-account': id,
    onclick: async () => {
      if (button.dataset.confirming !== 'true') {
        button.dataset.confirming = 'true';
        button.textContent = 'Confirm: delete ' + id;
        return;
      }
      try {
        await api.change('DELETE', '/accounts/' + encodeURIComponent(id));
        say('Account ' + id + ' deleted; the costs it loaded stay in every total.');
        await reload();
      } catch (e) {
        say(e.message, 'error');
      }
    }}, 'Delete ' + id);
  return button;
}
