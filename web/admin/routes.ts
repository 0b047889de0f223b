import { Router } from 'express';
import type { Services } from '../../services/context.js';

export function adminRoutes(_s: Services): Router {
  return Router();
}
