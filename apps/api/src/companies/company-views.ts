import type { CompanyPublicView, CompanyView, DocumentView } from '@crowdstake/domain';
import type { CompanyDocument } from './company-document.entity';
import type { Company } from './company.entity';

export function companyPublicView(company: Company): CompanyPublicView {
  return {
    id: company.id,
    legalName: company.legalName,
    jurisdiction: company.jurisdiction,
    industry: company.industry,
    foundedOn: company.foundedOn,
    website: company.website,
    employees: company.employees,
    team: company.team ?? [],
  };
}

/** Registration number, financials and the founder's identity: for the owner, members and staff only. */
export function companyView(company: Company): CompanyView {
  return {
    ...companyPublicView(company),
    ownerId: company.ownerId,
    registrationNumber: company.registrationNumber,
    annualRevenue: company.annualRevenue,
    totalDebt: company.totalDebt,
    currency: company.currency,
    founderIdentity: company.founderIdentity,
    payoutReady: company.payoutReady,
    createdAt: company.createdAt.toISOString(),
  };
}

export function documentView(document: CompanyDocument): DocumentView {
  return {
    id: document.id,
    companyId: document.companyId,
    kind: document.kind,
    filename: document.filename,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    public: document.public,
    createdAt: document.createdAt.toISOString(),
    url: `/api/documents/${document.id}`,
  };
}
