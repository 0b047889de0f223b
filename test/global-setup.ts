// Starts the real servers once for the integration tests and stops them afterwards:
// embedded PostgreSQL, a Temporal dev server (in memory), and the product itself (`scripts/start.ts`
// pointed at both, so the web app, worker and migrations run exactly as in `npm start`). It also
// provisions the time-skipping test server and bundles the workflow code once for the workflow tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { bundleWorkflowCode } from '@temporalio/worker';
import { ensureTemporalCli, ensureTestServer } from '../platform/temporal/binaries.js';
import { startDevServer } from '../platform/temporal/dev-server.js';
import { startEmbeddedPostgres, defaultDataDir } from '../platform/postgres/embedded-postgres.js';
import { getFreePort } from '../platform/free-port.js';
import { startProductProcess } from '../platform/supervision/product-process.js';
import { workflowBundleOptions } from '../worker/workflow-code.js';
import { TOOLING_PAYLOAD_KEYS } from '../platform/temporal/codec/tooling-keys.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
    baseUrl: string;
    testServerPath: string;
    workflowBundlePath: string;
    artifactsDir: string;
    mailSmtpPort: number;
    mailGatewayToken: string;
    /** The OpenID provider the product is pointed at; test/e2e/sign-in/ starts it on this port (oidc-provider). */
    oidcPort: number;
    oidcClientSecret: string;
  }
}

const say = (line: string) => process.stderr.write(`[test setup] ${line}\n`);

export default async function setup(project: TestProject) {
  const started = Date.now();
  const artifactsDir = path.resolve('test-artifacts');
  fs.mkdirSync(artifactsDir, { recursive: true });
  const stops: (() => Promise<unknown>)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => say(`teardown: ${(err as Error).message}`));
  };
  try {
    const [cli, testServerPath] = await Promise.all([ensureTemporalCli(say), ensureTestServer(say)]);
    const pg = await startEmbeddedPostgres({ dataDir: defaultDataDir('test'), persistent: false, log: () => {} });
    stops.push(() => pg.stop());
    const dev = await startDevServer({ binary: cli, log: () => {} });
    stops.push(() => dev.stop());
    say(`PostgreSQL and Temporal dev server (${dev.address}) up`);

    const port = await getFreePort();
    const mailSmtpPort = await getFreePort();
    const mailGatewayToken = `gateway-${randomUUID()}-${randomUUID()}`;
    // Single sign-on against a provider a test starts when it needs it (discovery happens on first use).
    const oidcPort = await getFreePort();
    const oidcClientSecret = `oidc-${randomUUID()}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-product-'));
    const logFile = path.join(artifactsDir, `product-${process.pid}.log`);
    const product = await startProductProcess({
      port,
      logFile,
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: pg.url,
        TEMPORAL_ADDRESS: dev.address,
        DATA_DIR: dataDir,
        DEMO_DATA: 'on',
        LOG_LEVEL: 'warn',
        MAIL_DISPATCH: 'off', // test/web/mail/mail.test.ts runs its own dispatcher against a local SMTP server
        MAIL_SMTP_PORT: String(mailSmtpPort), // the embedded listener: test/web/mail-inbound*.test.ts send to it
        MAIL_GATEWAY_TOKEN: mailGatewayToken,
        STATEMENT_COUNT: 'on', // X-Statement-Count for test/web/api/statement-budget.test.ts
        SESSION_SECRET: 'test-session-secret-test-session-secret',
        OIDC_ISSUER: `http://localhost:${oidcPort}`,
        OIDC_CLIENT_ID: 'service-desk-test',
        OIDC_CLIENT_SECRET: oidcClientSecret,
        PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS, // the tests' clients (test/support/servers.ts) read the product's cases with it
      },
    });
    stops.push(() => product.stop());
    const baseUrl = product.baseUrl;
    say(`product up at ${baseUrl} (log: ${path.relative(process.cwd(), logFile)})`);

    const bundle = await bundleWorkflowCode(workflowBundleOptions({ trace() {}, debug() {}, info() {}, warn() {}, error: (m: string) => say(m), log() {} }));
    const workflowBundlePath = path.join(dataDir, 'workflow-bundle.js');
    fs.writeFileSync(workflowBundlePath, bundle.code);

    project.provide('databaseUrl', pg.url);
    project.provide('temporalAddress', dev.address);
    project.provide('baseUrl', baseUrl);
    project.provide('testServerPath', testServerPath);
    project.provide('workflowBundlePath', workflowBundlePath);
    project.provide('artifactsDir', artifactsDir);
    project.provide('mailSmtpPort', mailSmtpPort);
    project.provide('mailGatewayToken', mailGatewayToken);
    project.provide('oidcPort', oidcPort);
    project.provide('oidcClientSecret', oidcClientSecret);
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
