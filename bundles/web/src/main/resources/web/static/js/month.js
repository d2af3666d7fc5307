// Month to date: this month so far beside the same days of last month, last month, and the forecast, for all
// accounts and for each.
import * as api from './api.js';
import {h, show, table} from './dom.js';
import {cents, percent} from './money.js';

export async function monthToDate(container) {
  const all = await api.get('/month-to-date');
  const accounts = (await api.get('/accounts')).rows;
  // a payer's export holds its whole organization (the payer dimension), a linked account's its own usage
  const perAccount = await Promise.all(accounts.map(account =>
    api.get('/month-to-date' + api.query({include: (account.accountType === 'payer' ? 'payer=' : 'account=')
      + account.awsAccountId})).then(month => ({account, month}))));
  const columns = [{title: 'Accounts'}, {title: 'Month to date', align: 'right'},
    {title: 'Last month, same days', align: 'right'}, {title: 'Change', align: 'right'},
    {title: 'Last month', align: 'right'}, {title: 'Forecast', align: 'right'}];
  const row = (name, m) => [name, cents(m.monthToDate), cents(m.previousSameDays), percent(m.changePercent),
    cents(m.previousMonth), cents(m.forecast)];
  show(container,
    h('h1', {}, 'Month to date'),
    h('p', {class: 'total'}, 'This month (' + all.month + ') through ', h('strong', {}, all.through), ': ',
      h('strong', {id: 'mtd-amount'}, cents(all.monthToDate)), ' ' + all.currency + ', forecast ',
      h('strong', {}, cents(all.forecast)), ' ' + all.currency + '.'),
    table({text: 'Month to date, ' + all.currency}, columns,
      perAccount.map(({account, month}) => row(account.name + ' (' + account.awsAccountId + ')', month)),
      row('All accounts', all)),
    h('p', {class: 'note'}, 'The change compares this month so far with the same days of last month; the forecast'
      + ' adds the daily run rate for the days left.'));
}
