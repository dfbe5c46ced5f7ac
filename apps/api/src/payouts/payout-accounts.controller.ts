import { Controller, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { IdParam } from '../common/http/uuid-param.pipe';
import { PayoutAccountsService, type PayoutAccountView } from './payout-accounts.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

@ApiTags('companies')
@Controller()
export class PayoutAccountsController {
  constructor(private readonly payoutAccounts: PayoutAccountsService) {}

  /**
   * Connects the company's Stripe payout account: 201 when this call created it,
   * 200 when it existed (a fresh onboarding link while it is not ready yet).
   */
  @ApiDoc({
    summary: 'Connect the company’s Stripe payout account (201 created, 200 existing)',
    answer: S.payoutAccountSchema,
    alsoAnswers: [200],
    errors: ['forbidden'],
  })
  @Post('companies/:id/payout-account')
  @Roles('founder')
  async connect(
    @Param('id', new IdParam('The company')) id: string,
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PayoutAccountView> {
    // Stripe sends the founder back to the company's page in the web app that asked.
    const page = `${request.protocol}://${request.get('host') ?? 'localhost'}/founder/companies/${id}`;
    const { view, created } = await this.payoutAccounts.connect(id, auth, {
      refreshUrl: `${page}?payout=refresh`,
      returnUrl: `${page}?payout=return`,
    });
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }
}
