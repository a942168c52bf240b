// Where a JSON text breaks, as line and column: Node's JSON.parse messages do not always give a position.

export interface JsonErrorAt {
  offset: number;
  line: number;
  column: number;
  message: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Index just past the string starting at `i` (a '"'), or -1 when it never closes or holds a raw control char. */
function skipString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) j++;
    else if (c < 0x20) return -1;
  }
  return -1;
}

function scanValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  for (const re of [NUMBER, LITERAL]) {
    re.lastIndex = i;
    if (re.test(s)) return re.lastIndex;
  }
  return -1;
}

function lineColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = s.indexOf('\n'); j !== -1 && j < offset; j = s.indexOf('\n', j + 1)) {
    line++;
    lineStart = j + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the first syntax error in `s` (an iterative scan: deep nesting cannot overflow the stack). */
export function jsonErrorOffset(s: string): { offset: number; expected: string } | null {
  const stack: ('{' | '[')[] = [];
  // states: value (a value is due), key (a key or '}'), colon, after (',' or a closer or the end)
  let state: 'value' | 'key' | 'firstKey' | 'firstValue' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < s.length && WS.has(s[i]!)) i++;
    const c = s[i];
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (!top) return c === undefined ? null : { offset: i, expected: 'the end of the data' };
      if (c === ',') {
        state = top === '{' ? 'key' : 'value';
        i++;
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return { offset: i, expected: `',' or '${top === '{' ? '}' : ']'}'` };
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        stack.pop();
        state = 'after';
        i++;
      } else if (c === '"') {
        const end = skipString(s, i);
        if (end === -1) return { offset: i, expected: 'a closed string' };
        i = end;
        state = 'colon';
      } else return { offset: i, expected: 'a quoted key' };
    } else if (state === 'colon') {
      if (c !== ':') return { offset: i, expected: "':'" };
      i++;
      state = 'value';
    } else {
      if (state === 'firstValue' && c === ']') {
        stack.pop();
        state = 'after';
        i++;
      } else if (c === '{' || c === '[') {
        stack.push(c);
        state = c === '{' ? 'firstKey' : 'firstValue';
        i++;
      } else {
        const end = c === undefined ? -1 : scanValue(s, i);
        if (end === -1) return { offset: i, expected: 'a value' };
        i = end;
        state = 'after';
      }
    }
  }
}

/** Describe why `s` is not JSON, with line and column; null when it is valid. */
export function describeJsonError(s: string): JsonErrorAt | null {
  const found = jsonErrorOffset(s);
  if (!found) return null;
  const { line, column } = lineColumn(s, found.offset);
  const got = found.offset >= s.length ? 'the end' : JSON.stringify(s.slice(found.offset, found.offset + 12));
  return {
    offset: found.offset,
    line,
    column,
    message: `expected ${found.expected} at line ${line}, column ${column}, found ${got}`,
  };
}
