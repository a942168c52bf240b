// corroborate serve: the web dashboard and the HTTP API over the store `ingest` fills, until SIGINT or SIGTERM.
import { z } from 'zod';
import { parseCommand } from '../args.ts';
import { version } from '../cli.ts';
import { isLoopbackHost } from '../http/security.ts';
import { startServer } from '../http/server.ts';
import { EXIT_OK, type Io, UsageError } from '../io.ts';
import { openDb } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  db: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  'allow-private-hosts': { type: 'boolean' },
} as const;

const Flags = z.object({
  db: z.string().min(1).optional(),
  host: z.string().trim().min(1, '--host cannot be empty').default('127.0.0.1'),
  port: z.coerce
    .number({ error: '--port must be a number' })
    .int('--port must be a whole number')
    .min(0, '--port must be 0-65535')
    .max(65535, '--port must be 0-65535')
    .default(8080),
  'allow-private-hosts': z.boolean().default(false),
});

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('serve', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('serve'));
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`serve takes no arguments (got '${positionals[0]}')`, 'serve');
  const token = io.env.CORROBORATE_TOKEN?.trim() || undefined;
  if (!isLoopbackHost(flags.host) && !token)
    throw new UsageError(
      `refusing to listen on ${flags.host} without a token: set CORROBORATE_TOKEN (every API call must then carry it)`,
      'serve',
    );
  const store = openDb(io, flags.db, true);
  try {
    const server = await startServer({
      store,
      host: flags.host,
      port: flags.port,
      ...(token ? { token } : {}),
      ...(now ? { now } : {}),
      allowPrivateHosts: flags['allow-private-hosts'],
      version: version(),
      log: io.stderr,
    });
    io.stdout(
      `corroborate serve: ${server.url}/ (API ${server.url}/api, store ${store.location}); Ctrl-C stops\n`,
    );
    const sig = await stopSignal();
    io.stderr(`corroborate serve: ${sig}, stopping\n`);
    await server.close();
    return EXIT_OK;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UsageError(
        `port ${flags.port} on ${flags.host} is in use: choose another with --port`,
        'serve',
      );
    throw e;
  } finally {
    await store.close();
  }
}
