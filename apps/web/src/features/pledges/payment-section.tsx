import type { CurrencyCode } from '@crowdstake/domain';
import { Loader, Radio, Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardCollector } from './card-collector';
import type { PaymentsConfig } from './pledge-queries';
import { TEST_CARDS } from './test-cards';
import '../../i18n/bundles/pledges';

/** Its own chunk: fetched only with real Stripe keys, so the emulator mode never loads Stripe.js. */
const StripePaymentElement = lazy(() => import('./stripe-payment-element'));

/**
 * How the backer pays. In emulator mode the test cards are a plain radio list (Stripe.js is never
 * loaded); with real Stripe keys, Stripe's Payment Element collects the card and hands the form a
 * PaymentMethod id, which goes in the same pledge request.
 */
export function PaymentSection({
  config,
  paymentMethodId,
  onChange,
  onCollector,
  purpose,
  amount,
  currency,
}: {
  config: PaymentsConfig;
  paymentMethodId: string;
  onChange: (id: string) => void;
  onCollector: (collect: CardCollector | null) => void;
  purpose: 'save_card' | 'charge_now';
  amount: number | null;
  currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="payment-heading">
      <Title order={2} size="h4" id="payment-heading">
        {t('pledges.payment.heading')}
      </Title>
      {config.mode === 'emulator' || !config.publishableKey ? (
        <Radio.Group value={paymentMethodId} onChange={onChange} label={t('pledges.payment.testCardsLegend')} size="md">
          <Stack gap="xs" mt="xs">
            {TEST_CARDS.map((card) => (
              <Radio key={card.id} value={card.id} label={t(`pledges.payment.cards.${card.outcome}`)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Suspense fallback={<Loader size="sm" aria-label={t('pledges.payment.stripeLoading')} />}>
          <StripePaymentElement
            publishableKey={config.publishableKey}
            purpose={purpose}
            amount={amount}
            currency={currency}
            onCollector={onCollector}
          />
        </Suspense>
      )}
    </Stack>
  );
}
