// A stacked bar chart of costs per period and group, drawn by uPlot (loaded by the page as the global uPlot).
const COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
  '#9c755f', '#bab0ac', '#1f77b4', '#aec7e8'];

/**
 * @param periods first days ('2026-11-01'), in order
 * @param groups names, bottom of the stack first
 * @param amount (group, period) -> number (for drawing only; the table shows the exact amounts)
 */
export function stackedBars(element, periods, groups, amount, daily) {
  element.replaceChildren();
  if (periods.length === 0 || typeof uPlot === 'undefined') {
    return null;
  }
  const xs = periods.map(day => Date.parse(day + 'T00:00:00Z') / 1000);
  const tops = [];
  let below = periods.map(() => 0);
  for (const group of groups) {
    const top = periods.map((period, i) => below[i] + amount(group, period));
    tops.push(top);
    below = top;
  }
  // each bar reaches the top of its group's part of the stack; drawn from the highest down, each shows above the
  // ones under it
  const order = groups.map((group, i) => i).reverse();
  const bars = uPlot.paths.bars({size: [0.7, 60]});
  const series = [{label: daily ? 'Day' : 'Month', value: (u, t) => t === null ? '' : new Date(t * 1000).toISOString().slice(0, daily ? 10 : 7)}]
    .concat(order.map(i => ({
      label: groups[i],
      fill: COLOURS[i % COLOURS.length],
      stroke: COLOURS[i % COLOURS.length],
      paths: bars,
      points: {show: false},
      value: (u, v, s, at) => at === null ? '' : (tops[i][at] - (i > 0 ? tops[i - 1][at] : 0)).toFixed(2),
    })));
  const width = Math.max(280, Math.min(element.clientWidth || 800, 1400));
  const step = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(width / 70))));
  const half = (daily ? 86400 : 86400 * 30) * 0.6;
  return new uPlot({
    width,
    height: 300,
    series,
    // half a period of room on each side, from the data itself (uPlot's own range is lost with a single period)
    scales: {x: {time: false, range: () => [xs[0] - half, xs[xs.length - 1] + half]}},
    // a tick per period, a label on as many as fit
    axes: [{splits: () => xs, values: (u, ticks) => ticks.map((t, i) => i % step === 0
      ? new Date(t * 1000).toISOString().slice(daily ? 5 : 0, daily ? 10 : 7) : '')},
      {size: 80, values: (u, ticks) => ticks.map(t => t.toLocaleString('en-US'))}],
  }, [xs].concat(order.map(i => tops[i])), element);
}
