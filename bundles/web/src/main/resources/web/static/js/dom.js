// Small helpers to build the page's elements without innerHTML (no markup is ever made from data).

/** h('button', {type: 'button', onclick: f}, 'Delete') */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/**
 * A table: a caption for screen readers, column headings, rows of cells; a column {align: 'right'} holds figures.
 * @param columns [{title, align}]
 * @param rows [[cell, ...]] where a cell is text or an element
 */
export function table(caption, columns, rows, footer) {
  return h('div', {class: 'table-scroll'},
    h('table', {},
      h('caption', {class: caption.visible ? '' : 'visually-hidden'}, caption.text || caption),
      h('thead', {}, h('tr', {}, columns.map(column =>
        h('th', {scope: 'col', class: column.align === 'right' ? 'num' : ''}, column.title)))),
      h('tbody', {}, rows.map(row => h('tr', {}, row.map((cell, i) =>
        h('td', {class: columns[i].align === 'right' ? 'num' : ''}, cell))))),
      footer ? h('tfoot', {}, h('tr', {}, footer.map((cell, i) =>
        h(i === 0 ? 'th' : 'td', {scope: i === 0 ? 'row' : null, class: columns[i].align === 'right' ? 'num' : ''},
          cell)))) : null));
}

/** Replaces what an element shows. */
export function show(element, ...children) {
  element.replaceChildren(...children.flat().filter(child => child !== null && child !== undefined));
}

/** A message in the page's live region, read out by screen readers; kind 'error' or 'ok'. */
export function say(text, kind = 'ok') {
  const status = document.getElementById('status');
  status.className = 'status ' + kind;
  status.textContent = text;
}

/** A labelled control, as every form here lays them out. */
export function field(id, label, control) {
  return h('div', {class: 'field'}, h('label', {for: id}, label), control);
}

/** Runs a change, shows the view again and says it was done; a refusal is said instead, and nothing is lost. */
export async function act(change, done, reload) {
  try {
    await change();
    await reload();
    say(done);
  } catch (e) {
    say(e.message, 'error');
  }
}
