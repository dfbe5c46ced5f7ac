import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MyInvitationView } from '@crowdstake/domain';
import { CurrentAuth, SignedIn } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { IdParam } from '../common/http/uuid-param.pipe';
import { InvitationsService } from './invitations.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

/** The invitee's side of company membership: any signed-in account, for invitations to its own email. */
@ApiTags('companies')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiDoc({ summary: 'Open invitations to the signed-in account’s email', answer: S.itemsOf(S.myInvitationSchema) })
  @Get('me/invitations')
  @SignedIn()
  async mine(@CurrentAuth() auth: RequestAuth): Promise<{ items: MyInvitationView[] }> {
    return { items: await this.invitations.listMine(auth) };
  }

  @ApiDoc({
    summary: 'Accept an invitation: become a member of the company',
    answer: S.invitationAnswerSchema,
    errors: ['conflict'],
  })
  @Post('invitations/:id/accept')
  @HttpCode(200)
  @SignedIn()
  async accept(@Param('id', new IdParam('The invitation')) id: string, @CurrentAuth() auth: RequestAuth) {
    await this.invitations.answer(id, 'accepted', auth);
    return { status: 'accepted' as const };
  }

  @ApiDoc({ summary: 'Decline an invitation', answer: S.invitationAnswerSchema, errors: ['conflict'] })
  @Post('invitations/:id/decline')
  @HttpCode(200)
  @SignedIn()
  async decline(@Param('id', new IdParam('The invitation')) id: string, @CurrentAuth() auth: RequestAuth) {
    await this.invitations.answer(id, 'declined', auth);
    return { status: 'declined' as const };
  }
}
