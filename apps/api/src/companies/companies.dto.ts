import { companyCreateSchema, companyPatchSchema, documentUploadFieldsSchema, emailSchema } from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CompanyCreateDto extends createZodDto(companyCreateSchema) {}
export class CompanyPatchDto extends createZodDto(companyPatchSchema) {}
export class DocumentUploadFieldsDto extends createZodDto(documentUploadFieldsSchema) {}
export class AddMemberDto extends createZodDto(z.strictObject({ email: emailSchema })) {}
