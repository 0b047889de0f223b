// What the service layer needs from the running product. Pages and the JSON API call the same
// service functions with it, so a page action and an API action cannot drift apart.
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';
import type { Calendar, CalendarConfig } from '../domain/calendar/index.js';
import type { CaseTerms } from '../domain/types.js';
import type { CourseCatalogue } from '../domain/orders/catalogue.js';
import type { AppEnv } from '../config/env.js';
import type { BillingIdentity } from '../config/billing-identity.js';

export interface Services {
  db: Database;
  temporal: Client;
  env: AppEnv;
  /** The desk's calendar in force now (the configuration file plus the changes desk managers made). */
  readonly calendar: Calendar;
  /** The calendar and terms in force now; a new case freezes them into its workflow. */
  calendarConfig: () => CalendarConfig;
  /** The calendar from the configuration file alone, before the desk's own changes. */
  baseCalendarConfig: () => CalendarConfig;
  /** Puts a changed calendar in force in this process (services/calendar/desk-calendar.ts reads the changes). */
  useCalendarConfig: (config: CalendarConfig, loadedAt: number) => void;
  /** When this process last read the desk's calendar changes (ms). */
  calendarLoadedAt: () => number;
  terms: () => CaseTerms;
  /** The course catalogue (config/courses.json), validated at start. */
  courses: () => CourseCatalogue;
  /** The vendor's billing identity and invoice number series (config/billing-identity.json), validated at start. */
  billingIdentity: () => BillingIdentity;
  log: Logger;
  /** Wall-clock time; injectable so tests can file requests "on a Friday at 14:00". */
  now: () => number;
}
