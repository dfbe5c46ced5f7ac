import { Alert, Box, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { BondTerms } from '@crowdstake/domain';
import { type BondInstalment, bondScheduleForUnits, type CurrencyCode, mulMinor } from '@crowdstake/domain/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amountsFormatter } from '../../../components/formatting';
import { useFormatMoney } from '../../../components/money';
import { clampCount, formatBps, formatCalendarDate, repaymentAnchor, scheduleTotals } from './plain-terms';
import { TermFigure } from './term-figure';
import '../../../i18n/bundles/campaign-page';

/** Far beyond any one backer's loan, and small enough that the table stays a table. */
const MAX_UNITS_IN_CALCULATOR = 1_000_000;

/** The bond in one sentence, then a units input and the schedule a backer would receive, to the cent. */
export function BondTermsExplained({
  terms,
  currency,
  endsAt,
}: {
  terms: BondTerms;
  currency: CurrencyCode;
  endsAt: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const inputId = useId();
  const [unitsText, setUnitsText] = useState<number | string>(terms.minUnits);
  // In the founder's live preview the minimum changes as they type: start the calculator again from it.
  const [minimumShown, setMinimumShown] = useState(terms.minUnits);
  if (minimumShown !== terms.minUnits) {
    setMinimumShown(terms.minUnits);
    setUnitsText(terms.minUnits);
  }
  const units = clampCount(unitsText, terms.minUnits, Math.max(terms.minUnits, MAX_UNITS_IN_CALCULATOR));
  const anchor = repaymentAnchor(endsAt);
  const schedule = useMemo(() => scheduleFor(terms, units, anchor), [terms, units, anchor]);
  const money = (amount: number) => formatMoney(amount, currency);
  const lead =
    terms.repayment === 'amortizing' ? 'campaignPage.terms.bond.amortizing' : 'campaignPage.terms.bond.bullet';

  return (
    <Stack gap="md" data-testid="bond-terms">
      <Text size="lg" fw={500}>
        {t(lead, {
          denomination: money(terms.denomination),
          rate: formatBps(terms.annualRateBps, locale),
          count: terms.termMonths,
        })}
      </Text>
      <Text size="sm">
        {t('campaignPage.terms.bond.minimum', {
          count: terms.minUnits,
          amount: money(safeProduct(terms.minUnits, terms.denomination) ?? terms.denomination),
        })}
      </Text>

      <Paper withBorder radius="lg" p="md" bg="gray.0">
        <Stack gap="md">
          <NumberInput
            id={inputId}
            label={t('campaignPage.terms.bond.units')}
            description={t('campaignPage.terms.bond.unitsHint', {
              denomination: money(terms.denomination),
              min: terms.minUnits,
            })}
            value={unitsText}
            onChange={setUnitsText}
            min={terms.minUnits}
            max={MAX_UNITS_IN_CALCULATOR}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            thousandSeparator=","
            maw={220}
          />
          {schedule ? (
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TermFigure label={t('campaignPage.terms.bond.youLend')} value={money(schedule.totals.principal)} />
              <TermFigure
                label={t('campaignPage.terms.bond.youReceive')}
                value={money(schedule.totals.total)}
                testId="bond-total"
              />
              <TermFigure
                label={t('campaignPage.terms.bond.ofWhichInterest')}
                value={money(schedule.totals.interest)}
              />
            </SimpleGrid>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="status">
              {t('campaignPage.terms.bond.tooLarge')}
            </Alert>
          )}
        </Stack>
      </Paper>

      {schedule ? (
        <>
          <RepaymentTable
            instalments={schedule.instalments}
            totals={schedule.totals}
            currency={currency}
            caption={t('campaignPage.terms.bond.caption', { count: units, amount: money(schedule.totals.principal) })}
          />
          <Text size="sm" c="dimmed">
            {t('campaignPage.terms.bond.firstDue', {
              date: formatCalendarDate(schedule.instalments[0]?.dueOn ?? anchor, locale),
            })}
          </Text>
        </>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('campaignPage.terms.bond.riskNote')}
      </Text>
    </Stack>
  );
}

function scheduleFor(terms: BondTerms, units: number, anchor: string) {
  try {
    const instalments = bondScheduleForUnits(terms, units, anchor);
    return { instalments, totals: scheduleTotals(instalments) };
  } catch {
    // Units × denomination (or a total) beyond 2^53 − 1 minor units: the domain refuses to round.
    return null;
  }
}

function safeProduct(a: number, b: number): number | null {
  try {
    return mulMinor(a, b);
  } catch {
    return null;
  }
}

/** Rows shown before "Show all": two years of monthly payments, with the totals always below. */
const FIRST_ROWS = 24;

/**
 * The whole schedule in the page's flow (no inner scroll box that cuts rows or the totals): a
 * table from sm up, a list of payments on a phone where five columns would not fit. A long
 * schedule shows its first two years and a "Show all" button; the totals are always shown.
 */
function RepaymentTable({
  instalments,
  totals,
  currency,
  caption,
}: {
  instalments: BondInstalment[];
  totals: ReturnType<typeof scheduleTotals>;
  currency: CurrencyCode;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const money = amountsFormatter(
    [
      ...instalments.flatMap((row) => [row.principal, row.interest, row.total]),
      totals.principal,
      totals.interest,
      totals.total,
    ],
    currency,
    locale,
  );
  const [showAll, setShowAll] = useState(false);
  const long = instalments.length > FIRST_ROWS + 2;
  const shown = long && !showAll ? instalments.slice(0, FIRST_ROWS) : instalments;
  const toggle = long ? (
    <Button variant="light" size="sm" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
      {showAll
        ? t('campaignPage.terms.bond.showFewer', { count: FIRST_ROWS })
        : t('campaignPage.terms.bond.showAll', { count: instalments.length })}
    </Button>
  ) : null;
  return (
    <Stack gap="sm">
      <Box visibleFrom="sm">
        <Table
          striped
          highlightOnHover
          tabularNums
          captionSide="top"
          verticalSpacing={6}
          data-testid="repayment-schedule"
        >
          <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('campaignPage.terms.bond.number')}</Table.Th>
              <Table.Th scope="col">{t('campaignPage.terms.bond.dueOn')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('campaignPage.terms.bond.principal')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('campaignPage.terms.bond.interest')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('campaignPage.terms.bond.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((instalment) => (
              <Table.Tr key={instalment.number}>
                <Table.Td>{instalment.number}</Table.Td>
                <Table.Td>{formatCalendarDate(instalment.dueOn, locale)}</Table.Td>
                <Table.Td ta="right">{money(instalment.principal)}</Table.Td>
                <Table.Td ta="right">{money(instalment.interest)}</Table.Td>
                <Table.Td ta="right">{money(instalment.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={2}>
                {t('campaignPage.terms.bond.totals')}
              </Table.Th>
              <Table.Td ta="right">{money(totals.principal)}</Table.Td>
              <Table.Td ta="right">{money(totals.interest)}</Table.Td>
              <Table.Td ta="right">{money(totals.total)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap={0} data-testid="repayment-schedule-list">
        <Text fw={600} mb="xs">
          {caption}
        </Text>
        <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((instalment) => (
            <Box
              component="li"
              key={instalment.number}
              py={8}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', fontVariantNumeric: 'tabular-nums' }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>
                  {t('campaignPage.terms.bond.instalment', { number: instalment.number })} ·{' '}
                  {formatCalendarDate(instalment.dueOn, locale)}
                </Text>
                <Text size="sm" fw={700}>
                  {money(instalment.total)}
                </Text>
              </Group>
              <Text size="xs" c="gray.7">
                {t('campaignPage.terms.bond.principal')} {money(instalment.principal)} ·{' '}
                {t('campaignPage.terms.bond.interest')} {money(instalment.interest)}
              </Text>
            </Box>
          ))}
        </Box>
        <Box py={8} style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={700}>{t('campaignPage.terms.bond.totals')}</Text>
            <Text fw={700}>{money(totals.total)}</Text>
          </Group>
          <Text size="xs" c="gray.7">
            {t('campaignPage.terms.bond.principal')} {money(totals.principal)} · {t('campaignPage.terms.bond.interest')}{' '}
            {money(totals.interest)}
          </Text>
        </Box>
      </Stack>
      {toggle ? <Group>{toggle}</Group> : null}
    </Stack>
  );
}
