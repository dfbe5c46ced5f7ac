import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InvestorProfileView } from '@crowdstake/domain';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { InvestorProfileDto } from './pledges.dto';
import { InvestorProfilesService } from './investor-profiles.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

@ApiTags('pledges')
@Controller('me/investor-profile')
export class InvestorProfilesController {
  constructor(private readonly profiles: InvestorProfilesService) {}

  /** The backer's profile with `limit: {total, used, remaining}` for the rolling 12 months (total null: unlimited). */
  @ApiDoc({
    summary: 'The backer’s investor profile and 12-month investment limit',
    answer: S.investorProfileViewSchema,
  })
  @Get()
  @Roles('backer')
  get(@CurrentAuth() auth: RequestAuth): Promise<InvestorProfileView> {
    return this.profiles.get(auth.userId);
  }

  @ApiDoc({ summary: 'Set the backer’s investor profile', answer: S.investorProfileViewSchema })
  @Put()
  @Roles('backer')
  put(@Body() body: InvestorProfileDto, @CurrentAuth() auth: RequestAuth): Promise<InvestorProfileView> {
    return this.profiles.put(body, auth);
  }
}
