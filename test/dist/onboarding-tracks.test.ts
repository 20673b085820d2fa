/**
 * The built onboarding pages: the general week offers each role's plan after the shared days, and
 * each role's page lists the shared days, then its own, with its checklists readable without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
/** The page's visible words in order: enough to check what a reader meets first. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('onboarding by role', () => {
  it('offers the four role plans on the general week, between day 2 and day 3', () => {
    const html = page('/onboarding/');
    for (const href of ['sdr', 'account-executive', 'marketer', 'customer-success'])
      expect(html).toContain(`href="/onboarding/${href}/"`);
    const fork = html.indexOf('id="choose-track"');
    expect(html.indexOf('id="part-2"')).toBeLessThan(fork);
    expect(fork).toBeLessThan(html.indexOf('id="part-3"'));
  });

  it("gives the SDR a week of shared days, then the SDR's own, with the reasons for rejecting a lead", () => {
    const t = text(page('/onboarding/sdr/'));
    expect(t).toContain('Your first week: Sales development rep (SDR)');
    const order = ['Day 1 (Monday)', 'Day 2 (Tuesday)', 'read a lead before you call it', 'answer fast', 'hand over'];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(t).toContain('Reasons for sending a lead back to marketing');
    expect(t).toContain('Duplicate, or already a customer or an open deal.');
  });
});
