// The words of a "deadline moved" timeline entry (SPEC §5): why — the closed day added or removed,
// or the new opening hours — and where each moved deadline lies now. The customer is not shown the
// desk's own response warning.
import type { TFunction } from 'i18next';
import type { Formatters } from '../format.js';
import type { TimelineFacts } from './timeline-detail.js';

const CHANGE_KINDS = new Set(['closed_day_added', 'closed_day_removed', 'hours_changed']);
const DESK_ONLY = new Set(['response_warning']);

interface Moved {
  kind: string;
  to: number;
}

const isMoved = (m: unknown): m is Moved => typeof m === 'object' && m !== null && typeof (m as Moved).kind === 'string' && typeof (m as Moved).to === 'number';

/** "because 3 Jun 2026 is now a closed day: Team day · Respond by now 4 Jun 2026, 10:00", or null without a recorded change. */
export function deadlineMovedDetail(e: TimelineFacts, t: TFunction, fmt: Formatters, audience: 'desk' | 'portal'): string | null {
  const change = e.data?.change as { kind?: unknown; date?: unknown; name?: unknown } | undefined;
  const why =
    change && typeof change.kind === 'string' && CHANGE_KINDS.has(change.kind) && typeof change.date === 'string'
      ? t(`deadline-moved:because.${change.kind}`, { date: fmt.date(`${change.date}T12:00:00Z`), name: typeof change.name === 'string' ? change.name : '' })
      : null;
  const moved = (Array.isArray(e.data?.moved) ? (e.data.moved as unknown[]) : [])
    .filter(isMoved)
    .filter((m) => audience === 'desk' || !DESK_ONLY.has(m.kind))
    .map((m) => t('deadline-moved:now', { deadline: t(`deadlines.${m.kind}`, { defaultValue: m.kind }), at: fmt.dateTime(m.to) }));
  const parts = [why, ...moved].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : null;
}
