// The change log in the desk manager's words: a recorded field's label ("Timepris", not
// `prices.hourlyRateOre`) and its value with its unit ("950,00 kr.", "8 arbejdstimer", "5 arbejdsdage",
// "75 %"), for the prices and timers of config/terms.json, people, companies and billing locks alike.
import type { TFunction } from 'i18next';
import type { Formatters } from '../format.js';

type Unit = 'money' | 'workingHours' | 'workingDays' | 'minutes' | 'hours' | 'share' | 'count';

/** The unit of each recorded number that has one; the rest are shown as they are. */
const UNITS: Record<string, Unit> = {
  'prices.hourlyRateOre': 'money',
  'prices.extraContactMonthlyOre': 'money',
  'prices.includedContacts': 'count',
  'prices.contactTrainingHours.standard': 'hours',
  'prices.contactTrainingHours.enterprise': 'hours',
  'prices.minimumMinutes': 'minutes',
  'prices.roundingIncrementMinutes': 'minutes',
  'timers.firstResponseMinutes': 'workingHours',
  'timers.firstResponseWarningShare': 'share',
  'timers.waitingReminderDays': 'workingDays',
  'timers.waitingCloseDays': 'workingDays',
  'timers.quoteValidDays': 'workingDays',
  'timers.quoteReminderDays': 'workingDays',
  'timers.reopenDays': 'workingDays',
  'timers.quoteReleaseAboveOre': 'money',
  trainingBilledOre: 'money',
  totalOre: 'money',
};

/** A recorded field's name in words (the field itself when nobody named it yet). */
export function auditFieldLabel(t: TFunction, field: string): string {
  return t(`audit:labels.${field}`, { defaultValue: t(`audit:fields.${field}`, { defaultValue: field }) });
}

/** A recorded value in words: yes/no, a role's or a language's name, an amount, a duration, else the value itself. */
export function auditValueText(t: TFunction, fmt: Formatters, field: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  if (field === 'role' && typeof v === 'string') return t(`roles.${v}`, { defaultValue: v });
  if (field === 'locale' && typeof v === 'string') return t(`languages.${v}`, { defaultValue: v });
  const unit = UNITS[field];
  if (unit && typeof v === 'number') {
    switch (unit) {
      case 'money':
        return fmt.money(v);
      case 'workingHours':
        return t('audit:units.workingHours', { count: v / 60, n: formatNumber(v / 60, t) });
      case 'workingDays':
        return t('audit:units.workingDays', { count: v, n: formatNumber(v, t) });
      case 'minutes':
        return fmt.minutes(v);
      case 'hours':
        return t('audit:units.hours', { count: v, n: formatNumber(v, t) });
      case 'share':
        return `${formatNumber(Math.round(v * 1000) / 10, t)} %`;
      default:
        return formatNumber(v, t);
    }
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const formatNumber = (n: number, t: TFunction) => new Intl.NumberFormat(t('audit:units.numberLocale')).format(n);
