// The checked-in API types (test/support/generated/api-types.ts, the typed client's) are what
// openapi-typescript makes of the current document: a change to the document shows here until
// `npm run -s api-types` is run, and the compiler then checks every typed call against it.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../support/api-types.js';

it('the generated API types are current (npm run -s api-types)', async () => {
  expect(fs.readFileSync(API_TYPES_FILE, 'utf8') === (await generateApiTypes()), 'test/support/generated/api-types.ts is stale: run npm run -s api-types').toBe(
    true,
  );
}, 60_000);
