// The layer boundaries are enforced by the linter, not by discipline: a scratch file that imports
// across a boundary fails `npm run lint`'s ESLint step (import-x/no-restricted-paths), as does a
// page reaching for the database through the services object. Each scratch file is written where a
// newcomer would put it and removed again.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../../..');
const written: string[] = [];
afterEach(() => {
  for (const f of written.splice(0)) fs.rmSync(f, { force: true });
});

async function lintScratch(relativePath: string, code: string): Promise<string[]> {
  const file = path.join(root, relativePath);
  fs.writeFileSync(file, code);
  written.push(file);
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', () => {
  it.each([
    ['web/scratch-layer.ts', "import { Person } from '../db/models/person.js';\nexport const p = Person;\n", 'web/ goes through services/'],
    ['domain/scratch-layer.ts', "import { caseWorkflow } from '../workflows/case.js';\nexport const w = caseWorkflow;\n", 'domain'],
    ['workflows/scratch-layer.ts', "import { insertCase } from '../services/cases/insert.js';\nexport const i = insertCase;\n", 'workflows'],
    ['activities/scratch-layer.ts', "import { fileCase } from '../services/cases/intake.js';\nexport const f = fileCase;\n", 'activities/'],
  ])('%s importing across a boundary fails the lint', async (file, code, says) => {
    const errors = await lintScratch(file, code);
    expect(
      errors.some((e) => e.startsWith('import-x/no-restricted-paths') && e.includes(says)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('a page may not reach for the database or Temporal through the services object', async () => {
    const code = "import type { Services } from '../services/context.js';\nexport const rows = (s: Services) => s.db.models.Person.count();\n";
    const errors = await lintScratch('web/scratch-layer.ts', code);
    expect(errors.length, 'no finding for s.db in web/').toBeGreaterThan(0);
  });

  it('the same import from an allowed layer is fine', async () => {
    expect(await lintScratch('services/scratch-layer.ts', "import { Person } from '../db/models/person.js';\nexport const p = Person;\n")).toEqual([]);
  });
});
