import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useSignOut } from './auth-queries';

/** Signs out, says so, and goes home (the page one was on may be private). */
export function useSignOutAction() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const signOut = useSignOut();
  const run = (scope: 'this-device' | 'everywhere') =>
    signOut.mutate(scope, {
      onSuccess: () => {
        notifications.show({
          message: scope === 'everywhere' ? t('account.signedOutEverywhere') : t('account.signedOut'),
          color: 'pine',
        });
        void navigate('/');
      },
      onError: (error) => notifications.show({ message: errorMessage(error), color: 'red' }),
    });
  return { run, pending: signOut.isPending };
}
