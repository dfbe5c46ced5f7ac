import { Badge } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from './badge-text-color';
import type { ListedCampaign } from './listed-campaign';

type RiskGrade = NonNullable<ListedCampaign['risk']>['grade'];

/** Safest to riskiest; colour is never the only signal: the letter is always written. */
const GRADE_COLORS: Record<RiskGrade, string> = { A: 'pine', B: 'teal', C: 'yellow', D: 'orange', E: 'red' };

export function RiskGradeBadge({ grade }: { grade: RiskGrade | null }) {
  const { t } = useTranslation();
  if (!grade) return <Badge color="gray">{t('campaigns.notGraded')}</Badge>;
  const label = t('campaigns.riskGradeLabel', { grade });
  // The browser's own tooltip says the grade in words to pointer users; Mantine's Tooltip would
  // bring floating-ui to every campaign card, on the home page too (bundle-budget.spec.ts).
  return (
    <Badge
      color={GRADE_COLORS[grade]}
      c={badgeTextColor(GRADE_COLORS[grade])}
      leftSection={<IconShieldCheck size={12} aria-hidden />}
      aria-label={label}
      title={label}
    >
      {t('campaigns.riskGrade', { grade })}
    </Badge>
  );
}
