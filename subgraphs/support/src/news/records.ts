import { accountAccessSql, accountScope, type Viewer } from '@kabinet/kit';

export interface NewsRecord {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
  kind: string;
  regions: string[];
  serviceKinds: string[];
  worksFrom: Date | null;
  worksTo: Date | null;
  expiresAt: Date | null;
}

export const NEWS_COLUMNS = `n.id, n.title, n.body, n.published_at AS "publishedAt", n.kind, n.regions,
  n.service_kinds AS "serviceKinds", n.works_from AS "worksFrom", n.works_to AS "worksTo", n.expires_at AS "expiresAt"`;

/** Published by `$at` and not expired then. */
export const LIVE_SQL = (at: string) =>
  `n.published_at <= ${at} AND (n.expires_at IS NULL OR n.expires_at > ${at})`;

/** For everyone: aimed at no region and no service kind. */
export const FOR_EVERYONE_SQL = 'cardinality(n.regions) = 0 AND cardinality(n.service_kinds) = 0';

/**
 * SQL true for the news that concern the company in `company` (a placeholder) as `viewer` sees it: for
 * everyone, or about a region and service kinds where it has a service on an account the viewer may see. The
 * access list's parameters from `$next`.
 */
export function concernsSql(
  viewer: Viewer,
  company: string,
  next: number,
): { sql: string; params: unknown[] } {
  const access = accountScope(viewer);
  const reach = access
    ? `AND ${accountAccessSql('s.account_id', `$${next}::uuid[]`, `$${next + 1}::uuid[]`)}`
    : '';
  return {
    sql: `(${FOR_EVERYONE_SQL} OR EXISTS (SELECT 1 FROM company_services s WHERE s.company_id = ${company} ${reach}
      AND (cardinality(n.regions) = 0 OR s.region = ANY (n.regions))
      AND (cardinality(n.service_kinds) = 0 OR s.kind = ANY (n.service_kinds))))`,
    params: access ? [access.accountIds, access.groupIds] : [],
  };
}
