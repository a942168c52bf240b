// Lemma-ish head words, so "strikes on boats" and "vessels targeted" can meet on a shared key across articles.
import { COUNTED as SYNONYMS } from '../../lang/en/concepts.ts';
import { wordTable } from '../../lang/table.ts';

const IRREGULAR: Record<string, string> = wordTable({
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  lives: 'life',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  data: 'data',
  news: 'news',
  series: 'series',
  species: 'species',
  arms: 'arms',
  police: 'police',
  troops: 'troop',
});

/** Singular of a plural noun, by rule: "strikes" → "strike", "activities" → "activity". */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const irr = IRREGULAR[w];
  if (irr) return irr;
  if (w.length <= 3 || /(?:ss|us|is|ics)$/.test(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** The key for one head word: its singular, mapped to the common word for the same thing. */
export function keyOf(word: string): string {
  const s = singular(word);
  return SYNONYMS[s] ?? SYNONYMS[word.toLowerCase()] ?? s;
}

/** Crude stem for content words of events: "captured", "captures", "capture" → "captur". */
export function stem(word: string): string {
  let w = singular(word);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}
