import type { RequestOrigin } from '@kabinet/kit/core';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PERSONAL_FIELDS, SHARED_WHEN_ONLY } from './personal-fields';

/**
 * Identical queries in flight share one execution: a dashboard opened by fifty people of one company at once
 * costs the subgraphs one query. Identical means the same document, operation and variables, asked with the
 * same access — company, role, and account and group lists — so nobody ever receives what their rights would
 * not show them; and when the operation reads anything personal (PERSONAL_FIELDS: the user's own profile,
 * sessions, notifications, own tickets…), by the same user too. Mutations are never shared.
 */
export class InflightQueries<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** `onShared` hears of every request answered by another one's execution (metrics count them). */
  constructor(private readonly onShared: () => void = () => {}) {}

  run(key: string, execute: () => Promise<T>): Promise<T> {
    const known = this.running.get(key);
    if (known) {
      this.onShared();
      return known;
    }
    const started = execute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}

/** The part of a sharing key naming the caller: their access, and their identity when the operation is personal. */
export function sharingKey(viewer: RequestOrigin['viewer'], personal: boolean): string {
  if (!viewer) return 'anonymous';
  const access = [
    viewer.companyId ?? '',
    viewer.role,
    viewer.accountIds ? [...viewer.accountIds].sort().join(',') : '*',
    viewer.groupIds ? [...viewer.groupIds].sort().join(',') : '*',
  ];
  if (personal) access.push(viewer.userId, viewer.sessionId ?? '');
  return access.join('|');
}

/** Whether an operation selects any personal field, anywhere (through fragments too). */
export function readsPersonalFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const visit = (typeName: string, set: SelectionSetNode, seen: Set<string>): boolean => {
    const type = schema.getType(typeName);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const coordinate = `${typeName}.${name}`;
        if (PERSONAL_FIELDS.has(coordinate) && !onlyShared(coordinate, selection.selectionSet)) return true;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : undefined;
        const field = fields?.[name];
        if (field && selection.selectionSet) {
          const child = getNamedType(field.type);
          // Abstract types: the fields of every possible type count, so personal ones on any are found.
          const candidates = [
            child.name,
            ...(isObjectType(child) ? [] : schema.getPossibleTypes(child as never).map((t) => t.name)),
          ];
          if (candidates.some((c) => visit(c, selection.selectionSet as SelectionSetNode, seen))) return true;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value ?? typeName;
        if (visit(on, selection.selectionSet, seen) || visit(typeName, selection.selectionSet, seen))
          return true;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const inner = new Set(seen).add(fragment.name.value);
        if (visit(fragment.typeCondition.name.value, fragment.selectionSet, inner)) return true;
        if (visit(typeName, fragment.selectionSet, inner)) return true;
      }
    }
    return false;
  };
  const root = schema.getRootType(operation.operation);
  return !root || visit(root.name, operation.selectionSet, new Set());
}

/** Whether a personal field's selection reads only fields that make it shared (no fragments: they could hide more). */
function onlyShared(coordinate: string, set: SelectionSetNode | undefined): boolean {
  const allowed = SHARED_WHEN_ONLY[coordinate];
  if (!allowed || !set) return false;
  return set.selections.every((s) => s.kind === Kind.FIELD && allowed.includes(s.name.value));
}
