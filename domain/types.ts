// The words of the domain, shared by workflows, activities, services and web.
// Pure declarations only: no I/O, nothing that depends on the host.

/** The four kinds of request (SPEC §3). */
export const REQUEST_TYPES = ['support', 'incident', 'change_request', 'product_idea'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
/** Service requests that order work from the desk (SPEC §3a): they follow the order path (domain/orders). */
export const ORDER_TYPES = ['course_booking', 'consultancy', 'contact_order'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const CASE_TYPES = [...REQUEST_TYPES, ...ORDER_TYPES] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const isOrderType = (type: string): type is OrderType => (ORDER_TYPES as readonly string[]).includes(type);

export const CHANNELS = ['portal', 'mail', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'received',
  'acknowledged',
  'in_progress',
  'waiting_on_customer',
  'estimating',
  'rough_estimate_given',
  'awaiting_acceptance',
  'accepted',
  'rejected',
  'expired',
  'under_review',
  'backlog',
  'declined',
  'resolved',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who a person is to the desk. Staff have no company; customers always have one. */
export const ROLES = ['contact', 'approver', 'agent', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const AGREEMENT_KINDS = ['udvidet', 'basis', 'faktureret'] as const;
/** A purchased support agreement. "No agreement" is treated like `faktureret`. */
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const SOLUTION_TYPES = ['standard', 'enterprise'] as const;
export type SolutionType = (typeof SOLUTION_TYPES)[number];

/** A calendar date in the desk's time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** An instant, as milliseconds since the Unix epoch (UTC). */
export type Instant = number;

/** One period of a company's agreement history. `validTo` is inclusive; open-ended when null. */
export interface AgreementPeriod {
  kind: AgreementKind;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** What coverage needs to know about a company. */
export interface CompanyTerms {
  solutionType: SolutionType;
  /** First training day (1. undervisningsdag); hyper care runs from it. Null when not yet trained. */
  firstTrainingDay: LocalDate | null;
  agreements: AgreementPeriod[];
}

export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];

/** A text in both languages of the desk. */
export interface Bilingual {
  da: string;
  en: string;
}

/** Prices, in integer øre, and billing settings. Recorded on a case when it starts. */
export interface Prices {
  /** Hourly rate in øre (DKK × 100). */
  hourlyRateOre: number;
  /** Monthly fee for each support contact beyond the included ones, in øre. */
  extraContactMonthlyOre: number;
  /** Number of support contacts included in every agreement. */
  includedContacts: number;
  /** Contact training hours billed when a contact is added or replaced, per solution type. */
  contactTrainingHours: Record<SolutionType, number>;
  /** Minimum billed minutes per started billable request. */
  minimumMinutes: number;
  /** Logged minutes are rounded up to a multiple of this. */
  roundingIncrementMinutes: number;
}

/** Timer settings of the case process, recorded on a case when it starts. */
export interface ProcessTimers {
  /** First-response window in working minutes (8 working hours). */
  firstResponseMinutes: number;
  /** Share of the first-response window after which the early warning fires (0..1). */
  firstResponseWarningShare: number;
  /** Waiting on the customer: reminder after this many working days. */
  waitingReminderDays: number;
  /** Waiting on the customer: closed after this many working days without reply. */
  waitingCloseDays: number;
  /** Quote validity in working days. */
  quoteValidDays: number;
  /** Quote reminder to the approver after this many working days. */
  quoteReminderDays: number;
  /** Reopen window after resolve/deliver, in working days. */
  reopenDays: number;
  /** Quotes above this amount (øre) must be released by a desk manager. */
  quoteReleaseAboveOre: number;
}

/** Everything a case needs from configuration, frozen at its start. */
export interface CaseTerms {
  prices: Prices;
  timers: ProcessTimers;
}
