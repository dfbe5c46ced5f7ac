import { ActionIcon, Badge, Button, Group, Skeleton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOff, IconUserMinus } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { apiProblems } from '../../components/forms/problem-resolver';
import { useDescribeProblem } from '../../components/forms/use-describe-problem';
import { badgeTextColor } from '../campaigns/badge-text-color';
import {
  useCompanyInvitations,
  useCompanyMembers,
  useInviteMember,
  useRemoveMember,
  useRevokeInvitation,
} from './company-queries';
import '../../i18n/bundles/founder';

const emailSchema = z.email();

/**
 * The people who help run the company's campaigns. The owner invites by email and the
 * person joins by accepting (nobody is made a member, or conflicted for reviews, without
 * saying yes); open invitations are listed until answered or withdrawn.
 */
export function CompanyMembers({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const describe = useDescribeProblem();
  const members = useCompanyMembers(companyId);
  const invitations = useCompanyInvitations(companyId);
  const add = useInviteMember(companyId);
  const remove = useRemoveMember(companyId);
  const revoke = useRevokeInvitation(companyId);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!emailSchema.safeParse(email.trim()).success) {
      setEmailError(t('validation.email'));
      return;
    }
    setEmailError(null);
    add.mutate(email.trim(), {
      onSuccess: (invitation) => {
        setEmail('');
        notifications.show({ message: t('founder.members.invited', { email: invitation.email }), color: 'pine' });
      },
      onError: (error) => {
        const [problem] = apiProblems(error).filter((candidate) => candidate.path === 'email');
        if (problem) setEmailError(describe(problem, 'email'));
        else setFormError(error);
      },
    });
  };

  return (
    <Stack gap="md">
      {members.isPending ? (
        <Skeleton height={48} aria-busy="true" />
      ) : members.isError ? (
        <FormAlert>{errorMessage(members.error)}</FormAlert>
      ) : (
        <PeopleList label={t('founder.members.listLabel')}>
          {members.data.map((member) => (
            <Group component="li" key={member.userId} justify="space-between" wrap="nowrap" gap="sm">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600} truncate>
                  {member.name}
                </Text>
                <Text size="sm" c="dimmed" truncate>
                  {member.email}
                </Text>
              </div>
              {member.role === 'owner' ? (
                <Badge variant="light" color="amber" c={badgeTextColor('amber')} style={{ flexShrink: 0 }}>
                  {t('founder.members.owner')}
                </Badge>
              ) : (
                <StatusAndRemoval
                  status={t('founder.members.member')}
                  removeLabel={t('founder.members.remove', { name: member.name })}
                  icon={<IconUserMinus size={18} aria-hidden />}
                  removal={remove}
                  id={member.userId}
                  removedMessage={t('founder.members.removed', { name: member.name })}
                  onError={setFormError}
                />
              )}
            </Group>
          ))}
        </PeopleList>
      )}
      {invitations.data && invitations.data.length > 0 ? (
        <PeopleList label={t('founder.members.pendingLabel')}>
          {invitations.data.map((invitation) => (
            <Group component="li" key={invitation.id} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" truncate style={{ minWidth: 0, flex: 1 }}>
                {invitation.email}
              </Text>
              <StatusAndRemoval
                status={t('founder.members.pending')}
                removeLabel={t('founder.members.revoke', { email: invitation.email })}
                icon={<IconMailOff size={18} aria-hidden />}
                removal={revoke}
                id={invitation.id}
                removedMessage={t('founder.members.revoked', { email: invitation.email })}
                onError={setFormError}
              />
            </Group>
          ))}
        </PeopleList>
      ) : null}
      <form onSubmit={onAdd} noValidate aria-label={t('founder.members.title')}>
        <Stack gap="sm">
          {formError ? <FormAlert>{errorMessage(formError)}</FormAlert> : null}
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              size="md"
              style={{ flex: 1 }}
              type="email"
              inputMode="email"
              autoComplete="off"
              label={t('founder.members.email')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
            />
            <Button type="submit" size="md" variant="light" mt={27} loading={add.isPending}>
              {t('founder.members.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function PeopleList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}

/**
 * A member's or an invitation's status, and the button that takes them off the company (removes
 * the member, withdraws the invitation); its failure is said above the form by `onError`.
 */
function StatusAndRemoval({
  status,
  removeLabel,
  icon,
  removal,
  id,
  removedMessage,
  onError,
}: {
  status: string;
  removeLabel: string;
  icon: ReactNode;
  removal: UseMutationResult<unknown, Error, string>;
  id: string;
  removedMessage: string;
  onError: (error: unknown) => void;
}) {
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Badge variant="light" color="gray" c="gray.9">
        {status}
      </Badge>
      <Tooltip label={removeLabel} withArrow>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={removeLabel}
          loading={removal.isPending && removal.variables === id}
          onClick={() =>
            removal.mutate(id, { onSuccess: () => notifications.show({ message: removedMessage }), onError })
          }
        >
          {icon}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
