import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentUploadFields } from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { FILE_STORE, type FileStore } from '../storage/file-store';
import { DOCUMENT_CONTENT_TYPES } from '../storage/file-types';
import { acceptUpload, openStoredFile, type UploadedFile } from '../storage/uploads';
import { CompaniesService } from './companies.service';
import { CompanyDocument } from './company-document.entity';
import { Company } from './company.entity';

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    @Inject(FILE_STORE) private readonly files: FileStore,
    private readonly audit: AuditService,
  ) {}

  async upload(
    companyId: string,
    file: UploadedFile | undefined,
    fields: DocumentUploadFields,
    auth: RequestAuth,
  ): Promise<CompanyDocument> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the company’s owner can upload its documents.');
    const type = acceptUpload(file, DOCUMENT_CONTENT_TYPES, 'a PDF, PNG, JPEG or WebP file');
    return this.dataSource.transaction(async (manager) => {
      // In the document's transaction: a file is never left without its row, nor a row without its file.
      const stored = await this.files.put((file as UploadedFile).buffer, manager);
      const document = await manager.save(
        manager.create(CompanyDocument, {
          companyId: company.id,
          kind: fields.kind,
          public: fields.public,
          filename: safeFilename((file as UploadedFile).originalname, type.extension),
          contentType: type.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: auth.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'company.document_uploaded',
        subjectType: 'company',
        subjectId: company.id,
        data: { documentId: document.id, kind: document.kind, public: document.public, sha256: document.sha256 },
      });
      return document;
    });
  }

  /** The owner, members and staff see every document; anyone else only those marked public. */
  async list(companyId: string, auth: RequestAuth | null): Promise<CompanyDocument[]> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    return this.dataSource.getRepository(CompanyDocument).find({
      where: relation === 'public' ? { companyId: company.id, public: true } : { companyId: company.id },
      order: { createdAt: 'ASC' },
    });
  }

  async open(documentId: string, auth: RequestAuth | null): Promise<{ document: CompanyDocument; content: Readable }> {
    const document = await this.dataSource.getRepository(CompanyDocument).findOne({ where: { id: documentId } });
    if (!document) throw new NotFoundError('The document');
    if (!document.public) {
      const company = await this.dataSource.getRepository(Company).findOneOrFail({ where: { id: document.companyId } });
      const relation = await this.companies.relationOf(company, auth);
      // Existence of a private document is itself private: 404, not 403.
      if (relation === 'public' || relation === 'none') throw new NotFoundError('The document');
    }
    return {
      document,
      content: await openStoredFile(this.files, document.sha256, { kind: 'document', id: document.id }),
    };
  }
}

/** A display name only (never a path): letters, digits, dot, dash, underscore, space; the real extension. */
export function safeFilename(original: string, extension: string): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '')
    .trim()
    .slice(0, 100);
  return `${base || 'document'}.${extension}`;
}
