// Writes the API's TypeScript types (test/support/generated/api-types.ts) from the OpenAPI document:
// run after changing the document; test/unit/api/api-types.test.ts says when it is due.
import fs from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../test/support/api-types.js';

fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
