import { config } from 'zod/mini';

/*
 * Zod compiles fast object parsers with `new Function` unless told not to. Under our Content
 * Security Policy (no 'unsafe-eval') even its probe for eval is reported as a
 * securitypolicyviolation, although zod catches the error. The setting is global, so it must run
 * before a page's first parse: schemas/common.ts (and through it every content schema),
 * schemas/funnel.ts and lib/search-url.ts import it first. schemas/assessment.ts does not yet, so
 * a module that parses with it in the browser must import this file itself.
 */
config({ jitless: true });
