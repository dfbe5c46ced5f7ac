import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CompaniesModule } from '../companies/companies.module';
import { UsersModule } from '../users/users.module';
import { ReviewController } from './review.controller';
import { Review, RiskAssessmentRecord } from './review.entities';
import { ReviewService } from './review.service';
import { RiskAssessmentService } from './risk-assessment.service';

@Module({
  imports: [TypeOrmModule.forFeature([Review, RiskAssessmentRecord]), CampaignsModule, CompaniesModule, UsersModule],
  controllers: [ReviewController],
  providers: [ReviewService, RiskAssessmentService],
})
export class ReviewModule {}
