import { randomBytes } from 'node:crypto';
import type { Role, UserView } from '@crowdstake/domain';
import { UsersService } from '../../src/users/users.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'a sturdy test passphrase';

export interface SignedInUser {
  user: UserView;
  email: string;
  password: string;
  token: string;
  /** `Authorization` header value */
  auth: string;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export function aRegistration(
  overrides: Partial<{ email: string; password: string; name: string; role: string }> = {},
) {
  return { email: uniqueEmail(), password: TEST_PASSWORD, name: 'Test Person', role: 'backer', ...overrides };
}

/** Registers through the API (backers and founders) or creates through the service, as the CLI does (staff). */
export async function aUser(t: TestApp, role: Role = 'backer', name = `Test ${role}`): Promise<SignedInUser> {
  const email = uniqueEmail(role);
  if (role === 'backer' || role === 'founder') {
    await t.http().post('/api/auth/register').send({ email, password: TEST_PASSWORD, name, role }).expect(201);
  } else {
    await t.app
      .get(UsersService)
      .create({ email, password: TEST_PASSWORD, name, role }, { actorId: null, actorRole: 'test' });
  }
  return signIn(t, email, TEST_PASSWORD);
}

export async function signIn(t: TestApp, email: string, password: string): Promise<SignedInUser> {
  const response = await t.http().post('/api/auth/login').send({ email, password }).expect(200);
  const token = response.body.accessToken as string;
  return { user: response.body.user as UserView, email, password, token, auth: `Bearer ${token}` };
}

export async function count(t: TestApp, table: string): Promise<number> {
  const [row] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return row?.n ?? 0;
}
