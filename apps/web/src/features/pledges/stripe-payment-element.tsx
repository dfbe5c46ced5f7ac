import type { CurrencyCode } from '@crowdstake/domain';
import { Alert, Text } from '@mantine/core';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardCollector } from './card-collector';
import '../../i18n/bundles/pledges';

/**
 * Stripe's Payment Element, for real keys only. This module is imported lazily by the payment
 * section, so neither it nor Stripe.js is in the bundle the emulator mode loads; and `pure` means
 * Stripe.js is fetched from js.stripe.com only when `loadStripe` is called here.
 */
const stripes = new Map<string, Promise<Stripe | null>>();
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = stripes.get(publishableKey);
  if (!stripe) {
    stripe = loadStripe(publishableKey);
    // A failed load (offline, blocked) may be tried again on the next mount.
    stripe.catch(() => stripes.delete(publishableKey));
    stripes.set(publishableKey, stripe);
  }
  return stripe;
}

export interface StripePaymentElementProps {
  publishableKey: string;
  /** A reward pledge saves the card for an off-session charge at success; an investment is charged now. */
  purpose: 'save_card' | 'charge_now';
  amount: number | null;
  currency: CurrencyCode;
  onCollector: (collect: CardCollector | null) => void;
}

export default function StripePaymentElement({
  publishableKey,
  purpose,
  amount,
  currency,
  onCollector,
}: StripePaymentElementProps) {
  const { t, i18n } = useTranslation();
  // loadStripe is called once per key (cached above); the effect only listens for its outcome.
  const stripe = useMemo(() => stripeFor(publishableKey), [publishableKey]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    stripe.then((loaded) => current && setFailed(loaded === null)).catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [stripe]);

  if (failed)
    return (
      <Alert color="red" variant="light" role="alert" data-testid="stripe-unavailable">
        {t('pledges.payment.stripeUnavailable')}
      </Alert>
    );

  // Deferred intent: the element collects the card; the server creates the intent with our own amount.
  const options =
    purpose === 'charge_now' && amount !== null && amount > 0
      ? ({ mode: 'payment', amount, currency: currency.toLowerCase(), paymentMethodCreation: 'manual' } as const)
      : ({
          mode: 'setup',
          currency: currency.toLowerCase(),
          setupFutureUsage: 'off_session',
          paymentMethodCreation: 'manual',
        } as const);
  const locale = i18n.resolvedLanguage === 'zh-CN' ? 'zh' : 'en';
  return (
    <Elements stripe={stripe} options={{ ...options, locale }}>
      <CollectedElement onCollector={onCollector} />
      <Text size="xs" c="dimmed" mt="xs">
        {t('pledges.payment.stripeSecured')}
      </Text>
    </Elements>
  );
}

function CollectedElement({ onCollector }: { onCollector: StripePaymentElementProps['onCollector'] }) {
  const stripe = useStripe();
  const elements = useElements();
  const { t } = useTranslation();

  useEffect(() => {
    if (!stripe || !elements) return;
    onCollector(async () => {
      const submitted = await elements.submit();
      if (submitted.error) return { error: submitted.error.message ?? t('pledges.payment.cardIncomplete') };
      const created = await stripe.createPaymentMethod({ elements });
      if (created.error) return { error: created.error.message ?? t('pledges.payment.cardIncomplete') };
      return { paymentMethodId: created.paymentMethod.id };
    });
    return () => onCollector(null);
  }, [stripe, elements, onCollector, t]);

  return <PaymentElement options={{ layout: 'tabs' }} />;
}
