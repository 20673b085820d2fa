/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/**
 * One policy that allows what any page's policy allows: the union of each directive's
 * sources. Used for the HTTP header, which applies together with each page's stricter
 * <meta> policy, so the browser still enforces the page's own hashes.
 */
export function mergeCsp(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy for the HTTP header: every page's <meta> policy merged, plus the directives only a
 * header can carry (see cspHeaderOnlyDirectives), each once.
 */
export function headerCsp(pagePolicies: string[], headerOnly: readonly string[]): string {
  const merged = mergeCsp(pagePolicies);
  const names = new Set(parseCsp(merged).keys());
  const extra = headerOnly.filter((d) => !names.has(d.trim().split(/\s+/)[0]!));
  return [merged, ...extra].filter(Boolean).join('; ');
}
