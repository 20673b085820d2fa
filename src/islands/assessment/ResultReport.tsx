import { ResultCharts, ResultHeadline, type ReportProps } from './ResultHeadline';
import { ResultDetails } from './ResultDetails';
import { RadarChart } from './RadarChart';

/**
 * One respondent's whole scored result at once: score, level, charts with a table, strengths and
 * what to work on. A shared result shows it this way; the reader's own result (ResultsView) loads
 * the part below the charts as it is scrolled to.
 */
export function ResultReport(props: ReportProps) {
  return (
    <div class="report">
      <ResultHeadline {...props} />
      <ResultCharts {...props} radar={(chart) => <RadarChart {...chart} />} />
      <ResultDetails {...props} />
    </div>
  );
}
