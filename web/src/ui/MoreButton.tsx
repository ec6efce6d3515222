/** "Show more" under a paged list: the next page after `endCursor`, while there is one. */
export function MoreButton({
  pageInfo,
  loading,
  fetchMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  loading?: boolean;
  fetchMore: (options: { variables: { after: string | null | undefined } }) => unknown;
}) {
  if (!pageInfo?.hasNextPage) return null;
  return (
    <button
      type="button"
      disabled={loading}
      onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
    >
      Показать ещё
    </button>
  );
}
