/** Site-wide names and navigation, in one place so header, footer and tests agree. */
import { withBase } from './base';

export const siteName = 'Marketing × Sales';
export const siteTagline = 'How marketing and sales differ, depend on each other, and work as one';

export interface NavItem {
  href: string;
  label: string;
}

/** The header's top level; the tools follow the guide, grouped in one "Tools" menu (see toolsNav). */
export const primaryNav: NavItem[] = [
  { href: withBase('/guide/'), label: 'Guide' },
  { href: withBase('/onboarding/'), label: 'Onboarding' },
  { href: withBase('/glossary/'), label: 'Glossary' },
  { href: withBase('/progress/'), label: 'Progress' },
];

/** The header's "Tools" menu: what a reader does rather than reads. */
export const toolsNav: NavItem[] = [
  { href: withBase('/funnel/'), label: 'Funnel builder' },
  { href: withBase('/assessment/'), label: 'Self-assessment' },
  { href: withBase('/your-numbers/'), label: 'Your own numbers' },
  { href: withBase('/practice/'), label: 'Practice' },
];

/** The footer's links: the pages a reader looks for at the end of any page. */
export const footerNav: NavItem[] = [
  { href: withBase('/about/'), label: 'About, sources and privacy' },
  { href: withBase('/guide/'), label: 'All chapters' },
  { href: withBase('/glossary/'), label: 'Glossary' },
  { href: withBase('/evidence/'), label: 'Evidence behind the guide' },
  { href: withBase('/evidence/myths/'), label: 'Statistics that mislead' },
  { href: withBase('/paths/'), label: 'Learning paths' },
  { href: withBase('/practice/review/'), label: 'Review what you missed' },
  { href: withBase('/your-numbers/'), label: 'Your own numbers from a CRM export' },
  { href: withBase('/progress/'), label: 'Your progress' },
  { href: withBase('/search/'), label: 'Search' },
];

/** True when `path` is `href` or a page below it, for aria-current in navigation. */
export function isCurrentSection(path: string, href: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(path).startsWith(norm(href));
}
