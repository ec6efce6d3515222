import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReactNode } from 'react';

/** Loading, empty and error states, the same on every page. */

export const Loading = ({ what = 'Загружаем…' }: { what?: string }) => (
  <p className="state" role="status" aria-live="polite">
    {what}
  </p>
);

export const Empty = ({ children }: { children: ReactNode }) => <p className="state empty">{children}</p>;

/** What went wrong, in words the user can act on; the graph's own message for a refused input. */
export function errorText(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields = (first?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
    const code = first?.extensions?.code;
    if (code === 'FORBIDDEN') return 'Недостаточно прав для этого действия.';
    if (code === 'NOT_FOUND') return 'Не найдено.';
    if (code === 'RATE_LIMITED') return 'Слишком много попыток. Попробуйте позже.';
    if (fields.length) return fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return first?.message ?? 'Ошибка';
  }
  return 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.';
}

export const ErrorState = ({ error, retry }: { error: ErrorLike; retry?: () => void }) => (
  <div className="state error" role="alert">
    <p>{errorText(error)}</p>
    {retry && (
      <button type="button" onClick={retry}>
        Повторить
      </button>
    )}
  </div>
);
