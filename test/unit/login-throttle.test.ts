/** The per-email login slow-down: none for the first failures, then doubling, never past the cap. */
import { describe, expect, it } from 'vitest';
import { loginThrottleSettings, slowdownMs } from '../../functions/accounts/login-throttle.js';

const settings = loginThrottleSettings({});

describe('slowdownMs', () => {
  it('waits nothing while an email has failed no more than the free failures', () => {
    // Act
    const waits = [0, 1, settings.freeFailures].map((failures) => slowdownMs(failures, settings));

    // Assess
    expect(waits).toEqual([0, 0, 0]);
  });

  it('doubles the wait with each further failure, from the step', () => {
    // Act
    const waits = [1, 2, 3].map((over) => slowdownMs(settings.freeFailures + over, settings));

    // Assess
    expect(waits).toEqual([settings.stepMs, settings.stepMs * 2, settings.stepMs * 4]);
  });

  it('never waits longer than the cap, however many failures', () => {
    // Act
    const waits = [20, 1_000, 1_000_000].map((failures) => slowdownMs(failures, settings));

    // Assess
    expect(waits).toEqual([settings.maxMs, settings.maxMs, settings.maxMs]);
  });

  it('reads its defaults: 10 per pair, 50 per address, 5 free, 250 ms doubling to 3 s', () => {
    // Assess
    expect(settings).toEqual({ perPair: 10, perAddress: 50, freeFailures: 5, stepMs: 250, maxMs: 3000 });
  });
});
