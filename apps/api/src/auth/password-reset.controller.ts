import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { passwordResetConfirmSchema, passwordResetRequestSchema, type MailLocale } from '@crowdstake/domain';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';
import { Public } from './access.decorators';
import { PasswordResetService } from './password-reset.service';

class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmSchema) {}

@ApiTags('accounts')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /**
   * "Forgot your password?": mails a reset link if the address has an account. The answer is the
   * same either way, so nobody learns from it who is registered.
   */
  @ApiDoc({
    summary: 'Mail a password-reset link (the same answer whether or not the address has an account)',
    answer: S.passwordResetRequestedSchema,
    errors: ['too_many_requests'],
  })
  @Post()
  @HttpCode(200)
  @Public()
  async request(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<{ requested: true }> {
    await this.resets.request(body, {
      ip: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      locale: localeOf(request),
    });
    return { requested: true };
  }

  /** Sets a new password with the token from the mailed link; every session of the account ends. */
  @ApiDoc({
    summary: 'Set a new password with the token from the mailed link; every session of the account ends',
    answer: S.passwordResetDoneSchema,
  })
  @Post('confirm')
  @HttpCode(200)
  @Public()
  async confirm(@Body() body: PasswordResetConfirmDto): Promise<{ reset: true }> {
    await this.resets.confirm(body);
    return { reset: true };
  }
}

function localeOf(request: Request): MailLocale {
  return request.acceptsLanguages('en', 'zh-CN', 'zh') === 'en' || !request.acceptsLanguages('zh-CN', 'zh')
    ? 'en'
    : 'zh-CN';
}
