// While the database is down (services/health-monitor.ts) every request is answered at once with
// a 503 — the API's JSON shape under /api/, the product's error page elsewhere — instead of waiting
// on a connection that cannot be made. It lets requests through again as soon as the probe succeeds.
import type { NextFunction, Request, Response } from 'express';
import type { HealthMonitor } from '../../services/health-monitor.js';
import { unavailableAnswer } from './unavailable.js';

export function refuseWhileDatabaseDown(monitor: HealthMonitor) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (monitor.current()?.database !== 'down') return next();
    unavailableAnswer(req, res, 'database');
  };
}
