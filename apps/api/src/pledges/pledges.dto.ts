import { investorProfileSchema } from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';

export class InvestorProfileDto extends createZodDto(investorProfileSchema) {}
