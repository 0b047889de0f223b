// Listens for HTTP on the configured port and closes cleanly.
import type { Server } from 'node:http';
import type { Services } from '../services/context.js';
import { initI18n } from '../i18n/index.js';
import { createApp } from './app.js';
import { auditTermsFile } from '../services/terms-audit.js';

export interface RunningWeb {
  url: string;
  close(): Promise<void>;
}

export async function startWeb(s: Services, opts: { port: number; host: string; sessionSecret: string }): Promise<RunningWeb> {
  await initI18n();
  await auditTermsFile(s).catch((err: Error) => s.log.warn({ err }, 'could not compare the terms with the audit log'));
  const web = createApp(s, { sessionSecret: opts.sessionSecret });
  const server: Server = await new Promise((resolve, reject) => {
    const srv = web.app.listen(opts.port, opts.host, () => resolve(srv));
    srv.once('error', reject);
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
