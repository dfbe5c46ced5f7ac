import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InvestorProfileView } from '@crowdstake/domain';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { InvestorProfileDto } from './pledges.dto';
import { InvestorProfilesService } from './investor-profiles.service';

@ApiTags('pledges')
@ApiBearerAuth()
@Controller('me/investor-profile')
export class InvestorProfilesController {
  constructor(private readonly profiles: InvestorProfilesService) {}

  /** The backer's profile with `limit: {total, used, remaining}` for the rolling 12 months (total null: unlimited). */
  @Get()
  @Roles('backer')
  get(@CurrentAuth() auth: RequestAuth): Promise<InvestorProfileView> {
    return this.profiles.get(auth.userId);
  }

  @Put()
  @Roles('backer')
  put(@Body() body: InvestorProfileDto, @CurrentAuth() auth: RequestAuth): Promise<InvestorProfileView> {
    return this.profiles.put(body, auth);
  }
}
