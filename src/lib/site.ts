/** Site-wide names and navigation, in one place so header, footer and tests agree. */
import { withBase } from './base';

export const siteName = 'Marketing × Sales';
export const siteTagline = 'How marketing and sales differ, depend on each other, and work as one';

export interface NavItem {
  href: string;
  label: string;
}

export const primaryNav: NavItem[] = [
  { href: withBase('/guide/'), label: 'Guide' },
  { href: withBase('/funnel/'), label: 'Funnel builder' },
  { href: withBase('/assessment/'), label: 'Self-assessment' },
  { href: withBase('/onboarding/'), label: 'Onboarding' },
  { href: withBase('/practice/'), label: 'Practice' },
  { href: withBase('/glossary/'), label: 'Glossary' },
  { href: withBase('/progress/'), label: 'Progress' },
];

/** True when `path` is `href` or a page below it, for aria-current in navigation. */
export function isCurrentSection(path: string, href: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(path).startsWith(norm(href));
}
