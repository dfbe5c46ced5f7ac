import type { Role } from '@crowdstake/domain';
import type { Request } from 'express';

export interface RequestAuth {
  userId: string;
  role: Role;
  name: string;
  email: string;
  sessionId: string;
  /** How the session arrived: API clients send a bearer token, the web an httpOnly cookie. */
  via: 'bearer' | 'cookie';
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth; id?: string };
