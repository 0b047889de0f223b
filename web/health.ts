// GET /healthz: the state of the database, Temporal and the worker (services/health-monitor.ts);
// 503 naming what is down.
import type { Request, Response } from 'express';
import type { HealthMonitor } from '../services/health-monitor.js';

export function healthz(monitor: HealthMonitor) {
  return async (_req: Request, res: Response) => {
    const { database, temporal, worker } = await monitor.report();
    const down = Object.entries({ database, temporal, worker })
      .filter(([, v]) => v === 'down')
      .map(([k]) => k);
    res.set('Cache-Control', 'no-store');
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'down' : 'ok', database, temporal, worker, ...(down.length ? { down } : {}) });
  };
}
