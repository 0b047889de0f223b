// Builds the service layer for one process from its connections and configuration files.
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';
import type { AppEnv } from '../config/env.js';
import { loadCalendarConfig } from '../config/calendar.js';
import { loadTerms } from '../config/terms.js';
import { createCalendar } from '../domain/calendar/index.js';
import type { Services } from './context.js';

export function createServices(deps: { db: Database; temporal: Client; env: AppEnv; log: Logger; now?: () => number }): Services {
  const calendarConfig = loadCalendarConfig();
  const terms = loadTerms();
  return {
    ...deps,
    calendar: createCalendar(calendarConfig),
    calendarConfig: () => calendarConfig,
    terms: () => terms,
    now: deps.now ?? Date.now,
  };
}
