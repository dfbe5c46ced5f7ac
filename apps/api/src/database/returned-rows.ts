/**
 * The rows of a `manager.query(…)` answer. TypeORM's postgres driver answers
 * an UPDATE or DELETE with `[rows, affectedCount]` and anything else with the
 * rows themselves; callers of `… RETURNING` want the rows either way.
 */
export function returnedRows<Row>(result: unknown): Row[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0])) return result[0] as Row[];
  return Array.isArray(result) ? (result as Row[]) : [];
}
