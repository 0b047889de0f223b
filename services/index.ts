// Builds the service layer for one process from its connections and configuration files.
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';
import type { AppEnv } from '../config/env.js';
import { loadCalendarConfig } from '../config/calendar.js';
import { loadTerms } from '../config/terms.js';
import { loadCourses } from '../config/courses.js';
import { loadBillingIdentity } from '../config/billing-identity.js';
import { addTexts } from '../i18n/index.js';
import { courseNames } from '../domain/orders/catalogue.js';
import { createCalendar, type CalendarConfig } from '../domain/calendar/index.js';
import type { Services } from './context.js';

export function createServices(deps: { db: Database; temporal: Client; env: AppEnv; log: Logger; now?: () => number }): Services {
  const base = loadCalendarConfig();
  const terms = loadTerms();
  const courses = loadCourses();
  const billingIdentity = loadBillingIdentity();
  addTexts('courses', { da: courseNames(courses, 'da'), en: courseNames(courses, 'en') });
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
    courses: () => courses,
    billingIdentity: () => billingIdentity,
    now: deps.now ?? Date.now,
  };
}
