// Amounts arrive as exact decimal text (see api.js): rounded here to cents, half to even, as the shell's tables do,
// with BigInt arithmetic, never binary floating point.

/** "25756.1772089895" -> "25,756.18"; null -> "". */
export function cents(text) {
  if (text === null || text === undefined || text === '') {
    return '';
  }
  const value = String(text);
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = (fraction + '000').slice(0, 3);
  let hundredths = BigInt(whole || '0') * 100n + BigInt(padded.slice(0, 2));
  const next = Number(padded[2]);
  const rest = fraction.slice(3).replace(/0+$/, '');
  if (next > 5 || (next === 5 && (rest !== '' || hundredths % 2n === 1n))) {
    hundredths += 1n;
  }
  const digits = grouped((hundredths / 100n).toString());
  const result = digits + '.' + (hundredths % 100n).toString().padStart(2, '0');
  return negative && hundredths !== 0n ? '-' + result : result;
}

/** A plain decimal as given, its whole part grouped: "121850.0" -> "121,850.0"; null -> "". */
export function decimal(text) {
  if (text === null || text === undefined || text === '') {
    return '';
  }
  const [whole, fraction] = String(text).split('.');
  return fraction === undefined ? grouped(whole) : grouped(whole) + '.' + fraction;
}

/** A change in percent as given ("12.5") with its sign, or "" for none. */
export function percent(text) {
  if (text === null || text === undefined) {
    return '';
  }
  const value = Number(text);
  return (value > 0 ? '+' : '') + value.toFixed(1) + '%';
}

/** Whole digits with a comma every three: "1234567" -> "1,234,567". */
function grouped(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
