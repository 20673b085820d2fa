import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Adds `client:interaction`: the island hydrates once the reader has scrolled, tapped, clicked
 * or pressed a key, and then only when it is in view. For small extras on the first screen
 * (the chapter sidebar's read marks) that should not cost JavaScript before the reader does anything.
 */
export default function clientInteraction(): AstroIntegration {
  return {
    name: 'msg:client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('./client-interaction-directive.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: boolean;
  }
}
