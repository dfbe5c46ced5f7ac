import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEditableStatus } from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { FILE_STORE, type FileStore } from '../storage/file-store';
import { IMAGE_CONTENT_TYPES } from '../storage/file-types';
import { acceptUpload, openStoredFile, type UploadedFile } from '../storage/uploads';
import { CampaignAccessService } from './campaign-access.service';
import { NotEditableError } from './campaigns.errors';
import { Campaign } from './entities/campaign.entity';
import { CampaignImage } from './entities/campaign-image.entity';

@Injectable()
export class CampaignImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccessService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  /** An image for the story or, with `cover`, the campaign's cover; while the campaign can be edited. */
  async upload(
    campaignId: string,
    file: UploadedFile | undefined,
    cover: boolean,
    auth: RequestAuth,
  ): Promise<CampaignImage> {
    const { relation } = await this.access.visible(campaignId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the campaign’s founder can add images.');
    const type = acceptUpload(file, IMAGE_CONTENT_TYPES, 'a PNG, JPEG or WebP image');
    return this.dataSource.transaction(async (manager) => {
      // The status is read on the locked row: a submit racing this upload either waits for it or is seen here.
      const campaign = await manager.findOne(Campaign, {
        where: { id: campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!campaign) throw new NotFoundError('The campaign');
      if (!isEditableStatus(campaign.status)) throw new NotEditableError(campaign.status);
      const stored = await this.files.put((file as UploadedFile).buffer, manager);
      const image = await manager.save(
        manager.create(CampaignImage, {
          campaignId,
          contentType: type.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: auth.userId,
        }),
      );
      if (cover) await manager.update(Campaign, { id: campaignId }, { coverImageId: image.id });
      return image;
    });
  }

  async open(
    imageId: string,
    auth: RequestAuth | null,
  ): Promise<{ image: CampaignImage; content: Readable; isPublic: boolean }> {
    const image = await this.dataSource.getRepository(CampaignImage).findOne({ where: { id: imageId } });
    if (!image) throw new NotFoundError('The image');
    try {
      const { relation } = await this.access.visible(image.campaignId, auth);
      const content = await openStoredFile(this.files, image.sha256, { kind: 'image', id: image.id });
      return { image, content, isPublic: relation === 'public' };
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('The image');
      throw error;
    }
  }
}
