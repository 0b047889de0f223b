// The files the fuzz suite sends with forms and messages: every kind that may be attached, files that
// must be refused (an executable named .pdf, text that is not UTF-8), odd names and types, and — rarely,
// each being the size of the limit — files just over the size limit in force.
import fc from 'fast-check';
import { ACCEPTED_FILES, REFUSED_FILES } from './sample-files.js';
import { badText } from './values.js';
import { configuredAttachmentLimits } from '../../../config/attachments.js';

const LIMITS = configuredAttachmentLimits();

/** Every kind of file that may be attached, and files that must be refused (an executable named .pdf, text that is not UTF-8). */
const uploadKinds: fc.Arbitrary<[string, string, Uint8Array]> = fc.constantFrom(
  ...Object.entries(ACCEPTED_FILES).map(([name, data]): [string, string, Uint8Array] => [name, 'application/octet-stream', data]),
  ...Object.entries(REFUSED_FILES).map(([name, f]): [string, string, Uint8Array] => [name, 'application/pdf', f.data]),
);

export const badFile = fc.oneof(
  { weight: 4, arbitrary: uploadKinds },
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.oneof(
        badText,
        fc.constantFrom('../../../etc/passwd', 'a\u0000.png', 'x'.repeat(400) + '.png', 'skærm billede.png', '.', '', 'rapport.PDF', 'log.log.exe'),
      ),
      fc.constantFrom('image/png', 'application/x-msdownload', 'text/html', '', 'image/png; charset=\u0000', 'a/b/c'),
      fc.uint8Array({ maxLength: 300 }),
    ),
  },
  // Just over the size limit (rare: each is the limit's size).
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: LIMITS.maxBytes + 1, max: LIMITS.maxBytes + 4096 })
      .map((n): [string, string, Uint8Array] => ['stor.log', 'text/plain', new Uint8Array(n).fill(0x61)]),
  },
);
