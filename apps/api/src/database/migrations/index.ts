import { Accounts1763900000000 } from './1763900000000-Accounts';
import { CampaignsAndReview1763900100000 } from './1763900100000-CampaignsAndReview';
import { ListingIndexes1763900200000 } from './1763900200000-ListingIndexes';
import { DeadlineSortLiveFirst1763900300000 } from './1763900300000-DeadlineSortLiveFirst';
import { DeploymentSecrets1764000200000 } from './1764000200000-DeploymentSecrets';
import { CompanyInvitations1764000201000 } from './1764000201000-CompanyInvitations';
import { StoredFiles1764000400000 } from './1764000400000-StoredFiles';
import { AuditChainPerSubject1764000600000 } from './1764000600000-AuditChainPerSubject';
import { Ledger1764000610000 } from './1764000610000-Ledger';
import { PledgesAndInvestorProfiles1764000700000 } from './1764000700000-PledgesAndInvestorProfiles';
import { PayoutAccounts1764000800000 } from './1764000800000-PayoutAccounts';
import { FeaturedRecentBackers1764000900000 } from './1764000900000-FeaturedRecentBackers';
import { PendingPledgesIndex1765000100000 } from './1765000100000-PendingPledgesIndex';
import { FounderReceivable1765000200000 } from './1765000200000-FounderReceivable';
import { HonestAboutRisk1765000600000 } from './1765000600000-HonestAboutRisk';
import { PasswordResetAndMail1765000900000 } from './1765000900000-PasswordResetAndMail';
import { AccountRoles1765000950000 } from './1765000950000-AccountRoles';
import { IdempotencyKeys1765001000000 } from './1765001000000-IdempotencyKeys';

/** Every migration, oldest first. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [
  Accounts1763900000000,
  CampaignsAndReview1763900100000,
  ListingIndexes1763900200000,
  DeadlineSortLiveFirst1763900300000,
  DeploymentSecrets1764000200000,
  CompanyInvitations1764000201000,
  StoredFiles1764000400000,
  AuditChainPerSubject1764000600000,
  Ledger1764000610000,
  PledgesAndInvestorProfiles1764000700000,
  PayoutAccounts1764000800000,
  FeaturedRecentBackers1764000900000,
  PendingPledgesIndex1765000100000,
  FounderReceivable1765000200000,
  HonestAboutRisk1765000600000,
  PasswordResetAndMail1765000900000,
  AccountRoles1765000950000,
  IdempotencyKeys1765001000000,
];
