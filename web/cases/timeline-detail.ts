// The figures of a timeline entry that read alike on the desk and in the portal; each audience's
// present.ts words the rest (quotes, logged time, retyping, splits) its own way.
import type { TFunction } from 'i18next';
import type { Locale } from '../../domain/types.js';
import { hoursText } from '../format.js';

export interface TimelineFacts {
  kind: string;
  data: Record<string, unknown>;
}

/** A number the entry recorded under `key`, or null. */
export function figure(e: TimelineFacts, key: string): number | null {
  const value = e.data?.[key];
  return typeof value === 'number' ? value : null;
}

/**
 * The detail both audiences show alike (an estimate's or a training offer's hours, a resumed case,
 * where a received case came from), in the audience's own texts; undefined when the audience
 * words the entry itself.
 */
export function sharedTimelineDetail(e: TimelineFacts, t: TFunction, locale: Locale, audience: 'desk' | 'portal'): string | null | undefined {
  const d = e.data ?? {};
  switch (e.kind) {
    case 'rough-estimate':
    case 'offer-training':
    case 'accept-training':
    case 'decline-training': {
      const hours = figure(e, 'hours');
      return hours === null ? null : hoursText(hours, t, locale);
    }
    case 'reply':
      return d.resumed === true ? t(`${audience}:timeline.resumed`) : null;
    case 'received':
      if (typeof d.splitFrom === 'number') return t(`${audience}:timeline.splitFrom`, { number: d.splitFrom });
      return typeof d.channel === 'string' ? t(`channels.${d.channel}`) : null;
    default:
      return undefined;
  }
}
