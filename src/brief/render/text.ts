import type { Briefing } from '../../model/briefing.ts';
import { printableDeep } from './terminal.ts';
import { buildView, type Row, shorten } from './view.ts';

export interface TextOptions {
  color: boolean;
  width?: number;
}

const ANSI = {
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  off: '\x1b[0m',
};

/** Word-wraps one paragraph with a hanging indent, so long evidence stays readable in a terminal. */
function wrap(text: string, width: number, indent: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(/\s+/)) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function renderText(b: Briefing, opts: TextOptions): string {
  // what articles say is drawn, never run: escape sequences in a title or quote are removed before layout
  const v = buildView(printableDeep(b));
  const width = Math.max(40, opts.width ?? 88);
  const paint = (code: keyof typeof ANSI, s: string): string =>
    opts.color ? `${ANSI[code]}${s}${ANSI.off}` : s;
  const cite = (r: Row): string => (r.refs.length ? paint('dim', ` [${r.refs.join(',')}]`) : '');
  const out: string[] = [paint('bold', v.title), '='.repeat(Math.min(width, v.title.length))];
  out.push(wrap(v.countLine.join(', '), width, ''));
  const section = (title: string, lines: string[]): void => {
    if (lines.length) out.push('', paint('cyan', title.toUpperCase()), ...lines);
  };
  const item = (text: string, r: Row): string => wrap(`  • ${text}`, width, '    ') + cite(r);
  section(
    'Summary',
    v.summary.map((s) => item(s.text, s)),
  );
  section(
    'Key facts',
    v.keyFacts.map((f) => item(`${f.kind}: ${f.text}`, f)),
  );
  section(
    'Disputes',
    v.disputes.flatMap((d) => [
      paint('red', wrap(`  ! ${d.about}${d.kind ? ` (${d.kind})` : ''}`, width, '    ')),
      ...d.sides.map(
        (s) => wrap(`      - ${s.text}${s.detail ? `: ${s.detail}` : ''}`, width, '        ') + cite(s),
      ),
      ...(d.note ? [paint('yellow', wrap(`      likely: ${d.note}`, width, '        '))] : []),
    ]),
  );
  section(
    'Timeline',
    v.timeline.map((t) => item(`${t.implied ? `≈ ${t.date} (implied)` : t.date}  ${t.text}`, t)),
  );
  section(
    'Actors',
    v.actors.map((a) => item(`${a.text}${a.roles.length ? ` — ${a.roles.join('; ')}` : ''}`, a)),
  );
  section(
    'Quotes',
    v.quotes.map((q) => item(`${q.speaker}: "${shorten(q.text, 240)}"`, q)),
  );
  section(
    'Single-source claims',
    v.singleSource.map((s) => item(s.text, s)),
  );
  section(
    'Sources',
    v.sources.flatMap((s) => [
      `  ${paint('bold', s.label)} ${wrap(`${s.title}${s.outlet ? ` — ${s.outlet}` : ''} (${s.published ?? 'date unknown'}, ${s.basis})`, width - 5, '     ')}`,
      ...(s.sameSourceAs.length ? [`      one source with ${s.sameSourceAs.join(', ')}`] : []),
      ...s.flags.map((f) => paint('yellow', wrap(`      ⚑ ${f.kind}: ${f.evidence}`, width, '        '))),
    ]),
  );
  return `${out.join('\n')}\n`;
}
