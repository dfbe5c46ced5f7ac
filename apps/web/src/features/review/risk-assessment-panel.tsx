import {
  requiresTwoReviewers,
  type RiskAssessmentView,
  type RiskFactorView,
  type RiskGrade,
} from '@crowdstake/domain/core';
import { Alert, Badge, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRiskWording } from '../campaigns/risk-reason';
import { RiskGradeBadge } from '../campaigns/risk-grade-badge';
import { formatDateTime } from './review-figures';
import '../../i18n/bundles/review';
import '../../i18n/bundles/risk';

/** The bar takes the grade's colour; the grade letter and the score are always written beside it. */
const GRADE_BAR_COLORS: Record<RiskGrade, string> = { A: 'pine', B: 'teal', C: 'yellow', D: 'orange', E: 'red' };

/** A penalty is a factor that can only take points away (its maximum is 0). */
const isPenalty = (factor: RiskFactorView) => factor.maxPoints === 0;

export function RiskAssessmentPanel({ risk }: { risk: RiskAssessmentView | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';

  return (
    <Card component="section" aria-labelledby="review-risk-title" data-testid="risk-assessment">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="review-risk-title">
            {t('review.risk.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('review.risk.lead')}
          </Text>
        </div>
        {risk ? (
          <>
            <Group gap="lg" align="center" wrap="wrap">
              <RiskGradeBadge grade={risk.grade} />
              <Stack gap={6} style={{ flex: '1 1 260px' }}>
                <Group justify="space-between" gap="xs">
                  <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {t('review.risk.score', { score: risk.score })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('review.risk.assessedAt', { date: formatDateTime(risk.assessedAt, locale) })}
                  </Text>
                </Group>
                <Progress
                  value={risk.score}
                  color={GRADE_BAR_COLORS[risk.grade]}
                  size="lg"
                  aria-label={t('review.risk.scoreLabel')}
                />
                <Text size="xs" c="dimmed">
                  {t('review.risk.scale')}
                </Text>
              </Stack>
            </Group>
            {requiresTwoReviewers(risk.grade) ? (
              <Alert color="orange" variant="light" icon={<IconUsers size={18} aria-hidden />} py="xs">
                <Text size="sm" c="orange.9" fw={600}>
                  {t('review.risk.twoReviewers', { grade: risk.grade })}
                </Text>
              </Alert>
            ) : null}
            <RiskFactorTable factors={risk.factors} />
          </>
        ) : (
          <Text c="dimmed">{t('review.risk.notAssessed')}</Text>
        )}
      </Stack>
    </Card>
  );
}

function RiskFactorTable({ factors }: { factors: RiskFactorView[] }) {
  const { t } = useTranslation();
  const wording = useRiskWording();
  return (
    // On a phone the factors scroll sideways in a box keyboard users can focus and scroll too.
    <Table.ScrollContainer minWidth={520} type="native" tabIndex={0} role="region" aria-label={t('review.risk.title')}>
      <Table verticalSpacing="sm" data-testid="risk-factors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.risk.factor')}</Table.Th>
            <Table.Th scope="col">{t('review.risk.reason')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('review.risk.points')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {factors.map((factor) => {
            const penaltyApplied = isPenalty(factor) && factor.points < 0;
            const reason = wording.reason(factor);
            return (
              <Table.Tr
                key={factor.key}
                bg={penaltyApplied ? 'red.0' : undefined}
                data-testid="risk-factor"
                data-penalty={penaltyApplied ? 'applied' : undefined}
              >
                <Table.Th scope="row" fw={600} w="30%">
                  <Stack gap={4} align="flex-start">
                    {wording.label(factor)}
                    {isPenalty(factor) ? (
                      <Badge
                        size="xs"
                        color={penaltyApplied ? 'red' : 'gray'}
                        c={penaltyApplied ? 'red.9' : 'gray.9'}
                        variant={penaltyApplied ? 'light' : 'outline'}
                      >
                        {penaltyApplied ? t('review.risk.penaltyApplied') : t('review.risk.penalty')}
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Th>
                {/* The reason, with the figures behind the points, worded from the API's code and params. */}
                <Table.Td c={penaltyApplied ? 'red.9' : undefined} lang={reason.lang}>
                  {reason.text}
                </Table.Td>
                <Table.Td ta="right" w={130}>
                  <FactorPoints factor={factor} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FactorPoints({ factor }: { factor: RiskFactorView }) {
  const { t } = useTranslation();
  if (isPenalty(factor)) {
    return (
      <Text fw={700} c={factor.points < 0 ? 'red.9' : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {factor.points < 0 ? `−${Math.abs(factor.points)}` : '0'}
      </Text>
    );
  }
  const weak = factor.points === 0;
  return (
    <Stack gap={4} align="flex-end">
      <Text
        fw={700}
        c={weak ? 'orange.9' : undefined}
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        {t('review.risk.pointsOf', { points: factor.points, max: factor.maxPoints })}
      </Text>
      <Progress
        value={(factor.points * 100) / factor.maxPoints}
        size="xs"
        w={90}
        color={weak ? 'orange' : 'pine'}
        aria-hidden
      />
    </Stack>
  );
}
