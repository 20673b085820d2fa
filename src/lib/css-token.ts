/**
 * A colour token's value in one rule of the site's token sheet (src/styles/tokens.css), so the
 * installed app's colours follow the design tokens instead of repeating them. Innermost rules are
 * read, so a rule inside `@media` counts. Throws, naming the token, when the sheet no longer has it.
 */
export function cssToken(css: string, name: string, selector = ':root'): string {
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = rule[1]!.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (selectors !== selector) continue;
    const value = rule[2]!.match(new RegExp(`(?:^|[;\\s])${name}\\s*:\\s*([^;]+);`))?.[1]?.trim();
    if (value) return value;
  }
  throw new Error(`src/styles/tokens.css: no ${name} in the "${selector}" rule`);
}
