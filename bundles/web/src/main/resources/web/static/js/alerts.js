// Budgets and alerts: where each budget stands this period and the last, the open alerts, the anomalies found and
// what is watched; an administrator adds budgets and monitors in forms, deletes them and acknowledges alerts from
// their rows.
import * as api from './api.js';
import {act, field, h, show} from './dom.js';
import {answerTable} from './answer.js';

export async function alerts(container, params, me) {
  const [budgets, status, open, anomalies, monitors] = await Promise.all([api.get('/budgets?limit=1000'),
    api.get('/budgets/status?limit=1000'), api.get('/alerts?limit=1000'), api.get('/anomalies?limit=1000'),
    api.get('/anomaly-monitors?limit=1000')]);
  const admin = me.role === 'admin';
  const reload = () => alerts(container, params, me);
  const button = (text, path, method, done) => h('button', {type: 'button', class: method === 'DELETE' ? 'danger'
    : '', onclick: () => act(() => api.change(method, path), done, reload)}, text);
  show(container,
    h('h1', {}, 'Budgets and alerts'),
    h('h2', {}, 'Budgets'),
    answerTable({text: 'Budgets', empty: 'No budgets yet.'}, budgets, admin ? [{title: 'Actions', cell: row =>
      h('span', {class: 'actions'}, h('button', {type: 'button', onclick: () => {
        const form = budgetForm(reload, row);
        document.getElementById('budget-form').replaceChildren(form);
        form.querySelector('#budget-amount').focus();
      }}, 'Change ' + row.name), button('Delete ' + row.name, '/budgets/' + encodeURIComponent(row.name), 'DELETE',
        'Budget ' + row.name + ' deleted; its alerts are resolved.'))}] : []),
    admin ? h('div', {id: 'budget-form'}, budgetForm(reload)) : null,
    h('h2', {}, 'Where each budget stands, this period and the last'),
    answerTable({text: 'Budget status', empty: 'No budgets yet.'}, status),
    h('h2', {}, 'Alerts'),
    answerTable({text: 'Open and acknowledged alerts', empty: 'No open alerts.'}, open,
      [{title: 'Actions', cell: row => row.state === 'open' && admin ? button('Acknowledge ' + row.id,
        '/alerts/' + encodeURIComponent(row.id) + '/acknowledge', 'POST', 'Alert ' + row.id + ' acknowledged.')
        : ''}]),
    h('h2', {}, 'Anomalies'),
    answerTable({text: 'Cost anomalies', empty: 'No anomalies found.'}, anomalies),
    h('h2', {}, 'Anomaly monitors'),
    answerTable({text: 'What is watched', empty: 'Nothing is watched for anomalies yet.'}, monitors,
      admin ? [{title: 'Actions', cell: row => button('Delete ' + row.name, '/anomaly-monitors/'
        + encodeURIComponent(row.name), 'DELETE', 'Anomaly monitor ' + row.name + ' deleted.')}] : []),
    admin ? monitorForm(reload) : null);
}

/** The words of a scope field, one filter per line or comma-free entry: "service=AmazonEC2". */
function lines(input) {
  return input.value.split('\n').map(line => line.trim()).filter(line => line !== '');
}

/** A new budget's form, or, given a budget's row, the form that changes it (what is left empty stays). */
function budgetForm(reload, was) {
  const name = h('input', {id: 'budget-name', required: true, placeholder: 'monthly-total', size: 16,
    value: was ? was.name : '', readonly: Boolean(was)});
  const amount = h('input', {id: 'budget-amount', required: !was, inputmode: 'decimal', placeholder: '1000.00',
    size: 10, value: was ? was.amount : ''});
  const currency = h('input', {id: 'budget-currency', value: was ? was.currency : 'USD', size: 5});
  const period = h('select', {id: 'budget-period'}, ['monthly', 'quarterly', 'yearly'].map(p =>
    h('option', {selected: was && was.period === p}, p)));
  const thresholds = h('input', {id: 'budget-thresholds', size: 22,
    value: was ? was.thresholds.split(', ').join(' ') : 'actual:80 forecast:100'});
  const include = h('textarea', {id: 'budget-include', rows: 1, cols: 26,
    placeholder: was ? 'empty: the scope stays' : 'service=AmazonEC2 (one per line)'});
  return h('form', {class: 'inline', 'aria-label': was ? 'Change budget ' + was.name : 'Add a budget',
    onsubmit: event => {
      event.preventDefault();
      const budget = {amount: amount.value.trim() || undefined, currency: currency.value.trim(),
        period: period.value, thresholds: thresholds.value.split(/\s+/).filter(t => t !== '')};
      if (!was || lines(include).length) {
        budget.include = lines(include);
      }
      const named = name.value.trim();
      act(() => was ? api.change('PUT', '/budgets/' + encodeURIComponent(named), budget)
        : api.change('POST', '/budgets', Object.assign({name: named}, budget)),
      'Budget ' + named + (was ? ' changed.' : ' added.'), reload);
    }}, field('budget-name', 'Budget name', name), field('budget-amount', 'Amount per period', amount),
  field('budget-currency', 'Currency', currency), field('budget-period', 'Period', period),
  field('budget-thresholds', 'Thresholds', thresholds), field('budget-include', 'Only (scope)', include),
  h('button', {type: 'submit'}, was ? 'Save ' + was.name : 'Add budget'));
}

function monitorForm(reload) {
  const name = h('input', {id: 'monitor-name', required: true, placeholder: 'services', size: 14});
  const dimension = h('input', {id: 'monitor-dimension', value: 'service', size: 14,
    placeholder: 'service, account, tag:team'});
  const impact = h('input', {id: 'monitor-impact', inputmode: 'decimal', value: '100', size: 7});
  const percent = h('input', {id: 'monitor-percent', inputmode: 'decimal', value: '40', size: 5});
  return h('form', {class: 'inline', 'aria-label': 'Add an anomaly monitor', onsubmit: event => {
    event.preventDefault();
    const monitor = {name: name.value.trim(), dimension: dimension.value.trim() || null, minImpact:
      impact.value.trim(), minPercent: percent.value.trim()};
    act(() => api.change('POST', '/anomaly-monitors', monitor), 'Anomaly monitor ' + monitor.name + ' added.',
      reload);
  }}, field('monitor-name', 'Monitor name', name), field('monitor-dimension', 'Each value of (empty: the total)',
    dimension), field('monitor-impact', 'Min. impact a day', impact), field('monitor-percent', 'Min. %', percent),
  h('button', {type: 'submit'}, 'Add monitor'));
}
