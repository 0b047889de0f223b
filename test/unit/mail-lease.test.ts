// A dispatcher sends a claimed mail without renewing its lease only while the lease surely holds.
import { describe, expect, it } from 'vitest';
import { claimStillFresh } from '../../worker/mail-lease.js';

describe('a claimed mail of the outbox', () => {
  it('is surely still ours within the first third of its lease', () => {
    expect(claimStillFresh(1_000, 1_000, 120)).toBe(true);
    expect(claimStillFresh(1_000, 1_000 + 39_999, 120)).toBe(true);
  });

  it('is renewed and checked again once a third of the lease has passed (another dispatcher may take it when it lapses)', () => {
    expect(claimStillFresh(1_000, 1_000 + 40_000, 120)).toBe(false);
    expect(claimStillFresh(0, 700, 2)).toBe(false);
    expect(claimStillFresh(0, 600, 2)).toBe(true);
  });
});
