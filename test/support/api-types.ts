// The TypeScript types of the JSON API, generated from the OpenAPI document with openapi-typescript
// (as an integrator would) and formatted like the rest of the code. The result is checked in as
// test/support/generated/api-types.ts; test/unit/api/api-types.test.ts fails when it is not current,
// and `npm run -s api-types` writes it anew.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { openApiDocument } from '../../web/api/openapi/document.js';

export const API_TYPES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated', 'api-types.ts');

const HEADER = `// Generated from the API's OpenAPI document by openapi-typescript (test/support/api-types.ts):
// do not edit — run \`npm run -s api-types\` after changing the document.
`;

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(structuredClone(openApiDocument()) as unknown as Parameters<typeof openapiTS>[0]);
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
