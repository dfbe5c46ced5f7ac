import { Avatar, Card, Group, Stack, Text } from '@mantine/core';
import type { TeamMember } from '@crowdstake/domain';
import { useTranslation } from 'react-i18next';
import { initials } from '../auth/initials';
import '../../i18n/bundles/honesty';

/** The people behind the company, as its founder lists them on the company profile. */
export function CompanyTeam({ team, headingOrder }: { team: readonly TeamMember[]; headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="team-heading" data-testid="company-team">
      <Stack gap="sm">
        <Text component={`h${headingOrder}`} id="team-heading" fw={700} size="sm" tt="uppercase" c="dimmed" m={0}>
          {t('honesty.team.heading')}
        </Text>
        {team.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('honesty.team.none')}
          </Text>
        ) : (
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
        )}
      </Stack>
    </Card>
  );
}
