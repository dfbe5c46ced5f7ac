import {
  campaignListQuerySchema,
  campaignPatchSchema,
  cancelCampaignSchema,
  paginationQuerySchema,
} from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CampaignPatchDto extends createZodDto(campaignPatchSchema) {}
export class CampaignListQueryDto extends createZodDto(campaignListQuerySchema) {}
export class CancelCampaignDto extends createZodDto(cancelCampaignSchema) {}
export class PageQueryDto extends createZodDto(paginationQuerySchema.strict()) {}
export class ImageUploadFieldsDto extends createZodDto(
  z.strictObject({
    cover: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')], {
        error: 'cover must be true or false.',
      })
      .default(false),
  }),
) {}
