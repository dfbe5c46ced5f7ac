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
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
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
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

const campaignId = new IdParam('The campaign');

@ApiTags('campaigns')
@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly access: CampaignAccessService,
    private readonly listing: CampaignListingService,
    private readonly views: CampaignViewsService,
    private readonly images: CampaignImagesService,
  ) {}

  @ApiDoc({ summary: 'Create a campaign draft', answer: S.campaignSchema, errors: ['forbidden'] })
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
  @ApiDoc({ summary: 'The public listing: live and finished campaigns', answer: S.pageOf(S.campaignSummarySchema) })
  @Get('campaigns')
  @Public()
  async list(@Query() query: CampaignListQueryDto): Promise<Page<CampaignSummaryView>> {
    const page = await this.listing.list(query);
    return { ...page, items: await this.views.summaries(page.items) };
  }

  @ApiDoc({ summary: 'The founder’s own campaigns', answer: S.pageOf(S.campaignSummarySchema) })
  @Get('me/campaigns')
  @Roles('founder')
  async mine(@Query() query: PageQueryDto, @CurrentAuth() auth: RequestAuth): Promise<Page<CampaignSummaryView>> {
    const page = await this.campaigns.listOwned(auth, query);
    return { ...page, items: await this.views.summaries(page.items) };
  }

  @ApiDoc({ summary: 'A campaign, with the risk reasons the caller may see', answer: S.campaignSchema })
  @Get('campaigns/:id')
  @Public()
  async get(@Param('id', campaignId) id: string, @OptionalAuth() auth: RequestAuth | null): Promise<CampaignView> {
    const { campaign, relation } = await this.access.visible(id, auth);
    return this.views.detail(campaign, riskAudienceOf(relation));
  }

  @ApiDoc({
    summary: 'Edit a draft or a campaign with changes requested',
    answer: S.campaignSchema,
    errors: ['forbidden', 'invalid_transition'],
  })
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
  @ApiDoc({
    summary: 'Cancel a campaign; its pledges are released or refunded',
    answer: S.campaignSchema,
    errors: ['forbidden', 'invalid_transition'],
  })
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

  @ApiDoc({
    summary: 'Upload an image of the campaign',
    answer: S.campaignImageSchema,
    errors: ['forbidden', 'invalid_transition', 'unsupported_media_type'],
  })
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

  @ApiDoc({ summary: 'Download a campaign image', answer: 'file' })
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
