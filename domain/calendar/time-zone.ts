// Time zone arithmetic: the offset of local wall time from UTC at an instant, read from Intl with
// an explicit zone (never the host's), and the instant of a local wall-clock time.
import type { Instant } from '../types.js';
import { daysFromCivil, MS_PER_DAY, MS_PER_SECOND } from './civil-date.js';

/** Offset of local wall time from UTC at an instant, in ms (local = at + offset). */
export type OffsetAt = (at: Instant) => number;

const offsetFunctions = new Map<string, OffsetAt>();
const WALL_CLOCK = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/;

/** The offset function of a zone (cached per zone); throws RangeError for an unknown zone. */
export function offsetFunction(timeZone: string): OffsetAt {
  const known = offsetFunctions.get(timeZone);
  if (known) return known;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt: OffsetAt = (at) => {
    const whole = Math.floor(at / MS_PER_SECOND) * MS_PER_SECOND;
    const p = WALL_CLOCK.exec(format.format(whole));
    if (!p) throw new RangeError(`cannot read wall-clock time in ${timeZone}`);
    const wall =
      daysFromCivil(Number(p[3]), Number(p[1]), Number(p[2])) * MS_PER_DAY + ((Number(p[4]) * 60 + Number(p[5])) * 60 + Number(p[6])) * MS_PER_SECOND;
    return wall - whole;
  };
  offsetFunctions.set(timeZone, offsetAt);
  return offsetAt;
}

/**
 * The instant of a local wall-clock time (ms since 1970-01-01T00:00 local), given a guess of the
 * offset. A wall time inside a DST gap is moved forward by the gap; in an overlap the occurrence
 * nearest the guess wins.
 */
export function wallToInstant(offsetAt: OffsetAt, wall: number, guess: number): Instant {
  const first = wall - guess;
  const o1 = offsetAt(first);
  if (o1 === guess) return first;
  const second = wall - o1;
  const o2 = offsetAt(second);
  if (o2 === o1) return second;
  return wall - Math.min(o1, o2);
}
