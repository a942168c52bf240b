// Before the ../shared checks: say plainly when ../shared is not beside the project, instead of 30 ENOENTs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function sharedPresent(): void {
  const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
  for (const part of ['corpus', 'eval'])
    if (!existsSync(`${shared}${part}`))
      throw new Error(
        `npm run test:shared needs ../shared beside the project (looked for ${shared}${part}); npm test runs without it`,
      );
}
