// An article's images for whoever may read the article (staff; a support contact for published public
// articles and their company's): GET /knowledge/articles/:id/images/:imageId.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { readArticleImage } from '../../services/knowledge/images.js';
import { requireRole } from '../middleware/auth.js';
import { idParam } from '../api/knowledge/documents.js';

export function knowledgeImageRoutes(s: Services): Router {
  const r = Router();
  r.get('/articles/:id/images/:imageId', requireRole('contact', 'agent', 'manager'), async (req, res) => {
    const image = await readArticleImage(s, req.person!, idParam(req.params.id), idParam(req.params.imageId));
    res.set('Content-Type', image.contentType);
    res.set('Content-Disposition', `inline; filename="${image.filename.replace(/[^\w.\- ]/g, '_')}"`);
    res.set('X-Content-Type-Options', 'nosniff');
    res.send(image.data);
  });
  return r;
}
