// The API's OpenAPI 3.1 description, generated from the same zod schemas the handlers parse with, so the
// document cannot drift from what the server accepts. JSON Schema 2020-12 is OpenAPI 3.1's schema dialect.
import { z } from 'zod';
import { InputRecordSchema } from '../../model/document.ts';
import {
  AddDocumentsJsonSchema,
  AddDocumentsResultSchema,
  CreateStorySchema,
  DocSummarySchema,
  HealthSchema,
  JobSchema,
  ProblemSchema,
  StorySchema,
} from './schemas.ts';

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: Json): Json => ({ 'application/json': { schema } });
const ok = (description: string, schema: Json): Json => ({ description, content: jsonContent(schema) });
const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const storyId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: "the story's title",
};
const common = { '401': problem('token missing or wrong'), '403': problem('host or origin refused') };

let cached: Json | undefined;

export function openApiDocument(version: string): Json {
  cached ??= build(version);
  return cached;
}

function build(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version,
      description: 'Cross-checked briefings of news stories. Errors are RFC 9457 problem documents.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Story: schemaOf(StorySchema, 'output'),
        CreateStory: schemaOf(CreateStorySchema, 'input'),
        InputRecord: schemaOf(InputRecordSchema, 'input'),
        AddDocuments: schemaOf(AddDocumentsJsonSchema, 'input'),
        AddDocumentsResult: schemaOf(AddDocumentsResultSchema, 'output'),
        DocSummary: schemaOf(DocSummarySchema, 'output'),
        Job: schemaOf(JobSchema, 'output'),
        Health: schemaOf(HealthSchema, 'output'),
        Problem: schemaOf(ProblemSchema, 'output'),
      },
    },
    security: [{ bearer: [] }, {}],
    paths: {
      '/api/health': {
        get: { summary: 'liveness', security: [], responses: { '200': ok('up', ref('Health')) } },
      },
      '/api/stories': {
        get: {
          summary: 'every story',
          responses: { '200': ok('stories', { type: 'array', items: ref('Story') }), ...common },
        },
        post: {
          summary: 'create a story',
          requestBody: { required: true, content: jsonContent(ref('CreateStory')) },
          responses: {
            '201': ok('created', ref('Story')),
            '400': problem('bad JSON or fields'),
            '409': problem('title taken'),
            '413': problem('body too large'),
            '415': problem('not JSON'),
            ...common,
          },
        },
      },
      '/api/stories/{id}': {
        parameters: [storyId],
        get: {
          summary: 'one story',
          responses: { '200': ok('the story', ref('Story')), '404': problem('unknown story'), ...common },
        },
        delete: {
          summary: 'delete a story and its documents',
          responses: { '204': { description: 'deleted' }, '404': problem('unknown story'), ...common },
        },
      },
      '/api/stories/{id}/documents': {
        parameters: [storyId],
        get: {
          summary: "the story's documents",
          responses: {
            '200': ok('documents', { type: 'array', items: ref('DocSummary') }),
            '404': problem('unknown story'),
          },
        },
        post: {
          summary:
            'add articles: input records, URLs or feeds (JSON), or files, pasted text and URLs (multipart)',
          parameters: [{ name: 'Prefer', in: 'header', schema: { type: 'string', enum: ['respond-async'] } }],
          requestBody: {
            required: true,
            content: {
              ...jsonContent(ref('AddDocuments')),
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'array',
                      items: { type: 'string', contentMediaType: 'application/octet-stream' },
                    },
                    text: { type: 'string' },
                    title: { type: 'string' },
                    urls: { type: 'string', description: 'one URL a line' },
                  },
                },
              },
            },
          },
          responses: {
            '200': ok(
              'every input: stored, duplicate or rejected with its reason',
              ref('AddDocumentsResult'),
            ),
            '202': ok('accepted as a job: poll its links.self', ref('Job')),
            '400': problem('bad JSON or fields'),
            '404': problem('unknown story'),
            '413': problem('body too large'),
            '415': problem('neither JSON nor multipart'),
            ...common,
          },
        },
      },
      '/api/stories/{id}/briefing': {
        parameters: [storyId],
        get: {
          summary: 'the briefing (contract corroborate.briefing/1), cached until the story changes',
          parameters: [
            {
              name: 'format',
              in: 'query',
              schema: { type: 'string', enum: ['json', 'md', 'html', 'text'], default: 'json' },
            },
            { name: 'download', in: 'query', schema: { type: 'string', enum: ['0', '1'] } },
          ],
          responses: {
            '200': {
              description: 'the briefing',
              content: {
                'application/json': { schema: { type: 'object' } },
                'text/markdown': { schema: { type: 'string' } },
                'text/html': { schema: { type: 'string' } },
                'text/plain': { schema: { type: 'string' } },
              },
            },
            '202': ok('a large story: made as a job', ref('Job')),
            '304': { description: 'unchanged since the ETag given' },
            '400': problem('bad query'),
            '404': problem('unknown story'),
            '503': problem('too many briefings at once'),
            ...common,
          },
        },
      },
      '/api/documents/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'one document: cleaned text, metadata, flags and findings with spans',
          parameters: [{ name: 'story', in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': ok('the document', { type: 'object' }),
            '404': problem('unknown'),
            '409': problem('in several stories'),
            ...common,
          },
        },
      },
      '/api/jobs/{id}/events': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: "a job's progress as server-sent events: progress…, then done or failed (data: the job)",
          responses: {
            '200': {
              description: 'event stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            '404': problem('unknown job'),
          },
        },
      },
      '/api/jobs/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'a job',
          responses: { '200': ok('the job', ref('Job')), '404': problem('unknown job') },
        },
      },
    },
  };
}
