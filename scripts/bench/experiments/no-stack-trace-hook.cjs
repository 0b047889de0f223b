// Issue 22's experiment, never the product: preloaded (NODE_OPTIONS=--require) into every process and
// thread of a benchmark run by `npm run bench -- --no-stack-trace-hook`, it stops the Temporal SDK from
// installing its per-promise stack-trace hook (v8.promiseHooks in vm-shared.js), so the run shows what
// that hook costs. The workflows' stack-trace query then answers without stacks; nothing else changes.
// CommonJS on purpose: `--require` runs it in every worker thread too, before the SDK is loaded there.
/* global require, __dirname, process */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const { isMainThread, threadId } = require('node:worker_threads');

const vmShared = path.join(__dirname, '../../../node_modules/@temporalio/worker/lib/workflow/vm-shared.js');
const { GlobalHandlers } = require(vmShared);
GlobalHandlers.prototype.setPromiseHook = function setPromiseHookOff() {
  process.stderr.write(`[experiment] stack-trace hook not installed (pid ${process.pid}, thread ${isMainThread ? 'main' : threadId})\n`);
};
