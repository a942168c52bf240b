// Text normalisation shared by the renderer and the metadata readers.

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Collapses every run of whitespace (incl. no-break and typographic spaces) to one space; drops invisibles. */
export function squash(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** squash + trim. */
export function clean(s: string | null | undefined): string {
  return s ? squash(s).trim() : '';
}

/** Decodes the entities a meta attribute may still carry after parsing (double-escaped pages). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeChar(Number.parseInt(k.slice(2), 16), m);
    if (k.startsWith('#')) return safeChar(Number.parseInt(k.slice(1), 10), m);
    return NAMED[k] ?? m;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : fallback;
}
