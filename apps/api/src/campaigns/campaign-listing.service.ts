import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CampaignListQuery,
  DEFAULT_LISTED_STATUSES,
  type Page,
  PUBLIC_STATUSES,
  type ReviewQueueQuery,
} from '@crowdstake/domain';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { pageOf } from '../common/http/paging';
import { Campaign } from './entities/campaign.entity';

/** Scripts without spaces between words, where the full-text parser sees a whole phrase as one token. */
const UNSEGMENTED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** How far back "most backers lately" looks. */
const FEATURED_WINDOW_MS = 7 * 86_400_000;

/**
 * The public listing and search. Every sort is served by an index whose
 * order matches it: partial indexes over the default listed set, (status, …)
 * indexes for one status, a GIN index on the title-and-summary tsvector for
 * search (see the ListingIndexes migration and bench/listing.bench.mjs). A
 * page is one query plus its count (see pageOf).
 */
@Injectable()
export class CampaignListingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ClockService,
  ) {}

  async list(query: CampaignListQuery): Promise<Page<Campaign>> {
    const statuses = query.featured ? ['live'] : query.status ? [query.status] : [...DEFAULT_LISTED_STATUSES];
    const qb = this.dataSource
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where('c.status IN (:...statuses)', { statuses });
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    if (query.q) applySearch(qb, query.q);

    if (query.featured) {
      // "Most backers lately": distinct backers whose pledges were committed (payment secured)
      // in the last week of the platform clock; each live campaign's count is one range of
      // the partial index pledges_recent_committed_idx (migration FeaturedRecentBackers).
      qb.orderBy(
        `(SELECT count(DISTINCT p.backer_id) FROM pledges p
           WHERE p.campaign_id = c.id AND p.status IN ('held', 'settled', 'action_required')
             AND p.created_at > :recentSince)`,
        'DESC',
      )
        .addOrderBy('c.backersCount', 'DESC')
        .addOrderBy('c.liveAt', 'DESC', 'NULLS LAST')
        .setParameter('recentSince', new Date(this.clock.now().getTime() - FEATURED_WINDOW_MS));
    } else {
      switch (query.sort) {
        case 'deadline':
          // Ending soonest: live campaigns first; finished ones (whose deadlines are past) after them.
          qb.orderBy(`(c.status <> 'live')`, 'ASC').addOrderBy('c.endsAt', 'ASC');
          break;
        case 'funded':
          qb.orderBy('c.fundedRatio', 'DESC');
          break;
        case 'rate':
          qb.orderBy('c.annualRateBps', 'DESC', 'NULLS LAST');
          break;
        case 'newest':
          qb.orderBy('c.liveAt', 'DESC', 'NULLS LAST');
          break;
      }
    }
    return pageOf(qb.addOrderBy('c.id', 'ASC'), query);
  }

  /** The reviewers' queue: submitted and in-review campaigns, oldest submission first. */
  async reviewQueue(query: ReviewQueueQuery): Promise<Page<Campaign>> {
    const qb = this.dataSource
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where(`c.status IN ('submitted', 'in_review')`);
    if (query.grade) qb.andWhere('c.riskGrade = :grade', { grade: query.grade });
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    return pageOf(qb.orderBy('c.submittedAt', 'ASC').addOrderBy('c.id', 'ASC'), query);
  }

  /** Whether strangers may see the company: it has a campaign in a public status (asked by the companies module). */
  async hasPublicCampaign(companyId: string): Promise<boolean> {
    return this.dataSource.getRepository(Campaign).exists({ where: { companyId, status: In([...PUBLIC_STATUSES]) } });
  }
}

/**
 * Words match as prefixes ("sol" finds "solar"), all of them required. Text in
 * scripts written without spaces is matched as a substring instead.
 */
function applySearch(qb: SelectQueryBuilder<Campaign>, q: string): void {
  if (UNSEGMENTED_SCRIPT.test(q)) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere('(c.title ILIKE :like OR c.summary ILIKE :like)', { like });
    return;
  }
  // Only letters and digits reach to_tsquery, so no query syntax can be injected.
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    qb.andWhere('false');
    return;
  }
  qb.andWhere(`c.search @@ to_tsquery('simple', :tsquery)`, {
    tsquery: words
      .slice(0, 10)
      .map((word) => `${word}:*`)
      .join(' & '),
  });
}
