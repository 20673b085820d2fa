/** part / whole as a share 0–1, or null when the whole is 0 (never NaN). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
