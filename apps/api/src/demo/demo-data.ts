import type { INestApplication } from '@nestjs/common';
import type { Role } from '@crowdstake/domain';
import { UsersService } from '../users/users.service';

/** Documented in README.md; the demo data is for trying the platform on a laptop, never for production. */
export const DEMO_PASSWORD = 'crowdstake-demo-2026';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'founder@demo.crowdstake.test', name: 'Mei Chen (demo founder)', role: 'founder' },
  { email: 'backer@demo.crowdstake.test', name: 'Sam Okafor (demo backer)', role: 'backer' },
  { email: 'reviewer@demo.crowdstake.test', name: 'Ana Ruiz (demo reviewer)', role: 'reviewer' },
  { email: 'reviewer2@demo.crowdstake.test', name: 'Tom Berg (demo reviewer)', role: 'reviewer' },
  { email: 'admin@demo.crowdstake.test', name: 'Demo Admin', role: 'admin' },
];

export interface DemoSummary {
  password: string;
  accounts: { email: string; role: Role }[];
}

/** Creates the demo accounts (and, as features land, their data) once; later starts find them and do nothing. */
export async function seedDemoData(app: INestApplication): Promise<DemoSummary> {
  const users = app.get(UsersService);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await users.findByEmailWithPassword(account.email);
    if (!existing) await users.create({ ...account, password: DEMO_PASSWORD }, { actorId: null, actorRole: 'system' });
  }
  return { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })) };
}
