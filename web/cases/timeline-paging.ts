// The "show earlier" links of a case page's timeline (desk and portal alike): the page shows the newest
// entries; `?before=<cursor>` shows the entries before them, and so on back — plain links, no script.
import type { Request } from 'express';
import { NEWEST, parseTimelinePage, type TimelinePageRequest } from '../../services/cases/timeline-page.js';
import type { CaseDetails } from '../../services/cases/details.js';

/** The page of the timeline the request asks for; a cursor that cannot be read shows the newest entries. */
export function requestedTimelinePage(req: Request): TimelinePageRequest {
  try {
    return { ...parseTimelinePage({ before: req.query.before }), limit: NEWEST.limit };
  } catch {
    return NEWEST;
  }
}

export interface TimelinePaging {
  shown: number;
  total: number;
  earlierHref: string | null;
  newestHref: string | null;
}

/** The paging links for `path` (the case page) showing `d`'s timeline page. */
export function timelinePaging(
  path: string,
  d: Pick<CaseDetails, 'timeline' | 'timelineTotal' | 'timelineEarlier'>,
  page: TimelinePageRequest,
): TimelinePaging {
  return {
    shown: d.timeline.length,
    total: d.timelineTotal,
    earlierHref: d.timelineEarlier ? `${path}?before=${encodeURIComponent(d.timelineEarlier)}#timeline` : null,
    newestHref: page.before ? `${path}#timeline` : null,
  };
}
