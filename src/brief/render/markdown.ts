import type { Briefing } from '../../model/briefing.ts';
import { codeSpan, printable } from './terminal.ts';
import { buildView, type Row, shorten } from './view.ts';

// Markdown escapes only what would change the structure: table pipes, and emphasis or link characters.
const esc = (s: string): string =>
  printable(s)
    .replace(/([\\`*_[\]|<>])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
const cite = (r: Row): string => (r.refs.length ? ` [${esc(r.refs.join(', '))}]` : '');

export function renderMarkdown(b: Briefing): string {
  const v = buildView(b);
  const out: string[] = [`# ${esc(v.title)}`, ''];
  out.push(v.countLine.join(' · '), '');
  const section = (title: string, lines: string[]): void => {
    if (!lines.length) return;
    out.push(`## ${title}`, '', ...lines, '');
  };
  section(
    'Summary',
    v.summary.map((s) => `- ${esc(s.text)}${cite(s)}`),
  );
  section(
    'Key facts at a glance',
    v.keyFacts.map(
      (f) =>
        `- **${f.kind}**: ${esc(f.text)}${cite(f)} (${f.refs.length} source${f.refs.length === 1 ? '' : 's'})`,
    ),
  );
  section(
    'Disputes',
    v.disputes.flatMap((d) => [
      `### ${esc(d.about)}${d.kind ? ` (${d.kind})` : ''}`,
      '',
      ...d.sides.map((s) => `- **${esc(s.text)}**${cite(s)}${s.detail ? ` — ${esc(s.detail)}` : ''}`),
      ...(d.note ? ['', `_Likely reason:_ ${esc(d.note)}`] : []),
      '',
    ]),
  );
  section(
    'Timeline',
    v.timeline.map(
      (t) =>
        `- **${t.implied ? `≈ ${esc(t.date)}** (implied)` : `${esc(t.date)}**`} ${esc(t.text)}${cite(t)} — ${esc(t.evidence.join('; '))}`,
    ),
  );
  section(
    'Actors and roles',
    v.actors.map(
      (a) =>
        `- **${esc(a.text)}** (${a.type})${a.roles.length ? `: ${esc(a.roles.join('; '))}` : ''}${cite(a)}` +
        (a.detail ? ` — ${esc(a.detail)}` : ''),
    ),
  );
  section(
    'Quotes',
    v.quotes.map((q) => `- ${esc(q.speaker)}: “${esc(q.text)}”${cite(q)}`),
  );
  section(
    'Single-source claims',
    v.singleSource.map((s) => `- ${esc(s.text)}${cite(s)}`),
  );
  if (v.coverage.length) {
    const head = `| Finding | Status | ${v.sources.map((s) => s.label).join(' | ')} |`;
    const rule = `|---|---|${v.sources.map(() => ':-:').join('|')}|`;
    const rows = v.coverage.map(
      (r) =>
        `| ${esc(shorten(r.claim, 90))} | ${r.status} | ${r.marks.map((m) => (m ? '●' : ' ')).join(' | ')} |`,
    );
    section('Coverage', [head, rule, ...rows]);
  }
  section(
    'Sources',
    v.sources.flatMap((s) => [
      `### ${esc(s.label)} — ${esc(s.title)}`,
      '',
      `- id: ${codeSpan(s.id)}${s.outlet ? ` · outlet: ${esc(s.outlet)}` : ''} · published: ${esc(s.published ?? 'unknown')} (${s.basis})`,
      ...(s.sameSourceAs.length ? [`- counted as one source with ${esc(s.sameSourceAs.join(', '))}`] : []),
      ...s.flags.map((f) => `- ⚑ **${f.kind}**: ${esc(f.evidence)}`),
      '',
    ]),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
