import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the site has been built into dist/', () => {
  expect(existsSync('dist/index.html')).toBe(true);
});
