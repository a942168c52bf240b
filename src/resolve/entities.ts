// One Entity per real person/org/place across articles. Candidates come from shared name tokens (blocking),
// never from comparing every pair of entities.
import { DOC_HEADS } from '../lang/en/bodies.ts';
import type { Entity, EntityRole } from '../model/finding.ts';
import type { DocEntity, EntityType, Extracted } from '../model/mention.ts';
import {
  acronym,
  bareForm,
  bareTokens,
  type NameForm,
  nameForm,
  paperHeadOf,
  sameNamedForm,
  samePerson,
  typesCompatible,
  withoutTitles,
} from './names.ts';

interface Item {
  doc: string;
  e: DocEntity;
  tokens: string[];
  forms: string[];
  named: NameForm[];
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function itemsOf(extracted: Extracted[]): Item[] {
  const out: Item[] = [];
  for (const x of extracted) {
    for (const e of x.entities) {
      const forms = [...new Set([e.name, ...e.aliases].map(bareForm).filter(Boolean))];
      const named = [e.name, ...e.aliases].map(nameForm);
      out.push({ doc: x.seg.doc.id, e, tokens: bareTokens(e.name), forms, named });
    }
  }
  return out;
}

const isPerson = (t: EntityType): boolean => t === 'person';

/** The same name of two words or more, in full: one entity even when articles type it differently. */
const sameFullName = (a: Item, b: Item): boolean =>
  a.forms.some((f) => f.includes(' ') && b.forms.includes(f));

function sameEntity(a: Item, b: Item): boolean {
  if (!typesCompatible(a.e.type, b.e.type)) return sameFullName(a, b);
  if (isPerson(a.e.type) || isPerson(b.e.type)) {
    // Single-token forms are decided later, where an ambiguous surname can be seen as such.
    if (a.tokens.length < 2 || b.tokens.length < 2) return false;
    return samePerson(a.tokens, b.tokens);
  }
  return a.named.some((fa) => b.named.some((fb) => sameNamedForm(fa, fb)));
}

function blockingKeys(it: Item): string[] {
  const keys = new Set<string>();
  for (const f of it.forms) {
    keys.add(`f:${f}`);
    for (const t of f.split(' ')) if (t.length >= 2) keys.add(`t:${t}`);
    const acr = acronym(f);
    if (acr) keys.add(`f:${acr}`);
  }
  // What an organisation's written names may be written as elsewhere: "doj", "department of justice".
  for (const n of it.named)
    for (const k of [n.bare, n.acronym, n.acronymOf, n.inverted]) if (k) keys.add(`f:${k}`);
  return [...keys];
}

/** Blocks up to this size compare every pair; a larger one (a key shared across thousands of similar documents)
 * compares each item with one member of each entity already found in the block, so work stays near-linear. */
const EXHAUSTIVE_BLOCK = 400;

/** Joins the items sharing a blocking key that name one entity. No set of all pairs is kept: ten thousand similar
 * documents would make hundreds of millions. A pair already joined through others is not compared again. */
function joinCandidates(items: Item[], uf: UnionFind): void {
  const index = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of blockingKeys(it)) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const tryJoin = (a: number, b: number): void => {
    if (uf.find(a) !== uf.find(b) && sameEntity(items[a]!, items[b]!)) uf.union(a, b);
  };
  for (const block of index.values()) {
    if (block.length <= EXHAUSTIVE_BLOCK) {
      for (let x = 0; x < block.length; x++)
        for (let y = x + 1; y < block.length; y++) tryJoin(block[x]!, block[y]!);
      continue;
    }
    const firstOfRoot = new Map<number, number>();
    for (const b of block) {
      for (const a of firstOfRoot.values()) tryJoin(a, b);
      const r = uf.find(b);
      // a key naming this many different entities is a common word, not a name: it stops adding candidates
      if (!firstOfRoot.has(r) && firstOfRoot.size < EXHAUSTIVE_BLOCK) firstOfRoot.set(r, b);
    }
  }
}

/** Family names kept apart elsewhere that a family name is compared with, at most. */
const APART_SAMPLE = 16;

/** Surname-only persons join the one cluster whose names fit; when several fit, shared roles decide, else none. */
function attachSingles(items: Item[], uf: UnionFind): void {
  const byToken = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (!isPerson(it.e.type) || it.tokens.length < 2) return;
    for (const t of it.tokens) {
      const set = byToken.get(t) ?? new Set<number>();
      set.add(i);
      byToken.set(t, set);
    }
  });
  const single = (it: Item): boolean =>
    it.tokens.length === 1 && (isPerson(it.e.type) || it.e.type === 'other');
  // The full names each family name fits, found once per family name.
  const fitting = new Map<number, number[]>();
  items.forEach((it, i) => {
    if (single(it))
      fitting.set(
        i,
        [...(byToken.get(it.tokens[0]!) ?? [])].filter((j) => samePerson(it.tokens, items[j]!.tokens)),
      );
  });
  // A family name its own article kept apart from the full name it also gives (a relative's, or two people's)
  // names someone else: another article's family name may mean that one.
  const apart = new Map<string, number[]>();
  for (const [i, cands] of fitting) {
    const it = items[i]!;
    if (!cands.some((j) => items[j]!.doc === it.doc)) continue;
    const list = apart.get(it.tokens[0]!);
    if (list) list.push(i);
    else apart.set(it.tokens[0]!, [i]);
  }
  items.forEach((it, i) => {
    const fits = fitting.get(i);
    if (!fits) return;
    const cands = [...fits];
    // Its own article named that full name and kept the family name apart from it: no other article undoes that.
    const keptApart = new Set(cands.filter((j) => items[j]!.doc === it.doc).map((j) => uf.find(j)));
    // the first few stand for the rest: they join one another as they are met, so later ones share their root
    let taken = 0;
    for (const j of apart.get(it.tokens[0]!) ?? []) {
      if (j === i || items[j]!.doc === it.doc) continue;
      cands.push(j);
      if (++taken >= APART_SAMPLE) break;
    }
    const roots = [...new Set(cands.map((j) => uf.find(j)))].filter(
      (r) => !keptApart.has(r) && r !== uf.find(i),
    );
    if (roots.length === 1) uf.union(i, roots[0]!);
    else if (roots.length > 1) {
      const mine = new Set(it.e.roles.map((r) => r.normalized));
      const fit = roots.filter((r) =>
        cands.some((j) => uf.find(j) === r && items[j]!.e.roles.some((x) => mine.has(x.normalized))),
      );
      if (fit.length === 1) uf.union(i, fit[0]!);
      else {
        // Otherwise the one the story names far more often (the story's "Smith", not a relative named once).
        const size = (r: number) => items.filter((_, j) => uf.find(j) === r).length;
        const ranked = roots.map((r) => ({ r, n: size(r) })).sort((a, b) => b.n - a.n);
        if (ranked[0]!.n >= 3 * ranked[1]!.n) uf.union(i, ranked[0]!.r);
      }
    }
  });
}

/** A newspaper named by its head alone ("the Times") joins the one paper of the story whose name ends in that head
 *  ("New York Times"); with two such papers ("the Post" of two cities) it joins neither. */
function attachPapers(items: Item[], uf: UnionFind): void {
  const papers = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    const head = it.e.type === 'org' ? paperHeadOf(it.e.name) : '';
    if (!head) return;
    const set = papers.get(head) ?? new Set<number>();
    set.add(uf.find(i));
    papers.set(head, set);
  });
  items.forEach((it, i) => {
    if (it.tokens.length !== 1 || it.e.type !== 'org') return;
    const roots = [...(papers.get(it.tokens[0]!) ?? [])].map((r) => uf.find(r));
    if (new Set(roots).size === 1) uf.union(i, roots[0]!);
  });
}

/** Canonical name: a full name (two words or more) without titles, the one most articles use, then the shortest. */
function pickName(members: Item[]): string {
  const count = new Map<string, Set<string>>();
  for (const m of members) {
    for (const form of [m.e.name, ...m.e.aliases]) {
      // Titles are stripped from people only: "General Motors" keeps its first word.
      const name = m.e.type === 'person' ? withoutTitles(form) : form.trim();
      const set = count.get(name) ?? new Set<string>();
      set.add(m.doc);
      count.set(name, set);
    }
  }
  const words = (s: string): number => s.split(/\s+/).length;
  // A form qualified after a comma ("Alexandria, Va.") names the place less plainly than its own name.
  const qualified = (s: string): number => Number(s.includes(','));
  return [...count.entries()].sort(
    (a, b) =>
      qualified(a[0]) - qualified(b[0]) ||
      Number(words(b[0]) >= 2) - Number(words(a[0]) >= 2) ||
      b[1].size - a[1].size ||
      words(a[0]) - words(b[0]) ||
      (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )[0]![0];
}

/** A name in capitals alone ("HSA"): a finder types it a body for want of other evidence. */
const INITIALISM_ONLY = /^(?:\p{Lu}\.?){2,}$/u;
/** Whether a name is written in capitals alone, dotted or not ("HSA", "H.S.A."). Exported for its CPU guard. */
export const isInitialism = (name: string): boolean => INITIALISM_ONLY.test(name.trim());
const initialismOnly = (m: Item): boolean => m.tokens.length === 1 && isInitialism(m.e.name);
/** A full name whose last word says it is a law, a treaty or a document ("Harbour Safety Act"). */
const documentName = (m: Item): boolean =>
  m.e.type === 'other' && m.tokens.length >= 2 && DOC_HEADS.has(m.tokens.at(-1)!);

function pickType(members: Item[]): EntityType {
  // "the Harbour Safety Act, or HSA": the full name's head word outweighs the guess made of its initialism alone.
  if (members.some(documentName) && members.every((m) => m.e.type !== 'org' || initialismOnly(m)))
    return 'other';
  const count = new Map<EntityType, number>();
  for (const m of members) if (m.e.type !== 'other') count.set(m.e.type, (count.get(m.e.type) ?? 0) + 1);
  // Person is the finders' fallback for an unknown capitalised name; a place or organisation reading had evidence.
  if (count.has('person') && (count.has('place') || count.has('org'))) count.delete('person');
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : 'other';
}

function buildEntity(members: Item[], docOrder: Map<string, number>): Omit<Entity, 'id'> {
  const name = pickName(members);
  const aliases = new Set<string>();
  for (const m of members) for (const f of [m.e.name, ...m.e.aliases]) if (f !== name) aliases.add(f);
  const roles: EntityRole[] = [];
  for (const m of members)
    for (const r of m.e.roles)
      roles.push({ doc: m.doc, text: r.text, normalized: r.normalized, status: r.status, span: r.span });
  const docs = [...new Set(members.map((m) => m.doc))].sort((a, b) => docOrder.get(a)! - docOrder.get(b)!);
  return {
    name,
    type: pickType(members),
    aliases: [...aliases].sort(),
    docs,
    refs: members.map((m) => ({ doc: m.doc, local: m.e.id })),
    roles,
  };
}

export interface EntityResolution {
  entities: Entity[];
  entityOf: Record<string, string>;
}

export function resolveEntities(extracted: Extracted[]): EntityResolution {
  const items = itemsOf(extracted);
  const uf = new UnionFind(items.length);
  // Mentions with the very same forms (a name every article writes alike) are one entity at once, so the blocks
  // below meet one root for a thousand "Ana Ruiz"es.
  const repOf = new Map<string, number>();
  items.forEach((it, i) => {
    if (isPerson(it.e.type) && it.tokens.length < 2) return;
    const key = `${it.e.type}|${[...it.forms].sort().join('|')}`;
    const r = repOf.get(key);
    if (r === undefined) repOf.set(key, i);
    else uf.union(r, i);
  });
  joinCandidates(items, uf);
  attachSingles(items, uf);
  attachPapers(items, uf);
  const clusters = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = uf.find(i);
    const list = clusters.get(r);
    if (list) list.push(it);
    else clusters.set(r, [it]);
  });
  const docOrder = new Map(extracted.map((x, i) => [x.seg.doc.id, i]));
  const built = [...clusters.values()].map((m) => buildEntity(m, docOrder));
  built.sort(
    (a, b) =>
      b.docs.length - a.docs.length ||
      b.refs.length - a.refs.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const entities: Entity[] = built.map((e, i) => ({ id: `E${i + 1}`, ...e }));
  const entityOf: Record<string, string> = Object.create(null); // keys hold document ids, which may be any text
  for (const e of entities) for (const r of e.refs) entityOf[`${r.doc}#${r.local}`] = e.id;
  return { entities, entityOf };
}
