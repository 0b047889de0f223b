// Where the worker gets its workflow code: a prebuilt bundle (production, WORKFLOW_BUNDLE) or the
// source folder, bundled once per process and reused by every worker in it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

let bundled: Promise<WorkflowBundleWithSourceMap> | null = null;

export async function workflowCode(prebuiltPath?: string): Promise<{ code: string }> {
  if (prebuiltPath) return { code: await readFile(prebuiltPath, 'utf8') };
  bundled ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
  return bundled;
}

const noop = () => {};
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: (m: string) => console.error(m), log: noop };
