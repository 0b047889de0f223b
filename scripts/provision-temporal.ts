/**
 * `npm run provision [-- --cli-only | --test-server-only]`: installs the Temporal dev server (CLI)
 * and the time-skipping test server into the per-user cache and prints their paths.
 */
import { ensureTemporalCli, ensureTestServer, TEMPORAL_VERSIONS } from '../platform/temporal/binaries.js';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--cli-only' && a !== '--test-server-only');
if (unknown.length > 0 || (args.has('--cli-only') && args.has('--test-server-only'))) {
  console.error('usage: npm run provision [-- --cli-only | --test-server-only]');
  process.exit(2);
}

const log = (line: string) => console.error(line);
const started = Date.now();
try {
  if (!args.has('--test-server-only')) {
    const cli = await ensureTemporalCli(log);
    console.log(`temporal-cli ${TEMPORAL_VERSIONS.cli}: ${cli}`);
  }
  if (!args.has('--cli-only')) {
    const testServer = await ensureTestServer(log);
    console.log(`temporal-test-server ${TEMPORAL_VERSIONS.testServer}: ${testServer}`);
  }
  log(`provisioning done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
