import { Alert, Radio, Stack, Title } from '@mantine/core';
import { IconCreditCard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PaymentsConfig } from './pledge-queries';
import { TEST_CARDS } from './test-cards';

/**
 * How the backer pays. In emulator mode the test cards are a plain radio list (Stripe.js is never
 * loaded); with real Stripe the Payment Element is not wired yet, and the page says so.
 */
export function PaymentSection({
  config,
  paymentMethodId,
  onChange,
}: {
  config: PaymentsConfig;
  paymentMethodId: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="payment-heading">
      <Title order={2} size="h4" id="payment-heading">
        {t('pledges.payment.heading')}
      </Title>
      {config.mode === 'emulator' ? (
        <Radio.Group value={paymentMethodId} onChange={onChange} label={t('pledges.payment.testCardsLegend')} size="md">
          <Stack gap="xs" mt="xs">
            {TEST_CARDS.map((card) => (
              <Radio key={card.id} value={card.id} label={t(`pledges.payment.cards.${card.outcome}`)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Alert
          variant="light"
          color="gray"
          icon={<IconCreditCard size={20} aria-hidden />}
          data-testid="stripe-not-wired"
        >
          {t('pledges.payment.stripeNotWired')}
        </Alert>
      )}
    </Stack>
  );
}
