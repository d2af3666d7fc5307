// MSP: the customers, the rules in the order they apply, the cost no rule assigns, and each customer's rebilled
// view (the explorer, scoped to the customer).
import * as api from './api.js';
import {h, show} from './dom.js';
import {answerTable} from './answer.js';
import {presetRange} from './explorer.js';

export async function msp(container, params) {
  const [from, toExclusive] = presetRange(params.get('range') || 'last-month');
  const [customers, rules, unassigned] = await Promise.all([api.get('/customers'), api.get('/rules'),
    api.get('/unassigned' + api.query({from, toExclusive, granularity: 'total'}))]);
  const chosen = params.get('customer');
  const rebilled = chosen ? await api.get('/costs' + api.query({customer: chosen, from, toExclusive,
    granularity: 'total', groupBy: 'account'})) : null;
  show(container,
    h('h1', {}, 'MSP customers'),
    answerTable({text: 'Customers', empty: 'No customers yet: cloudspend:customer-add.'}, customers, [{
      title: 'Costs', cell: row => h('a', {href: '#/msp?customer=' + encodeURIComponent(row.id)},
        'Rebilled view of ' + row.name)}]),
    rebilled ? h('section', {'aria-label': 'Rebilled view'}, h('h2', {}, 'Rebilled to ' + chosen + ', ' + from
      + ' to ' + rebilled.to),
    answerTable({text: 'Costs and rebilled amounts', empty: 'No costs for this customer.'}, rebilled)) : null,
    h('h2', {}, 'Rules, in the order they apply'),
    answerTable({text: 'Mapping rules', empty: 'No rules yet: cloudspend:customer-map.'}, rules),
    h('h2', {}, 'Unassigned cost, last month'),
    answerTable({text: 'Cost no rule assigns', empty: 'Every cost is assigned.'}, unassigned));
}
