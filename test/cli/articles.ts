// Small invented articles for CLI tests (never real article text), each distinct so each has its own hash.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const towns = [
  'Port Hallow',
  'Brenmoor',
  'Lake Tavish',
  'Quillby',
  'East Marrow',
  'Sandvik Bay',
  'Orrin Falls',
];

export function article(n: number): string {
  const town = towns[n % towns.length]!;
  return `Storm closes ${town} ferry terminal for day ${n}

${town} harbour officials closed the ferry terminal on Tuesday after a storm damaged ${n + 3} moorings, the port authority said in a statement.

"We will reopen once the divers have checked every pier," harbour master Edda Vollan told reporters. About ${n * 10 + 40} passengers were moved to buses, according to the operator.

The council said repairs would cost at least ${n + 2} million crowns and take ${(n % 5) + 2} weeks. Article number ${n}.
`;
}

/** Writes `count` articles as article-000.txt … into dir and returns their paths. */
export function writeArticles(dir: string, count: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = from; i < from + count; i++) {
    const p = join(dir, `article-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(p, article(i));
    paths.push(p);
  }
  return paths;
}
