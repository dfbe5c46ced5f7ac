import type { Role } from '@crowdstake/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Record<Role, string> = { backer: 'pine', founder: 'amber', reviewer: 'indigo', admin: 'grape' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" size="sm" c={role === 'founder' ? 'amber.9' : undefined}>
      {t(`account.roles.${role}`)}
    </Badge>
  );
}
