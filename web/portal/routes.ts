import { Router } from 'express';
import type { Services } from '../../services/context.js';

export function portalRoutes(_s: Services): Router {
  return Router();
}
