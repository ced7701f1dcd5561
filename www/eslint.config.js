// ESLint (flat config): the recommended rules, with the globals of where each file runs. No rule
// is turned off. `npm run lint`; scripts/test_page.sh runs it before the tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['pkg/'] },
  js.configs.recommended,
  // The page's main script and the helpers it shares (lib/ is also imported by the worker and node).
  { files: ['src/app/**/*.js', 'src/lib/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['src/worker/**/*.js', 'src/pdf/**/*.js'], languageOptions: { globals: globals.worker } },
  // Build scripts and this file run in node.
  { files: ['*.js', '*.mjs'], languageOptions: { globals: globals.node } },
  // Tests and benchmarks run in node; the functions they hand to page.evaluate run in the page.
  {
    files: ['tests/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
