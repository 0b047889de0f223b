// GET /healthz: the state of the database, Temporal and the worker; 503 naming what is down.
import type { Request, Response } from 'express';
import type { Services } from '../services/context.js';

type State = 'up' | 'down';

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthz(s: Services) {
  return async (_req: Request, res: Response) => {
    const database: State = await within(2000, s.db.sequelize.query('SELECT 1'))
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    let temporal: State = 'down';
    let worker: State = 'down';
    try {
      const conn = s.temporal.connection;
      await conn.withDeadline(Date.now() + 2000, () => conn.workflowService.getSystemInfo({}));
      temporal = 'up';
      const tq = await conn.withDeadline(Date.now() + 2000, () =>
        conn.workflowService.describeTaskQueue({ namespace: s.temporal.options.namespace, taskQueue: { name: s.env.TEMPORAL_TASK_QUEUE }, taskQueueType: 1 }),
      );
      const recent = (tq.pollers ?? []).some((p) => {
        const seconds = Number(p.lastAccessTime?.seconds ?? 0);
        return Date.now() / 1000 - seconds < 120;
      });
      worker = recent ? 'up' : 'down';
    } catch {
      // temporal stays down, or the worker could not be asked
    }
    const down = Object.entries({ database, temporal, worker })
      .filter(([, v]) => v === 'down')
      .map(([k]) => k);
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'down' : 'ok', database, temporal, worker, ...(down.length ? { down } : {}) });
  };
}
