/**
 * Joining a company is by invitation: the owner invites an email, the person
 * with that email accepts or declines. Nobody becomes a member (and so
 * conflicted for the company's reviews) without saying yes.
 */
export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** The company's side (`POST /api/companies/:id/members`, `GET /api/companies/:id/invitations`). */
export interface CompanyInvitationView {
  id: string;
  companyId: string;
  email: string;
  status: InvitationStatus;
  invitedAt: string;
  answeredAt: string | null;
}

/** The invitee's side (`GET /api/me/invitations`): open invitations to the signed-in account's email. */
export interface MyInvitationView {
  id: string;
  companyId: string;
  companyName: string;
  invitedBy: string;
  status: InvitationStatus;
  invitedAt: string;
}
