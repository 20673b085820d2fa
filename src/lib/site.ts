/** Site-wide names and navigation, in one place so header, footer and tests agree. */
export const siteName = 'Marketing × Sales';
export const siteTagline = 'How marketing and sales differ, depend on each other, and work as one';

export interface NavItem {
  href: string;
  label: string;
}

export const primaryNav: NavItem[] = [
  { href: '/guide/', label: 'Guide' },
  { href: '/funnel/', label: 'Funnel builder' },
  { href: '/assessment/', label: 'Self-assessment' },
  { href: '/onboarding/', label: 'Onboarding' },
  { href: '/practice/', label: 'Practice' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/progress/', label: 'Progress' },
];

/** The footer's links: the pages a reader looks for at the end of any page. */
export const footerNav: NavItem[] = [
  { href: '/about/', label: 'About, sources and privacy' },
  { href: '/guide/', label: 'All chapters' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/evidence/', label: 'Evidence behind the guide' },
  { href: '/evidence/myths/', label: 'Statistics that mislead' },
  { href: '/paths/', label: 'Learning paths' },
  { href: '/practice/review/', label: 'Review what you missed' },
  { href: '/your-numbers/', label: 'Your own numbers from a CRM export' },
  { href: '/progress/', label: 'Your progress' },
  { href: '/search/', label: 'Search' },
];

/** True when `path` is `href` or a page below it, for aria-current in navigation. */
export function isCurrentSection(path: string, href: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(path).startsWith(norm(href));
}
