// Decisions on a case: the table (what each carries, who may, when) and how a decision is judged.
export * from './table.js';
export * from './rules.js';
