import type { Briefing } from '../../model/briefing.ts';
import { buildView, type Row, shorten } from './view.ts';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.8em}
a.ref{font-size:.8em;text-decoration:none;background:#eef;border-radius:3px;padding:0 .3em;margin-left:.2em}
.dispute{border-left:4px solid #c33;padding:.2em .8em;margin:.8em 0;background:#fdf5f5}
.note{color:#865;font-style:italic}.flag{display:inline-block;background:#fe9;border-radius:3px;padding:0 .4em;margin:.1em}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em}td.m{text-align:center}
.card{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}
.card pre{white-space:pre-wrap;font:inherit;max-height:24em;overflow:auto;background:#fafafa;padding:.5em}
mark{background:#ffef9f}.muted{color:#777;font-size:.9em}
body{overflow-wrap:anywhere}.wide{overflow-x:auto;max-width:100%}:target{outline:2px solid #f90}`;

interface Span {
  start: number;
  end: number;
  id: string;
}

/** The anchor of one cited span in its source's text: what a citation chip links to. */
export const spanAnchor = (doc: string, start: number, end: number): string => `ev-${doc}-${start}-${end}`;

/**
 * The article text with every evidence span highlighted, so each finding can be read in place. Spans that overlap
 * one already marked still get their anchor (an empty element at their start), so every citation has a target.
 */
function markedText(text: string, spans: Span[]): string {
  const sorted = [...spans]
    .filter((s) => s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Span[] = [];
  const anchors: Span[] = [];
  let reach = 0;
  for (const s of sorted) {
    if (s.start >= reach) {
      marks.push(s);
      reach = s.end;
    } else anchors.push(s);
  }
  const cuts = [
    ...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end]), ...anchors.map((a) => a.start)]),
  ].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    for (const m of marks) if (m.end === at) out += '</mark>';
    for (const m of marks) if (m.start === at) out += `<mark id="${esc(m.id)}">`;
    for (const a of anchors) if (a.start === at) out += `<span id="${esc(a.id)}"></span>`;
    const next = cuts[i + 1];
    if (next !== undefined) out += esc(text.slice(at, next));
  }
  return out;
}

export function renderHtml(b: Briefing): string {
  const v = buildView(b);
  const spansByDoc = new Map<string, Span[]>();
  const anchorOf = (doc: string, start: number, end: number, id = spanAnchor(doc, start, end)): string => {
    const l = spansByDoc.get(doc) ?? [];
    const same = l.find((x) => x.start === start && x.end === end);
    if (same) return same.id;
    l.push({ start, end, id });
    spansByDoc.set(doc, l);
    return id;
  };
  for (const c of b.claims)
    for (const e of c.evidence) anchorOf(e.doc, e.start, e.end, `ev-${c.id}-${e.doc}`);
  // A chip goes to the cited sentence when the row cites one in that source, else to the source's card.
  const refs = (r: Row): string =>
    r.refs
      .map((l) => {
        const cite = r.cites?.find((x) => x.label === l && x.start !== null && x.end !== null);
        const href = cite ? `#${anchorOf(cite.doc, cite.start!, cite.end!)}` : `#src-${l}`;
        return `<a class="ref" href="${esc(href)}">${l}</a>`;
      })
      .join('');
  const list = (rows: string[]): string =>
    rows.length ? `<ul>${rows.map((r) => `<li>${r}</li>`).join('')}</ul>` : '';
  const section = (title: string, body: string): string => (body ? `<h2>${esc(title)}</h2>${body}` : '');
  // Sources come last: every chip above has registered its anchor by the time the texts are marked.
  const parts = [
    `<h1>${esc(v.title)}</h1>`,
    `<p class="muted">${esc(v.countLine.join(' · '))}</p>`,
    section('Summary', list(v.summary.map((s) => esc(s.text) + refs(s)))),
    section(
      'Key facts at a glance',
      list(v.keyFacts.map((f) => `<b>${esc(f.kind)}</b>: ${esc(f.text)}${refs(f)}`)),
    ),
    section(
      'Disputes',
      v.disputes
        .map(
          (d) =>
            `<div class="dispute"><b>${esc(d.about)}</b>${d.kind ? ` <span class="muted">(${esc(d.kind)})</span>` : ''}` +
            list(
              d.sides.map((s) => `<b>${esc(s.text)}</b>${refs(s)}${s.detail ? ` — ${esc(s.detail)}` : ''}`),
            ) +
            (d.note ? `<p class="note">Likely reason: ${esc(d.note)}</p>` : '') +
            '</div>',
        )
        .join(''),
    ),
    section(
      'Timeline',
      list(
        v.timeline.map(
          (t) =>
            `<b>${t.implied ? `≈ ${esc(t.date)}</b> <span class="muted">(implied)</span>` : `${esc(t.date)}</b>`} ${esc(t.text)}${refs(t)} <span class="muted">${esc(t.evidence.join('; '))}</span>`,
        ),
      ),
    ),
    section(
      'Actors and roles',
      list(
        v.actors.map(
          (a) =>
            `<b>${esc(a.text)}</b> <span class="muted">${a.type}</span>${a.roles.length ? `: ${esc(a.roles.join('; '))}` : ''}${refs(a)}`,
        ),
      ),
    ),
    section('Quotes', list(v.quotes.map((q) => `${esc(q.speaker)}: “${esc(q.text)}”${refs(q)}`))),
    section('Single-source claims', list(v.singleSource.map((s) => esc(s.text) + refs(s)))),
    section(
      'Coverage',
      v.coverage.length
        ? `<div class="wide"><table><tr><th>Finding</th><th>Status</th>${v.sources.map((s) => `<th>${s.label}</th>`).join('')}</tr>` +
            v.coverage
              .map(
                (r) =>
                  `<tr><td>${esc(shorten(r.claim, 110))}</td><td>${esc(r.status)}</td>` +
                  r.marks.map((m) => `<td class="m">${m ? '●' : ''}</td>`).join('') +
                  '</tr>',
              )
              .join('') +
            '</table></div>'
        : '',
    ),
    section(
      'Sources',
      v.sources
        .map((s) => {
          const doc = b.documents.find((d) => d.id === s.id);
          return (
            `<div class="card" id="src-${s.label}"><h3>${s.label} — ${esc(s.title)}</h3>` +
            `<p class="muted">${esc(s.id)}${s.outlet ? ` · ${esc(s.outlet)}` : ''} · published ${esc(s.published ?? 'unknown')} (${esc(s.basis)})` +
            `${s.sameSourceAs.length ? ` · one source with ${esc(s.sameSourceAs.join(', '))}` : ''}</p>` +
            s.flags.map((f) => `<span class="flag">${esc(f.kind)}</span> ${esc(f.evidence)}<br>`).join('') +
            `<details><summary>Text with evidence marked</summary><pre>${markedText(doc?.text ?? '', spansByDoc.get(s.id) ?? [])}</pre></details></div>`
          );
        })
        .join(''),
    ),
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(v.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
