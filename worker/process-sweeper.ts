// Starts the processes of cases filed while Temporal could not be reached: every half minute the
// worker looks for case rows that never got their workflow (services/cases/processes.ts) and starts
// them — so a request the desk answered with 503 is still handled, with its original received time.
import type { Services } from '../services/context.js';
import { startMissingProcesses } from '../services/cases/processes.js';

export function startProcessSweeper(s: Services, everyMs = 30_000): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = startMissingProcesses(s)
      .then((numbers) => {
        if (numbers.length) s.log.warn({ numbers }, 'started the processes of cases filed while Temporal was unreachable');
      })
      .catch((err: unknown) => s.log.warn({ err }, 'could not look for cases without a process; trying again shortly'));
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
