/**
 * The builder wakes at the reader's first intent (client:intent), so a number may be typed into the
 * server's HTML before its code runs. A click on "Copy link" as it wakes must carry that number: the
 * typing is applied as hydration ends, and the link is made from the funnel when the click runs.
 */
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { decodeFunnel } from '../../../src/lib/funnel/code';

test('a number typed before the builder woke goes into a link copied as it wakes', async () => {
  const copied = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: copied }, configurable: true });
  const { default: FunnelBuilder } = await import('../../../src/islands/funnel/FunnelBuilder');
  const island = document.createElement('astro-island');
  island.innerHTML = renderToString(<FunnelBuilder />);
  document.body.append(island);
  const visitors = island.querySelector<HTMLInputElement>('#fb-volume')!;
  // The reader types into the server's field: the browser changes it, no code of ours runs yet.
  visitors.value = '40000';

  hydrate(<FunnelBuilder />, island);
  // The reader's click lands on the woken island at once, before a frame has passed.
  screen.getByRole('button', { name: 'Copy link to this funnel' }).click();

  await waitFor(() => expect(copied).toHaveBeenCalledTimes(1));
  const code = new URL(copied.mock.calls[0]![0]).hash.replace('#f=', '');
  const decoded = decodeFunnel(code);
  expect(decoded.ok && decoded.funnel.volume).toBe(40000);
  island.remove();
});
