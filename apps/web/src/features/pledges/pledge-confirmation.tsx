import type { CampaignView, PledgeView } from '@crowdstake/domain/core';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconCreditCardOff } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../components/money';
import { formatInstant } from '../campaigns/view/plain-terms';
import type { PaymentsConfig } from './pledge-queries';
import '../../i18n/bundles/pledges';

/** What happened to the money, in the words of the pledge's status, and where to go next. */
export function PledgeConfirmation({
  campaign,
  pledge,
  payments,
  onTryAgain,
}: {
  campaign: Pick<CampaignView, 'id' | 'type'>;
  pledge: PledgeView;
  payments: PaymentsConfig;
  onTryAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const amount = formatMoney(pledge.amount, pledge.currency);
  const heading = useRef<HTMLDivElement>(null);
  // The form is replaced: focus moves to the outcome so keyboard and screen-reader users hear it.
  useEffect(() => heading.current?.focus(), []);

  const held = pledge.status === 'held';
  const pending = pledge.status === 'pending';
  const title = held
    ? t('pledges.confirmation.heldTitle')
    : pending
      ? t('pledges.confirmation.pendingTitle')
      : t('pledges.confirmation.failedTitle');
  const color = held ? 'pine' : pending ? 'yellow' : 'red';
  const Icon = held ? IconCircleCheck : pending ? IconClockHour4 : IconCreditCardOff;

  return (
    <Stack gap="lg" data-testid="pledge-confirmation">
      <Alert
        ref={heading}
        tabIndex={-1}
        variant="light"
        color={color}
        icon={<Icon size={22} aria-hidden />}
        title={title}
        radius="lg"
        styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Stack gap="xs">
          {held ? (
            <Text>
              {campaign.type === 'reward'
                ? t('pledges.confirmation.heldReward', { amount })
                : t('pledges.confirmation.heldInvestment', { amount })}
            </Text>
          ) : pending ? (
            <>
              <Text>{t('pledges.confirmation.pendingBody')}</Text>
              {payments.mode === 'emulator' ? <Text size="sm">{t('pledges.confirmation.pendingEmulator')}</Text> : null}
            </>
          ) : (
            <Text>{t('pledges.confirmation.failedBody')}</Text>
          )}
          {held || pending ? (
            <Text size="sm" c="dimmed">
              {t('pledges.confirmation.cancelUntil', { date: formatInstant(pledge.cancellableUntil, locale) })}
            </Text>
          ) : null}
        </Stack>
      </Alert>
      <Group gap="sm">
        <Button component={Link} to="/me/pledges">
          {t('pledges.confirmation.portfolio')}
        </Button>
        {!held ? (
          <Button variant="default" onClick={onTryAgain}>
            {t('campaigns.retry')}
          </Button>
        ) : null}
        <Button component={Link} to={`/campaigns/${campaign.id}`} variant="subtle">
          {t('pledges.confirmation.campaign')}
        </Button>
      </Group>
    </Stack>
  );
}
