import { nest } from '@crowdstake/eslint-config/base';

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
];
