import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';

test('component project renders Preact into happy-dom', () => {
  render(<button type="button">Start</button>);
  expect(screen.getByRole('button', { name: 'Start' })).toBeDefined();
});
