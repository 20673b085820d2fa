/**
 * The built onboarding pages: the general week offers each role's plan after the shared days, and
 * each role's page lists the shared days, then its own, with its checklists readable without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { attr, builtHtml, byTag, page, visibleText } from './site';

describe('onboarding by role', () => {
  it('offers the four role plans on the general week, between day 2 and day 3', () => {
    const links = byTag(page('/onboarding/'), 'a').map((a) => attr(a, 'href'));
    for (const href of ['sdr', 'account-executive', 'marketer', 'customer-success'])
      expect(links).toContain(`/onboarding/${href}/`);
    const html = builtHtml('/onboarding/');
    const fork = html.indexOf('id="choose-track"');
    expect(html.indexOf('id="part-2"')).toBeLessThan(fork);
    expect(fork).toBeLessThan(html.indexOf('id="part-3"'));
  });

  it("gives the SDR a week of shared days, then the SDR's own, with the reasons for rejecting a lead", () => {
    const t = visibleText(page('/onboarding/sdr/'));
    expect(t).toContain('Your first week: Sales development rep (SDR)');
    const order = ['Day 1 (Monday)', 'Day 2 (Tuesday)', 'read a lead before you call it', 'answer fast', 'hand over'];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(t).toContain('Reasons for sending a lead back to marketing');
    expect(t).toContain('Duplicate, or already a customer or an open deal.');
  });
});
