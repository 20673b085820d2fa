import { expect, test, vi } from 'vitest';
import { onSight, onSightOrIntent } from '../../../src/islands/shared/intent';

test('a part set up after the reader has already shown intent starts at once, once, without an error', () => {
  const first = vi.fn();
  onSightOrIntent(first, document.createElement('div'));
  dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
  expect(first).toHaveBeenCalledTimes(1);
  const later = vi.fn();
  expect(() => onSightOrIntent(later, document.createElement('div'))).not.toThrow();
  expect(later).toHaveBeenCalledTimes(1);
});

test('without IntersectionObserver, "on sight" starts at once', () => {
  const saved = globalThis.IntersectionObserver;
  // @ts-expect-error: a browser without IntersectionObserver
  delete globalThis.IntersectionObserver;
  const start = vi.fn();
  onSight(start, [document.createElement('div')]);
  expect(start).toHaveBeenCalledTimes(1);
  globalThis.IntersectionObserver = saved;
});
