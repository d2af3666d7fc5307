// Loads: the ones running now with their progress, and the history.
import * as api from './api.js';
import {h, show} from './dom.js';
import {answerTable, cell} from './answer.js';

const utc = time => cell('time', time) + ' UTC';

export async function loads(container) {
  const [status, history] = await Promise.all([api.get('/ingest-status'), api.get('/loads?limit=200')]);
  const running = status.rows.filter(row => row.progress);
  show(container,
    h('h1', {}, 'Loads'),
    h('h2', {}, 'Running now'),
    running.length === 0 ? h('p', {class: 'empty'}, 'No load is running.') : h('ul', {class: 'progress-list'},
      running.map(row => {
        const p = row.progress;
        return h('li', {}, h('label', {for: 'progress-' + row.account}, row.account + ' ' + p.period + ': '
            + (p.storingSince ? 'storing the month' : p.filesDone + ' of ' + p.filesTotal + ' files read, '
            + Number(p.lineItems).toLocaleString('en-US') + ' line items')),
          h('progress', {id: 'progress-' + row.account, max: 100, value: p.percent || 0}));
      })),
    h('h2', {}, 'Each account'),
    h('ul', {}, status.rows.map(row => h('li', {}, h('strong', {}, row.account), ': last check '
      + (row.lastCheck ? utc(row.lastCheck) : 'not yet') + (row.lastOutcome ? ' (' + row.lastOutcome + ')' : '')
      + ', next ' + (row.nextCheck ? utc(row.nextCheck) : '-')))),
    h('h2', {}, 'History'),
    answerTable({text: 'Loads, newest first', empty: 'Nothing loaded yet.'}, history));
}
