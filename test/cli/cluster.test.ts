// corroborate cluster end to end: real files in a temp folder, the CLI's main(), nothing stored.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.ts';
import { runCli } from './run.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir, env: {} });

const records = [
  {
    id: 'flood-1',
    published: '2025-05-02',
    text: `The Merrow river burst its banks at Dunsley on Thursday, flooding 300 homes, the Wendale county council said.
Council leader Ophelia Strand said 40 families spent the night in the Dunsley sports hall.`,
  },
  {
    id: 'mine-1',
    published: '2025-05-02',
    text: `Rescuers freed 11 miners trapped for two days in the Korrick colliery, operator Baltham Coal said on Thursday.
Mine manager Ruben Asquith said the tunnel collapse at Korrick was caused by a failed roof bolt.`,
  },
  {
    id: 'flood-2',
    published: '2025-05-03',
    text: `Dunsley residents began clearing mud on Friday after the Merrow flood damaged 300 homes.
Ophelia Strand, who leads Wendale county council, said the Dunsley sports hall would stay open for 40 families.`,
  },
  {
    id: 'mine-2',
    published: '2025-05-03',
    text: `Baltham Coal will inspect every roof bolt at the Korrick colliery after 11 miners were trapped, Ruben Asquith said.
The Korrick miners were reunited with their families on Thursday night.`,
  },
];

const jsonl = join(tmp.dir, 'stream.jsonl');
writeFileSync(jsonl, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

describe('corroborate cluster', () => {
  it('prints one { id, story } line per article in input order, events after, and stores nothing', async () => {
    const before = readdirSync(tmp.dir).sort();
    const r = await cli(['cluster', 'stream.jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const docs = lines.filter((l) => 'id' in l);
    expect(docs.map((d) => d.id)).toEqual(['flood-1', 'mine-1', 'flood-2', 'mine-2']);
    for (const d of docs) expect(Object.keys(d)).toEqual(['id', 'story']);
    const story = new Map(docs.map((d) => [d.id, d.story]));
    expect(story.get('flood-2')).toBe(story.get('flood-1'));
    expect(story.get('mine-2')).toBe(story.get('mine-1'));
    expect(story.get('mine-1')).not.toBe(story.get('flood-1'));
    for (const l of lines.filter((x) => !('id' in x))) expect(['merge', 'split']).toContain(l.event);
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
    expect(existsSync(join(tmp.dir, 'corroborate.db'))).toBe(false);
  });

  it('--format json prints the documents and the events as one object', async () => {
    const r = await cli(['cluster', 'stream.jsonl', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { id: string; story: string }[]; events: unknown[] };
    expect(out.documents).toHaveLength(4);
    expect(Array.isArray(out.events)).toBe(true);
    expect(new Set(out.documents.map((d) => d.story)).size).toBe(2);
  });

  it('inputs are read in the order given: two files make one stream', async () => {
    writeFileSync(join(tmp.dir, 'a.jsonl'), `${JSON.stringify(records[0])}\n`);
    writeFileSync(join(tmp.dir, 'b.jsonl'), `${JSON.stringify(records[2])}\n${JSON.stringify(records[1])}\n`);
    const r = await cli(['cluster', 'b.jsonl', 'a.jsonl']);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => 'id' in l);
    expect(docs.map((d) => d.id)).toEqual(['flood-2', 'mine-1', 'flood-1']);
    expect(docs[0].story).toBe(docs[2].story);
  });

  it('a bad record is rejected with where and why; the others are still clustered', async () => {
    writeFileSync(join(tmp.dir, 'bad.jsonl'), `${JSON.stringify(records[0])}\n{"id": "broken", "text": \n`);
    const r = await cli(['cluster', 'bad.jsonl', 'missing.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl.*2/);
    expect(r.stderr).toMatch(/missing\.txt/);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => 'id' in l);
    expect(docs.map((d) => d.id)).toEqual(['flood-1']);
  });

  it('usage errors exit 2 and name the problem', async () => {
    const none = await cli(['cluster']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/at least one INPUT/);
    const fmt = await cli(['cluster', 'stream.jsonl', '--format', 'md']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/--format must be one of jsonl, json/);
    const tuning = await cli(['cluster', 'stream.jsonl', '--tuning', 'tuned']);
    expect(tuning.code).toBe(2);
    expect(tuning.stderr).toMatch(/--tuning must be one of defaults, dev \(got 'tuned'\)/);
  });

  it('--tuning dev clusters with the dev-chosen weights: the two events stay two stories', async () => {
    const r = await cli(['cluster', 'stream.jsonl', '--tuning', 'dev']);
    expect(r.code).toBe(0);
    const story = new Map(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id?: string; story?: string })
        .filter((o) => o.id)
        .map((o) => [o.id, o.story]),
    );
    expect(story.get('flood-2')).toBe(story.get('flood-1'));
    expect(story.get('mine-2')).toBe(story.get('mine-1'));
    expect(story.get('mine-1')).not.toBe(story.get('flood-1'));
  });

  it('--help describes the command', async () => {
    const r = await cli(['cluster', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: corroborate cluster INPUT/);
  });
});
