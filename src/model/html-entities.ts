// The few character references that survive parsing (double-escaped attributes, feed text, tag-stripped
// fragments): one decoder for every stage that meets them.

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
// Keys come only from the pattern above, never from the text at large.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes numeric references and the five XML names plus nbsp; a code point out of range stays as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeCodePoint(Number.parseInt(k.slice(2), 16), m);
    if (k.startsWith('#')) return safeCodePoint(Number.parseInt(k.slice(1), 10), m);
    return NAMED[k] ?? m;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}
