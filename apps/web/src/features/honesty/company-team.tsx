import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { TeamMember } from '@crowdstake/domain';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/section-card';
import { initials } from '../auth/initials';
import '../../i18n/bundles/honesty';

/** The people behind the company, as its founder lists them on the company profile. */
export function CompanyTeam({ team, headingOrder }: { team: readonly TeamMember[]; headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      headingId="team-heading"
      heading={t('honesty.team.heading')}
      headingOrder={headingOrder}
      testId="company-team"
      emptyNote={team.length === 0 ? t('honesty.team.none') : null}
    >
      <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {team.map((member, index) => (
          <Group key={`${member.name}-${index}`} component="li" gap="sm" wrap="nowrap" align="flex-start">
            <Avatar color="pine" radius="xl" aria-hidden>
              {initials(member.name)}
            </Avatar>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {member.name}
              </Text>
              <Text size="xs" c="dimmed" fw={600}>
                {member.role}
              </Text>
              {member.bio ? <Text size="sm">{member.bio}</Text> : null}
            </Stack>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
