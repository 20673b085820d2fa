import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { $savedDataNotices } from '../../../src/stores/persisted';
import { StorageNotice } from '../../../src/islands/shared/StorageNotice';

test('a kept copy is offered with a download and a dismiss; dismissing removes the note (issue 28, M1)', async () => {
  $savedDataNotices.set({
    'msg:funnel': { key: 'msg:funnel', what: 'funnel', message: 'Saved funnel … still kept.', copy: 'x', slot: null },
  });
  render(<StorageNotice keys={['msg:funnel']} lost="your funnel" />);
  expect(await screen.findByRole('button', { name: 'Download the unreadable funnel' })).toBeDefined();
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss and delete the copy' }));
  expect(screen.queryByText('Saved funnel … still kept.')).toBeNull();
  expect($savedDataNotices.get()['msg:funnel']).toBeUndefined();
});
