import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  type CampaignCreateInput,
  campaignCreateSchema,
  type CampaignSummaryView,
  type CampaignView,
  type Page,
} from '@crowdstake/domain';
import type { Response } from 'express';
import { CurrentAuth, OptionalAuth, Public, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { IdParam } from '../common/http/uuid-param.pipe';
import { ApiZodBody, ZodBody } from '../common/http/zod-body';
import { storedFileResponse, type UploadedFile as StoredUpload } from '../storage/uploads';
import { CampaignAccessService } from './campaign-access.service';
import { CampaignImagesService } from './campaign-images.service';
import { CampaignListingService } from './campaign-listing.service';
import { campaignImageUrl, CampaignViewsService, riskAudienceOf } from './campaign-views.service';
import {
  CampaignListQueryDto,
  CampaignPatchDto,
  CancelCampaignDto,
  ImageUploadFieldsDto,
  PageQueryDto,
} from './campaigns.dto';
import { CampaignsService } from './campaigns.service';

const campaignId = new IdParam('The campaign');

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly access: CampaignAccessService,
    private readonly listing: CampaignListingService,
    private readonly views: CampaignViewsService,
    private readonly images: CampaignImagesService,
  ) {}

  @Post('campaigns')
  @Roles('founder')
  @ApiZodBody(campaignCreateSchema)
  async create(
    @ZodBody(campaignCreateSchema) body: CampaignCreateInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CampaignView> {
    const { campaign, parts } = await this.campaigns.create(body, auth);
    return this.views.detail(campaign, 'company', parts);
  }

  /** The public listing: live and finished campaigns only. */
  @Get('campaigns')
  @Public()
  async list(@Query() query: CampaignListQueryDto): Promise<Page<CampaignSummaryView>> {
    const page = await this.listing.list(query);
    return { ...page, items: await this.views.summaries(page.items) };
  }

  @Get('me/campaigns')
  @Roles('founder')
  async mine(@Query() query: PageQueryDto, @CurrentAuth() auth: RequestAuth): Promise<Page<CampaignSummaryView>> {
    const page = await this.campaigns.listOwned(auth, query);
    return { ...page, items: await this.views.summaries(page.items) };
  }

  @Get('campaigns/:id')
  @Public()
  async get(@Param('id', campaignId) id: string, @OptionalAuth() auth: RequestAuth | null): Promise<CampaignView> {
    const { campaign, relation } = await this.access.visible(id, auth);
    return this.views.detail(campaign, riskAudienceOf(relation));
  }

  @Patch('campaigns/:id')
  @Roles('founder')
  async update(
    @Param('id', campaignId) id: string,
    @Body() body: CampaignPatchDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CampaignView> {
    return this.views.detail(await this.campaigns.update(id, body, auth), 'company');
  }

  /** The founder, or a reviewer with reasons: an approved or live campaign stops; its pledges are released or refunded. */
  @Post('campaigns/:id/cancel')
  @HttpCode(200)
  @Roles('founder', 'reviewer')
  async cancel(
    @Param('id', campaignId) id: string,
    @Body() body: CancelCampaignDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CampaignView> {
    // Only the founder (the company) or a reviewer (staff) can cancel.
    return this.views.detail(
      await this.campaigns.cancel(id, body.reasons, auth),
      auth.role === 'reviewer' ? 'staff' : 'company',
    );
  }

  @Post('campaigns/:id/images')
  @Roles('founder')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, cover: { type: 'boolean' } },
    },
  })
  async uploadImage(
    @Param('id', campaignId) id: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() fields: ImageUploadFieldsDto,
    @CurrentAuth() auth: RequestAuth,
  ) {
    const image = await this.images.upload(id, file, fields.cover, auth);
    return { id: image.id, url: campaignImageUrl(image.id), contentType: image.contentType, size: image.size };
  }

  @Get('campaign-images/:id')
  @Public()
  async image(
    @Param('id', new IdParam('The image')) id: string,
    @OptionalAuth() auth: RequestAuth | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { image, content, isPublic } = await this.images.open(id, auth);
    return storedFileResponse(response, content, {
      contentType: image.contentType,
      size: image.size,
      isPublic,
      maxAgeSeconds: 86_400,
    });
  }
}
