import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { OwnData } from '../islands/shared/intent';

/** Adds `client:intent` and `client:sight`: see src/integrations/intent-directive.ts and sight-directive.ts. */
export default function clientIntent(): AstroIntegration {
  return {
    name: 'msg:client-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'intent',
          entrypoint: fileURLToPath(new URL('./intent-directive.ts', import.meta.url)),
        });
        addClientDirective({
          name: 'sight',
          entrypoint: fileURLToPath(new URL('./sight-directive.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean | OwnData;
    'client:sight'?: boolean | OwnData;
  }
}
