import { useNotifications } from '@mantine/notifications';
import { Suspense, useState } from 'react';
import { lazyOr } from './lazy-or';

// A notification that cannot be shown is dropped rather than taking the page down.
const NotificationsContainer = lazyOr(
  () => import('./notifications-container'),
  () => null,
);

/**
 * Mounts Mantine's notification container once there is something to show: `notifications.show`
 * only fills a small store, and the container (transitions, portal, close buttons) is code most
 * visits never need. Mounted, it shows what the store holds, the first notification included,
 * and it stays, so the last one can still animate out.
 */
export function NotificationsHost() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  ) : null;
}
