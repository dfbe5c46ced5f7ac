import type { InvestorProfileView } from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { Alert, Anchor, Button, Card, Checkbox, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../components/money';
import '../../i18n/bundles/pledges';

/** The type's own risks, said plainly, and the box the backer must tick before paying. */
export function RiskAcknowledgement({
  type,
  checked,
  onChange,
  error,
}: {
  type: Exclude<CampaignView['type'], 'reward'>;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="risk-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="risk-heading">
          <IconAlertTriangle size={20} aria-hidden style={{ verticalAlign: '-3px', marginRight: 6 }} />
          {t('pledges.risk.heading')}
        </Title>
        <List size="sm" spacing={6}>
          <List.Item>
            <Text size="sm" fw={650} span>
              {t('pledges.risk.loseAll')}
            </Text>
          </List.Item>
          <List.Item>{t('pledges.risk.illiquid')}</List.Item>
          {type === 'bond' ? (
            <List.Item>{t('pledges.risk.bondDefault')}</List.Item>
          ) : (
            <>
              <List.Item>{t('pledges.risk.sharesDilution')}</List.Item>
              <List.Item>{t('pledges.risk.sharesNoDividends')}</List.Item>
            </>
          )}
        </List>
        <Checkbox
          size="md"
          mt="xs"
          required
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          label={t('pledges.risk.acknowledge')}
          error={error}
        />
      </Stack>
    </Card>
  );
}

/** What is left of the backer's 12-month limit, or the way to state the profile it comes from. */
export function LimitPanel({
  profile,
  loading,
  amount,
  currency,
  returnTo,
}: {
  profile: InvestorProfileView | null | undefined;
  loading: boolean;
  amount: number | null;
  currency: CampaignView['currency'];
  returnTo: string;
}) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const profileLink = `/me/investor-profile?next=${encodeURIComponent(returnTo)}`;

  if (loading) return <Skeleton height={88} radius="lg" aria-hidden />;
  if (!profile) {
    return (
      <Alert
        variant="light"
        color="pine"
        icon={<IconUserCheck size={20} aria-hidden />}
        title={t('pledges.limit.missingTitle')}
        data-testid="limit-missing"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('pledges.limit.missingBody')}</Text>
          <Button component={Link} to={profileLink} size="sm">
            {t('pledges.limit.missingAction')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const { limit } = profile;
  const sameCurrency = profile.currency === currency;
  const over = sameCurrency && limit.remaining !== null && amount !== null && amount > limit.remaining;
  return (
    <Card bg="gray.0" radius="lg" p="lg" component="section" aria-labelledby="limit-heading" data-testid="limit-panel">
      <Stack gap={6}>
        <Title order={2} size="h5" id="limit-heading">
          {t('pledges.limit.heading')}
        </Title>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {limit.total === null || limit.remaining === null
            ? t('pledges.limit.unlimited')
            : t('pledges.limit.remaining', {
                amount: formatMoney(limit.remaining, profile.currency),
                total: formatMoney(limit.total, profile.currency),
              })}
        </Text>
        {!sameCurrency ? (
          <Text size="xs" c="dimmed">
            {t('pledges.limit.otherCurrency', { currency: profile.currency })}
          </Text>
        ) : null}
        {over && limit.remaining !== null ? (
          <Text size="sm" c="red.9" fw={600} role="status">
            {t('pledges.limit.over', { amount: formatMoney(limit.remaining, currency) })}
          </Text>
        ) : null}
        <Anchor component={Link} to={profileLink} size="sm">
          {t('pledges.limit.edit')}
        </Anchor>
      </Stack>
    </Card>
  );
}
