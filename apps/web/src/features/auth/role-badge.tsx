import type { Role } from '@crowdstake/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../campaigns/badge-text-color';

const ROLE_COLORS: Record<Role, string> = { backer: 'pine', founder: 'amber', reviewer: 'indigo', admin: 'grape' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" size="sm" c={badgeTextColor(ROLE_COLORS[role])}>
      {t(`account.roles.${role}`)}
    </Badge>
  );
}
