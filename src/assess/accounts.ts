// Account disputes: sources telling the same event with and without casualties ("killed 12" vs "no casualties").

import { MONTHS, WEEKDAYS } from '../lang/en/calendar.ts';
import { CASUALTY_WORDS, DEATH_CAUSES, DENIED_CASUALTY_WORDS } from '../lang/en/casualties.ts';
import { DESTROYED, INTACT } from '../lang/en/damage.ts';
import { keysOf } from '../lang/en/keys.ts';
import { NOBODY } from '../lang/en/negation.ts';
import { capitalised, oneOf } from '../lang/pattern.ts';
import type { ClaimGroup, Dispute, SpanEvidence } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

const NONE = new RegExp(
  `\\b((?:${NOBODY}|no (?:civilian|other)|no)\\s+(?:(?:was|were|has been|have been|had been)\\s+)?(?:${oneOf(DENIED_CASUALTY_WORDS)})|no (?:civilian )?casualties|without (?:any )?casualties|(?:${NOBODY}) died|no fatalities)\\b`,
  'i',
);
const SOME = new RegExp(`\\b(${oneOf(CASUALTY_WORDS)})\\b`, 'i');
/** "no casualties in Port X": the place an account of no casualties is about (capitalised words after in/at/near). */
const PLACE_AFTER = /\b[Ii]n|\b[Aa]t|\b[Nn]ear/g;
const CAPS = /^\s+((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+){0,2})/u;
const NOT_PLACE = new RegExp(
  `^(?:${oneOf(capitalised([...MONTHS, ...WEEKDAYS]))}|The|This|That|Least|First|Last)\\b`,
);

/** Words saying a sentence tells of another event of a series than the story's main one. */
const OTHER_EVENT =
  /\b(?:aftershocks?|another|second|third|separate|earlier|previous|new|latest|subsequent|follow-up|last (?:year|month|week))\b/i;

/** What a sentence says of casualties: none, some, or nothing usable ("an aftershock hurt no one"). */
function account(text: string): 'none' | 'some' | null {
  if (NONE.test(text)) {
    // "No one died at first, but 3 died in hospital" reports deaths; an aftershock is another event.
    if (SOME.test(text.replace(NONE, ' '))) return 'some';
    return OTHER_EVENT.test(text) ? null : 'none';
  }
  return SOME.test(text) ? 'some' : null;
}

interface Told {
  doc: string;
  text: string;
  ev: SpanEvidence;
}

function placesIn(text: string): string[] {
  const out: string[] = [];
  PLACE_AFTER.lastIndex = 0;
  for (let m = PLACE_AFTER.exec(text); m; m = PLACE_AFTER.exec(text)) {
    const c = CAPS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (c && !NOT_PLACE.test(c[1]!)) out.push(c[1]!);
  }
  return out;
}

const namesWhole = (text: string, name: string): boolean => {
  const i = text.indexOf(name);
  return i >= 0 && !/[\p{L}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[i + name.length] ?? ' ');
};

/**
 * Accounts too differently worded to share a claim group: "no casualties in X" in one source against deaths or
 * injuries in X in another. Casualty sentences are indexed by place word, so the cost stays linear.
 */
function placeAccounts(
  groups: ClaimGroup[],
  docs: Map<string, DocInfo>,
  done: Set<string>,
): Omit<Dispute, 'id'>[] {
  const none: Told[] = [];
  const some: Told[] = [];
  for (const g of groups)
    for (const m of g.members) {
      const d = docs.get(m.doc);
      if (!d || NOT_NEWS.has(d.kindAt(m.c.span.start)) || done.has(`${m.doc}@${m.c.span.start}`)) continue;
      const told = { doc: m.doc, text: m.c.text, ev: sentenceEvidence(d, m.c.span) };
      const says = account(m.c.text);
      if (says === 'none') none.push(told);
      else if (says === 'some') some.push(told);
    }
  const byWord = new Map<string, Told[]>();
  for (const t of some)
    for (const w of new Set(t.text.match(/\b[A-Z][\p{L}'-]+/gu) ?? [])) pushTo(byWord, w, t);
  const out: Omit<Dispute, 'id'>[] = [];
  for (const n of none)
    for (const place of placesIn(n.text)) {
      const hits = (byWord.get(place.split(/\s+/)[0]!) ?? []).filter(
        (t) => t.doc !== n.doc && namesWhole(t.text, place),
      );
      if (!hits.length) continue;
      out.push({
        kind: 'account',
        about: `casualties in ${place}`,
        sides: [
          {
            value: 'casualties reported',
            docs: [...new Set(hits.map((h) => h.doc))],
            evidence: hits.map((h) => h.ev),
          },
          { value: 'no casualties', docs: [n.doc], evidence: [n.ev] },
        ],
        note: `one account reports casualties in ${place}, another says there were none`,
      });
      break;
    }
  return out;
}

/** Words that name no thing that stands: the damage words themselves and the event's own words. */
const NOT_A_THING = new Set([
  'fire',
  'blaze',
  'flame',
  'damag',
  'smoke',
  'water',
  'crew',
  'much',
  'larg',
  'main',
  'part',
  'section',
  'left',
  'largely',
  'only',
]);

/**
 * Damage accounts: one source says the thing was destroyed, another that it stands intact. The sentences must
 * share the thing's noun ("store", "bridge"), and the two sides come from different articles.
 */
function damageAccounts(groups: ClaimGroup[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  const destroyed: (Told & { keys: Set<string> })[] = [];
  const intact: (Told & { keys: Set<string> })[] = [];
  for (const g of groups)
    for (const m of g.members) {
      const d = docs.get(m.doc);
      if (!d || NOT_NEWS.has(d.kindAt(m.c.span.start))) continue;
      const gone = DESTROYED.test(m.c.text);
      const stands = INTACT.test(m.c.text);
      if (gone === stands) continue;
      // Things are common nouns: names of places and owners are left out ("Port Sael" names where, not what).
      const lower = m.c.text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ');
      const keys = new Set(keysOf(lower).filter((k) => !NOT_A_THING.has(k)));
      const told = { doc: m.doc, text: m.c.text, ev: sentenceEvidence(d, m.c.span), keys };
      (gone ? destroyed : intact).push(told);
    }
  if (!destroyed.length || !intact.length) return [];
  // The things both sides speak of: nouns shared by a destroyed and an intact account from different articles.
  const things = new Map<string, number>();
  for (const a of destroyed)
    for (const b of intact)
      if (a.doc !== b.doc) for (const k of a.keys) if (b.keys.has(k)) things.set(k, (things.get(k) ?? 0) + 1);
  const thing = [...things.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  if (!thing) return [];
  const gone = destroyed.filter((t) => t.keys.has(thing) || destroyed.length === 1);
  const stands = intact.filter((t) => t.keys.has(thing) || intact.length === 1);
  const side = (ts: Told[], value: string) => ({
    value,
    docs: [...new Set(ts.map((t) => t.doc))],
    evidence: ts.map((t) => t.ev),
  });
  return [
    {
      kind: 'account',
      about: `extent of the damage (${thing})`,
      sides: [side(gone, 'destroyed'), side(stands, 'intact or lightly damaged')],
      note: 'one account says it was destroyed, another that it still stands',
    },
  ];
}

/** The causes of death a sentence gives. */
const causesIn = (text: string): string[] =>
  Object.entries(DEATH_CAUSES)
    .filter(([, re]) => re.test(text))
    .map(([cause]) => cause);

/**
 * How the dead died: sources giving two causes ("died of burns" / "died of smoke inhalation") tell the deaths two ways. A story
 * naming more than two causes, or one article giving both, has several victims dying differently: no dispute.
 */
function deathAccounts(groups: ClaimGroup[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  const byCause = new Map<string, Told[]>();
  const causesOfDoc = new Map<string, Set<string>>();
  for (const g of groups)
    for (const m of g.members) {
      const d = docs.get(m.doc);
      if (!d || NOT_NEWS.has(d.kindAt(m.c.span.start))) continue;
      for (const cause of causesIn(m.c.text)) {
        const told = { doc: m.doc, text: m.c.text, ev: sentenceEvidence(d, m.c.span) };
        pushTo(byCause, cause, told);
        causesOfDoc.set(m.doc, (causesOfDoc.get(m.doc) ?? new Set()).add(cause));
      }
    }
  if (byCause.size !== 2 || [...causesOfDoc.values()].some((c) => c.size > 1)) return [];
  const sides = [...byCause.entries()].map(([cause, told]) => ({
    value: cause,
    docs: [...new Set(told.map((t) => t.doc))],
    evidence: told.map((t) => t.ev),
  }));
  return [
    {
      kind: 'account',
      about: 'how the victims died',
      sides,
      note: `the sources give two causes of death (${sides.map((s) => s.value).join(' / ')}); an early report may have been corrected`,
    },
  ];
}

export function assessAccounts(groups: ClaimGroup[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  const out: Omit<Dispute, 'id'>[] = [];
  const done = new Set<string>();
  for (const g of groups) {
    const none: { doc: string; ev: SpanEvidence }[] = [];
    const some: { doc: string; ev: SpanEvidence }[] = [];
    for (const m of g.members) {
      const d = docs.get(m.doc);
      if (!d || NOT_NEWS.has(d.kindAt(m.c.span.start))) continue;
      const ev = sentenceEvidence(d, m.c.span);
      const says = account(m.c.text);
      if (says === 'none') none.push({ doc: m.doc, ev });
      else if (says === 'some') some.push({ doc: m.doc, ev });
    }
    if (!none.length || !some.length) continue;
    if (
      none.every((n) => some.some((s) => s.doc === n.doc)) &&
      new Set([...none, ...some].map((x) => x.doc)).size < 2
    )
      continue;
    for (const m of g.members) done.add(`${m.doc}@${m.c.span.start}`);
    out.push({
      kind: 'account',
      about: `casualties: ${g.members[0]!.c.text.slice(0, 80)}`,
      sides: [
        {
          value: 'casualties reported',
          docs: [...new Set(some.map((s) => s.doc))],
          evidence: some.map((s) => s.ev),
        },
        {
          value: 'no casualties',
          docs: [...new Set(none.map((s) => s.doc))],
          evidence: none.map((s) => s.ev),
        },
      ],
      note: 'one account reports casualties, another says there were none',
    });
  }
  return [
    ...out,
    ...placeAccounts(groups, docs, done),
    ...damageAccounts(groups, docs),
    ...deathAccounts(groups, docs),
  ];
}
