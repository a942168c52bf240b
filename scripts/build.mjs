// npm run build (and prepare): src/ → dist/ as ESM with .d.ts, plus the files read at run time (the SQL
// migrations, the dashboard's stylesheet).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
const tsc = fileURLToPath(new URL('node_modules/.bin/tsc', root));
execFileSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
cpSync(new URL('src/store/migrations', root), new URL('dist/store/migrations', root), { recursive: true });
cpSync(new URL('src/serve/web/style.css', root), new URL('dist/serve/web/style.css', root));
