// The server under load, in a process of its own so that its memory is measured apart from the load generator.
// argv: DB CACHE (1 or 0). Prints the URL once listening; stops on SIGTERM.

import { startServer } from '../src/serve/http/server.ts';
import { openStore } from '../src/store/index.ts';

const [db, cache] = [process.argv[2]!, process.argv[3] === '1'];
const store = openStore(db, {});
const server = await startServer({
  store,
  host: '127.0.0.1',
  port: 0,
  now: new Date('2026-03-10T00:00:00Z'),
  briefing: { cache },
  log: (l) => process.stderr.write(l),
});
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => store.close());
});
