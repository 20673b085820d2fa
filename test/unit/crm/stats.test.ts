import { describe, expect, it } from 'vitest';
import { share, shareNever, shareWithin } from '../../../src/lib/crm/stats';

// 10 leads: 2 answered within the hour, 6 within two hours, 8 at all (curve[h] counts answered within h hours).
const group = { label: 'All', leads: 10, responded: 8, median: 1.5, curve: [0, 2, 6, 8] };
const none = { label: 'None', leads: 0, responded: 0, median: null, curve: [0, 0] };

describe('speed-to-lead shares', () => {
  it('gives the share answered within some hours, the last point of the curve standing for later hours', () => {
    expect(shareWithin(group, 1)).toBe(0.2);
    expect(shareWithin(group, 2)).toBe(0.6);
    expect(shareWithin(group, 24)).toBe(0.8);
  });

  it('gives the share never answered', () => {
    expect(shareNever(group)).toBe(0.2);
  });

  it('says nothing rather than NaN for a group without leads', () => {
    expect(shareWithin(none, 1)).toBeNull();
    expect(shareNever(none)).toBeNull();
    expect(share(3, 0)).toBeNull();
  });
});
