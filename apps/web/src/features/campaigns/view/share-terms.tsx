import { Alert, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ShareholdingTerms } from '@crowdstake/domain';
import { type CurrencyCode, mulMinor, ownershipBps, shareOfferingFigures } from '@crowdstake/domain/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../components/money';
import { clampCount, formatBps } from './plain-terms';
import { TermFigure } from './term-figure';
import '../../../i18n/bundles/campaign-page';

/**
 * A share offering in plain words: the price and minimum, the valuation before and after, the
 * part of the company on offer, and a calculator from shares to cost and ownership.
 */
export function ShareTermsExplained({ terms, currency }: { terms: ShareholdingTerms; currency: CurrencyCode }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const money = (amount: number) => formatMoney(amount, currency);
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);
  const figures = attempt(() => shareOfferingFigures(terms));
  const [sharesText, setSharesText] = useState<number | string>(terms.minShares);
  // In the founder's live preview the minimum changes as they type: start the calculator again from it.
  const [minimumShown, setMinimumShown] = useState(terms.minShares);
  if (minimumShown !== terms.minShares) {
    setMinimumShown(terms.minShares);
    setSharesText(terms.minShares);
  }
  const shares = clampCount(sharesText, terms.minShares, terms.sharesOffered);
  const purchase = attempt(() => ({ cost: mulMinor(shares, terms.pricePerShare), bps: ownershipBps(shares, terms) }));

  return (
    <Stack gap="md" data-testid="share-terms">
      <Text size="lg" fw={500}>
        {t('campaignPage.terms.shares.lead', {
          shareClass: terms.shareClass,
          price: money(terms.pricePerShare),
          count: terms.minShares,
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
        <TermFigure label={t('campaignPage.terms.shares.preMoney')} value={money(terms.preMoneyValuation)} />
        {figures ? (
          <>
            <TermFigure
              label={t('campaignPage.terms.shares.offered')}
              value={t('campaignPage.terms.shares.offeredValue', {
                shares: count(terms.sharesOffered),
                amount: money(figures.maxRaise),
              })}
            />
            <TermFigure label={t('campaignPage.terms.shares.postMoney')} value={money(figures.postMoneyValuation)} />
            <TermFigure
              label={t('campaignPage.terms.shares.percentOffered')}
              value={formatBps(figures.percentOfferedBps, locale)}
              testId="percent-offered"
            />
          </>
        ) : null}
      </SimpleGrid>

      <Paper
        withBorder
        radius="lg"
        p="md"
        bg="gray.0"
        component="section"
        aria-label={t('campaignPage.terms.shares.calculator')}
      >
        <Stack gap="md">
          <Text fw={600}>{t('campaignPage.terms.shares.calculator')}</Text>
          <NumberInput
            label={t('campaignPage.terms.shares.shares')}
            description={t('campaignPage.terms.shares.sharesHint', {
              min: count(terms.minShares),
              max: count(terms.sharesOffered),
            })}
            value={sharesText}
            onChange={setSharesText}
            min={terms.minShares}
            max={terms.sharesOffered}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            thousandSeparator=","
            maw={220}
          />
          {purchase ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TermFigure
                label={t('campaignPage.terms.shares.youPay')}
                value={money(purchase.cost)}
                testId="share-cost"
              />
              <TermFigure
                label={t('campaignPage.terms.shares.ownership')}
                value={
                  // Ownership comes in basis points: a small holding rounds to 0, which is not "none".
                  purchase.bps === 0
                    ? t('campaignPage.terms.shares.lessThan', { percent: formatBps(1, locale) })
                    : formatBps(purchase.bps, locale)
                }
                testId="share-ownership"
              />
            </SimpleGrid>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="status">
              {t('campaignPage.terms.shares.tooLarge')}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('campaignPage.terms.shares.ownershipNote')}
          </Text>
        </Stack>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('campaignPage.terms.shares.riskNote')}
      </Text>
    </Stack>
  );
}

/** The domain throws rather than round a figure that no longer fits a safe integer. */
function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch {
    return null;
  }
}
