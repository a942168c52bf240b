// Display forms for the briefing: roles read as titles ("President of Mexico"), whatever case they were stored in.
const SMALL = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'on', 'to', 'a', 'an', 'de', 'del', 'la']);
const ACRONYM = /^(us|uk|un|eu|ceo|cia|fbi|nato|who|imf|ngo|usa|uae)$/;
// "f.b.i.", "u.s.": letters each followed by a full stop are an initialism, whichever they are.
const INITIALISM = /^(?:\p{L}\.){2,}$/u;

export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => {
      if (ACRONYM.test(w) || INITIALISM.test(w)) return w.toUpperCase();
      if (i > 0 && SMALL.has(w)) return w;
      return w[0]!.toUpperCase() + w.slice(1);
    })
    .join(' ');
}

export function byString<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
