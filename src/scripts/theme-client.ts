import { THEME_KEY, parseThemePreference, resolveTheme, type ThemePreference } from '../lib/theme';

function readPref(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

function apply(pref: ThemePreference): void {
  const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = resolveTheme(pref, systemDark);
  document.documentElement.dataset.themePref = pref;
}

/** Wires the header's theme select; follows the system setting live while "system" is chosen. */
export function initThemeSwitch(): void {
  const wrap = document.querySelector<HTMLElement>('[data-theme-switch]');
  const select = wrap?.querySelector('select');
  if (!wrap || !select) return;
  select.value = readPref();
  wrap.classList.remove('pending');
  select.addEventListener('change', () => {
    const pref = parseThemePreference(select.value);
    try {
      localStorage.setItem(THEME_KEY, pref);
    } catch {
      /* private mode: the choice still applies to this page */
    }
    apply(pref);
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => apply(readPref()));
  addEventListener('storage', (e) => {
    if (e.key === THEME_KEY) {
      select.value = readPref();
      apply(readPref());
    }
  });
}
