// Runs the cross-source stages (resolve → align → assess → brief) over synthetic articles.
import { align } from '../../src/align/index.ts';
import { assess } from '../../src/assess/index.ts';
import { brief } from '../../src/brief/index.ts';
import { makeContext } from '../../src/context.ts';
import type { Briefing } from '../../src/model/briefing.ts';
import type { Issue } from '../../src/model/issue.ts';
import type { Extracted } from '../../src/model/mention.ts';
import { resolve } from '../../src/resolve/index.ts';

export function briefSynthetic(articles: Extracted[]): { briefing: Briefing; issues: Issue[] } {
  const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });
  const r = resolve(articles, ctx);
  const a = align(r.value, ctx);
  const s = assess(a.value, ctx);
  const b = brief(s.value, { id: 'story', title: 'Story' }, ctx);
  return { briefing: b.value, issues: [...r.issues, ...a.issues, ...s.issues, ...b.issues] };
}
