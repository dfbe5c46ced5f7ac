import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { uploadsModule } from '../storage/upload-options';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { CompanyDocument } from './company-document.entity';
import { Company, CompanyMember } from './company.entity';
import { DocumentsService } from './documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyMember, CompanyDocument]), uploadsModule()],
  controllers: [CompaniesController],
  providers: [CompaniesService, DocumentsService],
  exports: [CompaniesService, DocumentsService],
})
export class CompaniesModule {}
