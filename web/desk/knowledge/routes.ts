// The desk's knowledge room (SPEC §8): articles, canned responses, announcements and the settings,
// and "Write an article" on a case.
import type { Router } from 'express';
import type { Services } from '../../../services/context.js';
import { articleRoutes, caseArticleRoutes } from './articles.js';
import { cannedRoutes, deskAnnouncementRoutes, knowledgeSettingsRoutes } from './reuse.js';

export function mountKnowledge(r: Router, s: Services): void {
  r.use('/knowledge', articleRoutes(s));
  r.use('/knowledge/settings', knowledgeSettingsRoutes(s));
  r.use('/canned-responses', cannedRoutes(s));
  r.use('/announcements', deskAnnouncementRoutes(s));
  r.use('/cases', caseArticleRoutes(s));
}
