/**
 * A button clicked while its island was still the server's HTML (client:intent, before the code
 * arrived): once the island runs, that button performs its own action, once, and only the last
 * click counts. The island is hydrated over the HTML the server would send, as Astro does it.
 */
import { hydrate } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { Button } from '../../../src/islands/shared/Button';
import { Hydrating, useEarlyInput } from '../../../src/islands/shared/early-input';
import { rememberClicks } from '../../../src/islands/shared/early-click';
import { useReady } from '../../../src/islands/shared/use-ready';

const did = vi.fn<(what: string) => void>();
afterEach(() => {
  did.mockReset();
  document.body.innerHTML = '';
});

/** A server-rendered picker whose early choice is read on waking (useEarlyInput). */
function Picker({ size, onChoose }: { size: string; onChoose: (size: string) => void }) {
  const ref = useRef<HTMLSelectElement>(null);
  useEarlyInput(ref, (el) => onChoose(el.value));
  return (
    <select ref={ref} aria-label="Size" value={size} onChange={(e) => onChoose(e.currentTarget.value)}>
      <option value="small">Small</option>
      <option value="large">Large</option>
    </select>
  );
}

/** A small island: a picker the reader may change early, and buttons that say what they did. */
function Island() {
  const ready = useReady();
  const [size, setSize] = useState('small');
  return (
    <Hydrating.Provider value={!ready}>
      <Picker size={size} onChoose={setSize} />
      <Button onClick={() => did(`apply ${size}`)}>Apply</Button>
      <Button onClick={() => did('remove')}>
        <span>Remove</span>
      </Button>
      {/* Disabled by the island as it wakes (say, the list it acts on turned out full). */}
      <Button disabled={ready} onClick={() => did('add')}>
        Add
      </Button>
      <Button aria-disabled="true" onClick={() => did('move up')}>
        Move up
      </Button>
    </Hydrating.Provider>
  );
}

/** What the server sends for Island, before any of its code has run. */
const SERVER_HTML =
  '<select aria-label="Size"><option value="small" selected>Small</option><option value="large">Large</option></select>' +
  '<button type="button">Apply</button><button type="button"><span>Remove</span></button>' +
  '<button type="button">Add</button><button type="button" aria-disabled="true">Move up</button>' +
  '<p>Some text</p>';

/** The page before the island's code arrives: its server HTML, with the directive remembering clicks. */
function serverPage() {
  const island = document.createElement('astro-island');
  island.innerHTML = SERVER_HTML;
  const outside = document.createElement('input');
  outside.setAttribute('aria-label', 'Elsewhere');
  document.body.append(island, outside);
  const forget = rememberClicks(island);
  const button = (name: string) => [...island.querySelectorAll('button')].find((b) => b.textContent === name)!;
  /** The code arrives: the island hydrates and the directive stops remembering, as intent-directive.ts does. */
  const wake = () => {
    hydrate(<Island />, island);
    forget();
  };
  return { island, outside, button, wake, user: userEvent.setup() };
}

/** Lets every effect and re-render of the woken island run (Preact runs effects after a frame). */
const settle = () => new Promise((r) => setTimeout(r, 150));

test('a button clicked before the island woke does its action once it runs, once, and focus stays put', async () => {
  const { button, outside, wake, user } = serverPage();
  await user.click(button('Remove'));
  outside.focus(); // the reader has moved on to something else
  wake();
  await waitFor(() => expect(did).toHaveBeenCalledWith('remove'));
  await settle();
  expect(did).toHaveBeenCalledTimes(1);
  expect(document.activeElement).toBe(outside);
});

test('only the last click before waking counts, and a last click beside the buttons means none', async () => {
  const first = serverPage();
  await first.user.click(first.button('Remove'));
  await first.user.click(first.button('Apply'));
  first.wake();
  await waitFor(() => expect(did).toHaveBeenCalled());
  await settle();
  expect(did.mock.calls).toEqual([['apply small']]);

  document.body.innerHTML = '';
  did.mockReset();
  const second = serverPage();
  await second.user.click(second.button('Remove'));
  await second.user.click(second.island.querySelector('p')!);
  second.wake();
  await settle();
  expect(did).not.toHaveBeenCalled();
});

test('the action sees what the reader chose before clicking', async () => {
  const { island, button, wake, user } = serverPage();
  await user.selectOptions(island.querySelector('select')!, 'large');
  await user.click(button('Apply'));
  wake();
  await waitFor(() => expect(did).toHaveBeenCalled());
  expect(did.mock.calls).toEqual([['apply large']]);
});

test('a button disabled once the island runs, or marked disabled, does nothing', async () => {
  for (const name of ['Add', 'Move up']) {
    document.body.innerHTML = '';
    const { button, wake, user } = serverPage();
    await user.click(button(name));
    wake();
    await settle();
    expect(did, name).not.toHaveBeenCalled();
  }
});

test('a click once the island has hydrated is handled by the button alone, even before its effects have run', async () => {
  const { button, wake } = serverPage();
  wake();
  // At once, as a fast reader could: the handler is attached, the island's effects have not run yet.
  button('Remove').click();
  await settle();
  expect(did.mock.calls).toEqual([['remove']]);
});
