import { config } from 'zod/mini';

/*
 * Zod compiles fast object parsers with `new Function` unless told not to. Under our Content
 * Security Policy (no 'unsafe-eval') even its probe for eval is reported as a
 * securitypolicyviolation, although zod catches the error. Every schema module imports this
 * first, so no parse ever tries eval.
 */
config({ jitless: true });
