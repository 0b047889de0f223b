// Loads the course catalogue from config/courses.json, or from the file named by COURSES_FILE, and
// validates it (like the terms: at start-up, never from workflow code).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../domain/types.js';
import { COURSE_ID, CUSTOM_COURSE } from '../domain/orders/forms.js';
import type { CourseCatalogue } from '../domain/orders/catalogue.js';

const name = z.string().trim().min(1).max(200);
const courseSchema = z.strictObject({
  id: z
    .string()
    .regex(COURSE_ID)
    .refine((id) => id !== CUSTOM_COURSE, { message: `"${CUSTOM_COURSE}" names a course outside the catalogue` }),
  name: z.strictObject({ da: name, en: name }),
  durationHours: z.number().positive().max(1000),
  price: z.strictObject({ per: z.enum(['participant', 'course']), ore: z.number().int().min(0) }),
  languages: z.array(z.enum(LOCALES as unknown as ['da', 'en'])).min(1),
});

export const catalogueSchema = z.strictObject({
  courses: z.array(courseSchema).refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'course ids must be unique' }),
});

export const DEFAULT_COURSES_FILE = fileURLToPath(new URL('./courses.json', import.meta.url));

export function coursesFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.COURSES_FILE?.trim();
  return fromEnv ? resolve(fromEnv) : DEFAULT_COURSES_FILE;
}

/** Validates an already-parsed catalogue; throws an Error naming every problem. */
export function parseCatalogue(data: unknown, source = 'course catalogue'): CourseCatalogue {
  const result = catalogueSchema.safeParse(data);
  if (!result.success) throw new Error(`invalid ${source}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function loadCourses(file: string = coursesFilePath()): CourseCatalogue {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the course catalogue ${file}: ${(err as Error).message}`, { cause: err });
  }
  return parseCatalogue(data, `course catalogue ${file}`);
}
