/**
 * Shared setup for component tests: jest-dom matchers, a clean DOM and storage for every test, and
 * fresh modules so each test starts with stores read anew from (empty) localStorage.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/preact';
import { setPersistentEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';

// The machine running the suite may be busy: wait longer for what a slow render shows.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
  vi.resetModules();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A persistent store stops listening to `storage` events 1 s after its last subscriber leaves
// (nanostores' unmount delay). At the end of a file that can fall after happy-dom's window is
// gone, and removing a listener from no window throws into the run: stop listening to nothing instead.
afterAll(() => setPersistentEngine(localStorage, { addEventListener() {}, removeEventListener() {} }));
