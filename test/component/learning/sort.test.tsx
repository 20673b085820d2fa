/** "Marketing, sales or both?": placing every activity, checking, the score and what is saved. */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { activitySchema, type Activity } from '../../../src/schemas/learning';
import { groupLabels } from '../../../src/schemas/learning-groups';

const items: Activity[] = (parse(readFileSync('content/activities/marketing-or-sales.yaml', 'utf8')) as unknown[]).map(
  (a) => activitySchema.parse(a),
);

async function openSort() {
  const { default: SortExercise } = await import('../../../src/islands/learning/SortExercise');
  const user = userEvent.setup();
  const view = render(<SortExercise items={items} />);
  await waitFor(() => expect(screen.getAllByRole('radio')[0]).toBeEnabled());
  return { user, ...view };
}
/** The group (radio group) of one activity, by its text. */
const activity = (text: string) => screen.getByRole('group', { name: text });

describe('the sort exercise', () => {
  test('a reader places every activity, one of them wrongly, and sees a score with an explanation for each', async () => {
    const { user, unmount } = await openSort();
    expect(items.length).toBeGreaterThanOrEqual(16);
    const groups = Object.values(groupLabels);
    for (const [i, a] of items.entries()) {
      const right = groupLabels[a.group];
      // Place the first activity in the wrong group on purpose.
      const pick = i === 0 ? groups[(groups.indexOf(right) + 1) % 3]! : right;
      await user.click(within(activity(a.text)).getByRole('radio', { name: pick }));
    }
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getAllByRole('status').find((s) => s.textContent!.includes('You placed'))).toHaveTextContent(
      `You placed ${items.length - 1} of ${items.length} activities in the right group`,
    );
    expect(activity(items[0]!.text)).toHaveTextContent('✗ Not quite');
    expect(activity(items[0]!.text)).toHaveTextContent(items[0]!.explanation);
    expect(activity(items[1]!.text)).toHaveTextContent('✓ Right.');
    expect(document.querySelector('.kc-best')).toHaveTextContent(`Your best: ${items.length - 1} of ${items.length}`);

    unmount();
    await openSort();
    expect(document.querySelector('.kc-best')).toHaveTextContent(`Your best: ${items.length - 1} of ${items.length}`);
  });

  test('checking before every activity is placed says how many are left, moves focus to the first, and changes nothing', async () => {
    const { user } = await openSort();
    const count = items.length;
    expect(document.querySelector('.sort-placed')).toHaveTextContent(`0 of ${count} placed`);
    await user.click(within(activity(items[0]!.text)).getByRole('radio', { name: 'Sales' }));
    expect(document.querySelector('.sort-placed')).toHaveTextContent(`1 of ${count} placed`);
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(document.querySelector('#sort-error')!.textContent).toMatch(
      new RegExp(
        `^Place every activity first: ${count - 1} are not placed yet \\(“${items[1]!.text}”, .+ and ${count - 6} more\\)\\.$`,
      ),
    );
    await waitFor(() =>
      expect(within(activity(items[1]!.text)).getByRole('radio', { name: 'Marketing' })).toHaveFocus(),
    );
    expect(document.querySelectorAll('.sort-feedback')).toHaveLength(0);
  });
});
