// A decision sent on a version of the case someone else has moved on from (SPEC §5: two people act at
// once): the pages carry the version each form was loaded with; the workflow refuses a stale one, and
// the page comes back showing what happened since, with the form as it was typed, to send again.
import type { TimelineEntry } from '../../services/cases/details.js';

/** The version a page form was loaded with (its hidden `version` field), if it carries one. */
export function formVersion(body: unknown): number | undefined {
  const raw = (body as Record<string, unknown> | undefined)?.version;
  const v = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  return v;
}

/** The timeline entries of the decisions and events after `version`, as the reader may see them. */
export function changesSince(timeline: readonly TimelineEntry[], version: number): TimelineEntry[] {
  return timeline.filter((e) => e.source === 'event' && e.ref > version);
}
