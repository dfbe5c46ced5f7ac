import { DataList, Stack, Text } from '@mantine/core';
import type { BondTerms, CampaignView, ShareholdingTerms } from '@crowdstake/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../i18n/bundles/honesty';

/**
 * The terms a backer must know before investing, beside the figures: for shares, voting rights,
 * how they are held, dilution and that they are hard to sell; for a bond, whether it is secured,
 * late payment and default, and early repayment. What the founder stated comes with fixed text
 * that explains it; what they did not state says so.
 */
export function BackerTerms({ campaign }: { campaign: CampaignView }) {
  if (campaign.type === 'shareholding') return <ShareBackerTerms terms={campaign.terms} />;
  if (campaign.type === 'bond') return <BondBackerTerms terms={campaign.terms} />;
  return null;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function ShareBackerTerms({ terms }: { terms: ShareholdingTerms }) {
  const { t } = useTranslation();
  const notStated = t('honesty.backerTerms.notStated');
  return (
    <DataList gap="md" labelWidth={180} withDivider data-testid="backer-terms">
      <Item label={t('honesty.backerTerms.shares.voting')}>
        {terms.votingRights ? t(`honesty.backerTerms.shares.votingRights.${terms.votingRights}`) : notStated}
      </Item>
      <Item label={t('honesty.backerTerms.shares.holding')}>
        {terms.holding
          ? t(`honesty.backerTerms.shares.holdings.${terms.holding}`, { nominee: terms.nominee ?? '' })
          : notStated}
      </Item>
      <Item label={t('honesty.backerTerms.shares.dilution')}>{t('honesty.backerTerms.shares.dilutionBody')}</Item>
      <Item label={t('honesty.backerTerms.shares.resale')}>{t('honesty.backerTerms.shares.resaleBody')}</Item>
    </DataList>
  );
}

function BondBackerTerms({ terms }: { terms: BondTerms }) {
  const { t } = useTranslation();
  const notStated = t('honesty.backerTerms.notStated');
  return (
    <DataList gap="md" labelWidth={180} withDivider data-testid="backer-terms">
      <Item label={t('honesty.backerTerms.bonds.security')}>
        {terms.secured === undefined
          ? notStated
          : terms.secured
            ? t('honesty.backerTerms.bonds.secured', { security: terms.security ?? notStated })
            : t('honesty.backerTerms.bonds.unsecured')}
      </Item>
      <Item label={t('honesty.backerTerms.bonds.late')}>
        <Stack gap={6}>
          <Text size="sm">{t('honesty.backerTerms.bonds.lateFixed')}</Text>
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t('honesty.backerTerms.bonds.lateFounder')}
            </Text>{' '}
            {terms.latePayment ?? notStated}
          </Text>
        </Stack>
      </Item>
      <Item label={t('honesty.backerTerms.bonds.early')}>
        {terms.earlyRepayment ? t(`honesty.backerTerms.bonds.earlyRepayments.${terms.earlyRepayment}`) : notStated}
      </Item>
    </DataList>
  );
}
