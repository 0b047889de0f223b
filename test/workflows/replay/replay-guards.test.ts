// The replay suite notices what it must: a stricter guard shipped without patched() or a new rules
// version breaks replay of recorded histories, and a changed coverage rule that would bill running
// cases differently shows up as changed billing inputs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWithRecorder, recordedHistories, replay } from './replay-support.js';

describe('the replay suite', () => {
  it('fails when a guard is made stricter without patched()', async () => {
    const outcome = await replay(await bundleWithRecorder(path.resolve('test/workflows/replay/fixtures/stricter-guard.ts')), recordedHistories());
    const failed = Object.keys(outcome.failures);
    expect(failed).toContain('current/support-training-accepted');
    expect(failed).toContain('archive/support-resolved-closed');
    expect(Object.values(outcome.failures).join('\n')).toMatch(/nondetermin/i);
  });

  it('fails when a coverage rule would bill running cases differently', async () => {
    const outcome = await replay(await bundleWithRecorder(path.resolve('test/workflows/replay/fixtures/longer-hyper-care.ts')), recordedHistories());
    expect(Object.keys(outcome.inputChanges)).toContain('current/support-training-accepted');
    expect(outcome.inputChanges['current/support-training-accepted']!.join('\n')).toMatch(/writeBillingLines/);
  });
});
