// Prebuilds the workflow bundle for production workers (set WORKFLOW_BUNDLE to the output file),
// so a worker does not bundle the workflow code at every start.
//   node --import tsx scripts/build-workflow-bundle.ts dist/workflow-bundle.js
import path from 'node:path';
import { writeWorkflowBundle } from '../worker/workflow-code.js';

const out = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
const started = Date.now();
const size = await writeWorkflowBundle(out);
process.stdout.write(`workflow bundle written to ${out} (${(size / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)\n`);
