// The form of an account's settings, for the wizard's last stage and for editing an account from the errors view;
// and the validation report that answers it.
import {h} from './dom.js';

const FIELDS = [
  ['name', 'Display name', 'text'],
  ['roleArn', 'Role ARN', 'text', 'arn:aws:iam::123456789012:role/cloudspend'],
  ['externalId', 'External ID', 'text'],
  ['accountType', 'Account type', ['payer', 'linked']],
  ['exportType', 'Export type', ['cur2', 'legacy']],
  ['exportName', 'Export name', 'text'],
  ['format', 'Format', ['parquet', 'csv']],
  ['bucket', 'S3 bucket (validation finds it from AWS)', 'text'],
  ['localFolder', 'Local folder (a copy of the bucket on this server)', 'text'],
  ['prefix', 'S3 prefix', 'text'],
  ['region', 'Bucket region', 'text', 'us-east-1'],
];

/**
 * @param values the settings shown at first (an account's, or the wizard's)
 * @param only the fields to show (all when absent)
 * @param submit (settings) -> Promise, given the fields that have a value
 */
export function accountForm(idPrefix, values, submitText, submit, only) {
  const inputs = {};
  const fields = FIELDS.filter(([name]) => !only || only.includes(name)).map(([name, label, kind, placeholder]) => {
    const id = idPrefix + '-' + name;
    const control = Array.isArray(kind)
      ? h('select', {id, name}, kind.map(option => h('option', {value: option, selected: values[name] === option},
        option)))
      : h('input', {id, name, value: values[name] || '', placeholder: placeholder || '', size: 40});
    inputs[name] = control;
    return h('div', {class: 'field'}, h('label', {for: id}, label), control);
  });
  const form = h('form', {class: 'account-form', onsubmit: async event => {
    event.preventDefault();
    const settings = {};
    for (const [name, input] of Object.entries(inputs)) {
      if (input.value.trim() !== '') {
        settings[name] = input.value.trim();
      }
    }
    button.disabled = true;
    try {
      await submit(settings);
    } finally {
      button.disabled = false;
    }
  }}, fields);
  const button = h('button', {type: 'submit'}, submitText);
  form.append(button);
  return form;
}

/** What validating found: each check in order, the errors with their fixes, a payer's linked accounts. */
export function validationReport(report) {
  return h('section', {class: report.passed ? 'report ok' : 'report failed', 'aria-label': 'Validation'},
    h('h3', {}, report.passed ? 'Every check passed' : report.errors.length + ' configuration error(s)'),
    h('ol', {class: 'findings'}, report.findings.map(finding => h('li', {}, finding))),
    report.errors.length ? h('ul', {}, report.errors.map(error => h('li', {}, h('strong', {}, error.code), ': '
      + error.message + ' Fix: ' + error.fix))) : null,
    report.linkedAccounts.length ? h('p', {}, 'Linked accounts: ' + report.linkedAccounts.map(account =>
      account.awsAccountId + ' ' + account.name).join(', ')) : null);
}
