import type { PathStep } from '../../schemas/learning';
import type { ChapterRef } from './continue';

/** A chapter as the progress islands need it. */
export interface ChapterInfo extends ChapterRef {
  /** Number of questions in its check, 0 when it has none. */
  questions: number;
}

/** A path step resolved for display on the server: what it is called and where it leads. */
export interface StepView {
  key: string;
  step: PathStep;
  /** "Read", "Check", "Exercise", "Tool", "Task". */
  kind: string;
  title: string;
  href?: string;
  note?: string;
}

/** A path with its steps, for progress summaries. */
export interface PathInfo {
  id: string;
  title: string;
  href: string;
  steps: PathStep[];
}
