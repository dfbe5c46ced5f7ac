import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page, PaginationQuery } from '@crowdstake/domain';

/**
 * One page of an ordered query and the total it is a page of, in parallel.
 * The total is a plain COUNT(*): TypeORM's getCount counts DISTINCT ids,
 * which no index can answer cheaply.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  { page, pageSize }: PaginationQuery,
): Promise<Page<T>> {
  const [items, counted] = await Promise.all([
    qb
      .clone()
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany(),
    qb.clone().orderBy().select('COUNT(*)::int', 'total').getRawOne<{ total: number }>(),
  ]);
  return { items, total: counted?.total ?? 0, page, pageSize };
}
