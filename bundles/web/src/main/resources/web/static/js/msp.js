// MSP: the customers, the rules in the order they apply, the cost no rule assigns, and each customer's rebilled
// view; an administrator adds customers and rules here and removes them from their rows.
import * as api from './api.js';
import {act, field, h, show} from './dom.js';
import {answerTable} from './answer.js';
import {presetRange} from './explorer.js';

export async function msp(container, params, me) {
  const [from, toExclusive] = presetRange(params.get('range') || 'last-month');
  const [customers, rules, unassigned] = await Promise.all([api.get('/customers?limit=1000'),
    api.get('/rules?limit=1000'), api.get('/unassigned' + api.query({from, toExclusive, granularity: 'total'}))]);
  const chosen = params.get('customer');
  const rebilled = chosen ? await api.get('/costs' + api.query({customer: chosen, from, toExclusive,
    granularity: 'total', groupBy: 'account'})) : null;
  const admin = me.role === 'admin';
  const reload = () => msp(container, params, me);
  const remove = (what, path, label) => h('button', {type: 'button', class: 'danger', onclick: () =>
    act(() => api.change('DELETE', path), what + ' removed.', reload)}, 'Remove ' + label);
  show(container,
    h('h1', {}, 'MSP customers'),
    answerTable({text: 'Customers', empty: 'No customers yet.'}, customers, [{
      title: 'Costs', cell: row => h('span', {class: 'actions'},
        h('a', {href: '#/msp?customer=' + encodeURIComponent(row.id)}, 'Rebilled view of ' + row.name),
        admin ? h('button', {type: 'button', onclick: () => {
          const form = customerForm(reload, row);
          document.getElementById('customer-form').replaceChildren(form);
          form.querySelector('#customer-name').focus();
        }}, 'Change ' + row.id) : null,
        admin ? remove('Customer ' + row.id, '/customers/' + encodeURIComponent(row.id), row.id) : null)}]),
    admin ? h('div', {id: 'customer-form'}, customerForm(reload)) : null,
    rebilled ? h('section', {'aria-label': 'Rebilled view'}, h('h2', {}, 'Rebilled to ' + chosen + ', ' + from
      + ' to ' + rebilled.to),
    answerTable({text: 'Costs and rebilled amounts', empty: 'No costs for this customer.'}, rebilled)) : null,
    h('h2', {}, 'Rules, in the order they apply'),
    answerTable({text: 'Mapping rules', empty: 'No rules yet.'}, rules, admin ? [{title: 'Actions',
      cell: row => remove('Rule ' + row.id, '/rules/' + encodeURIComponent(row.id), row.id)}] : []),
    admin && customers.rows.length ? ruleForm(customers.rows, reload) : null,
    h('h2', {}, 'Unassigned cost, last month'),
    answerTable({text: 'Cost no rule assigns', empty: 'Every cost is assigned.'}, unassigned));
}

/** A new customer's form, or, given a customer's row, the form that changes it. */
function customerForm(reload, was) {
  const id = h('input', {id: 'customer-id', required: true, placeholder: 'acme', size: 14, value: was ? was.id : '',
    readonly: Boolean(was)});
  const name = h('input', {id: 'customer-name', required: true, placeholder: 'Acme Corp', size: 20,
    value: was ? was.name : ''});
  const currency = h('input', {id: 'customer-currency', value: was ? was.currency : 'USD', size: 5});
  const markup = h('input', {id: 'customer-markup', type: 'number', step: '0.01', size: 6,
    value: was ? was.markupPercent : '0'});
  return h('form', {class: 'inline', 'aria-label': was ? 'Change customer ' + was.id : 'Add a customer',
    onsubmit: event => {
      event.preventDefault();
      const customer = {name: name.value.trim(), currency: currency.value.trim(),
        markupPercent: markup.value.trim() || '0'};
      const key = id.value.trim();
      act(() => was ? api.change('PUT', '/customers/' + encodeURIComponent(key), customer)
        : api.change('POST', '/customers', Object.assign({id: key}, customer)),
      'Customer ' + key + (was ? ' changed.' : ' added.'), reload);
    }}, field('customer-id', 'Customer id', id), field('customer-name', 'Name', name),
  field('customer-currency', 'Currency', currency), field('customer-markup', 'Markup %', markup),
  h('button', {type: 'submit'}, was ? 'Save ' + was.id : 'Add customer'));
}

function ruleForm(customers, reload) {
  const customer = h('select', {id: 'rule-customer'}, customers.map(row => h('option', {value: row.id}, row.name)));
  const kind = h('select', {id: 'rule-kind'}, h('option', {value: 'account'}, 'Linked account'),
    h('option', {value: 'tag'}, 'Tag'), h('option', {value: 'costCategory'}, 'Cost category'));
  const value = h('input', {id: 'rule-value', required: true, placeholder: '123456789012 or team=payments',
    size: 26});
  const precedence = h('input', {id: 'rule-precedence', type: 'number', min: 0, size: 5});
  return h('form', {class: 'inline', 'aria-label': 'Map cost to a customer', onsubmit: event => {
    event.preventDefault();
    const rule = {customer: customer.value, [kind.value]: value.value.trim()};
    if (precedence.value !== '') {
      rule.precedence = Number(precedence.value);
    }
    act(() => api.change('POST', '/rules', rule), 'Rule added.', reload);
  }}, field('rule-customer', 'Customer', customer), field('rule-kind', 'Match on', kind),
  field('rule-value', 'Value', value), field('rule-precedence', 'Precedence (optional)', precedence),
  h('button', {type: 'submit'}, 'Add rule'));
}
