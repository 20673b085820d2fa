/** The three groups of the sorting exercise. Kept free of zod so islands can import the labels cheaply. */
export const GROUPS = ['marketing', 'sales', 'both'] as const;
export type Group = (typeof GROUPS)[number];
export const groupLabels: Record<Group, string> = { marketing: 'Marketing', sales: 'Sales', both: 'Both' };
/** The site-wide colour class for each group (always shown with its label). */
export const groupTagClass: Record<Group, string> = {
  marketing: 'tag-marketing',
  sales: 'tag-sales',
  both: 'tag-shared',
};
