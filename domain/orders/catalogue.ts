// The desk's course catalogue (SPEC §3a): configuration (config/courses.json), validated at start.
import type { Bilingual, Locale } from '../types.js';

export interface Course {
  /** A short stable id (what a booking names); never `custom`. */
  id: string;
  name: Bilingual;
  durationHours: number;
  /** Per participant or for the whole course, in øre. */
  price: { per: 'participant' | 'course'; ore: number };
  /** The languages it is taught in. */
  languages: Locale[];
}

export interface CourseCatalogue {
  courses: Course[];
}

/** The courses' names in one language, by id (the pages' texts for a booked course). */
export function courseNames(catalogue: CourseCatalogue, locale: Locale): Record<string, string> {
  return Object.fromEntries(catalogue.courses.map((c) => [c.id, c.name[locale]]));
}

/** The catalogue price of a booking: per participant times the participants, or the course's price. */
export function coursePriceOre(course: Course, participants: number): number {
  return course.price.per === 'participant' ? course.price.ore * participants : course.price.ore;
}
