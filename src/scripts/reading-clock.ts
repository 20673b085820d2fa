/**
 * Starts a chapter's reading clock as the page loads, long before the end-of-chapter island
 * hydrates, so the time a reader spends on the page (while it is visible) is known when they
 * reach the end. The island reads it from `window.msgReadingClock`.
 */
import { createReadingClock } from '../lib/learning/reading-clock';

const visible = () => document.visibilityState === 'visible';
const clock = createReadingClock(visible(), performance.now());
document.addEventListener('visibilitychange', () => clock.set(visible(), performance.now()));
window.msgReadingClock = clock;
