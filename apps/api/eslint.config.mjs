import { nest } from '@crowdstake/eslint-config/base';

/**
 * A module's tables are its own: another module's entity class is the handle for
 * querying its table (`getRepository(Entity)`, `manager.find(Entity, …)`), so only
 * the owning module imports it as a value. Everyone else asks the owning module's
 * exported service (see docs/architecture.md, "Module doors"). Type-only imports
 * stay allowed: a type cannot query anything, and services return their rows.
 */
export const moduleDoorRule = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['../**/*.entity', '../**/*.entities', '../**/entities/*'],
          allowTypeImports: true,
          message:
            "Another module's entity: ask that module's exported service instead (docs/architecture.md, Module doors). `import type` is fine.",
        },
      ],
    },
  ],
};

export default [
  ...nest,
  {
    // Stripe stays behind the PaymentGateway port: one file speaks the SDK, the rest speak our terms.
    files: ['**/*.ts'],
    ignores: ['src/payments/stripe-gateway.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'stripe',
              message:
                'Use the PaymentGateway port (src/payments/payment-gateway.ts); only stripe-gateway.ts imports stripe.',
            },
          ],
          patterns: [
            {
              group: ['stripe/*'],
              message: 'Use the PaymentGateway port; only src/payments/stripe-gateway.ts imports stripe.',
            },
          ],
        },
      ],
    },
  },
  {
    // Module doors. Entities may still be listed where the schema is assembled (database/, migrations),
    // related to each other (entity files), and set up directly by tests.
    files: ['src/**/*.ts'],
    ignores: [
      'src/database/**',
      'src/**/*.entity.ts',
      'src/**/*.entities.ts',
      'src/**/entities/**',
      'src/**/*.spec.ts',
    ],
    rules: moduleDoorRule,
  },
];
