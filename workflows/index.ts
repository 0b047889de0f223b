// The workflow bundle's entry: every workflow the worker registers.
export { caseWorkflow } from './case.js';
export { retentionWorkflow } from './retention.js';
