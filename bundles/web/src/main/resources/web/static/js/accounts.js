// Accounts: the list, and connecting one in three stages: an External ID, the role created in AWS (CloudFormation
// template or policies), then the role ARN and the export, validated step by step.
import * as api from './api.js';
import {h, say, show} from './dom.js';
import {answerTable} from './answer.js';
import {accountForm, validationReport} from './accountform.js';
import {deleteButton} from './errors.js';

export async function accounts(container, params, me) {
  const list = await api.get('/accounts?limit=1000');
  const wizard = h('section', {id: 'wizard', 'aria-label': 'Connect an AWS account'});
  show(container,
    h('h1', {}, 'Accounts'),
    answerTable({text: 'Integrated accounts', empty: 'No accounts yet.'}, list,
      me.role === 'admin' ? [{title: 'Actions', cell: row => deleteButton(row.id, () => accounts(container,
        params, me))}] : []),
    me.role === 'admin' ? wizard : h('p', {}, 'An administrator connects accounts.'));
  if (me.role === 'admin') {
    stageOne(wizard);
  }
}

function stageOne(wizard) {
  show(wizard,
    h('h2', {}, 'Connect an AWS account'),
    h('ol', {class: 'stages'}, h('li', {'aria-current': 'step'}, 'External ID'), h('li', {}, 'Role in AWS'),
      h('li', {}, 'Role ARN and export')),
    h('p', {}, 'cloudspend reads an account through an IAM role that trusts cloudspend\'s AWS account with an'
      + ' External ID issued for it.'),
    h('button', {type: 'button', id: 'issue-external-id', onclick: async () => {
      try {
        stageTwo(wizard, await api.change('POST', '/integrations'));
      } catch (e) {
        say(e.message, 'error');
      }
    }}, 'Issue an External ID'));
}

function stageTwo(wizard, pending) {
  const fetchDocument = (path, what) => async () => {
    try {
      const answer = await api.download(path);
      say(what + ' downloaded as ' + answer.fileName + '.');
    } catch (e) {
      say(e.message, 'error');
    }
  };
  const relative = url => url.replace('/cloudspend/api/v1', '');
  show(wizard,
    h('h2', {}, 'Connect an AWS account'),
    h('ol', {class: 'stages'}, h('li', {}, 'External ID'), h('li', {'aria-current': 'step'}, 'Role in AWS'),
      h('li', {}, 'Role ARN and export')),
    h('dl', {}, h('dt', {}, 'Trust the account'), h('dd', {id: 'trusted-account'}, pending.trustedAccountId),
      h('dt', {}, 'External ID'), h('dd', {id: 'external-id'}, pending.externalId)),
    h('p', {}, 'Create the role in the AWS account to connect: one CloudFormation stack (deploy it with'
      + ' CAPABILITY_NAMED_IAM; its output RoleArn is the role), or the policies by hand.'),
    h('div', {class: 'row'},
      h('button', {type: 'button', id: 'download-template',
        onclick: fetchDocument(relative(pending.cloudFormationTemplate), 'The CloudFormation template')},
      'Download the CloudFormation template'),
      h('button', {type: 'button', id: 'download-trust-policy',
        onclick: fetchDocument(relative(pending.trustPolicy), 'The trust policy')}, 'Download the trust policy'),
      h('button', {type: 'button', id: 'download-policy',
        onclick: fetchDocument(relative(pending.permissionPolicy), 'The permission policy')},
      'Download the permission policy')),
    h('h3', {}, 'Then: the role ARN and the export'),
    accountForm('add', {externalId: pending.externalId, accountType: 'payer', exportType: 'cur2',
      format: 'parquet', region: 'us-east-1'}, 'Connect and validate', async settings => {
      const id = document.getElementById('add-id').value.trim();
      try {
        const report = await api.change('POST', '/accounts', Object.assign({id, pending: pending.id}, settings,
          {externalId: undefined}));
        say(report.passed ? 'Account ' + id + ' connected: every check passed.' : 'Account ' + id
          + ' added with ' + report.errors.length + ' configuration error(s).', report.passed ? 'ok' : 'error');
        wizard.append(validationReport(report));
      } catch (e) {
        say(e.message, 'error');
      }
    }, ['name', 'roleArn', 'externalId', 'accountType', 'exportType', 'exportName', 'format', 'bucket', 'prefix',
      'region']));
  const form = wizard.querySelector('form');
  form.prepend(h('div', {class: 'field'}, h('label', {for: 'add-id'}, 'cloudspend id'),
    h('input', {id: 'add-id', required: true, placeholder: 'prod-payer', size: 40})));
  document.getElementById('external-id').scrollIntoView({block: 'nearest'});
}
