// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The layers of src/, lowest first: each may import itself and the layers before it, never one
 * after it. schemas (zod) <- lib (pure TS) <- stores (nanostores) <- islands (Preact widgets and
 * their hooks) <- everything that assembles pages.
 */
const LAYERS = ['schemas', 'lib', 'stores', 'islands'];
/** What assembles pages, each with what it may use besides the layers above. */
const TOP = {
  data: [], // build-time content queries (astro:content)
  integrations: [], // build steps and client directives
  scripts: ['styles'], // page scripts that are not islands
  components: ['data', 'scripts', 'styles', 'components', 'layouts'], // a page template may wrap a layout
  layouts: ['components', 'scripts', 'styles', 'layouts'],
  pages: ['data', 'components', 'layouts', 'scripts', 'styles', 'pages'],
};
const layerPolicies = [
  ...LAYERS.map((type, i) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: [...LAYERS.slice(0, i + 1), ...(i ? ['styles'] : [])] } } } },
  })),
  ...Object.entries(TOP).map(([type, extra]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: [...LAYERS, type, ...extra] } } } },
  })),
];

// eslint-plugin-jsx-a11y does not yet accept ESLint 10; its maintained fork jsx-a11y-x does, and
// eslint-plugin-astro picks it up for the astro/jsx-a11y rules.
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-sub/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      // Preact writes `for`, which this rule does not read; axe checks every label on every page in the e2e suite.
      'jsx-a11y-x/label-has-associated-control': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx,astro}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        ...[...LAYERS, ...Object.keys(TOP), 'styles'].map((type) => ({ type, pattern: `src/${type}` })),
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro'] } },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }] },
  },
  {
    // The site may be served under a path (BASE_PATH): an address written from the root goes through
    // withBase (src/lib/base.ts). Pages the build writes are checked in test/dist/sub-path.test.ts; this
    // also catches links an island only renders in the browser.
    files: ['src/**/*.{ts,tsx,astro}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'JSXAttribute[name.name=/^(href|src|action|reload)$/] > Literal[value=/^\\/(?!\\/)/]',
          'JSXAttribute[name.name=/^(href|src|action|reload)$/] > JSXExpressionContainer > TemplateLiteral[quasis.0.value.raw=/^\\/(?!\\/)/]',
          'Property[key.name="href"] > Literal[value=/^\\/(?!\\/)/]',
          'Property[key.name="href"] > TemplateLiteral[quasis.0.value.raw=/^\\/(?!\\/)/]',
          'CallExpression[callee.property.name="assign"] > :matches(Literal[value=/^\\//], TemplateLiteral[quasis.0.value.raw=/^\\//])',
        ].map((selector) => ({
          selector,
          message:
            "An address from the site's root escapes a sub-path deployment: write withBase('/…') (src/lib/base.ts).",
        })),
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Scrollable table regions must be reachable by keyboard (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
