import { Notifications } from '@mantine/notifications';

/** Loaded by NotificationsHost when the first notification is shown. */
export default function NotificationsContainer() {
  return <Notifications position="top-right" autoClose={5000} />;
}
