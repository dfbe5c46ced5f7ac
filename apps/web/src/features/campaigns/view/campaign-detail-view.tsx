import { AspectRatio, Image, Stack, Text, Title } from '@mantine/core';
import type { DocumentView } from '@crowdstake/domain';
import { isInvestmentType, type CampaignView } from '@crowdstake/domain/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackerTerms } from '../../honesty/backer-terms';
import { CompanyTeam } from '../../honesty/company-team';
import { LossWarning } from '../../honesty/loss-warning';
import classes from './campaign-detail-view.module.css';
import { CAMPAIGN_TYPE_ICONS, CampaignHeader } from './campaign-header';
import { CampaignMarkdown } from './campaign-story';
import { CompanyDocuments, CompanySummary } from './company-summary';
import { FundingBox } from './funding-box';
import { MilestoneList } from './milestone-list';
import { RiskPanel } from './risk-panel';
import { TermsExplained } from './terms-explained';
import '../../../i18n/bundles/campaign-page';
import '../../../i18n/bundles/honesty';

/**
 * - `public`: the campaign page as anyone sees it.
 * - `preview`: the founder's draft, exactly as backers will see it, under a "Preview" banner.
 * - `review`: the reviewer's view: every status and every document (private ones labelled),
 *   the risk factors open.
 */
export type CampaignDetailMode = 'public' | 'preview' | 'review';

export interface CampaignDetailViewProps {
  campaign: CampaignView;
  /** The company's documents; in `public` and `preview` only those marked public are shown. */
  documents?: DocumentView[];
  mode?: CampaignDetailMode;
  /**
   * The level of the campaign's title: 1 on its own page, 2 when a page embeds the view under
   * its own h1 (the review page). Section headings follow one level below.
   */
  titleOrder?: 1 | 2;
  /** The moment days are counted from; the current time unless a test fixes it. */
  now?: Date;
  /** The public page's pledge action, shown in the funding box. */
  fundingAction?: ReactNode;
  /** Shown below the funding box: the public page's money trail. */
  afterFunding?: ReactNode;
}

/**
 * The whole campaign as backers see it, with no data fetching: the campaign page, the founder's
 * preview and the reviewer's page all render this, so what is reviewed is what is published.
 */
export function CampaignDetailView({
  campaign,
  documents = [],
  mode = 'public',
  titleOrder = 1,
  now: fixedNow,
  fundingAction,
  afterFunding,
}: CampaignDetailViewProps) {
  const { t } = useTranslation();
  // One "now" per mount, so every figure on the page counts from the same moment.
  const [mountedAt] = useState(() => new Date());
  const now = fixedNow ?? mountedAt;
  const sectionOrder = (titleOrder + 1) as 2 | 3;
  const investment = isInvestmentType(campaign.type);

  return (
    <article className={classes.layout} aria-label={campaign.title} data-testid="campaign-detail">
      <div className={classes.header}>
        <CampaignHeader
          campaign={campaign}
          grade={campaign.risk?.grade ?? null}
          mode={mode}
          titleOrder={titleOrder}
          now={now}
        />
      </div>

      <div className={classes.primary}>
        <div className={classes.cover}>
          <CampaignCover type={campaign.type} title={campaign.title} coverImageUrl={campaign.coverImageUrl} />
        </div>
        <Stack className={classes.main} gap={48}>
          {/* Before the terms, where the invitation to invest begins: backers can lose everything. */}
          <LossWarning reward={!investment} compact={!investment} />
          <Section id="terms" title={t('campaignPage.terms.heading')} order={sectionOrder}>
            <TermsExplained {...campaign} />
          </Section>
          {investment ? (
            <Section id="backer-terms" title={t('honesty.backerTerms.heading')} order={sectionOrder}>
              <BackerTerms campaign={campaign} />
            </Section>
          ) : null}
          <Section id="story" title={t('campaignPage.story.heading')} order={sectionOrder}>
            <CampaignMarkdown sectionOrder={sectionOrder} data-testid="campaign-story">
              {campaign.description}
            </CampaignMarkdown>
          </Section>
          {campaign.useOfFunds ? (
            <Section id="use-of-funds" title={t('campaignPage.useOfFunds.heading')} order={sectionOrder}>
              <CampaignMarkdown sectionOrder={sectionOrder}>{campaign.useOfFunds}</CampaignMarkdown>
            </Section>
          ) : null}
          {/* An investment always has its risk section: a missing account is itself worth saying. */}
          {campaign.risks || investment ? (
            <Section id="risks" title={t('campaignPage.risks.heading')} order={sectionOrder}>
              {campaign.risks ? (
                <CampaignMarkdown sectionOrder={sectionOrder}>{campaign.risks}</CampaignMarkdown>
              ) : (
                <Text c="orange.9" fw={600}>
                  {t('honesty.risksMissing')}
                </Text>
              )}
            </Section>
          ) : null}
          {campaign.milestones.length > 0 ? (
            <Section id="milestones" title={t('campaignPage.milestones.heading')} order={sectionOrder}>
              <Text c="dimmed" mb="lg">
                {t('campaignPage.milestones.lead')}
              </Text>
              <MilestoneList
                milestones={campaign.milestones}
                showStatus={campaign.status === 'succeeded' || mode === 'review'}
              />
            </Section>
          ) : null}
        </Stack>
      </div>

      <div className={classes.side}>
        <div className={classes.funding}>
          <Stack gap="xl">
            <FundingBox campaign={campaign} now={now} headingOrder={sectionOrder} action={fundingAction} />
            {afterFunding}
          </Stack>
        </div>
        <div className={classes.risk}>
          {/* Backers read the public reasons; the company and staff get them too (publicFactors) for this view. */}
          <RiskPanel
            risk={campaign.risk && { ...campaign.risk, factors: campaign.risk.publicFactors ?? campaign.risk.factors }}
            headingOrder={sectionOrder}
            defaultExpanded={mode === 'review'}
          />
        </div>
        <Stack className={classes.about} gap="xl">
          <CompanySummary company={campaign.company} headingOrder={sectionOrder} />
          <CompanyTeam team={campaign.company.team ?? []} headingOrder={sectionOrder} />
          <CompanyDocuments documents={documents} showPrivate={mode === 'review'} headingOrder={sectionOrder} />
        </Stack>
      </div>
    </article>
  );
}

function Section({ id, title, order, children }: { id: string; title: string; order: 2 | 3; children: ReactNode }) {
  const headingId = `campaign-section-${id}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={order} size="h3" id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </section>
  );
}

function CampaignCover({ type, title, coverImageUrl }: Pick<CampaignView, 'type' | 'title' | 'coverImageUrl'>) {
  const { t } = useTranslation();
  const TypeIcon = CAMPAIGN_TYPE_ICONS[type];
  return (
    <AspectRatio ratio={16 / 9}>
      {coverImageUrl ? (
        <Image src={coverImageUrl} alt={t('campaigns.coverAlt', { title })} fit="cover" />
      ) : (
        <div className={classes.coverPlaceholder} aria-hidden>
          <TypeIcon size={72} stroke={1.2} />
        </div>
      )}
    </AspectRatio>
  );
}
