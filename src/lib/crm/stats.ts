import type { SpeedGroup } from '../../schemas/crm';

/** part / whole as a share 0–1, or null when the whole is 0 (never NaN). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Share of a group's leads first answered within `hours` hours (0–1), or null with no leads. */
export const shareWithin = (g: SpeedGroup, hours: number): number | null =>
  share(g.curve[Math.min(hours, g.curve.length - 1)]!, g.leads);

/** Share of a group's leads with no response recorded (0–1), or null with no leads. */
export const shareNever = (g: SpeedGroup): number | null => share(g.leads - g.responded, g.leads);
