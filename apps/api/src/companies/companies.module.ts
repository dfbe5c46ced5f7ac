import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { uploadsModule } from '../storage/upload-options';
import { UsersModule } from '../users/users.module';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { CompanyDocument } from './company-document.entity';
import { Company, CompanyMember } from './company.entity';
import { DocumentsService } from './documents.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyMember, CompanyDocument]), uploadsModule(), UsersModule],
  controllers: [CompaniesController, InvitationsController],
  providers: [CompaniesService, DocumentsService, InvitationsService],
  exports: [CompaniesService, DocumentsService],
})
export class CompaniesModule {}
