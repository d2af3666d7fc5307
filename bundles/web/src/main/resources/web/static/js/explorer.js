// The cost explorer: a question (range, granularity, group-by, measure, filters, top N, comparison) held in the
// address, answered by /costs, drawn as stacked bars with the exact table under it.
import * as api from './api.js';
import {field, h, say, show} from './dom.js';
import {cents, percent} from './money.js';
import {answerTable} from './answer.js';
import {stackedBars} from './chart.js';
import {remember} from './app.js';

const DIMENSIONS = ['service', 'account', 'region', 'usage-type', 'operation', 'line-item-type', 'resource', 'payer',
  'customer', 'tag:', 'cost-category:'];
const PRESETS = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-3-months': 'Last 3 months',
  'last-12-months': 'Last 12 months',
  'custom': 'Custom range',
};

/** [from, toExclusive] of a preset, in UTC days. */
export function presetRange(preset, today = new Date()) {
  const day = date => date.toISOString().slice(0, 10);
  const first = (months) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1));
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  switch (preset) {
    case 'last-month': return [day(first(-1)), day(first(0))];
    case 'last-3-months': return [day(first(-2)), day(tomorrow)];
    case 'last-12-months': return [day(first(-11)), day(tomorrow)];
    default: return [day(first(0)), day(tomorrow)];
  }
}

function question(params) {
  const preset = params.get('range') || (params.get('from') ? 'custom' : 'this-month');
  const [from, toExclusive] = preset === 'custom'
    ? [params.get('from'), params.get('toExclusive')] : presetRange(preset);
  return {
    range: preset,
    from: from || presetRange('this-month')[0],
    toExclusive: toExclusive || presetRange('this-month')[1],
    granularity: params.get('granularity') || 'day',
    groupBy: params.getAll('groupBy').length ? params.getAll('groupBy') : ['service'],
    measure: params.get('measure') || 'unblended',
    top: params.get('top') || '8',
    compare: params.get('compare') === 'true',
    include: params.getAll('include'),
    exclude: params.getAll('exclude'),
  };
}

function address(q) {
  const params = new URLSearchParams();
  params.set('range', q.range);
  if (q.range === 'custom') {
    params.set('from', q.from);
    params.set('toExclusive', q.toExclusive);
  }
  params.set('granularity', q.granularity);
  q.groupBy.forEach(group => params.append('groupBy', group));
  params.set('measure', q.measure);
  params.set('top', q.top);
  if (q.compare) {
    params.set('compare', 'true');
  }
  q.include.forEach(filter => params.append('include', filter));
  q.exclude.forEach(filter => params.append('exclude', filter));
  return params;
}

function apiQuery(q, me, format) {
  return api.query({from: q.from, toExclusive: q.toExclusive, granularity: q.granularity, groupBy: q.groupBy,
    measure: q.measure, top: q.top, compare: q.compare && me.role !== 'customer' ? 'true' : null,
    include: q.include, exclude: q.exclude, limit: 10000, format});
}

export async function explorer(container, params, me) {
  const q = question(params);
  const chart = h('div', {class: 'chart', id: 'chart', role: 'img', 'aria-label': 'Stacked costs per period'});
  const result = h('div', {id: 'result'});
  const rerun = () => {
    remember('explorer', address(q));
    answer(q, me, chart, result);
  };
  show(container,
    h('h1', {}, me.role === 'customer' ? 'Costs of ' + me.customer : 'Cost explorer'),
    controls(q, me, rerun),
    chart,
    result);
  await answer(q, me, chart, result);
}

function controls(q, me, rerun) {
  const select = (id, value, options, onchange) => h('select', {id, onchange},
    Object.entries(options).map(([key, text]) => h('option', {value: key, selected: key === value}, text)));
  const from = h('input', {id: 'from', type: 'date', value: q.from, disabled: q.range !== 'custom'});
  const to = h('input', {id: 'to', type: 'date', value: dayBefore(q.toExclusive), disabled: q.range !== 'custom'});
  const applyDates = () => {
    if (from.value && to.value) {
      q.from = from.value;
      q.toExclusive = dayAfter(to.value);
      rerun();
    }
  };
  from.addEventListener('change', applyDates);
  to.addEventListener('change', applyDates);
  const range = select('range', q.range, PRESETS, event => {
    q.range = event.target.value;
    from.disabled = to.disabled = q.range !== 'custom';
    if (q.range !== 'custom') {
      [q.from, q.toExclusive] = presetRange(q.range);
      from.value = q.from;
      to.value = dayBefore(q.toExclusive);
    }
    rerun();
  });
  const groupKey = h('input', {id: 'group-key', placeholder: 'key, e.g. environment', size: 14,
    value: groupKeyOf(q.groupBy[0]), hidden: !keyed(q.groupBy[0])});
  const group = h('select', {id: 'group-by', onchange: event => {
    const chosen = event.target.value;
    groupKey.hidden = !chosen.endsWith(':');
    if (!chosen.endsWith(':')) {
      q.groupBy = [chosen];
      rerun();
    } else {
      groupKey.focus();
    }
  }}, DIMENSIONS.map(d => h('option', {value: d, selected: q.groupBy[0] === d || (d.endsWith(':')
    && q.groupBy[0].startsWith(d))}, d.endsWith(':') ? d + '<key>' : d)));
  groupKey.addEventListener('change', () => {
    q.groupBy = [group.value + groupKey.value.trim()];
    rerun();
  });
  const chips = h('ul', {class: 'chips', 'aria-label': 'Filters'},
    q.include.map(filter => chip('Only', filter, () => {
      q.include = q.include.filter(f => f !== filter);
      rerun();
    })),
    q.exclude.map(filter => chip('Not', filter, () => {
      q.exclude = q.exclude.filter(f => f !== filter);
      rerun();
    })));
  const filterText = h('input', {id: 'filter', placeholder: 'service=AmazonEC2 or tag:env=prod', size: 28});
  const filterKind = select('filter-kind', 'include', {include: 'Only', exclude: 'Leave out'});
  const addFilter = h('form', {class: 'inline', onsubmit: event => {
    event.preventDefault();
    const text = filterText.value.trim();
    if (text) {
      q[filterKind.value].push(text);
      rerun();
    }
  }}, field('filter-kind', 'Filter', filterKind), field('filter', 'dimension=value', filterText),
  h('button', {type: 'submit'}, 'Add filter'));
  const download = h('button', {type: 'button', id: 'download-csv', onclick: async () => {
    try {
      await api.download('/costs' + apiQuery(q, me, 'csv'));
      say('CSV downloaded.');
    } catch (e) {
      say(e.message, 'error');
    }
  }}, 'Download CSV');
  return h('section', {class: 'controls', 'aria-label': 'Question'},
    h('div', {class: 'row'},
      field('range', 'Range', range), field('from', 'From', from), field('to', 'To (included)', to),
      field('granularity', 'Per', select('granularity', q.granularity, {day: 'Day', month: 'Month'},
        event => {
          q.granularity = event.target.value;
          rerun();
        })),
      field('group-by', 'Group by', h('span', {}, group, groupKey)),
      field('measure', 'Measure', select('measure', q.measure, {unblended: 'Unblended',
        'net-unblended': 'Net unblended', amortized: 'Amortized', 'net-amortized': 'Net amortized'}, event => {
        q.measure = event.target.value;
        rerun();
      })),
      field('top', 'Top', h('input', {id: 'top', type: 'number', min: 0, max: 50, value: q.top, onchange: event => {
        q.top = event.target.value;
        rerun();
      }})),
      me.role === 'customer' ? null : field('compare', 'Previous period', h('input', {id: 'compare',
        type: 'checkbox', checked: q.compare, onchange: event => {
          q.compare = event.target.checked;
          rerun();
        }}))),
    h('div', {class: 'row'}, addFilter, chips, download));
}

function chip(kind, filter, remove) {
  return h('li', {class: 'chip'}, kind + ' ' + filter + ' ',
    h('button', {type: 'button', 'aria-label': 'Remove filter ' + kind + ' ' + filter, onclick: remove}, '×'));
}

async function answer(q, me, chart, result) {
  let costs;
  try {
    costs = await api.get('/costs' + apiQuery(q, me));
  } catch (e) {
    show(result, h('p', {class: 'error'}, e.message));
    chart.replaceChildren();
    return;
  }
  const groupKeys = costs.columns.filter(c => c.kind === 'text' && c.table && c.key !== 'range')
    .map(c => c.key);
  const current = costs.rows.filter(row => row.range === undefined || row.range === 'current');
  const periods = [...new Set(current.map(row => row.period))].sort();
  const label = row => groupKeys.map(key => row[key]).join(' / ');
  const totals = new Map();
  for (const row of current) {
    totals.set(label(row), (totals.get(label(row)) || 0) + Number(row.cost));
  }
  const groups = [...totals.keys()].sort((a, b) => totals.get(a) - totals.get(b));
  const cellOf = new Map(current.map(row => [label(row) + '|' + row.period, Number(row.cost)]));
  stackedBars(chart, periods, groups, (group, period) => cellOf.get(group + '|' + period) || 0,
    q.granularity === 'day');
  const summary = h('p', {class: 'total', id: 'total'},
    'Total ', h('strong', {id: 'total-amount'}, cents(costs.total)), ' ' + costs.currency + ', ' + q.measure + ', '
      + costs.from + ' to ' + costs.to,
    costs.rebilledTotal !== undefined ? ' · rebilled ' + cents(costs.rebilledTotal) + ' ' + costs.currency : '',
    costs.previous ? ' · previous period ' + cents(costs.previous.total) + ' '
      + (costs.previous.changePercent !== null ? '(' + percent(costs.previous.changePercent) + ')' : '') : '');
  const amountColumns = costs.columns.filter(c => c.table);
  const footer = amountColumns.map((column, i) => i === 0 ? 'Total' : column.key === 'cost' ? cents(costs.total)
    : column.key === 'rebilled' ? cents(costs.rebilledTotal) : '');
  show(result, summary, answerTable({text: 'Costs by ' + q.groupBy.join(', '), empty: 'No costs in this range.'},
    costs, [], footer), h('p', {class: 'note'}, 'Amounts rounded to cents, each on its own; the CSV keeps every'
    + ' decimal.'));
}

function keyed(group) {
  return group.startsWith('tag:') || group.startsWith('cost-category:');
}

function groupKeyOf(group) {
  return keyed(group) ? group.slice(group.indexOf(':') + 1) : '';
}

function dayBefore(day) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function dayAfter(day) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
