// Vote tallies: "ruled 5-2", "passed the bill 61-38", "a 52-48 vote", "voted 7 to 2". The majority is the value and
// both sides are kept, so two sources giving 5-2 and 4-3 for one ruling can be compared.
import { candidate } from './candidate.ts';
import type { NumAt, Parser } from './parsers.ts';
import { type Token, touches } from './tokens.ts';

/** Words before a tally (within a few words of its clause) that make a pair of numbers a vote. */
const VOTE_LEAD =
  /^(?:voted|vote|votes|voting|ruled|ruling|passed|approved|rejected|confirmed|adopted|defeated|upheld|overturned|struck|acquitted|convicted|sided|siding|sides|split|splitting|decided|cleared|tally|tallies|margin)$/;
/** Words right after a tally that make it a vote: "a 52-48 vote", "by a 5-2 decision". */
const VOTE_AFTER = /^(?:vote|votes|decision|ruling|majority|margin|verdict|split|tally|tallies)$/;
const DASH = /^[-–—]$/;
/** How far back a lead verb may stand: "passed the spending bill 61-38". */
const LEAD_REACH = 5;

function voteContext(toks: Token[], lowers: string[], first: number, after: number): boolean {
  if (VOTE_AFTER.test(lowers[after] ?? '')) return true;
  for (let j = first - 1; j >= 0 && j >= first - LEAD_REACH; j--) {
    const t = toks[j] as Token;
    if (t.kind !== 'word') return false;
    if (VOTE_LEAD.test(t.lower)) return true;
  }
  return false;
}

/** "2024-25": a season or fiscal year, never a tally. */
const yearPair = (a: number, b: number): boolean => a >= 1800 && a <= 2100 && b === (a + 1) % 100;

/** Step of the size scale: votes of one body differ in total only by absences, within a few percent. */
const STEP = Math.log(1.15);
/** Keys naming the size of the voting body, on two offset grids so two totals within about 7% share one:
 *  5-2 and 4-3 (seven judges) meet, the Senate's 85-11 and the House's 366-34 do not. */
function sizeKeys(total: number): string[] {
  const b = Math.log(Math.max(1, total)) / STEP;
  return [`tally~${Math.floor(b)}`, `tally~${Math.floor(b + 0.5)}h`];
}

export const tally: Parser = (toks, lowers, i, num: NumAt) => {
  const a = num(i);
  if (!a || a.ordinal || a.low !== undefined || !Number.isInteger(a.value)) return null;
  const sep = i + a.length;
  const s = lowers[sep];
  const dash =
    s !== undefined && DASH.test(s) && touches(toks[sep - 1], toks[sep]) && touches(toks[sep], toks[sep + 1]);
  if (!dash && s !== 'to') return null;
  const b = num(sep + 1);
  if (!b || b.ordinal || b.low !== undefined || !Number.isInteger(b.value) || b.length !== 1) return null;
  // A tally gives the winning side first; "20-30" is a range, and a chamber has fewer than a few thousand votes.
  if (b.value > a.value || a.value > 5000 || yearPair(a.value, b.value)) return null;
  const last = sep + b.length;
  if (!voteContext(toks, lowers, i, last + 1)) return null;
  const c = candidate(i, last, a.value, 'tally', 'votes', { ordinal: false, words: a.words }, [
    a.value,
    b.value,
  ]);
  c.about = 'vote';
  c.keys = ['vote', ...sizeKeys(a.value + b.value)];
  return c;
};
