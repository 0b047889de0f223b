// Strict ISO-8601 instants: parsing with an explicit offset (or local time in a given zone) and
// formatting in a zone with its offset.
import type { Instant } from '../types.js';
import { civilFromDays, formatDay, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, pad, validDay } from './civil-date.js';
import { offsetFunction, wallToInstant } from './time-zone.js';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Parses an ISO-8601 instant with an explicit offset or Z, e.g. 2024-03-28T14:00:00+01:00,
 * 2024-03-28T13:00Z, 2024-03-28T13:00:00.250Z, 2024-03-28T14:00+0100. Fractions beyond
 * milliseconds are truncated. A date-time without offset (2024-03-28T14:00) is ISO 8601 local time:
 * read as wall-clock time in `localZone` when one is given (a time skipped by a DST change moves
 * forward by the gap, a repeated one means its first occurrence), otherwise refused.
 * Null when the text is not such an instant (including an impossible date).
 */
export function parseInstant(iso: string, localZone?: string): Instant | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_INSTANT.exec(iso);
  if (!m) return null;
  const days = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  if (days === null || hour > 23 || minute > 59 || second > 59) return null;
  const wall = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * MS_PER_SECOND + millis;
  if (m[8] === undefined && m[9] === undefined) {
    if (localZone === undefined) return null;
    const offsetAt = offsetFunction(localZone);
    return wallToInstant(offsetAt, wall, Math.max(offsetAt(wall - 14 * MS_PER_HOUR), offsetAt(wall + 14 * MS_PER_HOUR)));
  }
  let offset = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  }
  return wall - offset;
}

/**
 * ISO 8601 in the given zone with its offset, e.g. 2024-03-25T15:00:00+01:00. Seconds always,
 * milliseconds only when non-zero; the instant is rounded to the millisecond.
 */
export function formatInstant(at: Instant, timeZone: string): string {
  if (!Number.isFinite(at)) throw new RangeError(`formatInstant: not an instant: ${at}`);
  const instant = Math.round(at);
  const offsetMinutes = Math.round(offsetFunction(timeZone)(instant) / MS_PER_MINUTE);
  const wall = instant + offsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(wall / MS_PER_DAY);
  const [year] = civilFromDays(days);
  if (year < 0 || year > 9999) throw new RangeError(`formatInstant: year ${year} out of range`);
  const msOfDay = wall - days * MS_PER_DAY;
  const hh = Math.floor(msOfDay / MS_PER_HOUR);
  const mm = Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const ss = Math.floor((msOfDay % MS_PER_MINUTE) / MS_PER_SECOND);
  const ms = msOfDay % MS_PER_SECOND;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatDay(days)}T${pad(hh)}:${pad(mm)}:${pad(ss)}${ms ? `.${pad(ms, 3)}` : ''}` + `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
