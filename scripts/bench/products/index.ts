// Starts the product in one of the benchmark's modes (scripts/bench/products/product.ts says which).
import { startCompose } from './compose.js';
import { startNpmStart } from './npm-start.js';
import type { BenchProduct, Mode, ProductContext } from './product.js';
import { startTuned } from './tuned.js';

export { MODES, MODE_TITLES, type BenchProduct, type Mode, type ProductContext } from './product.js';

export function startProduct(mode: Mode, ctx: ProductContext): Promise<BenchProduct> {
  if (mode === 'start') return startNpmStart(ctx);
  if (mode === 'compose') return startCompose(ctx);
  return startTuned(ctx);
}
