import { Controller, Get, Headers, HttpCode, Param, Post, Query, Body, Req } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { pledgeSchemas, type Page, type PledgeView } from '@crowdstake/domain';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { IdParam } from '../common/http/uuid-param.pipe';
import { ApiZodBody } from '../common/http/zod-body';
import { PageQueryDto } from '../campaigns/campaigns.dto';
import { CardDeclinedError } from '../payments/payments.errors';
import { PledgePaymentsService, type HoldOutcome } from './pledge-payments.service';
import { PledgePlacementService } from './pledge-placement.service';
import { pledgeView } from './pledge-views';
import { PledgesService } from './pledges.service';
import type { Request } from 'express';
import { z } from 'zod';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';
import { NoReplay } from '../idempotency/no-replay.decorator';

const pledgeBodyDocs = z.union([pledgeSchemas.reward, pledgeSchemas.bond, pledgeSchemas.shareholding]);

@ApiTags('pledges')
@Controller()
export class PledgesController {
  constructor(
    private readonly placement: PledgePlacementService,
    private readonly payments: PledgePaymentsService,
    private readonly pledges: PledgesService,
  ) {}

  /**
   * Pledges to a live campaign. The body depends on the campaign's type; the
   * server computes the amount. The same Idempotency-Key answers with the
   * first pledge (and finishes its payment if an earlier attempt was cut short).
   * A declined card answers 402 `card_declined`; the pledge is recorded as failed.
   * Too many attempts or declines from the account, the address or the card answer
   * 429 `too_many_requests` with Retry-After, before Stripe is asked anything.
   */
  @ApiDoc({
    summary: 'Pledge to a live campaign (idempotent by `Idempotency-Key`)',
    answer: S.pledgeSchema,
    errors: [
      'card_declined',
      'idempotency_key_reused',
      'cap_reached',
      'tier_sold_out',
      'campaign_not_live',
      'investor_profile_required',
      'investment_limit_exceeded',
      'risk_not_acknowledged',
    ],
  })
  @Post('campaigns/:id/pledges')
  @HttpCode(201)
  @Roles('backer')
  @NoReplay()
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiZodBody(pledgeBodyDocs)
  async create(
    @Param('id', new IdParam('The campaign')) campaignId: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
  ): Promise<PledgeView> {
    const { pledge, attempt } = await this.placement.place(campaignId, body, key, auth, { ip: clientIp(request) });
    let declined = false;
    try {
      const outcome = await this.payments.hold(pledge);
      declined = outcome.declined !== undefined;
      return this.answer(outcome);
    } finally {
      await attempt?.settle(declined);
    }
  }

  private answer(outcome: HoldOutcome): PledgeView {
    if (outcome.declined) throw outcome.declined;
    // A replay answers as the first request did: a declined pledge is 402 again.
    if (outcome.pledge.status === 'failed')
      throw new CardDeclinedError('Your card was declined.', outcome.pledge.failureCode ?? 'card_declined', null);
    return pledgeView(outcome.pledge, outcome.nextAction);
  }

  @ApiDoc({ summary: 'One of the backer’s pledges', answer: S.pledgeSchema })
  @Get('pledges/:id')
  @Roles('backer')
  async get(@Param('id', new IdParam('The pledge')) id: string, @CurrentAuth() auth: RequestAuth): Promise<PledgeView> {
    const pledge = await this.pledges.ownPledge(id, auth);
    if (pledge.status !== 'pending') return pledgeView(pledge);
    // A pending pledge asks Stripe where it stands, so a webhook that never came delays nothing.
    const outcome = await this.payments.hold(pledge);
    return pledgeView(outcome.pledge, outcome.nextAction);
  }

  @ApiDoc({
    summary: 'Cancel a pledge within its window',
    answer: S.pledgeSchema,
    errors: ['cancel_window_closed', 'invalid_transition'],
  })
  @Post('pledges/:id/cancel')
  @HttpCode(200)
  @Roles('backer')
  async cancel(
    @Param('id', new IdParam('The pledge')) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<PledgeView> {
    return pledgeView(await this.pledges.cancel(id, auth));
  }

  /** The backer's portfolio, newest first. */
  @ApiDoc({ summary: 'The backer’s portfolio, newest first', answer: S.pageOf(S.pledgeSchema) })
  @Get('me/pledges')
  @Roles('backer')
  async mine(@Query() query: PageQueryDto, @CurrentAuth() auth: RequestAuth): Promise<Page<PledgeView>> {
    const page = await this.pledges.listOwn(auth, query);
    return { ...page, items: page.items.map((pledge) => pledgeView(pledge)) };
  }
}

/** Express's req.ip honours TRUST_PROXY, so behind a load balancer this is the client's address. */
function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
