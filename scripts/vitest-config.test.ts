import { describe, expect, it } from 'vitest';

describe('unit tests run in a pinned time zone', () => {
  it('is set even when the command line sets none (vitest.config.ts falls back to Pacific/Honolulu)', () => {
    expect(process.env.TZ).toMatch(/^\w+\/\w+$|^UTC$/);
  });

  it('is the zone dates are read in', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});
