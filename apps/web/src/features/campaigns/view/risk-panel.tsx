import { Accordion, Group, List, Text } from '@mantine/core';
import type { RiskAssessmentView, RiskFactorView } from '@crowdstake/domain/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import { useRiskWording } from '../risk-reason';
import { RiskGradeBadge } from '../risk-grade-badge';
import { formatCalendarDate } from './plain-terms';
import '../../../i18n/bundles/campaign-page';
import '../../../i18n/bundles/risk';

/**
 * The risk grade with its score and, one click away, every factor behind it. Names and reasons
 * are worded in the reader's language from the API's keys and reason codes; to the public the
 * API sends banded reasons, to the company and staff the exact ones.
 */
export function RiskPanel({
  risk,
  headingOrder,
  defaultExpanded = false,
}: {
  risk: RiskAssessmentView | null;
  headingOrder: 2 | 3;
  defaultExpanded?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <SectionCard
      headingId="risk-heading"
      heading={t('campaignPage.risk.heading')}
      headingOrder={headingOrder}
      testId="risk-panel"
    >
      {risk ? (
        <>
          <Group gap="sm">
            <RiskGradeBadge grade={risk.grade} />
            <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('campaignPage.risk.score', { score: risk.score })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('campaignPage.risk.meaning')}
          </Text>
          <Accordion
            variant="contained"
            radius="md"
            defaultValue={defaultExpanded ? 'factors' : null}
            chevronPosition="right"
          >
            <Accordion.Item value="factors">
              <Accordion.Control>
                <Text size="sm" fw={600}>
                  {t('campaignPage.risk.factors', { count: risk.factors.length })}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <List listStyleType="none" spacing="sm" data-testid="risk-factors">
                  {risk.factors.map((factor) => (
                    <RiskFactorItem key={factor.key} factor={factor} />
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Text size="xs" c="dimmed">
            {t('campaignPage.risk.assessedOn', { date: formatCalendarDate(risk.assessedAt.slice(0, 10), locale) })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('campaignPage.risk.notGraded')}
        </Text>
      )}
    </SectionCard>
  );
}

function RiskFactorItem({ factor }: { factor: RiskFactorView }) {
  const { t } = useTranslation();
  const wording = useRiskWording();
  const reason = wording.reason(factor);
  // A penalty (maxPoints 0) can only take away: "−40 points" says more than "−40 of 0". A check
  // only staff see the outcome of shows no points at all.
  const points =
    factor.reasonCode === 'identity_checks_by_staff'
      ? null
      : factor.maxPoints > 0
        ? t('campaignPage.risk.points', { points: factor.points, max: factor.maxPoints })
        : t('campaignPage.risk.penalty', { points: factor.points });
  const full = factor.maxPoints > 0 && factor.points >= factor.maxPoints;
  return (
    <List.Item>
      <Group justify="space-between" align="baseline" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {wording.label(factor)}
        </Text>
        <Text
          size="sm"
          fw={600}
          c={factor.points < 0 ? 'red.9' : full ? 'pine.8' : undefined}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {points}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" lang={reason.lang}>
        {reason.text}
      </Text>
    </List.Item>
  );
}
