// A briefing with nothing found in it, for tests that fill in only what they look at.
import type { Briefing } from '../../src/model/briefing.ts';

export function briefDoc(id: string, outlet: string | null = null): Briefing['documents'][number] {
  return {
    id,
    title: `Title ${id}`,
    outlet,
    published: null,
    published_basis: 'unknown',
    text: '',
    flags: [],
  };
}

export function emptyBriefing(over: Partial<Briefing> = {}): Briefing {
  return {
    schema: 'corroborate.briefing/1',
    story: { id: 'story', title: 'Story' },
    documents: [],
    entities: [],
    quantities: [],
    timeline: [],
    quotes: [],
    claims: [],
    disputes: [],
    ...over,
  };
}
