// Where the worker gets its workflow code: a prebuilt bundle (production, WORKFLOW_BUNDLE; `npm start`
// builds one with the compiled code, platform/build/compile.ts) or the source folder, bundled once
// per process and reused by every worker in it.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type BundleOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/** The workflows' entry beside this file: index.ts in the sources, index.js in a compiled build. */
export const WORKFLOWS_PATH = fileURLToPath(new URL(`../workflows/index${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/**
 * How the case workflow is bundled, everywhere (worker, prebuilt bundle, tests). Every workflow evaluates
 * its modules (zod among them) in its own module cache. Sharing zod across the workflows of a worker
 * thread (`preloadModules`) was tried and is not done: as `preloadModules: ['zod']` webpack drops the bare
 * `require` (zod declares itself free of side effects; the bundle said `0;`), and a preload that does
 * load zod's ES modules leaves them frozen by the SDK, which the case workflow's tasks then fail on.
 */
export function workflowBundleOptions(logger: BundleOptions['logger'] = quietLogger): BundleOptions {
  return { workflowsPath: WORKFLOWS_PATH, logger };
}

let bundled: Promise<WorkflowBundleWithSourceMap> | null = null;

export async function workflowCode(prebuiltPath?: string): Promise<{ code: string }> {
  if (prebuiltPath) return { code: await readFile(prebuiltPath, 'utf8') };
  bundled ??= bundleWorkflowCode(workflowBundleOptions());
  return bundled;
}

/** Bundles the workflow code into `file` (what WORKFLOW_BUNDLE points at); returns its size in bytes. */
export async function writeWorkflowBundle(file: string, logger?: BundleOptions['logger']): Promise<number> {
  const { code } = await bundleWorkflowCode(workflowBundleOptions(logger));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
  return code.length;
}

const noop = () => {};
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: (m: string) => console.error(m), log: noop };
