#!/usr/bin/env node
// Runs the TypeScript sources through tsx so that the bin never goes stale against src/.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/serve/bin.ts');
await run();
