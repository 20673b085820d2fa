/*
 * Everything of the reader's own result that lies below the bar chart, in one chunk that loads
 * as the reader scrolls towards it: the radar chart, the table, strengths and actions, the share
 * code and the history.
 */
export { RadarChart } from './RadarChart';
export { ResultDetails } from './ResultDetails';
export { ResultExtras } from './ResultExtras';
