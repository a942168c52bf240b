// A real SQLite file in a temp folder, the app over it, and the bundled example's files as uploads.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type AppOptions, createApp } from '../../src/serve/http/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const EXAMPLE = new URL('../../examples/harbor-fire/', import.meta.url).pathname;
export const NOW = new Date('2026-03-10T12:00:00Z');
export const ORIGIN = 'http://127.0.0.1';

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  deps: ReturnType<typeof createApp>['deps'];
  store: Store;
  dir: string;
  dispose: () => Promise<void>;
}

export function makeApp(over: Partial<AppOptions> = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  const store = openStore(join(dir, 'test.db'), { create: true });
  const { app, deps } = createApp({
    store,
    allowedHosts: ['127.0.0.1', 'localhost'],
    now: NOW,
    csrfSecret: 'test-secret',
    log: () => {},
    ...over,
  });
  return {
    app,
    deps,
    store,
    dir,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A request as a tool sends it: Host set, no browser headers. */
export function req(t: TestApp, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('host')) headers.set('host', '127.0.0.1');
  return Promise.resolve(t.app.request(`${ORIGIN}${path}`, { ...init, headers }));
}

export function postJson(t: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return req(t, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The example's four files as a multipart form. */
export function exampleForm(): FormData {
  const form = new FormData();
  for (const name of readdirSync(EXAMPLE).sort()) {
    const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.jsonl') ? '' : 'text/plain';
    form.append('file', new File([readFileSync(join(EXAMPLE, name))], name, { type }));
  }
  return form;
}

export async function storyWithExample(t: TestApp, title = 'harbour-fire'): Promise<void> {
  const created = await postJson(t, '/api/stories', { title });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const added = await req(t, `/api/stories/${title}/documents`, { method: 'POST', body: exampleForm() });
  if (added.status !== 200) throw new Error(`add: ${added.status} ${await added.text()}`);
}

export async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    in?: string;
    errors?: { field: string; message: string }[];
  };
}
