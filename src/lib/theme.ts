/** The reader's theme choice: a fixed theme or the operating system's. */
export type ThemePreference = 'light' | 'dark' | 'system';

export const THEME_KEY = 'msg:theme';

/** Reads a stored preference; anything unknown means "system". */
export function parseThemePreference(value: unknown): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme actually shown for a preference and the system setting. */
export function resolveTheme(pref: ThemePreference, systemDark: boolean): 'light' | 'dark' {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}
