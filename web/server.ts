// Listens for HTTP on the configured port and closes cleanly.
import type { Server } from 'node:http';
import type { Services } from '../services/context.js';
import { initI18n } from '../i18n/index.js';
import { createApp } from './app.js';

export interface RunningWeb {
  url: string;
  close(): Promise<void>;
}

export async function startWeb(s: Services, opts: { port: number; host: string; sessionSecret: string }): Promise<RunningWeb> {
  await initI18n();
  const web = createApp(s, { sessionSecret: opts.sessionSecret });
  const server: Server = await new Promise((resolve, reject) => {
    // Express 5 calls this back with the error too (e.g. EADDRINUSE) instead of leaving it unhandled.
    const srv = web.app.listen(opts.port, opts.host, (err?: Error) => (err ? reject(err) : resolve(srv)));
  });
  server.keepAliveTimeout = 5000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await web.close();
    },
  };
}
