import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Patch,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { CompanyInvitationView, CompanyPublicView, CompanyView, DocumentView } from '@crowdstake/domain';
import type { Response } from 'express';
import { CurrentAuth, OptionalAuth, Public, Roles, SignedIn } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { IdParam } from '../common/http/uuid-param.pipe';
import { AddMemberDto, CompanyCreateDto, CompanyPatchDto, DocumentUploadFieldsDto } from './companies.dto';
import { CompaniesService, type MemberView } from './companies.service';
import { companyPublicView, companyView, documentView } from './company-views';
import { storedFileResponse, type UploadedFile as StoredUpload } from '../storage/uploads';
import { DocumentsService } from './documents.service';
import { InvitationsService } from './invitations.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';
import { z } from 'zod';

@ApiTags('companies')
@Controller()
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly documents: DocumentsService,
    private readonly invitations: InvitationsService,
  ) {}

  @ApiDoc({ summary: 'Create a company; its creator owns it', answer: S.companySchema })
  @Post('companies')
  @Roles('founder')
  async create(@Body() body: CompanyCreateDto, @CurrentAuth() auth: RequestAuth): Promise<CompanyView> {
    return companyView(await this.companies.create(body, auth));
  }

  @ApiDoc({ summary: 'The companies the founder owns or belongs to', answer: S.itemsOf(S.companySchema) })
  @Get('me/companies')
  @Roles('founder')
  async mine(@CurrentAuth() auth: RequestAuth): Promise<{ items: CompanyView[] }> {
    return { items: (await this.companies.listForUser(auth.userId)).map(companyView) };
  }

  /** The full profile for its owner, members and staff; the public view to anyone once it has a public campaign. */
  @ApiDoc({
    summary: 'A company: the full profile to its people and staff, else the public view',
    answer: z.union([S.companySchema, S.companyPublicSchema]),
  })
  @Get('companies/:id')
  @Public()
  async get(
    @Param('id', new IdParam('The company')) id: string,
    @OptionalAuth() auth: RequestAuth | null,
  ): Promise<CompanyView | CompanyPublicView> {
    const { company, relation } = await this.companies.withRelation(id, auth);
    return relation === 'public' ? companyPublicView(company) : companyView(company);
  }

  @ApiDoc({ summary: 'Change a company’s profile', answer: S.companySchema, errors: ['forbidden'] })
  @Patch('companies/:id')
  @Roles('founder')
  async update(
    @Param('id', new IdParam('The company')) id: string,
    @Body() body: CompanyPatchDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CompanyView> {
    return companyView(await this.companies.update(id, body, auth));
  }

  /**
   * Invites a person to the company by email; they become a member only when they accept. The
   * answer is the same whether or not an account has that email.
   */
  @ApiDoc({
    summary: 'Invite someone to the company by email',
    answer: S.companyInvitationSchema,
    errors: ['forbidden', 'conflict'],
  })
  @Post('companies/:id/members')
  @Roles('founder')
  invite(
    @Param('id', new IdParam('The company')) id: string,
    @Body() body: AddMemberDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CompanyInvitationView> {
    return this.invitations.invite(id, body.email, auth);
  }

  /** Open invitations, for the owner and staff. */
  @ApiDoc({
    summary: 'The company’s open invitations',
    answer: S.itemsOf(S.companyInvitationSchema),
    errors: ['forbidden'],
  })
  @Get('companies/:id/invitations')
  @SignedIn()
  async listInvitations(
    @Param('id', new IdParam('The company')) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<{ items: CompanyInvitationView[] }> {
    return { items: await this.invitations.listForCompany(id, auth) };
  }

  @ApiDoc({ summary: 'Withdraw an open invitation', answer: S.revokedSchema, errors: ['forbidden', 'conflict'] })
  @Delete('companies/:id/invitations/:invitationId')
  @Roles('founder')
  async revokeInvitation(
    @Param('id', new IdParam('The company')) id: string,
    @Param('invitationId', new IdParam('The invitation')) invitationId: string,
    @CurrentAuth() auth: RequestAuth,
  ) {
    await this.invitations.revoke(id, invitationId, auth);
    return { revoked: true };
  }

  @ApiDoc({ summary: 'The company’s members', answer: S.itemsOf(S.memberSchema), errors: ['forbidden'] })
  @Get('companies/:id/members')
  @SignedIn()
  async members(
    @Param('id', new IdParam('The company')) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<{ items: MemberView[] }> {
    return { items: await this.companies.listMembers(id, auth) };
  }

  @ApiDoc({ summary: 'Remove a member (or leave the company)', answer: S.removedSchema, errors: ['forbidden'] })
  @Delete('companies/:id/members/:userId')
  @SignedIn()
  async removeMember(
    @Param('id', new IdParam('The company')) id: string,
    @Param('userId', new IdParam('The member')) userId: string,
    @CurrentAuth() auth: RequestAuth,
  ) {
    await this.companies.removeMember(id, userId, auth);
    return { removed: true };
  }

  @ApiDoc({
    summary: 'Upload a document of the company',
    answer: S.documentSchema,
    errors: ['forbidden', 'unsupported_media_type'],
  })
  @Post('companies/:id/documents')
  @Roles('founder')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: ['business_licence', 'financial_statements', 'identity', 'other'] },
        public: { type: 'boolean' },
      },
    },
  })
  async upload(
    @Param('id', new IdParam('The company')) id: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() fields: DocumentUploadFieldsDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<DocumentView> {
    return documentView(await this.documents.upload(id, file, fields, auth));
  }

  @ApiDoc({ summary: 'The company’s documents the caller may see', answer: S.itemsOf(S.documentSchema) })
  @Get('companies/:id/documents')
  @Public()
  async listDocuments(
    @Param('id', new IdParam('The company')) id: string,
    @OptionalAuth() auth: RequestAuth | null,
  ): Promise<{ items: DocumentView[] }> {
    return { items: (await this.documents.list(id, auth)).map(documentView) };
  }

  @ApiDoc({ summary: 'Download a document', answer: 'file' })
  @Get('documents/:id')
  @Public()
  async download(
    @Param('id', new IdParam('The document')) id: string,
    @OptionalAuth() auth: RequestAuth | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, content } = await this.documents.open(id, auth);
    return storedFileResponse(response, content, {
      contentType: document.contentType,
      size: document.size,
      filename: document.filename,
      isPublic: document.public,
      maxAgeSeconds: 3600,
    });
  }
}
