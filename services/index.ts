// Builds the service layer for one process from its connections and configuration files.
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';
import type { AppEnv } from '../config/env.js';
import { loadCalendarConfig } from '../config/calendar.js';
import { loadTerms } from '../config/terms.js';
import { createCalendar, type CalendarConfig } from '../domain/calendar/index.js';
import type { Services } from './context.js';

export function createServices(deps: { db: Database; temporal: Client; env: AppEnv; log: Logger; now?: () => number }): Services {
  const base = loadCalendarConfig();
  const terms = loadTerms();
  let config: CalendarConfig = base;
  let calendar = createCalendar(base);
  let loadedAt = 0;
  return {
    ...deps,
    get calendar() {
      return calendar;
    },
    calendarConfig: () => config,
    baseCalendarConfig: () => base,
    useCalendarConfig(next, at) {
      if (JSON.stringify(next) !== JSON.stringify(config)) calendar = createCalendar(next);
      config = next;
      loadedAt = at;
    },
    calendarLoadedAt: () => loadedAt,
    terms: () => terms,
    now: deps.now ?? Date.now,
  };
}
