import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompanyInvitationView, InvitationStatus, MyInvitationView } from '@crowdstake/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { UsersService } from '../users/users.service';
import { CompaniesService } from './companies.service';
import {
  InvitationAlreadyAnsweredError,
  InvitationAlreadySentError,
  MemberAlreadyAddedError,
} from './companies.errors';

const UNIQUE_VIOLATION = '23505';

interface InvitationRow {
  id: string;
  company_id: string;
  email: string;
  status: InvitationStatus;
  created_at: Date;
  answered_at: Date | null;
}

/**
 * Membership by consent. The owner invites an email and gets the same answer
 * whether or not an account has it (nothing here tells anyone who is signed
 * up); the invitation binds to whichever account with that email accepts it.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  async invite(companyId: string, email: string, auth: RequestAuth): Promise<CompanyInvitationView> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the company’s owner can invite members.');
    // The owner already sees every member's email, so saying "already a member" reveals nothing new.
    if (await this.companies.hasCurrentMemberWithEmail(company.id, email)) throw new MemberAlreadyAddedError();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          `INSERT INTO company_invitations (company_id, email, invited_by) VALUES ($1, $2, $3)
           RETURNING id, company_id, email, status, created_at, answered_at`,
          [company.id, email, auth.userId],
        )) as InvitationRow[];
        const invitation = row!;
        await this.audit.record(manager, {
          actorId: auth.userId,
          actorRole: auth.role,
          action: 'company.member_invited',
          subjectType: 'company',
          subjectId: company.id,
          data: { invitationId: invitation.id },
        });
        return companyInvitationView(invitation);
      });
    } catch (error) {
      // One open invitation per company and email, held by a unique index: two at once make one 409.
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION)
        throw new InvitationAlreadySentError();
      throw error;
    }
  }

  async listForCompany(companyId: string, auth: RequestAuth): Promise<CompanyInvitationView[]> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    if (relation !== 'owner' && relation !== 'staff')
      throw new ForbiddenError('Only the company’s owner and staff can see its invitations.');
    const rows = (await this.dataSource.query(
      `SELECT id, company_id, email, status, created_at, answered_at FROM company_invitations
        WHERE company_id = $1 AND status = 'invited' ORDER BY created_at, id`,
      [company.id],
    )) as InvitationRow[];
    return rows.map(companyInvitationView);
  }

  async revoke(companyId: string, invitationId: string, auth: RequestAuth): Promise<void> {
    const { company, relation } = await this.companies.withRelation(companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the company’s owner can withdraw invitations.');
    await this.dataSource.transaction(async (manager) => {
      const revoked = (await manager.query(
        `WITH revoked AS (
           UPDATE company_invitations SET status = 'revoked', answered_at = now()
            WHERE id = $1 AND company_id = $2 AND status = 'invited' RETURNING id)
         SELECT id FROM revoked`,
        [invitationId, company.id],
      )) as { id: string }[];
      if (revoked.length === 0) throw new NotFoundError('The invitation');
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'company.invitation_revoked',
        subjectType: 'company',
        subjectId: company.id,
        data: { invitationId },
      });
    });
  }

  /** Open invitations to the signed-in account's email. */
  async listMine(auth: RequestAuth): Promise<MyInvitationView[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.company_id, c.legal_name, i.invited_by, i.status, i.created_at
         FROM company_invitations i
         JOIN companies c ON c.id = i.company_id
        WHERE i.email = $1 AND i.status = 'invited'
        ORDER BY i.created_at DESC, i.id`,
      [this.emailOf(auth)],
    )) as (Omit<InvitationRow, 'email' | 'answered_at'> & { legal_name: string; invited_by: string })[];
    const inviters = await this.users.namesOf(rows.map((row) => row.invited_by));
    return rows.map((row) => ({
      id: row.id,
      companyId: row.company_id,
      companyName: row.legal_name,
      invitedBy: inviters.get(row.invited_by) ?? '',
      status: row.status,
      invitedAt: row.created_at.toISOString(),
    }));
  }

  /**
   * The invitee answers. The invitation row changes state in one conditional
   * UPDATE, so two answers at once cannot both count. Accepting (re)joins
   * the company; someone who left and comes back keeps their history.
   */
  async answer(invitationId: string, answer: 'accepted' | 'declined', auth: RequestAuth): Promise<void> {
    const email = this.emailOf(auth);
    await this.dataSource.transaction(async (manager) => {
      const [answered] = (await manager.query(
        `WITH answered AS (
           UPDATE company_invitations SET status = $3, answered_by = $4, answered_at = now()
            WHERE id = $1 AND email = $2 AND status = 'invited' RETURNING company_id)
         SELECT company_id FROM answered`,
        [invitationId, email, answer, auth.userId],
      )) as { company_id: string }[];
      if (!answered) {
        const [existing] = (await manager.query(`SELECT status FROM company_invitations WHERE id = $1 AND email = $2`, [
          invitationId,
          email,
        ])) as { status: InvitationStatus }[];
        // Someone else's invitation does not exist for this caller.
        if (!existing) throw new NotFoundError('The invitation');
        throw new InvitationAlreadyAnsweredError();
      }
      if (answer === 'accepted') {
        await manager.query(
          `INSERT INTO company_members (company_id, user_id, role) VALUES ($1, $2, 'member')
           ON CONFLICT (company_id, user_id) DO UPDATE SET left_at = NULL, added_at = now()
            WHERE company_members.left_at IS NOT NULL`,
          [answered.company_id, auth.userId],
        );
      }
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: answer === 'accepted' ? 'company.member_added' : 'company.invitation_declined',
        subjectType: 'company',
        subjectId: answered.company_id,
        data: { invitationId, userId: auth.userId },
      });
    });
  }

  /** The session is read with its account on every request, so its email is the account's current one. */
  private emailOf(auth: RequestAuth): string {
    return auth.email;
  }
}

function companyInvitationView(row: InvitationRow): CompanyInvitationView {
  return {
    id: row.id,
    companyId: row.company_id,
    email: row.email,
    status: row.status,
    invitedAt: row.created_at.toISOString(),
    answeredAt: row.answered_at ? row.answered_at.toISOString() : null,
  };
}
