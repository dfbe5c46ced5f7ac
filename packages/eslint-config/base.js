import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** TypeScript everywhere: recommended rules, type-only imports marked, Prettier owns formatting. */
export const base = tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.turbo/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  prettier,
);

/**
 * NestJS resolves providers by the runtime class that `emitDecoratorMetadata`
 * records, so constructor parameter types must stay value imports.
 */
export const nest = [...base, { rules: { '@typescript-eslint/consistent-type-imports': 'off' } }];

/** Pure domain code: no escape hatches. */
export const strictDomain = [...base, { rules: { '@typescript-eslint/no-explicit-any': 'error' } }];

export default base;
