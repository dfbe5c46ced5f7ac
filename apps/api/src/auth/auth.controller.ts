import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LoginResult, UserView } from '@crowdstake/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { UsersService } from '../users/users.service';
import { CurrentAuth, OptionalAuth, Public, SignedIn } from './access.decorators';
import { AddRoleDto, LoginDto, RegisterDto } from './auth.dto';
import { AuthService } from './auth.service';
import type { RequestAuth } from './request-auth';
import { DeviceTrustService } from './device-trust.service';
import { clearSessionCookies, readDeviceToken, setDeviceCookie, setSessionCookies } from './session-cookies';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';
import { NoReplay } from '../idempotency/no-replay.decorator';

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly devices: DeviceTrustService,
  ) {}

  @ApiDoc({
    summary: 'Create a backer or founder account',
    answer: S.userSchema,
    errors: ['email_taken', 'too_many_requests'],
  })
  @Post('auth/register')
  @Public()
  async register(@Body() body: RegisterDto, @Req() request: Request): Promise<UserView> {
    return UsersService.toView(await this.auth.register(body, clientIp(request)));
  }

  /**
   * Answers a bearer token for API clients and also sets the httpOnly session cookie the web uses.
   * It also hands out a device token (cookie `cs_device`, header `X-Device-Token`): presented on a
   * later sign-in, it keeps this client out of the lockout strangers can cause (see docs/security.md).
   */
  @ApiDoc({
    summary: 'Sign in: a bearer token, and the session and CSRF cookies for the web',
    answer: S.loginResultSchema,
    errors: ['unauthenticated', 'account_suspended', 'too_many_requests'],
  })
  @Post('auth/login')
  @HttpCode(200)
  @NoReplay()
  // The answer holds the session's token: the caller is signed in by it, and it is never cached.
  @Header('Cache-Control', 'no-store')
  @Public()
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResult> {
    const { user, issued, deviceToken } = await this.auth.login(body, {
      ip: clientIp(request),
      deviceToken: readDeviceToken(request),
    });
    setDeviceCookie(this.config, request, response, { token: deviceToken, maxAgeMs: this.devices.maxAgeMs });
    setSessionCookies(this.config, request, response, {
      token: issued.token,
      csrfToken: issued.session.csrfToken,
      expiresAt: issued.session.expiresAt,
    });
    return { accessToken: issued.token, user: UsersService.toView(user) };
  }

  @ApiDoc({ summary: 'Sign out this session', answer: S.signedOutSchema })
  @Post('auth/logout')
  @HttpCode(200)
  @SignedIn()
  async logout(
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.auth.logout(auth.sessionId);
    clearSessionCookies(this.config, request, response);
    return { signedOut: true };
  }

  /** Sign out everywhere: every session of this account stops working, this one included. */
  @ApiDoc({ summary: 'Sign out every session of the account', answer: S.signedOutEverywhereSchema })
  @Post('auth/logout-all')
  @HttpCode(200)
  @SignedIn()
  async logoutAll(
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const sessions = await this.auth.logoutEverywhere(auth.userId);
    clearSessionCookies(this.config, request, response);
    return { signedOut: true, sessions };
  }

  /** Who is signed in, for pages that must not treat a visitor as an error: 200 with the user or null. */
  @ApiDoc({ summary: 'Who is signed in, or `user: null` for a visitor', answer: S.sessionSchema })
  @Get('auth/session')
  @Public()
  async session(@OptionalAuth() auth: RequestAuth | null): Promise<{ user: UserView | null }> {
    const user = auth ? await this.users.findById(auth.userId) : null;
    return { user: user ? UsersService.toView(user) : null };
  }

  @ApiDoc({ summary: 'The signed-in user', answer: S.userSchema })
  @Get('me')
  @SignedIn()
  async me(@CurrentAuth() auth: RequestAuth): Promise<UserView> {
    const user = await this.users.findById(auth.userId);
    if (!user) throw new NotFoundError('Your account');
    return UsersService.toView(user);
  }

  /**
   * Adds backing or founding to the caller's account, so one person with one email can do both
   * (a backer who starts a business). Staff accounts keep to their work: 403.
   */
  @ApiDoc({
    summary: 'Add backing or founding to your account (one email for both); staff accounts are refused',
    answer: S.userSchema,
  })
  @Post('me/roles')
  @HttpCode(200)
  @SignedIn()
  async addRole(@CurrentAuth() auth: RequestAuth, @Body() body: AddRoleDto): Promise<UserView> {
    const user = await this.users.addRole(auth.userId, body.role);
    if (!user) throw new ForbiddenError('Staff accounts cannot back or found campaigns.');
    return UsersService.toView(user);
  }
}

/** Express's req.ip honours TRUST_PROXY, so behind a load balancer this is the client's address. */
function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
