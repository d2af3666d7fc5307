// Budgets and alerts: where each budget stands this period and the last, the open alerts (an administrator
// acknowledges them from their rows), the anomalies found and what is watched.
import * as api from './api.js';
import {h, say, show} from './dom.js';
import {answerTable} from './answer.js';

export async function alerts(container, params, me) {
  const [status, open, anomalies, monitors] = await Promise.all([api.get('/budgets/status?limit=1000'),
    api.get('/alerts?limit=1000'), api.get('/anomalies?limit=1000'), api.get('/anomaly-monitors?limit=1000')]);
  const reload = () => alerts(container, params, me);
  const acknowledge = row => row.state === 'open' && me.role === 'admin'
    ? h('button', {type: 'button', onclick: async () => {
      try {
        await api.change('POST', '/alerts/' + encodeURIComponent(row.id) + '/acknowledge');
        await reload();
        say('Alert ' + row.id + ' acknowledged.');
      } catch (e) {
        say(e.message, 'error');
      }
    }}, 'Acknowledge ' + row.id) : '';
  show(container,
    h('h1', {}, 'Budgets and alerts'),
    h('h2', {}, 'Budgets, this period and the last'),
    answerTable({text: 'Budget status', empty: 'No budgets yet: cloudspend:budget-add or POST /budgets.'}, status),
    h('h2', {}, 'Alerts'),
    answerTable({text: 'Open and acknowledged alerts', empty: 'No open alerts.'}, open,
      [{title: 'Actions', cell: acknowledge}]),
    h('h2', {}, 'Anomalies'),
    answerTable({text: 'Cost anomalies', empty: 'No anomalies found.'}, anomalies),
    h('h2', {}, 'Anomaly monitors'),
    answerTable({text: 'What is watched', empty: 'Nothing is watched for anomalies yet.'}, monitors));
}
