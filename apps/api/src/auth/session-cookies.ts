import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config.schema';

export const SESSION_COOKIE = 'cs_session';
/** Readable by the web's scripts, which echo it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'cs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function secure(config: AppConfig, request: Request): boolean {
  return config.cookieSecure === 'on' || (config.cookieSecure === 'auto' && request.secure);
}

export function setSessionCookies(
  config: AppConfig,
  request: Request,
  response: Response,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const common = { sameSite: 'lax' as const, secure: secure(config, request), path: '/', expires: session.expiresAt };
  response.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  response.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(config: AppConfig, request: Request, response: Response): void {
  const common = { sameSite: 'lax' as const, secure: secure(config, request), path: '/' };
  response.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  response.clearCookie(CSRF_COOKIE, common);
}

export function readSessionToken(request: Request): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ? { token: match[1], via: 'bearer' } : null;
  }
  const cookie = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? { token: cookie, via: 'cookie' } : null;
}

/** The device token (see DeviceTrustService): a cookie for the web, a header for API clients. */
export const DEVICE_COOKIE = 'cs_device';
export const DEVICE_HEADER = 'x-device-token';

export function setDeviceCookie(
  config: AppConfig,
  request: Request,
  response: Response,
  device: { token: string; maxAgeMs: number },
): void {
  // Only sign-in needs it, so it travels with nothing else.
  response.cookie(DEVICE_COOKIE, device.token, {
    sameSite: 'lax',
    secure: secure(config, request),
    path: '/api/auth',
    httpOnly: true,
    maxAge: device.maxAgeMs,
  });
  response.setHeader(DEVICE_HEADER, device.token);
}

/** The header wins over the cookie: an API client that sends one means it. */
export function readDeviceToken(request: Request): string | undefined {
  const header = request.headers[DEVICE_HEADER];
  if (typeof header === 'string' && header.length > 0) return header;
  const cookie = (request.cookies as Record<string, unknown> | undefined)?.[DEVICE_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? cookie : undefined;
}
