import { Money } from '../ui/Money';

interface Group {
  id: string;
  name: string;
  parent?: { id: string } | null;
  balanceTotal: { amount: string; currency: string };
  amountDue: { amount: string; currency: string };
}

/** The virtual enterprise: branches nested as the company arranged them, each with its totals. */
export function GroupTree({ groups, parentId = null }: { groups: Group[]; parentId?: string | null }) {
  const children = groups.filter((g) => (g.parent?.id ?? null) === parentId);
  if (!children.length) return null;
  return (
    <ul className="tree">
      {children.map((group) => (
        <li key={group.id}>
          <span className="tree-name">{group.name}</span> <Money value={group.balanceTotal} />
          {group.amountDue.amount !== '0.00' && (
            <>
              {' '}
              · к оплате <Money value={group.amountDue} />
            </>
          )}
          <GroupTree groups={groups} parentId={group.id} />
        </li>
      ))}
    </ul>
  );
}
