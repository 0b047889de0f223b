// Prebuilds the workflow bundle for production workers (set WORKFLOW_BUNDLE to the output file),
// so a worker does not bundle the workflow code at every start.
//   node --import tsx scripts/build-workflow-bundle.ts dist/workflow-bundle.js
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '../worker/workflow-code.js';

const out = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
const started = Date.now();
const { code } = await bundleWorkflowCode(workflowBundleOptions());
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, code);
process.stdout.write(`workflow bundle written to ${out} (${(code.length / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)\n`);
