// Text normalisation shared by the renderer and the metadata readers.

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapses every run of whitespace (incl. no-break and typographic spaces) to one space; drops invisibles. */
export function squash(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** squash + trim. */
export function clean(s: string | null | undefined): string {
  return s ? squash(s).trim() : '';
}
