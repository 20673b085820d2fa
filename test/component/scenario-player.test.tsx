/**
 * The scenario player as a keyboard user meets it: focus on each new heading, choices as named
 * buttons, the outcome in a live region, a debrief that names what to reread, and the result saved.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ScenarioPlayer from '../../src/islands/scenarios/ScenarioPlayer';
import { rereadKey, type RereadLink } from '../../src/lib/scenarios/play';
import { $progress } from '../../src/stores/progress-store';
import { emptyProgress } from '../../src/lib/learning/progress-codec';
import { loadScenarios } from '../unit/scenarios/helpers';

const scenarios = loadScenarios();

function setup(id: string) {
  const { scenario } = scenarios.find((s) => s.id === id)!;
  const rereads: Record<string, RereadLink> = {};
  for (const st of scenario.steps)
    for (const c of st.choices)
      if (c.reread)
        rereads[rereadKey(c.reread)] = {
          href: `/guide/${c.reread.chapter}/#${c.reread.heading}`,
          chapter: c.reread.chapter,
          heading: c.reread.heading,
        };
  render(<ScenarioPlayer id={id} scenario={scenario} rereads={rereads} />);
  return { scenario, user: userEvent.setup() };
}

/** The player's live region: the last status on the page (the storage notice has its own, above). */
const status = () => screen.getAllByRole('status').at(-1)!;
const focusedHeading = () => document.activeElement as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  $progress.set(emptyProgress());
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('ScenarioPlayer', () => {
  it('plays the pipeline review from the start to the debrief by keyboard alone, and saves the result', async () => {
    const { scenario, user } = setup('pipeline-review');
    const start = await screen.findByRole('button', { name: 'Start the scenario' });
    await expect.poll(() => (start as HTMLButtonElement).disabled).toBe(false);
    await user.tab();
    expect(document.activeElement).toBe(start);
    await user.keyboard('{Enter}');

    // Decision: the step's choice number (0-based), reached with Tab from the focused heading.
    const route: [string, number][] = [
      ['first-look', 2], // a mistake: total leads first
      ['more-leads', 0],
      ['leak', 0],
      ['cause', 0],
      ['evidence', 0],
      ['measure', 0],
      ['owner', 0],
    ];
    for (const [i, [stepId, k]] of route.entries()) {
      const step = scenario.steps.find((s) => s.id === stepId)!;
      expect(focusedHeading()).toHaveProperty('tagName', 'H2');
      expect(focusedHeading().textContent).toBe(step.title);
      expect(screen.getByText(`Decision ${i + 1}`)).toBeTruthy();
      for (const c of step.choices) expect(screen.getByRole('button', { name: c.text })).toBeTruthy();
      for (let t = 0; t <= k; t++) await user.tab();
      expect(document.activeElement?.textContent).toBe(step.choices[k]!.text);
      await user.keyboard('{Enter}');

      const chosen = step.choices[k]!;
      const verdict = { best: 'Strong choice', fair: 'Defensible, not the best', mistake: 'A costly mistake' }[
        chosen.verdict
      ];
      expect(focusedHeading().textContent).toContain(verdict);
      expect(screen.getByText(chosen.explanation)).toBeTruthy();
      expect(status().textContent).toContain(`${verdict}.`);
      if (chosen.verdict === 'mistake')
        expect(screen.getByRole('link', { name: /Reread|where-leads-get-lost/ })).toBeTruthy();
      const next = screen.getByRole('button', { name: i === route.length - 1 ? 'See the debrief' : 'Next decision' });
      next.focus();
      await user.keyboard('{Enter}');
    }

    expect(focusedHeading().textContent).toBe('Debrief');
    const debrief = screen.getByRole('region', { name: 'Debrief' });
    expect(within(debrief).getByText('A good ending')).toBeTruthy();
    expect(within(debrief).getByText('The leak found and fixed first')).toBeTruthy();
    expect(
      within(debrief).getByText(/6 of 7 decisions were the strongest choice; 1 was a costly mistake/),
    ).toBeTruthy();
    const reread = within(debrief).getAllByRole('link', { name: /where-leads-get-lost/ })[0]!;
    expect(reread.getAttribute('href')).toBe('/guide/scoring-and-funnel-maths/#where-leads-get-lost');
    const whatIf = within(debrief).getByRole('table', { name: /What each choice at “What do you fix first\?”/ });
    expect(within(whatIf).getByText('+6.4')).toBeTruthy();
    expect(status().textContent).toBe('Debrief: A good ending. The leak found and fixed first.');

    expect($progress.get().scenarios?.['pipeline-review']).toMatchObject({
      best: { correct: 6, total: 7 },
      attempts: 1,
      ending: 'good',
      good: true,
    });

    await user.click(within(debrief).getByRole('button', { name: 'Play again' }));
    expect(focusedHeading().textContent).toBe(scenario.steps[0]!.title);
  });

  it('runs the inbox clock: a first call at 09:02 takes 20 minutes and books half a meeting', async () => {
    const { user } = setup('sdr-morning-inbox');
    const start = await screen.findByRole('button', { name: 'Start the scenario' });
    await expect.poll(() => (start as HTMLButtonElement).disabled).toBe(false);
    await user.click(start);
    expect(screen.getByText('09:02')).toBeTruthy();
    expect(screen.getByText(/Fit high, intent high; meeting chance within the hour 50 %/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Call Priya now, before anything else' }));
    expect(status().textContent).toBe('Strong choice. Clock 09:22. Meetings expected so far: 0.5.');
  });

  it('shows the live funnel in the SLA negotiation as each clause is agreed', async () => {
    const { user } = setup('negotiating-the-sla');
    const start = await screen.findByRole('button', { name: 'Start the scenario' });
    await expect.poll(() => (start as HTMLButtonElement).disabled).toBe(false);
    await user.click(start);
    expect(screen.getByText('You are the head of marketing')).toBeTruthy();
    const table = () => screen.getByRole('table', { name: 'The funnel a month' });
    expect(within(table()).getByRole('row', { name: /MQL 300 300 0/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Accept, and write the definition down/ }));
    expect(within(table()).getByRole('row', { name: /MQL 300 200 −100/ })).toBeTruthy();
    expect(status().textContent).toMatch(/^Strong choice\. Customers a month: 7\.$/);
  });
});
