// Rebuilds the search documents of long cases every few seconds (services/cases/search/stale-docs.ts):
// their new texts are then found by search shortly after they were written.
import type { Services } from '../services/context.js';
import { refreshStaleSearchDocs } from '../services/cases/search/stale-docs.js';

export function startSearchSweeper(s: Services, everyMs = 5_000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = running.then(() =>
      refreshStaleSearchDocs(s).catch((err: unknown) => s.log.warn({ err }, 'could not rebuild stale search documents; trying again shortly')),
    );
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
