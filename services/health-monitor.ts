// Knows, at most a second late, whether the database, Temporal and the case worker are reachable:
// it probes them in the background (the database over a connection of its own, so a busy pool
// never looks like an outage). /healthz reports it, and the web app refuses requests at once with
// a 503 while the database is down. Temporal's probe also closes the client's circuit breaker
// again (platform/temporal/resilience.ts) when Temporal is back.
import pg from 'pg';
import type { Services } from './context.js';

export type PartState = 'up' | 'down';

export interface HealthReport {
  database: PartState;
  temporal: PartState;
  worker: PartState;
}

export interface HealthMonitor {
  /** The latest report; waits for the first round of probes after start. */
  report(): Promise<HealthReport>;
  /** The latest report, or null before the first round. */
  current(): HealthReport | null;
  stop(): Promise<void>;
}

const PROBE_TIMEOUT_MS = 1_500;
/** A worker polls the task queue at least once a minute; one not seen for two is gone. */
const WORKER_SEEN_WITHIN_S = 120;

export function startHealthMonitor(s: Services, opts: { everyMs?: number; workerEveryMs?: number } = {}): HealthMonitor {
  const everyMs = opts.everyMs ?? 1_000;
  const workerEveryMs = opts.workerEveryMs ?? 5_000;
  const database = databaseProbe(s.db.url);
  let latest: HealthReport | null = null;
  let workerCheckedAt = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let resolveFirst: (r: HealthReport) => void = () => {};
  const first = new Promise<HealthReport>((resolve) => (resolveFirst = resolve));

  const round = async () => {
    const [db, temporal] = await Promise.all([database.check(), temporalUp(s)]);
    let worker: PartState = temporal === 'down' ? 'down' : (latest?.worker ?? 'down');
    if (temporal === 'up' && (latest?.worker !== 'up' || Date.now() - workerCheckedAt >= workerEveryMs)) {
      worker = await workerUp(s);
      workerCheckedAt = Date.now();
    }
    latest = { database: db, temporal, worker };
    resolveFirst(latest);
  };
  const loop = () => {
    if (stopped) return;
    void round().finally(() => {
      if (!stopped) (timer = setTimeout(loop, everyMs)).unref();
    });
  };
  loop();

  return {
    report: async () => latest ?? first,
    current: () => latest,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await database.close();
    },
  };
}

async function temporalUp(s: Services): Promise<PartState> {
  const connection = s.temporal.connection;
  try {
    await connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => connection.workflowService.getSystemInfo({}));
    return 'up';
  } catch {
    return 'down';
  }
}

async function workerUp(s: Services): Promise<PartState> {
  const connection = s.temporal.connection;
  try {
    const tq = await connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () =>
      connection.workflowService.describeTaskQueue({
        namespace: s.temporal.options.namespace,
        taskQueue: { name: s.env.TEMPORAL_TASK_QUEUE },
        taskQueueType: 1,
      }),
    );
    const seen = (tq.pollers ?? []).some((p) => Date.now() / 1000 - Number(p.lastAccessTime?.seconds ?? 0) < WORKER_SEEN_WITHIN_S);
    return seen ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

/** SELECT 1 on a connection of its own; a dropped connection is replaced and tried once more at once. */
function databaseProbe(url: string) {
  let client: pg.Client | null = null;
  const drop = () => {
    const c = client;
    client = null;
    void c?.end().catch(() => {});
  };
  const attempt = async (): Promise<'ok' | 'failed' | 'timeout'> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), PROBE_TIMEOUT_MS)));
    const work = (async () => {
      if (!client) {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, application_name: 'service-desk-health' });
        c.on('error', () => {
          if (client === c) client = null;
        });
        client = c;
        await c.connect();
      }
      await client.query('SELECT 1');
      return 'ok' as const;
    })().catch(() => 'failed' as const);
    const result = await Promise.race([work, timeout]);
    clearTimeout(timer);
    if (result !== 'ok') drop();
    return result;
  };
  return {
    async check(): Promise<PartState> {
      const result = await attempt();
      if (result === 'ok') return 'up';
      if (result === 'timeout') return 'down';
      return (await attempt()) === 'ok' ? 'up' : 'down';
    },
    close: async () => drop(),
  };
}
