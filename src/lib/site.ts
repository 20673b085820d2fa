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

/** True when `path` is `href` or a page below it, for aria-current in navigation. */
export function isCurrentSection(path: string, href: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(path).startsWith(norm(href));
}
