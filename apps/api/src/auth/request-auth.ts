import type { Role } from '@crowdstake/domain';
import type { Request } from 'express';

export interface RequestAuth {
  userId: string;
  /** The role the account was made with (audit lines record it). */
  role: Role;
  /** Every role the account has, `role` first: what access checks look at. */
  roles: Role[];
  name: string;
  email: string;
  sessionId: string;
  /** How the session arrived: API clients send a bearer token, the web an httpOnly cookie. */
  via: 'bearer' | 'cookie';
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth; id?: string };
