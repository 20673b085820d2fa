/**
 * The offline support's page side (src/scripts/offline/sw-register.ts) with a stand-in for the
 * browser's service worker container and for Workbox: what the reader sees when the guide is
 * saved, when a new version waits, when another tab has already taken it, and when workers are
 * blocked. The real worker runs in test/e2e/offline.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';

const skipWaiting = vi.fn();
let registerResult: () => Promise<unknown>;
let workbox: EventTarget | undefined;

vi.mock('workbox-window', () => ({
  Workbox: class extends EventTarget {
    register = () => {
      // The page's one Workbox: the test fires its events.
      workbox = this as EventTarget;
      return registerResult();
    };
    messageSkipWaiting = skipWaiting;
  },
}));

/** navigator.serviceWorker as a page sees it: a controller or none, and `ready` once a worker is active. */
function container(controlled: boolean) {
  const c = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    ready: new Promise(() => {}) as Promise<unknown>,
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: c, configurable: true });
  return c;
}

const reload = vi.fn();
beforeEach(() => {
  workbox = undefined;
  skipWaiting.mockClear();
  reload.mockClear();
  document.body.innerHTML = '<footer class="site-footer"><div class="inner"><p>Footer</p></div></footer>';
  Object.defineProperty(window, 'location', { value: { ...window.location, reload }, configurable: true });
  // The notice's stylesheet "loads" at once.
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const n of nodes) if (n instanceof HTMLElement) queueMicrotask(() => n.dispatchEvent(new Event('load')));
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

const start = () => import('../../src/scripts/offline/sw-register');

describe('saving the guide for offline reading', () => {
  test('the footer says "Available offline" only once a worker is active', async () => {
    const c = container(false);
    let active!: () => void;
    c.ready = new Promise((done) => (active = () => done({})));
    registerResult = async () => ({ installing: null, waiting: null });
    await start();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText(/Available offline/)).toBeNull();
    active();
    expect(await screen.findByText(/^Available offline:/)).toBeVisible();
  });

  test('where workers are blocked, the page is left as it was', async () => {
    container(false);
    registerResult = async () => undefined;
    await start();
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelector('[role="status"]')).toBeNull();
    expect(screen.queryByText(/Available offline/)).toBeNull();
  });
});

describe('a new version', () => {
  test('is offered, not forced: Reload lets the waiting worker take over, then reloads', async () => {
    const c = container(true);
    const registration = { installing: null, waiting: {} };
    registerResult = async () => registration;
    await start();
    await waitFor(() => expect(workbox).toBeDefined());
    workbox!.dispatchEvent(new Event('waiting'));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('A new version of the guide is ready.');
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(skipWaiting).toHaveBeenCalledOnce();
    // Only once the new worker controls the page, so the reload gets the new version.
    expect(reload).not.toHaveBeenCalled();
    c.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  test('Later puts the notice away and nothing reloads', async () => {
    container(true);
    registerResult = async () => ({ installing: null, waiting: {} });
    await start();
    await waitFor(() => expect(workbox).toBeDefined());
    workbox!.dispatchEvent(new Event('waiting'));
    await userEvent.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of the guide is ready.')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  test('taken by another tab, it is offered here too, as a plain reload', async () => {
    const c = container(true);
    registerResult = async () => ({ installing: null, waiting: null });
    await start();
    await waitFor(() => expect(document.querySelector('[role="status"]')).not.toBeNull());
    c.dispatchEvent(new Event('controllerchange'));
    await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  test('the first worker taking over a page is no new version', async () => {
    const c = container(false);
    registerResult = async () => ({ installing: null, waiting: null });
    await start();
    await waitFor(() => expect(document.querySelector('[role="status"]')).not.toBeNull());
    c.dispatchEvent(new Event('controllerchange'));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText('A new version of the guide is ready.')).toBeNull();
  });
});
