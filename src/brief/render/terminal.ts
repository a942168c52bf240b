// Text from articles reaches terminals and documents: escape sequences in it (OSC 52 writes the clipboard, CSI
// moves the cursor) and line breaks in one-line fields are data, never commands or forged lines.

// CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, and any other two-character escape.
const ESCAPE_SEQUENCE =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.)?/gs;
// C0 controls but tab and newline, DEL, C1 controls (0x9b is CSI to some terminals), bidirectional overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Text safe to print: escape sequences and control characters removed, tabs and newlines kept. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** A one-line field (a file name, a title) safe to print: line breaks shown as \n, so they cannot forge lines. */
export function oneLine(text: string): string {
  return printable(text.replace(LINE_BREAK, '\\n')).replace(/\t/g, ' ');
}

/** Every string in a value made printable: what a terminal renderer draws from. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = printableDeep(v);
    return out as T;
  }
  return value;
}

/** A Markdown code span that holds any text: a fence of more backticks than the longest run inside it. */
export function codeSpan(text: string): string {
  const clean = oneLine(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

// JSON.stringify leaves DEL, C1 controls and line separators raw: written as \u escapes they stay the same data.
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text for stdout: the same value as JSON.stringify's, with no control character a terminal would act on. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
