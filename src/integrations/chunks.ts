import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * How the browser code is cut into files, for the first view's byte budgets
 * (test/e2e/budgets.spec.ts). Every file costs its own compression header and import lines, and
 * the bundler's automatic split gives each small shared module a file of its own; so:
 *
 * - Preact, its hooks and its JSX runtime, which every island loads together, are one file.
 * - The small helpers every widget island loads with Preact (hydration flag, store hook, code
 *   loader, load-failure notices) are one file. Only modules that need Preact anyway belong
 *   here: a group takes its modules' imports with it, so a plain page script importing one of
 *   them would load Preact.
 * - A dynamic import asks the browser to preload only the files its chunk needs that the
 *   importing file has not already loaded (Vite lists them all), which keeps those lists short.
 */
export default function chunks(): AstroIntegration {
  return {
    name: 'msg:chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [preloadOnlyWhatIsMissing()],
            build: {
              rolldownOptions: {
                output: {
                  codeSplitting: {
                    groups: [
                      { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 2 },
                      {
                        name: 'widget-kit',
                        test: /src[\\/]islands[\\/]shared[\\/](use-ready|loader|Stalled|use-hydrated-store)\./,
                      },
                    ],
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}

type Graph = Record<string, { type: string; imports?: string[] }>;

/** Every file a chunk's static imports load, itself included. */
function staticClosure(graph: Graph, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file]?.imports ?? []) staticClosure(graph, dep, seen);
  return seen;
}

function preloadOnlyWhatIsMissing(): Plugin {
  let graph: Graph | undefined;
  return {
    name: 'msg:preload-only-what-is-missing',
    apply: 'build',
    config: () => ({
      build: {
        modulePreload: {
          polyfill: false,
          resolveDependencies: (_file, deps, { hostId, hostType }) => {
            if (!graph || hostType !== 'js') return deps;
            const loaded = staticClosure(graph, hostId);
            return deps.filter((dep) => !loaded.has(dep));
          },
        },
      },
    }),
    // Runs before Vite's own generateBundle, which calls resolveDependencies.
    generateBundle: { order: 'pre', handler: (_options, bundle) => void (graph = bundle as unknown as Graph) },
  };
}
