import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { formatDate } from '../review/review-figures';
import { useAnswerInvitation, useMyInvitations } from './company-queries';
import '../../i18n/bundles/founder';

/**
 * Invitations to join a company, for the signed-in person to accept or decline.
 * Shows nothing when there are none (or they cannot be loaded: the page around it still works).
 */
export function MyInvitations() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();

  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <Card withBorder padding="lg" mb={40} component="section" aria-labelledby="my-invitations-title">
      <Title order={2} size="h3" id="my-invitations-title">
        {t('founder.invitations.title')}
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        {t('founder.invitations.lead')}
      </Text>
      {answer.isError ? <FormAlert>{errorMessage(answer.error)}</FormAlert> : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {invitations.data.map((invitation) => {
          const company = invitation.companyName;
          const busy = answer.isPending && answer.variables?.id === invitation.id;
          const respond = (reply: 'accept' | 'decline') =>
            answer.mutate(
              { id: invitation.id, answer: reply },
              {
                onSuccess: () =>
                  notifications.show({
                    message: t(reply === 'accept' ? 'founder.invitations.accepted' : 'founder.invitations.declined', {
                      company,
                    }),
                    color: reply === 'accept' ? 'pine' : undefined,
                  }),
              },
            );
          return (
            <Group component="li" key={invitation.id} justify="space-between" gap="sm">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600}>{company}</Text>
                <Text size="sm" c="dimmed">
                  {t('founder.invitations.from', {
                    name: invitation.invitedBy,
                    date: formatDate(invitation.invitedAt, i18n.language),
                  })}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="sm"
                  aria-label={t('founder.invitations.acceptLabel', { company })}
                  loading={busy && answer.variables?.answer === 'accept'}
                  disabled={busy}
                  onClick={() => respond('accept')}
                >
                  {t('founder.invitations.accept')}
                </Button>
                <Button
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={t('founder.invitations.declineLabel', { company })}
                  loading={busy && answer.variables?.answer === 'decline'}
                  disabled={busy}
                  onClick={() => respond('decline')}
                >
                  {t('founder.invitations.decline')}
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
