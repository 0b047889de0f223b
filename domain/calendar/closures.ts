// The days a calendar year is closed by a public holiday (fixed or Easter-relative) or an extra
// closed day from configuration, with the closure's name (several names on one day are joined).
import type { Bilingual } from '../types.js';
import type { CalendarConfig, HolidayRule } from './calendar-config.js';
import { civilFromDays, daysFromCivil, parseDay, validDay } from './civil-date.js';
import { easterSunday } from './easter.js';

/** Day number → name of the holiday or extra closed day, in day order. */
export type Closures = Map<number, Bilingual>;

function checkHolidays(rules: HolidayRule[]): void {
  for (const rule of rules) {
    const label = rule.name?.da ?? '?';
    const fixed = rule.date !== undefined;
    const easter = rule.easterOffset !== undefined;
    if (fixed === easter) throw new RangeError(`calendar: holiday ${label} needs exactly one of date, easterOffset`);
    if (fixed && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(rule.date!)) throw new RangeError(`calendar: holiday ${label} date must be 'MM-DD'`);
    if (easter && !Number.isInteger(rule.easterOffset)) throw new RangeError(`calendar: holiday ${label} easterOffset must be an integer`);
  }
}

function asBilingual(name: string | Bilingual): Bilingual {
  return typeof name === 'string' ? { da: name, en: name } : { da: name.da, en: name.en };
}

function joinNames(names: Bilingual[]): Bilingual {
  const unique = (texts: string[]) => [...new Set(texts)].join(' / ');
  return { da: unique(names.map((n) => n.da)), en: unique(names.map((n) => n.en)) };
}

/** Checks the holidays and extra closed days of `config`; returns the closures of any calendar year. */
export function closuresByYear(config: CalendarConfig): (year: number) => Closures {
  checkHolidays(config.holidays);
  const extraByYear = new Map<number, [day: number, name: Bilingual][]>();
  for (const closed of config.extraClosedDays) {
    const day = parseDay(closed.date);
    if (day === null) throw new RangeError(`calendar: extra closed day '${closed.date}' is not a date`);
    const year = civilFromDays(day)[0];
    const list = extraByYear.get(year) ?? [];
    list.push([day, asBilingual(closed.name)]);
    extraByYear.set(year, list);
  }

  return (year) => {
    const names = new Map<number, Bilingual[]>();
    const add = (day: number, name: Bilingual) => {
      const list = names.get(day);
      if (list) list.push(name);
      else names.set(day, [name]);
    };
    const applies = (rule: HolidayRule, y: number) =>
      (rule.fromYear === undefined || y >= rule.fromYear) && (rule.untilYear === undefined || y <= rule.untilYear);
    for (const rule of config.holidays) {
      if (rule.date !== undefined) {
        if (!applies(rule, year)) continue;
        const day = validDay(year, Number(rule.date.slice(0, 2)), Number(rule.date.slice(3, 5)));
        if (day !== null) add(day, rule.name);
      } else {
        // An Easter-relative rule belongs to its Easter's year but may land in a neighbouring one.
        for (const easterYear of [year - 1, year, year + 1]) {
          if (!applies(rule, easterYear)) continue;
          const easter = easterSunday(easterYear);
          const day = daysFromCivil(easterYear, easter.month, easter.day) + rule.easterOffset!;
          if (civilFromDays(day)[0] === year) add(day, rule.name);
        }
      }
    }
    for (const [day, name] of extraByYear.get(year) ?? []) add(day, name);
    const joined: Closures = new Map();
    for (const day of [...names.keys()].sort((a, b) => a - b)) joined.set(day, joinNames(names.get(day)!));
    return joined;
  };
}
