import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignLifecycleService } from '../campaigns/campaign-lifecycle.service';
import { ForbiddenError } from '../common/errors/app-error';
import { CompaniesService } from '../companies/companies.service';
import { PAYMENT_GATEWAY, type ConnectedAccount, type PaymentGateway } from '../payments/payment-gateway';

/** `POST /api/companies/:id/payout-account`. */
export interface PayoutAccountView {
  accountId: string;
  /** Stripe says the account can receive payouts: the company's approved campaigns may go live. */
  ready: boolean;
  /** Real Stripe only, while not ready: where the founder finishes onboarding (expires in minutes). */
  onboardingUrl?: string;
}

/**
 * The founder's company connects a Stripe Connect account, where a succeeded
 * campaign's money is transferred. With the emulator the account is onboarded
 * at once; with Stripe the founder finishes onboarding on Stripe's page and
 * `account.updated` webhooks mark the account ready.
 */
@Injectable()
export class PayoutAccountsService {
  private readonly logger = new Logger(PayoutAccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly lifecycle: CampaignLifecycleService,
  ) {}

  /**
   * Creates the account once (the key derived from the company makes racing
   * calls and retries get the same one), or reads an existing one back.
   * `created` tells the caller whether this call connected it.
   */
  async connect(
    companyId: string,
    auth: RequestAuth,
    links: { refreshUrl: string; returnUrl: string },
  ): Promise<{ view: PayoutAccountView; created: boolean }> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the company’s owner can connect its payout account.');
    let account: ConnectedAccount;
    let created = false;
    if (company.payoutAccountId) {
      account = await this.gateway.retrieveConnectedAccount(company.payoutAccountId);
    } else {
      account = await this.gateway.createConnectedAccount({
        idempotencyKey: `company:${company.id}:payout-account`,
        reference: company.id,
        country: countryOf(company.jurisdiction),
      });
      // The first writer's account stays; a racing call got the same account from the same key.
      created = await this.companies.attachPayoutAccount(company.id, account.accountId);
      if (created)
        await this.dataSource.transaction((manager) =>
          this.audit.record(manager, {
            actorId: auth.userId,
            actorRole: auth.role,
            action: 'company.payout_account_connected',
            subjectType: 'company',
            subjectId: company.id,
            data: { mode: this.gateway.mode },
          }),
        );
    }
    const ready = await this.markReadiness(account);
    const view: PayoutAccountView = { accountId: account.accountId, ready };
    if (!ready && this.gateway.mode === 'stripe') {
      const link = await this.gateway.createOnboardingLink({ accountId: account.accountId, ...links });
      view.onboardingUrl = link.url;
    }
    return { view, created };
  }

  /** After an `account.updated` event: reads the account of one of our companies back and records its readiness. */
  async refreshReadiness(accountId: string): Promise<void> {
    if (!(await this.companies.hasPayoutAccount(accountId))) return; // not ours, or not stored yet: connect() records it itself
    await this.markReadiness(await this.gateway.retrieveConnectedAccount(accountId));
  }

  /**
   * Records what Stripe says of the account (from the API or an `account.updated`
   * event). When it becomes ready, approved campaigns waiting on it go live now.
   */
  async markReadiness(account: ConnectedAccount): Promise<boolean> {
    const ready = isReady(account);
    if (await this.companies.recordPayoutReadiness(account.accountId, ready)) {
      this.logger.log({ accountId: account.accountId, ready }, 'A payout account changed readiness');
      if (ready) await this.lifecycle.runDue();
    }
    return ready;
  }
}

/** Stripe's notion of an account we can pay: it accepts transfers and pays out to the founder's bank. */
function isReady(account: ConnectedAccount): boolean {
  return account.payoutsEnabled && account.detailsSubmitted;
}

/** `US-DE` → `US`: Stripe wants the country of the business. */
function countryOf(jurisdiction: string): string {
  return jurisdiction.slice(0, 2).toUpperCase();
}
