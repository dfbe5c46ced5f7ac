import type { CampaignView, PledgeView } from '@crowdstake/domain/core';
import { Button, Stack } from '@mantine/core';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/form-alert';
import { useFormatMoney } from '../../components/money';
import type { CardCollector } from './card-collector';
import { ChoiceSection } from './choice-section';
import { LimitPanel, RiskAcknowledgement } from './investment-checks';
import { PaymentSection } from './payment-section';
import {
  initialChoice,
  isAnswered,
  keyForAttempt,
  needsRiskAcknowledgement,
  newIdempotencyKey,
  pledgeBody,
  priceChoice,
  type Attempt,
  type PledgeChoice,
} from './pledge-choice';
import { useCreatePledge, useInvestorProfile, type PaymentsConfig } from './pledge-queries';
import { PledgeSummary } from './pledge-summary';
import { usePledgeError } from './use-pledge-error';
import '../../i18n/bundles/pledges';

interface PledgeFormProps {
  campaign: CampaignView;
  payments: PaymentsConfig;
  onPledged: (pledge: PledgeView) => void;
}

/**
 * Choose, read what happens to the money (and the risks, for investments), pick a card, pay. The
 * amount is the server's computation; errors come back in plain words above the button.
 */
export function PledgeForm({ campaign, payments, onPledged }: PledgeFormProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const pledgeError = usePledgeError(campaign.currency);
  const create = useCreatePledge();
  const investing = needsRiskAcknowledgement(campaign.type);
  const profile = useInvestorProfile(investing);

  const [choice, setChoice] = useState<PledgeChoice>(() => initialChoice(campaign));
  const [acknowledged, setAcknowledged] = useState(false);
  const [paymentMethodId, setPaymentMethodId] = useState('pm_card_visa');
  const [triedToPay, setTriedToPay] = useState(false);
  const attempt = useRef<Attempt | null>(null);
  // Real Stripe only: the Payment Element's way to turn the typed card into a PaymentMethod id.
  const [collector, setCollector] = useState<{ collect: CardCollector } | null>(null);
  const onCollector = useCallback((collect: CardCollector | null) => setCollector(collect && { collect }), []);
  const [collecting, setCollecting] = useState(false);
  const [cardProblem, setCardProblem] = useState<string | null>(null);

  const priced = priceChoice(campaign, choice);
  const amount = priced.ok ? priced.amount : null;
  // A problem is shown once the backer tried to pay, or as soon as what they typed cannot be read.
  const showProblem = !priced.ok && (triedToPay || (priced.problem !== 'empty' && priced.problem !== 'below_minimum'));
  const withStripe = payments.mode === 'stripe' && Boolean(payments.publishableKey);
  const canPay = !withStripe || collector !== null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTriedToPay(true);
    setCardProblem(null);
    if (!priced.ok || (investing && !acknowledged) || !canPay) return;
    let methodId = paymentMethodId;
    if (withStripe && collector) {
      setCollecting(true);
      const collected = await collector.collect().finally(() => setCollecting(false));
      if ('error' in collected) {
        setCardProblem(collected.error);
        return;
      }
      methodId = collected.paymentMethodId;
    }
    const body = pledgeBody(campaign.type, priced.input, methodId, acknowledged);
    const fingerprint = JSON.stringify(body);
    const key = keyForAttempt(attempt.current, fingerprint, newIdempotencyKey);
    attempt.current = { key, fingerprint, answered: false };
    create.mutate(
      { campaignId: campaign.id, body, idempotencyKey: key },
      {
        onSuccess: (pledge) => {
          attempt.current = null;
          onPledged(pledge);
        },
        onError: (error) => {
          if (attempt.current?.key === key) attempt.current.answered = isAnswered(error);
        },
      },
    );
  };

  const payLabel = amount === null ? '' : formatMoney(amount, campaign.currency);
  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('pledges.summary.heading')}
      data-testid="pledge-form"
    >
      <Stack gap="xl">
        <ChoiceSection
          campaign={campaign}
          choice={choice}
          onChange={(next) => {
            setChoice(next);
            create.reset();
          }}
          problem={showProblem && !priced.ok ? priced : null}
        />
        <PledgeSummary campaign={campaign} amount={amount} input={priced.ok ? priced.input : null} />
        {campaign.type !== 'reward' ? (
          <>
            <LimitPanel
              profile={profile.data}
              loading={profile.isPending}
              amount={amount}
              currency={campaign.currency}
              returnTo={`/campaigns/${campaign.id}/pledge`}
            />
            <RiskAcknowledgement
              type={campaign.type}
              checked={acknowledged}
              onChange={setAcknowledged}
              error={triedToPay && !acknowledged ? t('pledges.risk.acknowledgeRequired') : null}
            />
          </>
        ) : null}
        <PaymentSection
          config={payments}
          paymentMethodId={paymentMethodId}
          onChange={(id) => {
            setPaymentMethodId(id);
            create.reset();
          }}
          onCollector={onCollector}
          purpose={campaign.type === 'reward' ? 'save_card' : 'charge_now'}
          amount={amount}
          currency={campaign.currency}
        />
        {cardProblem ? <FormAlert>{cardProblem}</FormAlert> : null}
        {create.isError ? <FormAlert>{pledgeError(create.error)}</FormAlert> : null}
        <Button type="submit" size="lg" fullWidth loading={create.isPending || collecting} disabled={!canPay}>
          {amount === null
            ? investing
              ? t('pledges.action.invest')
              : t('pledges.action.back')
            : investing
              ? t('pledges.payment.pay', { amount: payLabel })
              : t('pledges.payment.pledge', { amount: payLabel })}
        </Button>
      </Stack>
    </form>
  );
}
