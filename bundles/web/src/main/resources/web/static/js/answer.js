// Any answer of the API as a table: its columns say how each cell reads (amounts in cents, counts with separators).
import {h, table} from './dom.js';
import {cents, decimal} from './money.js';

export function cell(kind, value, absent) {
  if (value === null || value === undefined) {
    return absent || '';
  }
  switch (kind) {
    case 'amount': return cents(value);
    // a percentage, a duration: the column's title says which
    case 'decimal': return decimal(value);
    case 'count': return Number(value).toLocaleString('en-US');
    case 'month': return String(value).slice(0, 7);
    case 'time': return String(value).replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
    default: return String(value);
  }
}

/**
 * @param extra optional [{title, cell: row => element}] columns added at the end (a row's buttons)
 */
export function answerTable(caption, answer, extra = [], footer) {
  const columns = answer.columns.filter(column => column.table);
  const headings = columns.map(column => ({title: column.title,
    align: ['amount', 'decimal', 'count'].includes(column.kind) ? 'right' : 'left'}))
    .concat(extra.map(column => ({title: column.title})));
  const rows = answer.rows.map(row => columns.map(column => cell(column.kind, row[column.key]))
    .concat(extra.map(column => column.cell(row))));
  if (rows.length === 0) {
    return h('p', {class: 'empty'}, caption.empty || 'Nothing to show.');
  }
  return table(caption, headings, rows, footer);
}
