#!/usr/bin/env node
// The compiled CLI (npm run build, run by npm install through prepare): plain JavaScript, no loader at start-up.
import { run } from '../dist/serve/bin.js';

await run();
