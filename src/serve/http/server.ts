// The app on a real socket (@hono/node-server): what `corroborate serve`, the browser tests and the bench start.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp, type Deps } from './app.ts';
import { isLoopbackHost } from './security.ts';

export interface Listening {
  url: string;
  deps: Deps;
  close: () => Promise<void>;
}

/** The Host names a loopback server answers to; anything else is a rebinding attempt. */
export function loopbackNames(host: string): string[] {
  const names = ['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host];
  return [...new Set(names)];
}

export interface ServerOptions extends Omit<AppOptions, 'allowedHosts'> {
  host: string;
  port: number;
  allowedHosts?: string[];
}

/** Listens, and resolves once the port is bound (port 0 picks a free one). */
export function startServer(o: ServerOptions): Promise<Listening> {
  const allowedHosts = o.allowedHosts ?? (isLoopbackHost(o.host) ? loopbackNames(o.host) : []);
  const { app, deps } = createApp({ ...o, allowedHosts });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        deps,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // idle keep-alive sockets would hold close() open
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
