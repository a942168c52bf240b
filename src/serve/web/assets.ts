// The page's two assets, built into memory on first request: the stylesheet as written, and the script bundled
// from TypeScript by esbuild (no network, no files written). Only these names are served: no request reaches disk.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

interface Asset {
  body: string;
  type: string;
  etag: string;
}

const HERE = new URL('./', import.meta.url);
const built = new Map<string, Promise<Asset>>();

const make = (body: string, type: string): Asset => ({
  body,
  type,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
});

function clientEntry(): string {
  const ts = new URL('./client/app.ts', HERE).pathname;
  return existsSync(ts) ? ts : new URL('./client/app.js', HERE).pathname;
}

async function bundleClient(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    // The TypeScript source in a checkout, its compiled form in the installed package (dist/).
    entryPoints: [clientEntry()],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const SOURCES: Record<string, () => Promise<Asset>> = {
  'app.css': async () =>
    make(await readFile(new URL('./style.css', HERE), 'utf8'), 'text/css; charset=utf-8'),
  'app.js': async () => make(await bundleClient(), 'text/javascript; charset=utf-8'),
};

export function asset(name: string): Promise<Asset> | undefined {
  if (!Object.hasOwn(SOURCES, name)) return undefined;
  const source = SOURCES[name]!;
  let a = built.get(name);
  if (!a) {
    a = source();
    built.set(name, a);
  }
  return a;
}
