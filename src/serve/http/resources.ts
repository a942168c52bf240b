// Stories and documents as the API names and shows them; a missing one is a 404 naming what was asked for.
import { extractDoc } from '../../pipeline.ts';
import type { StoredDocument, StoryRecord } from '../../store/index.ts';
import { cleanRecord } from '../commands/clean.ts';
import type { Deps } from './app.ts';
import { Problem } from './problem.ts';
import { parse } from './request.ts';
import { StoryIdSchema, type StoryOut } from './schemas.ts';

export const storyPath = (name: string): string => `/api/stories/${encodeURIComponent(name)}`;

export async function storyOr404(deps: Deps, raw: string): Promise<StoryRecord> {
  const name = parse(StoryIdSchema, raw, 'path');
  const story = await deps.store.getStory(name);
  if (!story)
    throw new Problem(404, 'not-found', `no story '${name}'`, 'path', [
      { field: 'id', message: 'unknown story' },
    ]);
  return story;
}

export async function storyOut(deps: Deps, s: StoryRecord): Promise<StoryOut> {
  const { version, documents } = await deps.briefings.versionOf(s);
  const made = deps.briefings.peek(s, version);
  const self = storyPath(s.name);
  return {
    id: s.name,
    title: s.name,
    documents,
    created_at: s.createdAt,
    disputes: made ? made.briefing.disputes.length : null,
    corroborated: made ? made.briefing.claims.filter((c) => c.status === 'corroborated').length : null,
    links: {
      self,
      briefing: `${self}/briefing`,
      documents: `${self}/documents`,
      page: `/stories/${encodeURIComponent(s.name)}`,
    },
  };
}

export /** One stored document as the API shows it: the cleaned record, where it came from, and what it says, with spans. */
function docOut(s: StoredDocument, deps: Deps) {
  const { seg, ...found } = extractDoc(s.doc, deps.ctx()).value;
  return {
    story: s.story,
    ...cleanRecord(s.doc),
    source: s.doc.source,
    stored_at: s.storedAt,
    findings: { sections: seg.sections, sentences: seg.sentences, ...found },
  };
}

export async function findDocument(
  deps: Deps,
  id: string,
  storyName: string | undefined,
): Promise<StoredDocument> {
  let found: StoredDocument[];
  if (storyName !== undefined) {
    const story = await storyOr404(deps, storyName);
    const one = await deps.store.getDocument(story, id);
    found = one ? [one] : [];
  } else found = await deps.store.findDocuments(id);
  if (found.length === 0)
    throw new Problem(
      404,
      'not-found',
      `no document '${id}'${storyName ? ` in story '${storyName}'` : ''}`,
      'path',
      [{ field: 'id', message: 'unknown document' }],
    );
  if (found.length > 1)
    throw new Problem(
      409,
      'ambiguous',
      `document '${id}' is in ${found.length} stories (${found.map((f) => f.story).join(', ')}): add ?story=NAME`,
      'query',
      [{ field: 'story', message: 'needed to choose' }],
    );
  return found[0]!;
}
