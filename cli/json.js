// Where a JSON text stops being JSON, as a line and column a person can find:
// engines say it differently or not at all (Node 20 and WebKit often name no
// position). Plain JavaScript, for the command line and the configurator.

/**
 * Offset of the first character JSON.parse stumbles on (the text's length when it ends too
 * soon): Node 20 names a position for some mistakes only, and a webmaster needs a line.
 * @param {string} text
 * @returns {number | undefined}
 */
function errorOffset(text) {
  let i = 0;
  /** @type {() => never} */
  const fail = () => {
    throw i;
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  };
  /** @param {string} word */
  const literal = (word) => {
    for (const char of word) if (text[i++] !== char) (i--, fail());
  };
  const string = () => {
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      if (char === '"') return i++;
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
  };
  const value = () => {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return i++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return i++;
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!number) fail();
    i += number[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return undefined;
}

/**
 * The line and column (from 1) of the first mistake in `text`, or undefined
 * when it is valid JSON.
 * @param {string} text
 * @returns {{line: number, column: number} | undefined}
 */
export function jsonErrorPosition(text) {
  const offset = errorOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return {line: before.split('\n').length, column: before.length - before.lastIndexOf('\n')};
}
