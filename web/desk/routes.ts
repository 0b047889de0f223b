// The service desk's pages for agents and desk managers (SPEC §1, §3, §5): the one queue ordered by
// SLA due time, phone and mail intake, and the case page with the decisions the workflow allows.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { requireRole } from '../middleware/auth.js';
import { queueRoutes } from './queue.js';
import { intakeRoutes } from './intake.js';
import { casePageRoutes } from './case-page.js';
import { rejectedIntakeRoutes } from './rejected-intake.js';
import { competenceRoutes } from './competence.js';
import { mountKnowledge } from './knowledge/routes.js';
import { savedViewRoutes } from './views.js';

export function deskRoutes(s: Services): Router {
  const r = Router();
  r.use(requireRole('agent', 'manager'));
  r.use(queueRoutes(s));
  r.use(savedViewRoutes(s));
  r.use('/intake', intakeRoutes(s));
  r.use('/cases', casePageRoutes(s));
  r.use('/rejected-intake', rejectedIntakeRoutes(s));
  r.use(competenceRoutes(s));
  mountKnowledge(r, s);
  return r;
}
