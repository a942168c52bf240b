// Vitest global setup: one PostgreSQL server for the whole run (each test makes its own database on it).
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
